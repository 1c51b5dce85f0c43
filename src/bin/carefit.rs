//! `carefit`: the staff command line. Runs the same engine as the widget.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use carefit::config::{Config, Mode, Severity};
use carefit::engine::{assess, markdown_table, table_csv, Answers, QuestionId};
#[cfg(not(target_arch = "wasm32"))]
use carefit::i18n::Audience;
use carefit::i18n::Lang;

const USAGE: &str = "\
carefit — the level-of-care self-check, for staff

Usage:
  carefit assess FILE|-        read an answers object, print the result as JSON
  carefit rules                print the rule table (Markdown) the engine runs
  carefit table                print every combination of rule inputs as CSV
  carefit check-config FILE|-  validate a center config
  carefit texts                print every text of every catalog, for review: JSON records
                               of key, lang, audience (myself, someone_else, mental_health,
                               mental_health_someone_else) and text
  carefit texts LANG           print every text a person can read in LANG (en, es) as JSON
  carefit texts --words        print each language's words file (what the browser loads on
                               demand), as one JSON object by language tag
  carefit questions LANG       print the questions with their option ids and words in LANG, as JSON
  carefit review               print the document a clinical director reads and signs: the rules,
                               every text, how the levels fall, a sign-off block (one HTML file)
  carefit review --since OLD.json
                               the same, marking what changed since OLD.json (an earlier
                               `carefit texts` output)
  carefit --help | --version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["assess", path] => read_input(path).and_then(|text| assess_command(&text)),
        ["rules"] => Ok(markdown_table()),
        ["table"] => Ok(table_csv()),
        ["check-config", path] => read_input(path).and_then(|text| check_config(&text)),
        // The catalogs for someone else and mental health alone are native only.
        #[cfg(not(target_arch = "wasm32"))]
        ["texts"] => every_text(),
        #[cfg(not(target_arch = "wasm32"))]
        ["texts", "--words"] => words(),
        ["texts", tag] => texts(tag),
        ["questions", tag] => questions(tag),
        #[cfg(not(target_arch = "wasm32"))]
        ["review"] => Ok(carefit::review::document()),
        #[cfg(not(target_arch = "wasm32"))]
        ["review", "--since", path] => {
            read_input(path).and_then(|old| carefit::review::document_since(path, &old))
        }
        ["--help" | "-h" | "help"] => Ok(USAGE.to_string()),
        ["--version" | "-V"] => Ok(format!("carefit {}\n", env!("CARGO_PKG_VERSION"))),
        _ => Err(format!("unknown command\n\n{USAGE}")),
    };
    match outcome {
        Ok(output) => {
            // A closed pipe (`carefit table | head`) is not an error worth a message.
            let _ = io::stdout().lock().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("carefit: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a file, or standard input for `-`, as UTF-8 text.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| format!("cannot read {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn assess_command(text: &str) -> Result<String, String> {
    let answers = Answers::from_json(text).map_err(|e| format!("bad answers: {e}"))?;
    let report = assess(&answers).cli_report();
    let json = serde_json::to_string(&report).map_err(|e| e.to_string())?;
    Ok(json + "\n")
}

/// For translators and reviewers: the whole catalog of one language.
fn texts(tag: &str) -> Result<String, String> {
    let lang = Lang::from_tag(tag).ok_or_else(|| format!("no catalog for language `{tag}`"))?;
    let json =
        serde_json::to_string_pretty(&lang.catalog().all_texts()).map_err(|e| e.to_string())?;
    Ok(json + "\n")
}

#[cfg(not(target_arch = "wasm32"))]
/// For reviewers: every text of every catalog, each with where it is
/// (its key), its language and whom it speaks to.
fn every_text() -> Result<String, String> {
    let mut records = Vec::new();
    for &lang in Lang::ALL {
        for audience in Audience::ALL {
            for (key, text) in lang.texts(audience) {
                records.push(serde_json::json!({
                    "key": key,
                    "lang": lang.tag(),
                    "audience": audience.id(),
                    "text": text,
                }));
            }
        }
    }
    let json = serde_json::to_string_pretty(&records).map_err(|e| e.to_string())?;
    Ok(json + "\n")
}

#[cfg(not(target_arch = "wasm32"))]
/// Each language's words file, as the build ships it (`i18n::words`).
fn words() -> Result<String, String> {
    let files: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|lang| (lang.tag().to_string(), lang.words().into()))
        .collect();
    serde_json::to_string(&files).map_err(|e| e.to_string())
}

/// The questionnaire as data, in the engine's order: what other tools (the
/// benchmark's peer survey, a printed form) need to ask the same questions.
fn questions(tag: &str) -> Result<String, String> {
    let lang = Lang::from_tag(tag).ok_or_else(|| format!("no catalog for language `{tag}`"))?;
    let t = lang.catalog();
    let list: Vec<serde_json::Value> = QuestionId::ALL
        .iter()
        .map(|&q| {
            let text = t.question(q);
            let options: Vec<serde_json::Value> = text
                .options
                .iter()
                .zip(q.option_ids())
                .map(|(o, id)| serde_json::json!({ "id": id, "label": o.label, "hint": o.hint }))
                .collect();
            serde_json::json!({
                "id": q.id(),
                "multi": q.is_multi(),
                "heading": text.heading,
                "why": text.why,
                "options": options,
            })
        })
        .collect();
    let json = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
    Ok(json + "\n")
}

/// Prints a summary when the config is usable as written; otherwise every
/// issue goes to stderr and the command fails. Warnings alone still pass.
fn check_config(text: &str) -> Result<String, String> {
    let (config, issues) = Config::from_json(text);
    let errors = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let listed: Vec<String> = issues.iter().map(ToString::to_string).collect();
    if errors > 0 {
        return Err(format!(
            "config has {errors} error(s):\n  {}",
            listed.join("\n  ")
        ));
    }
    let mut out = String::new();
    for line in &listed {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&summary(&config));
    Ok(out)
}

fn summary(config: &Config) -> String {
    let or_none = |v: Option<&str>| v.unwrap_or("(not set)").to_string();
    let offers = config
        .offers
        .as_ref()
        .map(|set| set.iter().map(|l| l.id()).collect::<Vec<_>>().join(", "));
    let mode = match config.mode {
        Mode::Standard => "standard".to_string(),
        Mode::Kiosk => format!(
            "kiosk (idle {} s, countdown {} s)",
            config.kiosk.idle_seconds, config.kiosk.countdown_seconds
        ),
    };
    let crisis = if config.crisis.is_some() || !config.crisis_by_lang.is_empty() {
        "replaced by the config"
    } else {
        "US defaults (911, 988, 741741, SAMHSA)"
    };
    format!(
        "config OK\n  center: {}\n  phone: {}\n  contact: {}\n  offers: {}\n  language: {}\n  accent: {}\n  mode: {mode}\n  crisis lines: {crisis}\n  events: {}\n",
        or_none(config.center_name.as_deref()),
        or_none(config.phone.as_ref().map(|p| p.display.as_str())),
        or_none(config.contact_url.as_ref().map(|u| u.as_str())),
        or_none(offers.as_deref()),
        or_none(config.lang.map(|l| l.tag())),
        config
            .theme
            .accent
            .map_or("(default)".to_string(), |c| c.to_string()),
        if config.events { "on (level only)" } else { "off" },
    )
}
