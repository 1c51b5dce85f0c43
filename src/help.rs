//! Where to get help, from one source. The default (US) numbers are facts
//! written once here; each catalog gives their names, notes and text
//! keywords in its language; a center's config replaces any of them. Every
//! place that shows help — the screens, the print, the pre-rendered page,
//! the static fallback and the failure messages — renders from [`Help`].

use crate::config::{Config, CrisisLine, Phone};
use crate::i18n::{fill, Lang, LineText};

// The numbers themselves: a leaf module the catalogs read too, so the
// catalogs never import this one (no import circle through the config).
pub use crate::numbers::*;

/// The help one page shows, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Help {
    pub emergency: Phone,
    /// Crisis lines, shown on every crisis screen and with `emergency`.
    pub lines: Vec<CrisisLine>,
    /// For someone not safe at home (`home_safety`).
    pub home_lines: Vec<CrisisLine>,
    /// For a child or teen being hurt (`home_safety` with `adolescent`):
    /// Childhelp by default (spec v3).
    pub teen_lines: Vec<CrisisLine>,
    /// Where to find a program: named when the center does not offer the
    /// level or has no phone. None when the center replaced the crisis
    /// lines (another country) without naming one: no US number then.
    pub referral: Option<CrisisLine>,
    /// Whether these are the default US lines: US facts in the words (a
    /// `[us] ` line, `i18n::shown_lines`) show only then (spec v3).
    pub us: bool,
}

impl Help {
    /// The center's lines where its config has them for `lang`, else the
    /// defaults in that language.
    pub fn new(config: &Config, lang: Lang) -> Help {
        let t = &lang.catalog().help;
        match config.crisis_for(lang) {
            Some(own) => Help {
                emergency: own.emergency.clone(),
                lines: own.lines.clone(),
                home_lines: own.home_lines.clone(),
                teen_lines: own.teen_lines.clone(),
                referral: config.referral.clone(),
                us: false,
            },
            None => Help {
                emergency: Phone::known(EMERGENCY),
                lines: t.lines.iter().map(LineText::line).collect(),
                home_lines: t.home_lines.iter().map(LineText::line).collect(),
                teen_lines: t.teen_lines.iter().map(LineText::line).collect(),
                referral: Some(config.referral.clone().unwrap_or_else(|| t.referral.line())),
                us: true,
            },
        }
    }
}

impl LineText {
    pub fn line(&self) -> CrisisLine {
        let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
        CrisisLine {
            name: self.name.to_string(),
            call: self.call.map(Phone::known),
            text: self.text.map(Phone::known),
            text_keyword: self.keyword.map(str::to_string),
            tty: self.tty.map(Phone::known),
            note: text(self.note),
        }
    }
}

/// The ways to reach a line, as (label, link) pairs in the catalog's words:
/// call, text (with its keyword), TTY.
pub fn actions(line: &CrisisLine, lang: Lang) -> Vec<(String, String)> {
    let c = &lang.catalog().crisis;
    let mut out = Vec::new();
    if let Some(phone) = &line.call {
        out.push((
            fill(c.call, &[("number", &phone.display)]),
            phone.tel_href(),
        ));
    }
    if let Some(phone) = &line.text {
        let keyword = line.text_keyword.as_deref();
        let label = match keyword {
            Some(word) => fill(
                c.text_keyword,
                &[("keyword", word), ("number", &phone.display)],
            ),
            None => fill(c.text, &[("number", &phone.display)]),
        };
        out.push((label, phone.sms_href(keyword)));
    }
    if let Some(phone) = &line.tty {
        out.push((fill(c.tty, &[("number", &phone.display)]), phone.tel_href()));
    }
    out
}

/// The emergency number's action.
pub fn emergency_action(phone: &Phone, lang: Lang) -> (String, String) {
    let c = &lang.catalog().crisis;
    (
        fill(c.emergency, &[("number", &phone.display)]),
        phone.tel_href(),
    )
}

/// The help a center puts inside its `<carefit-widget>` element, shown
/// until the widget runs (and if it never does): the same lines as every
/// screen, in the config's language (English when it sets none), each way
/// to reach them a link, then the center's own number. Written by the
/// set-up page (`carefit-setup`'s `help_inside`) from this one source.
pub fn snippet_html(config: &Config) -> String {
    let lang = config.lang.unwrap_or(Lang::En);
    let t = lang.catalog();
    let help = Help::new(config, lang);
    let link = |(label, href): (String, String)| {
        format!(r#"<a href="{}">{}</a>"#, escape(&href), escape(&label))
    };
    let mut parts = vec![format!(
        "{} {}",
        link(emergency_action(&help.emergency, lang)),
        escape(t.crisis.emergency_note)
    )];
    for line in help.lines.iter().chain(&help.referral) {
        let ways: Vec<String> = actions(line, lang).into_iter().map(link).collect();
        let note = line.note.as_deref().map(escape).unwrap_or_default();
        parts.push(
            format!("{}: {}. {note}", escape(&line.name), ways.join(", "))
                .trim_end()
                .to_string(),
        );
    }
    if let (Some(center), Some(phone)) = (&config.center_name, &config.phone) {
        let label = fill(
            t.result_next_center,
            &[("center", center), ("phone", &phone.display)],
        );
        parts.push(link((label, phone.tel_href())));
    }
    format!(
        "  <p lang=\"{}\">{}</p>",
        lang.tag(),
        parts.join("<br>\n     ")
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
