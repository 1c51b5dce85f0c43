//! The real `carefit` binary: outputs, exit codes and messages.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::Instant;

fn carefit(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_carefit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("carefit runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A refusal: non-zero exit, nothing on stdout, a message naming `needle`.
fn assert_refused(out: &Output, needle: &str) {
    assert!(!out.status.success(), "should fail: {}", text(&out.stdout));
    assert!(
        out.stdout.is_empty(),
        "partial output: {}",
        text(&out.stdout)
    );
    let err = text(&out.stderr);
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn assess_prints_the_contract_json() {
    let input = br#"{"mental_health":"no_care","between_sessions":"not_sure","time":"under_9","use_frequency":"weekly_or_less","substances":["alcohol"],"withdrawal":"none","medical":"none","self_harm":"no","daily_life":"coping","history":"none","home":"supportive","commitments":["work"]}"#;
    let out = carefit(&["assess", "-"], input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"level\":\"IOP\",\"flags\":[\"co_occurring\",\"incomplete\",\"medication\",\"schedule_gap\"],\"rules\":[\"R9\",\"R12\"],\"skipped\":[\"format\"]}\n"
    );
}

#[test]
fn assess_adds_the_safety_flags_with_or_without_a_level() {
    let calm = br#"{"use_frequency":"not_using","withdrawal":"none","medical":"none","self_harm":"no","mental_health":"no","daily_life":"coping","between_sessions":"yes","history":"none","commitments":["work"],"time":"full_time","format":"in_person","#;
    let full = [&calm[..], br#""substances":["opioids"],"home":"unsafe"}"#].concat();
    let out = carefit(&["assess", "-"], &full);
    assert_eq!(
        text(&out.stdout),
        "{\"level\":\"PHP\",\"flags\":[\"home_safety\",\"medication\",\"overdose_risk\",\"sober_living\"],\"rules\":[\"R14\"],\"skipped\":[]}\n"
    );
    let out = carefit(
        &["assess", "-"],
        br#"{"substances":["stimulants"],"home":"unsafe"}"#,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["level"], serde_json::Value::Null);
    let flags = json["flags"].to_string();
    assert!(
        flags.contains("home_safety") && flags.contains("overdose_risk"),
        "{flags}"
    );
}

#[test]
fn assess_reads_a_file() {
    let path = std::env::temp_dir().join(format!("carefit-cli-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"self_harm":"now","withdrawal":"severe"}"#).unwrap();
    let out = carefit(&["assess", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["level"], serde_json::Value::Null);
    assert_eq!(json["rules"], serde_json::json!(["R1", "R2"]));
    assert_eq!(
        json["flags"],
        serde_json::json!([
            "emergency",
            "incomplete",
            "too_few_answers",
            "withdrawal_medical"
        ])
    );
}

#[test]
fn assess_refuses_bad_answers_naming_the_id() {
    let cases: &[(&[u8], &str)] = &[
        (br#"{"mood":"low"}"#, "`mood`"),
        (
            br#"{"withdrawal":"awful"}"#,
            "`awful` for question `withdrawal`",
        ),
        (br#"{"substances":"alcohol"}"#, "`substances` takes a list"),
        (br#"{"home":["alone"]}"#, "`home` takes one option id"),
        (br#"{"since":"cravings"}"#, "`since`"),
        (br#"{"history":"none","since":"relapsed"}"#, "`since`"),
        (
            br#"{"commitments":["work","gardening"]}"#,
            "`gardening` for question `commitments`",
        ),
        (
            br#"{"commitments":["none","work"]}"#,
            "question `commitments` takes `none` alone",
        ),
        (b"{\"time\":\n  \"9_to_19\",,}", "line 2 column"),
        (
            br#"{"format":"either","format":"virtual"}"#,
            "`format` is answered twice",
        ),
        (b"[]", "an object"),
        (b"", "EOF"),
        (b"\xff\xfe\x00", "not UTF-8"),
    ];
    for (input, needle) in cases {
        assert_refused(&carefit(&["assess", "-"], input), needle);
    }
    assert_refused(
        &carefit(&["assess", "/no/such/file.json"], b""),
        "cannot read",
    );
}

#[test]
fn assess_takes_for_whom_and_age_and_never_skips_them() {
    let calm = r#""use_frequency":"weekly_or_less","substances":["alcohol"],"withdrawal":"none","medical":"none","self_harm":"no","mental_health":"in_care","daily_life":"coping","between_sessions":"yes","history":"none","home":"supportive","commitments":["work"],"time":"under_9","format":"either""#;
    let mine = carefit(&["assess", "-"], format!("{{{calm}}}").as_bytes());
    assert_eq!(
        text(&mine.stdout),
        "{\"level\":\"OUT\",\"flags\":[\"co_occurring\",\"medication\",\"virtual_option\"],\"rules\":[\"R8\"],\"skipped\":[]}\n"
    );
    let theirs = format!(r#"{{"for_whom":"someone_else","age":"under_18",{calm}}}"#);
    let out = carefit(&["assess", "-"], theirs.as_bytes());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"level\":\"OUT\",\"flags\":[\"adolescent\",\"co_occurring\",\"family\",\"medication\",\"virtual_option\"],\"rules\":[\"R8\"],\"skipped\":[]}\n"
    );
    // Skipped, age is not listed; for_whom `myself` adds nothing.
    let out = carefit(
        &["assess", "-"],
        br#"{"for_whom":"myself","age":null,"self_harm":"now"}"#,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!json["skipped"].to_string().contains("age"), "{json}");
    assert_eq!(json["skipped"].as_array().unwrap().len(), 12);
    assert_eq!(
        json["flags"],
        serde_json::json!(["emergency", "incomplete", "too_few_answers"])
    );
}

#[test]
fn assess_with_no_use_skips_exactly_the_three_questions_it_takes_away() {
    let out = carefit(
        &["assess", "-"],
        br#"{"use_frequency":"none","mental_health":"no_care","daily_life":"struggling","medical":"none","self_harm":"no","history":"none","home":"supportive"}"#,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"level\":\"IOP\",\"flags\":[\"co_occurring\",\"incomplete\"],\"rules\":[\"R9\",\"R10\"],\"skipped\":[\"commitments\",\"time\",\"format\"]}\n"
    );
}

#[test]
fn assess_refuses_what_no_use_takes_away_naming_the_question() {
    for (question, value) in [
        ("substances", r#"["alcohol"]"#),
        ("withdrawal", r#""mild""#),
        ("between_sessions", r#""yes""#),
    ] {
        for input in [
            format!(r#"{{"use_frequency":"none","{question}":{value}}}"#),
            format!(r#"{{"{question}":{value},"home":"alone","use_frequency":"none"}}"#),
        ] {
            let out = carefit(&["assess", "-"], input.as_bytes());
            assert_refused(
                &out,
                &format!("question `{question}` is not asked when `use_frequency` is `none`"),
            );
        }
    }
    // A history given after `since` no longer hides it.
    assert_refused(
        &carefit(
            &["assess", "-"],
            br#"{"since":"relapsed","history":"none"}"#,
        ),
        "`since`",
    );
    assert_refused(
        &carefit(&["assess", "-"], br#"{"for_whom":"mom"}"#),
        "`mom` for `for_whom`",
    );
    assert_refused(
        &carefit(&["assess", "-"], br#"{"age":"teen"}"#),
        "`teen` for question `age`",
    );
}

#[test]
fn rules_prints_the_markdown_table() {
    let out = carefit(&["rules"], b"");
    assert!(out.status.success());
    let table = text(&out.stdout);
    assert!(table.starts_with("| rule | when | floor | flag |"));
    assert_eq!(table.lines().filter(|l| l.starts_with("| R")).count(), 20);
    // v3's R9: no floor for mental health alone.
    let r9 = table.lines().find(|l| l.starts_with("| R9 ")).unwrap();
    assert!(
        r9.contains("no floor when `use_frequency` = `none`"),
        "{r9}"
    );
}

#[test]
fn table_prints_291600_and_2430_rows_quickly() {
    let start = Instant::now();
    let out = carefit(&["table"], b"");
    let took = start.elapsed();
    assert!(out.status.success());
    assert_eq!(
        out.stdout.iter().filter(|b| **b == b'\n').count(),
        1 + 291_600 + 2_430
    );
    // `overdose_risk` reads substances the table reduces; `home_safety` its
    // home column; `family` and `adolescent` what is no column.
    let table = text(&out.stdout);
    for flag in ["overdose_risk", "medication", "family", "adolescent"] {
        assert!(!table.contains(flag), "{flag}");
    }
    assert!(!table.contains(",age,") && !table.contains("for_whom"));
    // With no use, the three questions it takes away are empty.
    let none: Vec<&str> = table.lines().filter(|l| l.starts_with("none,")).collect();
    assert_eq!(none.len(), 2_430);
    for line in &none {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 14, "{line}");
        assert_eq!([cells[1], cells[2], cells[7]], ["", "", ""], "{line}");
        assert!(cells[3..7].iter().all(|c| !c.is_empty()), "{line}");
    }
    assert!(table
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with("none,"))
        .all(|l| !l
            .split(',')
            .take(11)
            .enumerate()
            .any(|(i, c)| c.is_empty() && i != 9)));
    assert!(table
        .lines()
        .filter(|l| l.contains(",unsafe,"))
        .all(|l| l.contains("home_safety")));
    assert!(!table
        .lines()
        .any(|l| !l.contains(",unsafe,") && l.contains("home_safety")));
    // Generous: the bench measures; this only catches a pathological slowdown.
    assert!(took.as_secs() < 30, "table took {took:?}");
}

#[test]
fn check_config_accepts_a_good_config() {
    let config = br##"{"center_name":"Hope House","phone":"(555) 010-2000",
        "contact_url":"https://hope.example/contact","offers":["IOP","PHP"],"lang":"es",
        "theme":{"accent":"#1d5c63"},"mode":"kiosk","kiosk":{"idle_seconds":60,"countdown_seconds":15},
        "crisis":{"emergency":"112","lines":[{"name":"Samaritans","call":"116 123"}]},"events":true}"##;
    let out = carefit(&["check-config", "-"], config);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(summary.contains("config OK"));
    assert!(summary.contains("kiosk (idle 60 s, countdown 15 s)"));
}

#[test]
fn check_config_names_each_bad_field() {
    let cases: &[(&[u8], &str)] = &[
        (br#"{"phone":"call us!"}"#, "`phone`"),
        (br#"{"contact_url":"javascript:alert(1)"}"#, "`contact_url`"),
        (
            br#"{"contact_url":"http://plain.example"}"#,
            "`contact_url`",
        ),
        (br#"{"offers":["IOP","DETOX"]}"#, "`DETOX`"),
        (br#"{"lang":"klingon"}"#, "`lang`"),
        (
            br#"{"theme":{"accent":"red; background:url(x)"}}"#,
            "`theme.accent`",
        ),
        (br#"{"kiosk":{"idle_seconds":-5}}"#, "`kiosk.idle_seconds`"),
        (br#"{"mode":"party"}"#, "`mode`"),
        (br#"{"centre_name":"typo"}"#, "`centre_name`"),
        (br#"{"crisis":{"lines":[]}}"#, "`crisis`"),
        (b"{\"center_name\": }", "line 1 column"),
    ];
    for (input, needle) in cases {
        assert_refused(&carefit(&["check-config", "-"], input), needle);
    }
}

#[test]
fn check_config_warns_about_a_light_accent_and_darkens_it() {
    let out = carefit(
        &["check-config", "-"],
        br##"{"theme":{"accent":"#ffd966"}}"##,
    );
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("warning: `theme.accent`"), "{stdout}");
    assert!(stdout.contains("darkened to #"), "{stdout}");
}

#[test]
fn unknown_commands_show_usage() {
    assert_refused(&carefit(&["diagnose"], b""), "Usage:");
    let out = carefit(&["--help"], b"");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("carefit assess"));
}

#[test]
fn texts_lists_a_catalog_as_json() {
    let out = carefit(&["texts", "en"], b"");
    assert!(out.status.success());
    let texts: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(texts.iter().any(|t| t == "Need help now?"));
    // Spec v2's words are there for review: the second way in, the age
    // question, the none option, the new flags (each paragraph a text).
    for needle in [
        "For someone I care about",
        "How old are you?",
        "I don't drink or use drugs",
        "Care made for teens",
        "Helping someone you care about",
        "If the person is in danger now, call {emergency}.",
    ] {
        assert!(texts.iter().any(|t| t == needle), "{needle}");
    }
    let out = carefit(&["texts", "es"], b"");
    let texts: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(texts.iter().any(|t| t == "Para alguien que me importa"));
    assert_refused(&carefit(&["texts", "xx"], b""), "`xx`");
}

#[test]
fn questions_lists_every_question_with_its_option_ids() {
    let out = carefit(&["questions", "es"], b"");
    assert!(out.status.success());
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = list.iter().map(|q| q["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = carefit::engine::QuestionId::ALL
        .iter()
        .map(|q| q.id())
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(ids[0], "age", "asked first");
    let substances = &list[2];
    assert_eq!(substances["multi"], true);
    let options: Vec<&str> = substances["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        options,
        carefit::engine::QuestionId::Substances.option_ids()
    );
    assert!(list[0]["heading"].as_str().unwrap().starts_with('¿'));
    assert_refused(&carefit(&["questions", "xx"], b""), "`xx`");
}

#[test]
fn texts_exports_every_catalog_with_key_language_and_audience() {
    let out = carefit(&["texts"], b"");
    assert!(out.status.success());
    let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let field = |r: &serde_json::Value, name: &str| r[name].as_str().unwrap().to_string();
    let find = |lang: &str, audience: &str, key: &str| {
        records
            .iter()
            .find(|r| {
                field(r, "lang") == lang
                    && field(r, "audience") == audience
                    && field(r, "key") == key
            })
            .map(|r| field(r, "text"))
    };
    // Every language and every audience, with the same keys in each language.
    for audience in [
        "myself",
        "someone_else",
        "mental_health",
        "mental_health_someone_else",
    ] {
        let keys = |lang: &str| -> Vec<String> {
            records
                .iter()
                .filter(|r| field(r, "lang") == lang && field(r, "audience") == audience)
                .map(|r| field(r, "key"))
                .collect()
        };
        assert!(!keys("en").is_empty(), "{audience}");
        assert_eq!(keys("en"), keys("es"), "{audience}");
    }
    assert_eq!(
        find("en", "myself", "help_now").as_deref(),
        Some("Need help now?")
    );
    assert_eq!(
        find("en", "myself", "questions.use_frequency.options.none.label").as_deref(),
        Some("I don't drink or use drugs")
    );
    // The someone-else words are the catalog written for that, not the base.
    let heading = "questions.use_frequency.heading";
    assert!(find("en", "someone_else", heading).is_some());
    assert_ne!(
        find("en", "someone_else", heading),
        find("en", "myself", heading)
    );
    assert!(find("es", "mental_health", "levels.IOP.summary").is_some());
    assert!(find("es", "mental_health_someone_else", "levels.RES.fits").is_some());
    assert!(
        find("en", "mental_health", "questions.age.heading").is_none(),
        "the levels alone"
    );
}

#[test]
fn texts_words_prints_each_languages_words_file() {
    let out = carefit(&["texts", "--words"], b"");
    assert!(out.status.success());
    let files: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(keys, ["en", "es"]);
    let len = |lang: &str| files[lang].as_array().unwrap().len();
    assert_eq!(len("en"), len("es"));
    // The texts the first wasm leaves out (`late!`), the someone-else
    // catalog, then the texts for mental health alone twice (oneself,
    // someone else).
    let records: Vec<serde_json::Value> =
        serde_json::from_slice(&carefit(&["texts"], b"").stdout).unwrap();
    let count = |audience: &str| {
        records
            .iter()
            .filter(|r| r["lang"] == "en" && r["audience"] == audience)
            .count()
    };
    let mut late = *carefit::i18n::Lang::En.catalog();
    struct Count(usize);
    impl carefit::i18n::Visit for Count {
        const KEYS: bool = false;
        const WRITES: bool = false;
        fn text(&mut self, _: carefit::i18n::Key, _: &mut &'static str) {
            self.0 += 1;
        }
    }
    let mut counted = Count(0);
    late.walk_late(&mut counted);
    assert_eq!(
        len("en"),
        counted.0
            + count("someone_else")
            + count("mental_health")
            + count("mental_health_someone_else")
    );
    let first = files["en"][0].as_str().unwrap();
    assert_eq!(
        first,
        carefit::i18n::Lang::En.catalog().result_paying_heading,
        "the texts the first wasm leaves out come first"
    );
    let other = files["en"][counted.0].as_str().unwrap();
    assert_eq!(
        other, "English",
        "then the someone-else catalog, lang_name first"
    );
}
