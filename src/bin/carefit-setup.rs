//! The set-up page's checker (`setup.html`, for a center's staff) as a wasm
//! of its own: the config the form makes goes through the same reader as
//! `carefit check-config` and the widget (`Config::from_value`), and comes
//! back as the issues, each naming its field, and the config the widget
//! would use (a refused field left out, a light accent darkened). No
//! visitor's page loads it. The browser parses the JSON (`JSON.parse`), so
//! no JSON parser ships in it either. Built by `web/setup-build.mjs`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use carefit::config::{
        contrast_with_white, parse_color, Config, CrisisLine, CrisisLines, Mode, Phone, Severity,
    };
    use js_sys::JSON;
    use wasm_bindgen::prelude::*;

    /// Checks a config's text. Returns JSON:
    /// `{"issues": [{"field", "message", "severity"}], "config": {…},
    ///   "accent": {"contrast", "used", "used_contrast"} | null}`.
    #[wasm_bindgen]
    pub fn check_config(text: &str) -> String {
        // Read exactly as the widget reads it.
        let (config, issues) = carefit::ui::read_config(Some(text));
        let mut out = String::from("{\"issues\":[");
        for (i, issue) in issues.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let severity = match issue.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            out.push_str("{\"field\":");
            string(&mut out, &issue.field);
            out.push_str(",\"message\":");
            string(&mut out, &issue.message);
            out.push_str(",\"severity\":");
            string(&mut out, severity);
            out.push('}');
        }
        out.push_str("],\"config\":");
        write_config(&mut out, &config);
        out.push_str(",\"accent\":");
        write_accent(&mut out, text_accent(text).as_deref(), &config);
        out.push('}');
        out
    }

    /// The help to put inside the widget's element, for a config's text:
    /// the same lines as every screen, from one source
    /// (`carefit::help::snippet_html`), so the page keeps no copy of its own.
    #[wasm_bindgen]
    pub fn help_inside(text: &str) -> String {
        let (config, _) = carefit::ui::read_config(Some(text));
        carefit::help::snippet_html(&config)
    }

    /// The accent as typed, to report its own contrast before darkening.
    fn text_accent(text: &str) -> Option<String> {
        let value = JSON::parse(text).ok()?;
        let theme = js_sys::Reflect::get(&value, &"theme".into()).ok()?;
        js_sys::Reflect::get(&theme, &"accent".into())
            .ok()?
            .as_string()
    }

    /// Tenths by integer arithmetic, as the config's own messages do.
    fn ratio(tenths: f64) -> String {
        let t = (tenths * 10.0) as u32;
        format!("{}.{}", t / 10, t % 10)
    }

    fn write_accent(out: &mut String, typed: Option<&str>, config: &Config) {
        let (Some(typed), Some(used)) = (typed, config.theme.accent) else {
            out.push_str("null");
            return;
        };
        let Ok(given) = parse_color(typed) else {
            out.push_str("null");
            return;
        };
        out.push_str("{\"contrast\":");
        string(out, &ratio(contrast_with_white(given)));
        out.push_str(",\"used\":");
        string(out, &used.to_string());
        out.push_str(",\"used_contrast\":");
        string(out, &ratio(contrast_with_white(used)));
        out.push('}');
    }

    /// The config the widget would use, with only what differs from the
    /// defaults (so a snippet says what the center chose, nothing more).
    fn write_config(out: &mut String, config: &Config) {
        let mut object = Writer::new(out);
        if let Some(name) = &config.center_name {
            object.key("center_name").str(name);
        }
        if let Some(phone) = &config.phone {
            object.key("phone").str(&phone.display);
        }
        if let Some(url) = &config.contact_url {
            object.key("contact_url").str(url.as_str());
        }
        if let Some(offers) = config.offers {
            object.key("offers").raw("[");
            for (i, level) in offers.iter().enumerate() {
                object.raw(if i > 0 { "," } else { "" }).str(level.id());
            }
            object.raw("]");
        }
        if let Some(lang) = config.lang {
            object.key("lang").str(lang.tag());
        }
        if let Some(accent) = config.theme.accent {
            object
                .key("theme")
                .raw("{\"accent\":")
                .str(&accent.to_string())
                .raw("}");
        }
        if config.mode == Mode::Kiosk {
            object.key("mode").str("kiosk");
        }
        let defaults = Config::default();
        if config.kiosk != defaults.kiosk || config.front_desk.is_some() {
            object.key("kiosk");
            let mut kiosk = Writer::new(object.out);
            kiosk
                .key("idle_seconds")
                .raw(&config.kiosk.idle_seconds.to_string());
            kiosk
                .key("countdown_seconds")
                .raw(&config.kiosk.countdown_seconds.to_string());
            if let Some(words) = &config.front_desk {
                kiosk.key("front_desk").str(words);
            }
            kiosk.out.push('}');
        }
        if let Some(lines) = &config.crisis {
            object.key("crisis");
            write_lines(object.out, lines);
        }
        if !config.crisis_by_lang.is_empty() {
            object.key("crisis_by_lang");
            let mut by_lang = Writer::new(object.out);
            for (lang, lines) in &config.crisis_by_lang {
                by_lang.key(lang.tag());
                write_lines(by_lang.out, lines);
            }
            by_lang.out.push('}');
        }
        if let Some(line) = &config.referral {
            object.key("referral");
            write_line(object.out, line);
        }
        if config.events {
            object.key("events").raw("true");
        }
        object.out.push('}');
    }

    fn write_lines(out: &mut String, lines: &CrisisLines) {
        let mut object = Writer::new(out);
        object.key("emergency").str(&lines.emergency.display);
        for (key, list) in [
            ("lines", &lines.lines),
            ("home_lines", &lines.home_lines),
            ("teen_lines", &lines.teen_lines),
        ] {
            if key != "lines" && list.is_empty() {
                continue;
            }
            object.key(key).raw("[");
            for (i, line) in list.iter().enumerate() {
                object.raw(if i > 0 { "," } else { "" });
                write_line(object.out, line);
            }
            object.raw("]");
        }
        object.out.push('}');
    }

    fn write_line(out: &mut String, line: &CrisisLine) {
        let mut object = Writer::new(out);
        object.key("name").str(&line.name);
        let phones: [(&str, &Option<Phone>); 3] = [
            ("call", &line.call),
            ("text", &line.text),
            ("tty", &line.tty),
        ];
        for (key, phone) in phones {
            if let Some(phone) = phone {
                object.key(key).str(&phone.display);
            }
        }
        if let Some(word) = &line.text_keyword {
            object.key("text_keyword").str(word);
        }
        if let Some(note) = &line.note {
            object.key("note").str(note);
        }
        object.out.push('}');
    }

    /// Writes one JSON object's members; the caller closes it.
    struct Writer<'a> {
        out: &'a mut String,
        first: bool,
    }

    impl<'a> Writer<'a> {
        fn new(out: &'a mut String) -> Self {
            out.push('{');
            Writer { out, first: true }
        }
        fn key(&mut self, key: &str) -> &mut Self {
            if !self.first {
                self.out.push(',');
            }
            self.first = false;
            string(self.out, key);
            self.out.push(':');
            self
        }
        fn str(&mut self, value: &str) -> &mut Self {
            string(self.out, value);
            self
        }
        fn raw(&mut self, text: &str) -> &mut Self {
            self.out.push_str(text);
            self
        }
    }

    /// A JSON string; `<` escaped too, so the text can sit in a `<script>`.
    fn string(out: &mut String, text: &str) {
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '<' => out.push_str("\\u003c"),
                c if (c as u32) < 0x20 => {
                    let code = c as u32;
                    out.push_str("\\u00");
                    for nibble in [code >> 4, code & 15] {
                        out.push(char::from_digit(nibble, 16).unwrap_or('0'));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

fn main() {}
