//! A treatment center's settings: one typed struct, parsed and validated
//! here and nowhere else.
//!
//! Parsing is forgiving on purpose: a bad field becomes a [`ConfigIssue`]
//! naming the field, and that field keeps its default, so the widget always
//! runs. `carefit check-config` prints the same issues and fails on errors.
//! Nothing here is read by the engine: the level never depends on it.
//!
//! - `mod.rs`: the model — [`Config`] and its parts — and the issues.
//! - `json.rs`: [`Json`], the parsed value the readers walk.
//! - `schema.rs`: the settings a config object may have and how each is
//!   read, and a widget's attributes after its JSON.
//! - `validate.rs`: one checker per kind of value (text, phone, link,
//!   levels, language, mode, seconds, colour).
//! - `contrast.rs`: WCAG contrast, and darkening an accent until it reads.
//! - `crisis.rs`: a center's own crisis lines.

mod contrast;
mod crisis;
mod json;
mod schema;
mod validate;

pub use contrast::contrast_with_white;
pub use json::Json;
pub use schema::FIELDS;
pub use validate::{parse_color, parse_contact_url, parse_phone, MAX_PHONE_CHARS};

use std::fmt;

use crate::engine::{IdSet, Level};
use crate::i18n::Lang;

/// Longest text a center may set; longer text is cut, not refused.
pub const MAX_TEXT_CHARS: usize = 120;

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
    /// For a child or teen being hurt (`home_safety` with `adolescent`,
    /// spec v3); none unless the center names them, as `home_lines`.
    pub teen_lines: Vec<CrisisLine>,
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
