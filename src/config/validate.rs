//! One checker per kind of value a config holds: each returns the value
//! or a message that says what to do, with an example, in words an office
//! manager reads (the set-up page, `carefit check-config` and the WordPress
//! plugin show these same messages); most quote the bad input, shortened.

use crate::engine::{IdSet, Level};
use crate::i18n::Lang;

use super::{Color, ContactUrl, Issues, Json, Mode, Phone, MAX_TEXT_CHARS};

const MAX_URL_CHARS: usize = 2048;

/// Trims text, drops control characters and cuts it to a sane length.
pub(super) fn bounded_text(field: &str, text: &str, issues: &mut Issues) -> Option<String> {
    let clean: String = text.trim().chars().filter(|c| !c.is_control()).collect();
    if clean.is_empty() {
        issues.error(field, "is empty — fill it in, or leave it out");
        return None;
    }
    if clean.chars().count() > MAX_TEXT_CHARS {
        issues.warning(
            field,
            format!("longer than {MAX_TEXT_CHARS} characters; it was cut"),
        );
        return Some(clean.chars().take(MAX_TEXT_CHARS).collect());
    }
    Some(clean)
}

/// The most characters a phone number may take as shown ("+1 (555) 010-2000"
/// is 17): enough for any real number with its spaces and brackets.
pub const MAX_PHONE_CHARS: usize = 32;

/// Digits with the usual separators; 3 to 15 digits (E.164's limit), so
/// short codes such as 988 and 911 pass; at most [`MAX_PHONE_CHARS`] as shown.
pub fn parse_phone(text: &str) -> Result<Phone, String> {
    let display = text.trim();
    const EXAMPLE: &str = "like (555) 010-4242";
    let mut dial = String::new();
    for (i, c) in display.chars().enumerate() {
        match c {
            '0'..='9' => dial.push(c),
            '+' if i == 0 => dial.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => {
                return Err(format!(
                    "`{}` is not a phone number — use only digits, spaces and + ( ) - . {EXAMPLE}",
                    shorten(display)
                ))
            }
        }
    }
    let digits = dial.trim_start_matches('+').len();
    if digits < 3 {
        return Err(
            "That number looks too short — use the number visitors should call, like (555) 010-4242"
                .into(),
        );
    }
    if digits > 15 {
        return Err(
            "That number looks too long — use at most 15 digits, like (555) 010-4242".into(),
        );
    }
    // Shown as written, on a phone's narrow screen too: spaces and dots
    // between the digits must not stretch it past a line.
    let shown = display.chars().count();
    if shown > MAX_PHONE_CHARS {
        return Err(format!(
            "`{}` is too long to show: write a phone number in at most {MAX_PHONE_CHARS} characters ({shown} now)",
            shorten(display)
        ));
    }
    Ok(Phone {
        display: display.to_string(),
        dial,
    })
}

/// `https:` with a host, `tel:` with a valid number, or `mailto:` with an
/// address. Everything else — `javascript:`, `data:`, `http:`, relative
/// paths — is refused.
pub fn parse_contact_url(text: &str) -> Result<ContactUrl, String> {
    let url = text.trim();
    let refuse = |why: &str| {
        Err(format!(
            "`{}` cannot be used — {why}, like https://yourcenter.example/contact",
            shorten(url)
        ))
    };
    if url.chars().count() > MAX_URL_CHARS {
        return refuse("use a shorter link");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("take out the spaces");
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return refuse("use a link that starts with https://, tel: or mailto:");
    };
    match scheme.to_ascii_lowercase().as_str() {
        "https" => {
            let host = rest
                .strip_prefix("//")
                .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
            match host {
                Some(h) if !h.is_empty() && !h.contains('@') && !h.contains('\\') => {
                    Ok(ContactUrl(url.to_string()))
                }
                _ => refuse("put the website's name after https://"),
            }
        }
        "tel" => parse_phone(rest).map(|p| ContactUrl(p.tel_href())),
        "mailto" if rest.contains('@') && !rest.starts_with('@') => Ok(ContactUrl(url.to_string())),
        "mailto" => refuse("put an email address after mailto:"),
        _ => refuse("use a link that starts with https://, tel: or mailto:"),
    }
}

pub(super) fn parse_offers<'a>(
    codes: impl IntoIterator<Item = &'a str>,
) -> Result<IdSet<Level>, String> {
    let offers = codes
        .into_iter()
        .map(|code| {
            Level::from_id(code.trim()).ok_or_else(|| {
                format!(
                    "`{}` is not a level of care — use OUT, IOP, PHP or RES",
                    shorten(code)
                )
            })
        })
        .collect::<Result<IdSet<_>, _>>()?;
    if offers.is_empty() {
        return Err("names no level — list at least one of OUT, IOP, PHP or RES".into());
    }
    Ok(offers)
}

pub(super) fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_tag(text).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "`{}` is not a language the widget has — use one of: {}",
            shorten(text),
            known.join(", ")
        )
    })
}

pub(super) fn parse_mode(text: &str) -> Result<Mode, String> {
    match text.trim() {
        "standard" => Ok(Mode::Standard),
        "kiosk" => Ok(Mode::Kiosk),
        other => Err(format!(
            "`{}` is not a mode — use standard (a website) or kiosk (a shared screen)",
            shorten(other)
        )),
    }
}

/// The idle period, from a second to a day; the same bounds for the JSON
/// field and the attribute.
pub(super) fn idle_seconds(value: Option<u64>) -> Result<u32, String> {
    seconds(value, 1, 86_400)
}

/// The "Still there?" countdown, from a second to an hour.
pub(super) fn countdown_seconds(value: Option<u64>) -> Result<u32, String> {
    seconds(value, 1, 3_600)
}

fn seconds(value: Option<u64>, min: u32, max: u32) -> Result<u32, String> {
    match value {
        Some(n) if (min as u64..=max as u64).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "use a whole number of seconds from {min} to {max}, like 90"
        )),
    }
}

/// `#rgb` or `#rrggbb` only, so a theme value can never carry other CSS.
pub fn parse_color(text: &str) -> Result<Color, String> {
    let hex = text.trim().strip_prefix('#').unwrap_or("");
    let digits: Option<Vec<u8>> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect();
    let channel = |hi: u8, lo: u8| hi * 16 + lo;
    match digits.as_deref() {
        Some(&[r, g, b]) => Ok(Color {
            r: channel(r, r),
            g: channel(g, g),
            b: channel(b, b),
        }),
        Some(&[r1, r2, g1, g2, b1, b2]) => Ok(Color {
            r: channel(r1, r2),
            g: channel(g1, g2),
            b: channel(b1, b2),
        }),
        _ => Err(format!(
            "`{}` is not a colour — use # and 3 or 6 of 0-9 and a-f, like #1d5c63",
            shorten(text)
        )),
    }
}

/// Keeps quoted bad input short in messages.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        text.chars().take(MAX).chain("…".chars()).collect()
    }
}

/// A string field's text.
pub(super) fn as_str(value: &Json) -> Result<&str, String> {
    value.as_str().ok_or_else(|| "must be a string".to_string())
}

/// A bounded text field, or an issue.
pub(super) fn text_field(field: &str, value: &Json, issues: &mut Issues) -> Option<String> {
    let text = issues.field(field, as_str(value))?;
    bounded_text(field, text, issues)
}
