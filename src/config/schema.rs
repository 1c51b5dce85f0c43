//! The settings a config object may have and how each is read, field by
//! field into [`Config`], and a widget's attributes after its JSON.

use super::contrast::readable_accent;
use super::crisis::{read_crisis, read_crisis_by_lang, read_crisis_line};
use super::validate::{
    as_str, bounded_text, countdown_seconds, idle_seconds, parse_color, parse_contact_url,
    parse_lang, parse_mode, parse_offers, parse_phone, text_field,
};
use super::{Config, ConfigIssue, Issues, Json, KioskSettings, Mode, Theme};

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
    /// only a setting the JSON left unset or had refused, but for
    /// `mode="kiosk"`, which no config switches off.
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
                // Kiosk mode said by the page or the element (`mode="kiosk"`,
                // which kiosk.html and the single file say for their page)
                // stays on: no config value switches a shared screen back
                // into a website.
                "mode" if value.trim() == "kiosk" => {
                    if given.mode && self.mode != Mode::Kiosk {
                        issues.warning(
                            "mode",
                            "this page is a kiosk: kiosk mode stays on, whatever the config says",
                        );
                    }
                    self.mode = Mode::Kiosk;
                }
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
}

fn as_list(value: &Json) -> Result<&[Json], String> {
    value
        .as_array()
        .ok_or_else(|| "must be a list, for example [\"IOP\", \"PHP\"]".to_string())
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
