//! The center config: every bad field is named, and defaults stand in.
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::*;
use carefit::engine::Level;
use carefit::i18n::Lang;

#[test]
fn empty_config_means_defaults() {
    let (config, issues) = Config::from_json("{}");
    assert!(issues.is_empty());
    assert_eq!(config, Config::default());
    assert_eq!(
        config.kiosk,
        KioskSettings {
            idle_seconds: 90,
            countdown_seconds: 20
        }
    );
}

#[test]
fn bad_fields_keep_defaults_and_good_fields_still_apply() {
    let (config, issues) = Config::from_json(
        r#"{"center_name":"Hope","phone":"not a phone","offers":["IOP"],"mode":"kiosk"}"#,
    );
    assert_eq!(config.center_name.as_deref(), Some("Hope"));
    assert_eq!(config.phone, None);
    assert_eq!(config.mode, Mode::Kiosk);
    assert_eq!(config.offers, Some([Level::Iop].into()));
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].field, "phone");
}

#[test]
fn contact_links_allow_only_safe_schemes() {
    for ok in [
        "https://hope.example/contact?x=1",
        "HTTPS://hope.example",
        "tel:+1-555-010-2000",
        "mailto:intake@hope.example",
    ] {
        assert!(parse_contact_url(ok).is_ok(), "{ok}");
    }
    // Spaces inside a link are refused, even in a tel: number.
    assert!(parse_contact_url("tel:(555) 010-2000").is_err());
    assert_eq!(
        parse_contact_url("tel:555-010-2000").unwrap().as_str(),
        "tel:5550102000"
    );
    for bad in [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "http://hope.example",
        "//hope.example",
        "/contact",
        "https://",
        "https://user@evil.example",
        "https://hope.example/a b",
        "vbscript:x",
        "mailto:",
    ] {
        assert!(parse_contact_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn phones_need_digits_and_only_separators() {
    assert_eq!(
        parse_phone("1-800-662-4357").unwrap().tel_href(),
        "tel:18006624357"
    );
    assert_eq!(parse_phone("+44 116 123").unwrap().dial, "+44116123");
    assert!(parse_phone("988").is_ok());
    for bad in [
        "",
        "12",
        "call me",
        "555<script>",
        "1+555",
        "1234567890123456",
    ] {
        assert!(parse_phone(bad).is_err(), "{bad}");
    }
}

/// A phone's display text fits a line on a narrow screen: at most
/// MAX_PHONE_CHARS characters as written, with a message that says so.
#[test]
fn a_phone_number_is_short_enough_to_show() {
    let longest = format!(
        "+1 (555) 010-2000{}",
        " ".repeat(MAX_PHONE_CHARS - 18) + "1"
    );
    assert_eq!(longest.chars().count(), MAX_PHONE_CHARS);
    assert!(parse_phone(&longest).is_ok());
    let spaced = "5 5 5 . 0 1 0 . 2 0 0 0 . . . . . . . . . .";
    assert!(spaced.chars().count() > MAX_PHONE_CHARS);
    let why = parse_phone(spaced).unwrap_err();
    assert!(
        why.contains("too long to show") && why.contains("at most 32 characters"),
        "{why}"
    );
    let (config, issues) = Config::from_json(&format!(r#"{{"phone":"{spaced}"}}"#));
    assert_eq!(config.phone, None);
    assert_eq!(issues[0].field, "phone");
}

/// A kiosk page (kiosk.html, the single file) reads its config as a widget
/// with `mode="kiosk"` (ui::start): whatever the config holds, a mistake
/// included, the page stays a kiosk with the default timers, and the notice
/// names what was wrong.
#[test]
fn a_kiosk_page_stays_a_kiosk_whatever_its_config() {
    let kiosk_page = [("mode", "kiosk")];
    for (text, field) in [
        (r#"{ "center_name": "Hope House", }"#, "config"),
        (r#"{ "mode": "Kiosk" }"#, "mode"),
        (r#"{ "mode": "standard" }"#, "mode"),
        (r#"["mode", "standard"]"#, "config"),
        ("", "config"),
    ] {
        let (config, issues) = Config::for_widget(parsed(text), kiosk_page);
        assert_eq!(config.mode, Mode::Kiosk, "{text}");
        assert_eq!(config.kiosk, KioskSettings::default(), "{text}");
        assert_eq!(issues.len(), 1, "{text}: {issues:?}");
        assert_eq!(issues[0].field, field, "{text}");
    }
    let (_, issues) = Config::for_widget(parsed(r#"{ "mode": "Kiosk" }"#), kiosk_page);
    assert!(
        issues[0].message.contains("`Kiosk` is not a mode"),
        "{issues:?}"
    );
    let (_, issues) = Config::for_widget(parsed("{ \"phone\": \"1\" ,}"), kiosk_page);
    assert!(
        issues[0].message.starts_with("not valid JSON"),
        "{issues:?}"
    );
}

#[test]
fn accents_are_colours_only_and_always_readable() {
    assert!(parse_color("#1d5c63").is_ok());
    assert!(parse_color("#abc").is_ok());
    for bad in ["red", "#12345", "#1d5c63; color: red", "url(x)", "#ggg"] {
        assert!(parse_color(bad).is_err(), "{bad}");
    }
    for light in ["#ffffff", "#ffff00", "#88ccee", "#fafafa"] {
        let (config, issues) = Config::from_json(&format!(r#"{{"theme":{{"accent":"{light}"}}}}"#));
        let accent = config.theme.accent.expect("darkened, not dropped");
        assert!(contrast_with_white(accent) >= 4.5, "{light} → {accent}");
        assert_eq!(issues[0].severity, Severity::Warning);
    }
}

#[test]
fn long_text_is_bounded() {
    let long = "A".repeat(5000);
    let (config, issues) = Config::from_json(&format!(r#"{{"center_name":"{long}"}}"#));
    assert_eq!(config.center_name.unwrap().chars().count(), MAX_TEXT_CHARS);
    assert_eq!(issues[0].severity, Severity::Warning);
}

#[test]
fn crisis_lines_can_be_replaced_per_language() {
    let (config, issues) = Config::from_json(
        r#"{"crisis":{"emergency":"112","lines":[{"name":"Samaritans","call":"116 123"}]},
            "crisis_by_lang":{"es":{"emergency":"112","lines":[{"name":"Teléfono de la Esperanza","call":"717 003 717"}]}}}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        config.crisis_for(Lang::En).unwrap().lines[0].name,
        "Samaritans"
    );
    assert_eq!(
        config.crisis_for(Lang::Es).unwrap().lines[0].name,
        "Teléfono de la Esperanza"
    );
    // A broken line keeps the defaults rather than half a list.
    let (config, issues) = Config::from_json(
        r#"{"crisis":{"emergency":"112","lines":[{"name":"A","call":"116 123"},{"name":"B"}]}}"#,
    );
    assert!(config.crisis.is_none());
    assert!(issues.iter().any(|i| i.field == "crisis.lines[1]"));
}

/// A widget's JSON config as the browser hands it over: parsed, or the
/// parser's complaint.
fn parsed(text: &str) -> Option<Result<Json, String>> {
    Some(
        serde_json::from_str::<serde_json::Value>(text)
            .map(Json::from)
            .map_err(|e| e.to_string()),
    )
}

#[test]
fn attributes_fill_what_the_json_left_unset() {
    let (config, issues) = Config::for_widget(
        parsed(r#"{"lang":"es"}"#),
        [
            ("lang", "en"),
            ("center-name", "Hope"),
            ("offers", "IOP, PHP"),
            ("mode", "kiosk"),
            ("idle-seconds", "30"),
            ("countdown-seconds", "zero"),
            ("contact-url", "javascript:alert(1)"),
        ],
    );
    assert_eq!(config.lang, Some(Lang::Es));
    assert_eq!(config.center_name.as_deref(), Some("Hope"));
    assert_eq!(config.offers, Some([Level::Iop, Level::Php].into()));
    assert_eq!(config.mode, Mode::Kiosk);
    assert_eq!(config.kiosk.idle_seconds, 30);
    assert_eq!(config.kiosk.countdown_seconds, 20);
    assert_eq!(config.contact_url, None);
    let fields: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["countdown-seconds", "contact-url"]);
}

/// README, "Embedding": the JSON comes first, for the settings that have a
/// default too — a JSON `standard` is not "left unset" — but for kiosk mode,
/// which a page or an element says and no config switches off.
#[test]
fn the_json_comes_first_for_kiosk_timings_and_kiosk_mode_stays() {
    let attributes = [
        ("mode", "kiosk"),
        ("idle-seconds", "30"),
        ("countdown-seconds", "5"),
    ];
    let (config, issues) = Config::for_widget(
        parsed(r#"{"mode":"standard","kiosk":{"idle_seconds":60,"countdown_seconds":10}}"#),
        attributes,
    );
    assert_eq!(config.mode, Mode::Kiosk);
    let named: Vec<(&str, Severity)> = issues
        .iter()
        .map(|i| (i.field.as_str(), i.severity))
        .collect();
    assert_eq!(named, [("mode", Severity::Warning)]);
    assert!(
        issues[0].message.contains("kiosk mode stays on"),
        "{issues:?}"
    );
    assert_eq!(
        config.kiosk,
        KioskSettings {
            idle_seconds: 60,
            countdown_seconds: 10
        }
    );
    let (config, issues) =
        Config::for_widget(parsed(r#"{"mode":"standard"}"#), [("mode", "standard")]);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(config.mode, Mode::Standard);
    let (config, _) = Config::for_widget(parsed(r#"{"mode":"kiosk"}"#), [("mode", "standard")]);
    assert_eq!(config.mode, Mode::Kiosk);

    // One timing in the JSON: the attribute gives the other.
    let (config, _) = Config::for_widget(parsed(r#"{"kiosk":{"idle_seconds":60}}"#), attributes);
    assert_eq!(
        config.kiosk,
        KioskSettings {
            idle_seconds: 60,
            countdown_seconds: 5
        }
    );

    // A refused JSON value is unset: the attribute stands in, and the
    // issue names the JSON's field.
    let (config, issues) = Config::for_widget(
        parsed(r#"{"mode":"tablet","kiosk":{"idle_seconds":0}}"#),
        attributes,
    );
    assert_eq!(config.mode, Mode::Kiosk);
    assert_eq!(config.kiosk.idle_seconds, 30);
    let fields: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["mode", "kiosk.idle_seconds"]);

    // No JSON, or text that is not JSON: the attributes alone.
    for json in [None, parsed("{mode: kiosk")] {
        let broken = json.is_some();
        let (config, issues) = Config::for_widget(json, attributes);
        assert_eq!(config.mode, Mode::Kiosk);
        assert_eq!(config.kiosk.idle_seconds, 30);
        assert_eq!(config.kiosk.countdown_seconds, 5);
        let fields: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
        assert_eq!(fields, if broken { &["config"][..] } else { &[] });
    }
}

#[test]
fn language_tags_read_by_primary_subtag() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
}

/// Every number a help list would show, as dialled.
fn numbers(help: &carefit::help::Help) -> Vec<String> {
    let lines = help
        .lines
        .iter()
        .chain(&help.home_lines)
        .chain(&help.referral);
    let mut out = vec![help.emergency.dial.clone()];
    for line in lines {
        for phone in [&line.call, &line.text, &line.tty].into_iter().flatten() {
            out.push(phone.dial.clone());
        }
    }
    out
}

#[test]
fn the_default_help_is_per_language_with_its_own_keywords() {
    use carefit::help::{actions, Help};
    let config = Config::default();
    let en = Help::new(&config, Lang::En);
    let es = Help::new(&config, Lang::Es);
    assert_eq!(en.emergency.dial, "911");
    for help in [&en, &es] {
        let all = numbers(help);
        for number in ["911", "988", "741741", "18006624357", "18007997233", "211"] {
            assert!(all.iter().any(|n| n == number), "{number} in {all:?}");
        }
    }
    let links = |help: &Help, lang| -> Vec<String> {
        help.lines
            .iter()
            .flat_map(|l| actions(l, lang))
            .map(|(label, href)| format!("{label} {href}"))
            .collect()
    };
    let en_links = links(&en, Lang::En).join("\n");
    let es_links = links(&es, Lang::Es).join("\n");
    assert!(
        en_links.contains("Text HOME to 741741 sms:741741?body=HOME"),
        "{en_links}"
    );
    assert!(
        en_links.contains("Text 988 sms:988"),
        "texting 988 is a text link: {en_links}"
    );
    assert!(
        es_links.contains("Envíe AYUDA al 741741 sms:741741?body=AYUDA"),
        "{es_links}"
    );
    assert!(
        es_links.contains("Envíe AYUDA al 988 sms:988?body=AYUDA"),
        "{es_links}"
    );
    assert!(!es_links.contains("HOME"), "{es_links}");
}

#[test]
fn another_countrys_lines_replace_every_us_number() {
    use carefit::help::Help;
    let (config, issues) = Config::from_json(
        r#"{"crisis":{"emergency":"999","lines":[{"name":"Samaritans","call":"116 123","note":"Free, any time"}],
                      "home_lines":[{"name":"Refuge","call":"0808 2000 247"}]}}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    for lang in Lang::ALL {
        let help = Help::new(&config, *lang);
        let all = numbers(&help);
        assert_eq!(all, ["999", "116123", "08082000247"], "{lang:?}");
        assert_eq!(
            help.referral, None,
            "no SAMHSA line beside another country's"
        );
        assert_eq!(help.lines[0].note.as_deref(), Some("Free, any time"));
    }
    // A center's referral line is used wherever one is named.
    let (config, issues) = Config::from_json(
        r#"{"crisis":{"emergency":"999","lines":[]},"referral":{"name":"NHS 111","call":"111","tty":"18001 111"}}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    let referral = Help::new(&config, Lang::En).referral.unwrap();
    assert_eq!(
        (referral.name.as_str(), referral.tty.unwrap().dial.as_str()),
        ("NHS 111", "18001111")
    );
    let (_, issues) = Config::from_json(r#"{"referral":{"name":"No number"}}"#);
    assert!(issues.iter().any(|i| i.field == "referral"), "{issues:?}");
}

#[test]
fn text_keywords_are_encoded_in_sms_links() {
    let phone = parse_phone("741741").unwrap();
    assert_eq!(phone.sms_href(Some("HOME")), "sms:741741?body=HOME");
    assert_eq!(
        phone.sms_href(Some("A&B ñ")),
        "sms:741741?body=A%26B%20%C3%B1"
    );
    assert_eq!(phone.sms_href(None), "sms:741741");
}

#[test]
fn fill_never_expands_placeholders_inside_inserted_text() {
    use carefit::i18n::fill;
    assert_eq!(
        fill(
            "Call {center} at {phone}.",
            &[("center", "{phone}"), ("phone", "555")]
        ),
        "Call {phone} at 555."
    );
    assert_eq!(fill("{unknown} {x}", &[("x", "1")]), "{unknown} 1");
}

#[test]
fn a_kiosk_can_name_who_to_tell_first() {
    let (config, issues) = Config::from_json(
        r#"{"kiosk":{"front_desk":"Ring the bell at the window.","idle_seconds":60}}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        config.front_desk.as_deref(),
        Some("Ring the bell at the window.")
    );
    assert_eq!(config.kiosk.idle_seconds, 60);
    let (config, issues) = Config::from_json(r#"{"kiosk":{"front_desk":7}}"#);
    assert_eq!(config.front_desk, None);
    assert!(
        issues.iter().any(|i| i.field == "kiosk.front_desk"),
        "{issues:?}"
    );
}

#[test]
fn the_help_inside_a_widget_element_is_the_same_lines_as_every_screen() {
    let us = carefit::help::snippet_html(&Config::default());
    for expected in [
        r#"<a href="tel:911">Call 911</a>"#,
        r#"<a href="tel:988">Call 988</a>"#,
        r#"<a href="sms:988">Text 988</a>"#,
        "HOME",
        // The TTY number the hand-kept copy dropped.
        "TTY: 1-800-487-4889",
    ] {
        assert!(us.contains(expected), "{expected}: {us}");
    }
    let (abroad, _) = Config::from_json(
        r#"{"lang":"es","center_name":"Hope House","phone":"020 7946 0000",
        "crisis":{"emergency":"999","lines":[{"name":"Samaritans","call":"116 123","tty":"18001 116 123"}]}}"#,
    );
    let html = carefit::help::snippet_html(&abroad);
    assert!(html.starts_with(r#"  <p lang="es">"#), "{html}");
    assert!(
        html.contains(r#"Samaritans: <a href="tel:116123">Llame al 116 123</a>"#),
        "{html}"
    );
    assert!(html.contains("18001 116 123"), "{html}");
    assert!(html.contains(r#"<a href="tel:02079460000">"#), "{html}");
    for us in ["911", "988", "AYUDA", "SAMHSA", "1-800"] {
        assert!(!html.contains(us), "{us}: {html}");
    }
}

/// The set-up page, `carefit check-config` and the WordPress plugin show
/// these words to an office manager: each says what to do, with an example.
#[test]
fn messages_say_what_to_do_with_an_example() {
    let message = |json: &str| {
        let (_, issues) = Config::from_json(json);
        assert_eq!(issues.len(), 1, "{json}");
        issues[0].message.clone()
    };
    assert_eq!(
        message(r#"{"phone":"12"}"#),
        "That number looks too short — use the number visitors should call, like (555) 010-4242"
    );
    assert!(message(r#"{"phone":"1234567890123456"}"#).starts_with("That number looks too long"));
    assert!(message(r#"{"phone":"call us"}"#).contains("like (555) 010-4242"));
    assert!(message(r#"{"contact_url":"javascript:alert(1)"}"#)
        .contains("use a link that starts with https://, tel: or mailto:, like https://"));
    assert!(message(r#"{"theme":{"accent":"red"}}"#).ends_with("like #1d5c63"));
    assert!(message(r#"{"kiosk":{"idle_seconds":0}}"#).ends_with("like 90"));
    assert!(message(r#"{"offers":["DETOX"]}"#).contains("use OUT, IOP, PHP or RES"));
    assert!(message(r#"{"mode":"party"}"#).contains("use standard"));
    assert!(message(r#"{"center_name":" "}"#).contains("fill it in"));
    for json in [
        r#"{"phone":"12"}"#,
        r#"{"contact_url":"http://x"}"#,
        r#"{"lang":"xx"}"#,
        r#"{"theme":{"accent":"red"}}"#,
    ] {
        let text = message(json);
        assert!(
            !text.contains("expected") && !text.contains("refused"),
            "{text}"
        );
        assert!(
            text.contains(" — "),
            "says what is wrong, then what to do: {text}"
        );
    }
}
