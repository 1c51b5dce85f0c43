//! A treatment center's settings: one typed struct, parsed and validated
//! here and nowhere else.
//!
//! Parsing is forgiving on purpose: a bad field becomes a [`ConfigIssue`]
//! naming the field, and that field keeps its default, so the widget always
//! runs. `carefit check-config` prints the same issues and fails on errors.
//! Nothing here is read by the engine: the level never depends on it.

use std::fmt;

use crate::engine::{IdSet, Level};
use crate::i18n::Lang;

/// A parsed JSON value, as the config reader sees it. The CLI builds it
/// with serde_json; the browser with its own `JSON.parse`, so no JSON
/// parser ships in the wasm.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in the order they were written.
    Object(Vec<(String, Json)>),
}

impl Json {
    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    fn as_object(&self) -> Option<Vec<(&str, &Json)>> {
        match self {
            Json::Object(members) => Some(members.iter().map(|(k, v)| (k.as_str(), v)).collect()),
            _ => None,
        }
    }

    /// A whole number that fits, as JSON's numbers are all doubles.
    fn as_u64(&self) -> Option<u64> {
        match *self {
            Json::Number(n) if n >= 0.0 && n <= u32::MAX as f64 && n as u64 as f64 == n => {
                Some(n as u64)
            }
            _ => None,
        }
    }
}

impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Json::String(s),
            Value::Array(items) => Json::Array(items.into_iter().map(Json::from).collect()),
            Value::Object(map) => {
                Json::Object(map.into_iter().map(|(k, v)| (k, v.into())).collect())
            }
        }
    }
}

/// Longest text a center may set; longer text is cut, not refused.
pub const MAX_TEXT_CHARS: usize = 120;
const MAX_URL_CHARS: usize = 2048;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub center_name: Option<String>,
    pub phone: Option<Phone>,
    pub contact_url: Option<ContactUrl>,
    /// Levels the center runs; `None` when the config does not say.
    pub offers: Option<IdSet<Level>>,
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub mode: Mode,
    pub kiosk: KioskSettings,
    /// `kiosk.front_desk`: what a kiosk's crisis help says first, in place
    /// of "tell someone at the front desk now".
    pub front_desk: Option<String>,
    /// Replaces the US crisis lines for every language...
    pub crisis: Option<CrisisLines>,
    /// ...and these replace them again for one language.
    pub crisis_by_lang: Vec<(Lang, CrisisLines)>,
    /// Replaces the SAMHSA National Helpline, the line a result names when
    /// the center does not offer a level or has no phone.
    pub referral: Option<CrisisLine>,
    /// Opt-in: tell the host page the level (and nothing else) at the end.
    pub events: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            center_name: None,
            phone: None,
            contact_url: None,
            offers: None,
            lang: None,
            theme: Theme::default(),
            mode: Mode::Standard,
            kiosk: KioskSettings::default(),
            front_desk: None,
            crisis: None,
            crisis_by_lang: Vec::new(),
            referral: None,
            events: false,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Standard,
    /// A shared screen: idle reset, no links off the page.
    Kiosk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            idle_seconds: 90,
            countdown_seconds: 20,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// Always dark enough for white text and for text on white (WCAG AA).
    pub accent: Option<Color>,
}

/// A phone number as written, with the digits a `tel:` link needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub display: String,
    pub dial: String,
}

impl Phone {
    /// A number known to be valid (the default lines); written once, as shown.
    pub fn known(display: &str) -> Phone {
        Phone {
            display: display.to_string(),
            dial: display
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect(),
        }
    }

    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.dial)
    }

    /// A text-message link, with the keyword as the message when the line
    /// needs one.
    pub fn sms_href(&self, keyword: Option<&str>) -> String {
        match keyword {
            Some(word) => format!("sms:{}?body={}", self.dial, percent_encode(word)),
            None => format!("sms:{}", self.dial),
        }
    }
}

/// Encodes everything but unreserved characters, for a URL's query.
fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 15] {
                out.push(
                    char::from_digit(nibble as u32, 16).map_or('0', |c| c.to_ascii_uppercase()),
                );
            }
        }
    }
    out
}

/// A link the widget may show: `https:`, `tel:` or `mailto:` only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactUrl(String);

impl ContactUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// A center's own crisis numbers, for outside the United States.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLines {
    /// The emergency number (911 in the US).
    pub emergency: Phone,
    pub lines: Vec<CrisisLine>,
    /// For someone who is not safe at home (`home_safety`); none unless the
    /// center names them, so no other country's number ever shows.
    pub home_lines: Vec<CrisisLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    pub name: String,
    pub call: Option<Phone>,
    pub text: Option<Phone>,
    /// The word to text, when the line needs one (in the language shown).
    pub text_keyword: Option<String>,
    /// A number for people who are deaf or hard of hearing.
    pub tty: Option<Phone>,
    /// One short line under it: hours, cost, a menu choice.
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The field was refused and keeps its default.
    Error,
    /// The field was adjusted (cut to length, colour darkened) and used.
    Warning,
}

/// One problem with a config, naming the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigIssue {
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}: `{}`: {}", self.field, self.message)
    }
}

/// The fields a config object may have.
pub const FIELDS: &[&str] = &[
    "center_name",
    "phone",
    "contact_url",
    "offers",
    "lang",
    "theme",
    "mode",
    "kiosk",
    "crisis",
    "crisis_by_lang",
    "referral",
    "events",
];

/// Which settings that have a default a JSON config gave, so that an
/// attribute fills only the others. Settings held in an `Option` need no
/// record: `None` is "left unset".
#[derive(Clone, Copy, Default)]
struct Given {
    mode: bool,
    idle_seconds: bool,
    countdown_seconds: bool,
}

/// Collects issues while fields are read.
#[derive(Default)]
struct Issues(Vec<ConfigIssue>);

impl Issues {
    fn error(&mut self, field: &str, message: impl Into<String>) {
        self.push(field, message, Severity::Error);
    }
    fn not_json(&mut self, why: &str) {
        self.error("config", format!("not valid JSON: {why}"));
    }
    fn warning(&mut self, field: &str, message: impl Into<String>) {
        self.push(field, message, Severity::Warning);
    }
    fn push(&mut self, field: &str, message: impl Into<String>, severity: Severity) {
        self.0.push(ConfigIssue {
            field: field.to_string(),
            message: message.into(),
            severity,
        });
    }
    /// Runs a field's parser, turning its error into an issue and a `None`.
    fn field<T>(&mut self, field: &str, parsed: Result<T, String>) -> Option<T> {
        parsed.map_err(|message| self.error(field, message)).ok()
    }
}

impl Config {
    /// Parses and reads a config (the CLI and tests; the browser parses
    /// with its own `JSON.parse`, see `ui::json`).
    pub fn from_json(text: &str) -> (Config, Vec<ConfigIssue>) {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(value) => Config::from_value(&value.into()),
            Err(e) => Config::not_json(&e.to_string()),
        }
    }

    /// Reads a parsed config. Always returns a usable config; anything wrong
    /// is in the issues, with the field at fault.
    pub fn from_value(value: &Json) -> (Config, Vec<ConfigIssue>) {
        let mut issues = Issues::default();
        let mut config = Config::default();
        config.read_value(value, &mut issues);
        (config, issues.0)
    }

    /// The defaults, and the parser's complaint about text that is not JSON.
    pub fn not_json(why: &str) -> (Config, Vec<ConfigIssue>) {
        let mut issues = Issues::default();
        issues.not_json(why);
        (Config::default(), issues.0)
    }

    /// A widget's settings from its two sources. The JSON config inside the
    /// element (`None` without one; parsed, or the parser's complaint) comes
    /// first; each attribute (`center-name`, `phone`, `contact-url`,
    /// `offers`, `lang`, `mode`, `idle-seconds`, `countdown-seconds`) fills
    /// only a setting the JSON left unset or had refused.
    pub fn for_widget<'a>(
        json: Option<Result<Json, String>>,
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Config, Vec<ConfigIssue>) {
        let mut issues = Issues::default();
        let mut config = Config::default();
        let given = match json {
            Some(Ok(value)) => config.read_value(&value, &mut issues),
            Some(Err(why)) => {
                issues.not_json(&why);
                Given::default()
            }
            None => Given::default(),
        };
        config.apply_attributes(given, attributes, &mut issues);
        (config, issues.0)
    }

    fn read_value(&mut self, value: &Json, issues: &mut Issues) -> Given {
        match value.as_object() {
            Some(members) => self.read_object(&members, issues),
            None => {
                issues.error("config", "must be a JSON object of settings");
                Given::default()
            }
        }
    }

    /// Reads the element's attributes into what the JSON did not give.
    fn apply_attributes<'a>(
        &mut self,
        given: Given,
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
        issues: &mut Issues,
    ) {
        for (name, value) in attributes {
            match name {
                "center-name" if self.center_name.is_none() => {
                    self.center_name = bounded_text(name, value, issues)
                }
                "phone" if self.phone.is_none() => {
                    self.phone = issues.field(name, parse_phone(value))
                }
                "contact-url" if self.contact_url.is_none() => {
                    self.contact_url = issues.field(name, parse_contact_url(value))
                }
                "offers" if self.offers.is_none() => {
                    let codes = value.split([',', ' ']).filter(|s| !s.is_empty());
                    self.offers = issues.field(name, parse_offers(codes))
                }
                "lang" if self.lang.is_none() => self.lang = issues.field(name, parse_lang(value)),
                "mode" if !given.mode => {
                    if let Some(mode) = issues.field(name, parse_mode(value)) {
                        self.mode = mode
                    }
                }
                "idle-seconds" if !given.idle_seconds => {
                    let parsed = idle_seconds(value.trim().parse().ok());
                    if let Some(n) = issues.field(name, parsed) {
                        self.kiosk.idle_seconds = n
                    }
                }
                "countdown-seconds" if !given.countdown_seconds => {
                    let parsed = countdown_seconds(value.trim().parse().ok());
                    if let Some(n) = issues.field(name, parsed) {
                        self.kiosk.countdown_seconds = n
                    }
                }
                _ => {}
            }
        }
    }

    fn read_object(&mut self, members: &[(&str, &Json)], issues: &mut Issues) -> Given {
        let mut given = Given::default();
        for &(field, value) in members {
            match field {
                "center_name" => self.center_name = text_field(field, value, issues),
                "phone" => self.phone = issues.field(field, as_str(value).and_then(parse_phone)),
                "contact_url" => {
                    self.contact_url =
                        issues.field(field, as_str(value).and_then(parse_contact_url))
                }
                "offers" => {
                    let codes = as_list(value).and_then(|list| {
                        list.iter()
                            .map(|v| as_str(v))
                            .collect::<Result<Vec<_>, _>>()
                    });
                    self.offers = issues.field(field, codes.and_then(parse_offers));
                }
                "lang" => self.lang = issues.field(field, as_str(value).and_then(parse_lang)),
                "mode" => {
                    if let Some(mode) = issues.field(field, as_str(value).and_then(parse_mode)) {
                        self.mode = mode;
                        given.mode = true;
                    }
                }
                "theme" => self.theme = read_theme(value, issues),
                "kiosk" => {
                    let kiosk: Given;
                    (self.kiosk, self.front_desk, kiosk) = read_kiosk(value, issues);
                    given = Given {
                        mode: given.mode,
                        ..kiosk
                    };
                }
                "crisis" => self.crisis = read_crisis(field, value, issues),
                "crisis_by_lang" => self.crisis_by_lang = read_crisis_by_lang(value, issues),
                "referral" => self.referral = read_crisis_line(field, value, issues),
                "events" => match value {
                    Json::Bool(on) => self.events = *on,
                    _ => issues.error(field, "must be true or false"),
                },
                _ => issues.error(
                    field,
                    format!("unknown setting; known settings: {}", FIELDS.join(", ")),
                ),
            }
        }
        given
    }

    /// Crisis lines to show in `lang`, if the center replaced the US ones.
    pub fn crisis_for(&self, lang: Lang) -> Option<&CrisisLines> {
        self.crisis_by_lang
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, lines)| lines)
            .or(self.crisis.as_ref())
    }

    pub fn offers_level(&self, level: Level) -> Option<bool> {
        self.offers.map(|o| o.contains(level))
    }
}

fn as_str(value: &Json) -> Result<&str, String> {
    value.as_str().ok_or_else(|| "must be a string".to_string())
}

fn as_list(value: &Json) -> Result<&[Json], String> {
    value
        .as_array()
        .ok_or_else(|| "must be a list, for example [\"IOP\", \"PHP\"]".to_string())
}

fn text_field(field: &str, value: &Json, issues: &mut Issues) -> Option<String> {
    let text = issues.field(field, as_str(value))?;
    bounded_text(field, text, issues)
}

/// Trims text, drops control characters and cuts it to a sane length.
fn bounded_text(field: &str, text: &str, issues: &mut Issues) -> Option<String> {
    let clean: String = text.trim().chars().filter(|c| !c.is_control()).collect();
    if clean.is_empty() {
        issues.error(field, "must not be empty");
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

/// Digits with the usual separators; 3 to 15 digits (E.164's limit), so
/// short codes such as 988 and 911 pass.
pub fn parse_phone(text: &str) -> Result<Phone, String> {
    let display = text.trim();
    let bad = || {
        format!(
            "`{}` is not a phone number: use digits, spaces, + ( ) - or . only, 3 to 15 digits",
            shorten(display)
        )
    };
    let mut dial = String::new();
    for (i, c) in display.chars().enumerate() {
        match c {
            '0'..='9' => dial.push(c),
            '+' if i == 0 => dial.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return Err(bad()),
        }
    }
    let digits = dial.trim_start_matches('+').len();
    if !(3..=15).contains(&digits) {
        return Err(bad());
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
    let refuse = |why: &str| Err(format!("`{}` refused: {why}", shorten(url)));
    if url.chars().count() > MAX_URL_CHARS {
        return refuse("too long");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("it contains spaces or control characters");
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return refuse("it must start with https:, tel: or mailto:");
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
                _ => refuse("an https: link needs a host, as in https://center.example/contact"),
            }
        }
        "tel" => parse_phone(rest).map(|p| ContactUrl(p.tel_href())),
        "mailto" if rest.contains('@') && !rest.starts_with('@') => Ok(ContactUrl(url.to_string())),
        "mailto" => refuse("a mailto: link needs an address"),
        _ => refuse("only https:, tel: and mailto: links are allowed"),
    }
}

fn parse_offers<'a>(codes: impl IntoIterator<Item = &'a str>) -> Result<IdSet<Level>, String> {
    let offers = codes
        .into_iter()
        .map(|code| {
            Level::from_id(code.trim()).ok_or_else(|| {
                format!(
                    "`{}` is not a level; expected any of OUT, IOP, PHP, RES",
                    shorten(code)
                )
            })
        })
        .collect::<Result<IdSet<_>, _>>()?;
    if offers.is_empty() {
        return Err("must name at least one level: OUT, IOP, PHP or RES".into());
    }
    Ok(offers)
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_tag(text).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "`{}` is not a language the widget has; expected one of: {}",
            shorten(text),
            known.join(", ")
        )
    })
}

fn parse_mode(text: &str) -> Result<Mode, String> {
    match text.trim() {
        "standard" => Ok(Mode::Standard),
        "kiosk" => Ok(Mode::Kiosk),
        other => Err(format!(
            "`{}` is not a mode; expected standard or kiosk",
            shorten(other)
        )),
    }
}

/// The idle period, from a second to a day; the same bounds for the JSON
/// field and the attribute.
fn idle_seconds(value: Option<u64>) -> Result<u32, String> {
    seconds(value, 1, 86_400)
}

/// The "Still there?" countdown, from a second to an hour.
fn countdown_seconds(value: Option<u64>) -> Result<u32, String> {
    seconds(value, 1, 3_600)
}

fn seconds(value: Option<u64>, min: u32, max: u32) -> Result<u32, String> {
    match value {
        Some(n) if (min as u64..=max as u64).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "must be a whole number of seconds from {min} to {max}"
        )),
    }
}

/// The kiosk's timings and its front-desk words, and which timings it gave.
fn read_kiosk(value: &Json, issues: &mut Issues) -> (KioskSettings, Option<String>, Given) {
    let mut kiosk = KioskSettings::default();
    let mut front_desk = None;
    let mut given = Given::default();
    let Some(map) = value.as_object() else {
        issues.error("kiosk", "must be an object such as {\"idle_seconds\": 90}");
        return (kiosk, front_desk, given);
    };
    for (key, value) in map {
        let field = format!("kiosk.{key}");
        match key {
            "idle_seconds" => {
                if let Some(n) = issues.field(&field, idle_seconds(value.as_u64())) {
                    kiosk.idle_seconds = n;
                    given.idle_seconds = true;
                }
            }
            "countdown_seconds" => {
                if let Some(n) = issues.field(&field, countdown_seconds(value.as_u64())) {
                    kiosk.countdown_seconds = n;
                    given.countdown_seconds = true;
                }
            }
            "front_desk" => front_desk = text_field(&field, value, issues),
            _ => issues.error(
                &field,
                "unknown setting; known: idle_seconds, countdown_seconds, front_desk",
            ),
        }
    }
    (kiosk, front_desk, given)
}

fn read_theme(value: &Json, issues: &mut Issues) -> Theme {
    let mut theme = Theme::default();
    let Some(map) = value.as_object() else {
        issues.error(
            "theme",
            "must be an object such as {\"accent\": \"#1d5c63\"}",
        );
        return theme;
    };
    for (key, value) in map {
        let field = format!("theme.{key}");
        match key {
            "accent" => {
                let color = issues.field(&field, as_str(value).and_then(parse_color));
                theme.accent = color.map(|c| readable_accent(&field, c, issues));
            }
            _ => issues.error(&field, "unknown setting; known: accent"),
        }
    }
    theme
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
            "`{}` is not a colour; use #rgb or #rrggbb, for example #1d5c63",
            shorten(text)
        )),
    }
}

/// WCAG relative luminance.
fn luminance(c: Color) -> f64 {
    let lin = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
}

/// Contrast ratio of a colour against white.
pub fn contrast_with_white(c: Color) -> f64 {
    1.05 / (luminance(c) + 0.05)
}

/// The accent is used for text on white and behind white text, so it must
/// reach 4.5:1; a lighter one is darkened in steps until it does.
fn readable_accent(field: &str, color: Color, issues: &mut Issues) -> Color {
    const AA: f64 = 4.5;
    if contrast_with_white(color) >= AA {
        return color;
    }
    let mut darker = color;
    while contrast_with_white(darker) < AA {
        let step = |v: u8| (v as f64 * 0.95) as u8;
        darker = Color {
            r: step(darker.r),
            g: step(darker.g),
            b: step(darker.b),
        };
    }
    // Tenths by integer arithmetic: float formatting would add kilobytes to the wasm.
    let tenths = (contrast_with_white(color) * 10.0) as u32;
    issues.warning(
        field,
        format!(
            "{color} is too light for text on white ({}.{}:1, needs 4.5:1); darkened to {darker}",
            tenths / 10,
            tenths % 10
        ),
    );
    darker
}

fn read_crisis(field: &str, value: &Json, issues: &mut Issues) -> Option<CrisisLines> {
    let map = issues.field(
        field,
        value
            .as_object()
            .ok_or_else(|| "must be an object with `emergency` and `lines`".to_string()),
    )?;
    let mut emergency = None;
    let mut lines = Vec::new();
    let mut home_lines = Vec::new();
    let mut ok = true;
    for (key, value) in map {
        let sub = format!("{field}.{key}");
        let list = match key {
            "emergency" => {
                emergency = issues.field(&sub, as_str(value).and_then(parse_phone));
                continue;
            }
            "lines" => &mut lines,
            "home_lines" => &mut home_lines,
            _ => {
                issues.error(&sub, "unknown setting; known: emergency, lines, home_lines");
                continue;
            }
        };
        match value.as_array() {
            Some(items) => {
                for (i, line) in items.iter().enumerate() {
                    match read_crisis_line(&format!("{sub}[{i}]"), line, issues) {
                        Some(line) => list.push(line),
                        None => ok = false,
                    }
                }
            }
            None => issues.error(&sub, "must be a list of lines"),
        }
    }
    let Some(emergency) = emergency else {
        issues.error(field, "needs `emergency`, the local emergency number");
        return None;
    };
    // Half a list of crisis lines is worse than the defaults: all or nothing.
    if !ok {
        issues.error(
            field,
            "kept the default crisis lines because a line was invalid",
        );
        return None;
    }
    Some(CrisisLines {
        emergency,
        lines,
        home_lines,
    })
}

fn read_crisis_line(field: &str, value: &Json, issues: &mut Issues) -> Option<CrisisLine> {
    let Some(map) = value.as_object() else {
        issues.error(field, "must be an object with `name` and `call` or `text`");
        return None;
    };
    let mut line = CrisisLine {
        name: String::new(),
        call: None,
        text: None,
        text_keyword: None,
        tty: None,
        note: None,
    };
    let before = issues.0.len();
    for (key, value) in map {
        let sub = format!("{field}.{key}");
        match key {
            "name" => line.name = text_field(&sub, value, issues).unwrap_or_default(),
            "call" => line.call = issues.field(&sub, as_str(value).and_then(parse_phone)),
            "text" => line.text = issues.field(&sub, as_str(value).and_then(parse_phone)),
            "text_keyword" => line.text_keyword = text_field(&sub, value, issues),
            "tty" => line.tty = issues.field(&sub, as_str(value).and_then(parse_phone)),
            "note" => line.note = text_field(&sub, value, issues),
            _ => issues.error(
                &sub,
                "unknown setting; known: name, call, text, text_keyword, tty, note",
            ),
        }
    }
    if line.name.is_empty() || (line.call.is_none() && line.text.is_none()) {
        issues.error(
            field,
            "a crisis line needs a `name` and a `call` or `text` number",
        );
    }
    let refused = issues.0[before..]
        .iter()
        .any(|i| i.severity == Severity::Error);
    (!refused).then_some(line)
}

fn read_crisis_by_lang(value: &Json, issues: &mut Issues) -> Vec<(Lang, CrisisLines)> {
    let Some(map) = value.as_object() else {
        issues.error(
            "crisis_by_lang",
            "must be an object of language → crisis lines",
        );
        return Vec::new();
    };
    map.into_iter()
        .filter_map(|(tag, lines)| {
            let field = format!("crisis_by_lang.{tag}");
            let lang = issues.field(&field, parse_lang(tag))?;
            Some((lang, read_crisis(&field, lines, issues)?))
        })
        .collect()
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
