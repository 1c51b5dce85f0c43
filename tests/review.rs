//! `carefit review`, the document a clinical director signs, read back from
//! the real binary: every record of `carefit texts` with its attributes and
//! exact words, every rule, nothing loaded from elsewhere, the counts of
//! `carefit table`, and `--since` marking exactly what changed or refusing
//! a file that is not an earlier `carefit texts`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn carefit(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_carefit"))
        .args(args)
        // A fixed date, so the document names the day it was made from here.
        .env("SOURCE_DATE_EPOCH", "1796601600")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("carefit runs");
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = carefit(args);
    assert!(
        out.status.success(),
        "carefit {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Record {
    key: String,
    lang: String,
    audience: String,
    text: String,
}

fn texts() -> Vec<Record> {
    let json: serde_json::Value = serde_json::from_str(&stdout(&["texts"])).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| Record {
            key: r["key"].as_str().unwrap().into(),
            lang: r["lang"].as_str().unwrap().into(),
            audience: r["audience"].as_str().unwrap().into(),
            text: r["text"].as_str().unwrap().into(),
        })
        .collect()
}

fn to_json(records: &[Record]) -> String {
    let list: Vec<serde_json::Value> = records
        .iter()
        .map(|r| {
            serde_json::json!({"key": r.key, "lang": r.lang, "audience": r.audience, "text": r.text})
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap()
}

/// One tag of the document, with where it starts and ends.
#[derive(Debug)]
struct Tag {
    name: String,
    end: bool,
    attrs: BTreeMap<String, String>,
    start: usize,
    stop: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
}

/// A small, strict tokenizer for the HTML `carefit review` writes: tags
/// with quoted attributes; `<style>`'s content is skipped whole. Text is
/// whatever lies between tags, so an unescaped `<` in a text would show up
/// as a tag of its own and fail the checks below.
fn tags(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = html[i..].find('<').map(|o| o + i) {
        if html[open..].starts_with("<!") {
            i = open + html[open..].find('>').expect("a closed declaration") + 1;
            continue;
        }
        let mut j = open + 1;
        let end = bytes[j] == b'/';
        if end {
            j += 1;
        }
        let name_end = j + html[j..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap();
        let name = html[j..name_end].to_ascii_lowercase();
        assert!(
            !name.is_empty(),
            "a bare `<` at byte {open}: {}",
            &html[open..open + 40]
        );
        let mut attrs = BTreeMap::new();
        j = name_end;
        loop {
            while bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if bytes[j] == b'>' {
                j += 1;
                break;
            }
            let n_end = j + html[j..]
                .find(|c: char| c == '=' || c == '>' || c.is_ascii_whitespace())
                .unwrap();
            let attr = html[j..n_end].to_ascii_lowercase();
            j = n_end;
            let mut value = String::new();
            if bytes[j] == b'=' {
                let quote = bytes[j + 1];
                assert!(quote == b'"', "unquoted attribute {attr} in <{name}>");
                let v_end = j + 2 + html[j + 2..].find('"').unwrap();
                value = unescape(&html[j + 2..v_end]);
                j = v_end + 1;
            }
            assert!(
                attrs.insert(attr.clone(), value).is_none(),
                "{attr} twice in <{name}>"
            );
        }
        out.push(Tag {
            name: name.clone(),
            end,
            attrs,
            start: open,
            stop: j,
        });
        i = j;
        if name == "style" && !end {
            i += html[i..].find("</style>").expect("style is closed");
        }
    }
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').expect("an entity ends with ;") + amp;
        let entity = &rest[amp + 1..semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if entity.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&entity[2..], 16).unwrap()).unwrap()
            }
            _ if entity.starts_with('#') => char::from_u32(entity[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown entity &{entity};"),
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The text elements: (key, lang, audience) → (text, data-changed), each
/// found once, each holding text alone (no element inside).
fn text_elements(html: &str) -> BTreeMap<(String, String, String), (String, Option<String>)> {
    let tags = tags(html);
    let mut found = BTreeMap::new();
    for (i, tag) in tags.iter().enumerate() {
        if tag.end || tag.attr("data-key").is_none() || tag.attr("data-removed").is_some() {
            continue;
        }
        let id = (
            tag.attr("data-key").unwrap().to_string(),
            tag.attr("data-lang")
                .expect("data-lang beside data-key")
                .to_string(),
            tag.attr("data-audience")
                .expect("data-audience beside data-key")
                .to_string(),
        );
        let close = &tags[i + 1];
        assert!(
            close.end && close.name == tag.name,
            "{id:?} holds an element: <{}>",
            close.name
        );
        let text = unescape(&html[tag.stop..close.start]);
        let changed = tag.attr("data-changed").map(str::to_string);
        assert!(
            found.insert(id.clone(), (text, changed)).is_none(),
            "{id:?} twice"
        );
    }
    found
}

fn id(r: &Record) -> (String, String, String) {
    (r.key.clone(), r.lang.clone(), r.audience.clone())
}

#[test]
fn every_text_is_there_once_with_its_attributes_and_exact_words() {
    let records = texts();
    assert!(records.len() > 1000, "{}", records.len());
    let html = stdout(&["review"]);
    let found = text_elements(&html);
    for r in &records {
        let (text, changed) = found
            .get(&id(r))
            .unwrap_or_else(|| panic!("missing: {} {} {}", r.key, r.lang, r.audience));
        assert_eq!(text, &r.text, "{} {} {}", r.key, r.lang, r.audience);
        assert_eq!(changed, &None, "no --since, nothing marked");
    }
    assert_eq!(
        found.len(),
        records.len(),
        "texts that `carefit texts` does not print"
    );
    // Spanish and English side by side: each row of a key's table holds
    // one audience's texts in every language, in one row.
    let row = html
        .split("<tr>")
        .find(|row| {
            row.contains(
                "data-key=\"questions.age.heading\" data-lang=\"en\" data-audience=\"myself\"",
            )
        })
        .unwrap();
    assert!(row
        .contains("data-key=\"questions.age.heading\" data-lang=\"es\" data-audience=\"myself\""));
}

#[test]
fn every_rule_is_there_with_its_floor_flag_and_reasons() {
    let html = stdout(&["review"]);
    let records = texts();
    let rules = stdout(&["rules"]);
    let mut n = 0;
    for line in rules.lines().skip(2) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let rule = cells[0].trim_start_matches("| ").trim();
        let start = html
            .find(&format!("data-rule=\"{rule}\""))
            .unwrap_or_else(|| panic!("{rule} is missing"));
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        // Every id of its condition, its floor and its flag, as code.
        let ids = cells[1].split('`').skip(1).step_by(2);
        let floor_and_flag = cells[2..]
            .iter()
            .flat_map(|c| c.split('`').skip(1).step_by(2));
        for id in ids.chain(floor_and_flag) {
            assert!(
                section.contains(&format!("<code>{id}</code>")),
                "{rule} lacks {id}"
            );
        }
        // Its reason in each language and audience: line n of `reasons`.
        for r in records.iter().filter(|r| r.key == "reasons") {
            let reason = r.text.lines().nth(n).unwrap();
            let shown = if reason.is_empty() {
                "(empty)".to_string()
            } else {
                reason
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;")
                    .replace('\'', "&#39;")
            };
            assert!(
                section.contains(&shown),
                "{rule} lacks its reason in {} {}",
                r.lang,
                r.audience
            );
        }
        n += 1;
    }
    assert_eq!(n, 20, "{rules}");
}

#[test]
fn nothing_is_loaded_from_elsewhere_and_every_link_lands() {
    let html = stdout(&["review"]);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
    let tags = tags(&html);
    let ids: BTreeSet<&str> = tags.iter().filter_map(|t| t.attr("id")).collect();
    assert_eq!(
        ids.len(),
        tags.iter().filter(|t| t.attr("id").is_some()).count(),
        "an id twice"
    );
    let mut links = 0;
    for tag in &tags {
        assert!(
            ![
                "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source",
                "base", "form", "svg"
            ]
            .contains(&tag.name.as_str()),
            "<{}> in the review",
            tag.name
        );
        for (name, value) in &tag.attrs {
            assert!(!name.starts_with("on"), "an event handler: {name}");
            assert!(
                !["src", "srcset", "action", "poster", "data", "xlink:href"]
                    .contains(&name.as_str()),
                "{name}="
            );
            if name == "href" {
                let target = value
                    .strip_prefix('#')
                    .unwrap_or_else(|| panic!("a link out: {value}"));
                assert!(ids.contains(target), "a link to no place: #{target}");
                links += 1;
            }
            if name == "http-equiv" {
                panic!("<meta http-equiv> in the review");
            }
        }
    }
    assert!(links > 20, "{links}");
    let lower = html.to_ascii_lowercase();
    for loads in ["url(", "@import", "javascript:", "<script"] {
        assert!(!lower.contains(loads), "{loads} in the review");
    }
    // Landmarks and print: a main, a nav, headings, page numbers.
    for needle in [
        "<main",
        "<nav",
        "<h1>",
        "counter(page)",
        "counter(pages)",
        "@media print",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
}

#[test]
fn the_cover_names_version_spec_commit_and_date() {
    let html = stdout(&["review"]);
    let cover = &html[..html.find("</header>").unwrap()];
    assert!(cover.contains(&format!("carefit {}", env!("CARGO_PKG_VERSION"))));
    assert!(cover.contains(carefit::engine::SPEC_VERSION));
    // SOURCE_DATE_EPOCH 1796601600 is 2026-12-07.
    assert!(cover.contains("2026-12-07"), "{cover}");
    let commit = option_env!("CAREFIT_COMMIT").unwrap_or("unknown");
    assert!(
        cover.contains(&format!("<dt>Commit</dt><dd><code>{commit}</code>")),
        "{cover}"
    );
    let sign = &html[html.find("id=\"sign-off\"").unwrap()..];
    for field in ["Name", "Role", "Licence", "Date", "Signature"] {
        assert!(
            sign.contains(&format!("<th scope=\"row\">{field}")),
            "{field}"
        );
    }
    assert!(sign.contains(&format!("carefit {}", env!("CARGO_PKG_VERSION"))));
    assert!(sign.contains(&format!("<code>{commit}</code>")));
}

/// A number as the document writes it, back to a number.
fn number(cell: &str) -> usize {
    cell.replace(',', "").parse().unwrap()
}

/// The first number cell of the row carrying `attr`.
fn row_count(html: &str, attr: &str) -> usize {
    let start = html.find(attr).unwrap_or_else(|| panic!("no row {attr}"));
    let row = &html[start..start + html[start..].find("</tr>").unwrap()];
    let cell = row.split("<td class=\"n\">").nth(1).unwrap();
    number(&cell[..cell.find('<').unwrap()])
}

#[test]
fn how_the_levels_fall_counts_every_row_of_carefit_table() {
    let table = stdout(&["table"]);
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let level_at = header.iter().position(|h| *h == "level").unwrap();
    let flags_at = header.iter().position(|h| *h == "flags").unwrap();
    let mut levels: HashMap<String, usize> = HashMap::new();
    let mut flags: HashMap<String, usize> = HashMap::new();
    let mut rows = 0;
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        *levels.entry(cells[level_at].into()).or_default() += 1;
        for flag in cells[flags_at].split_whitespace() {
            *flags.entry(flag.into()).or_default() += 1;
        }
        rows += 1;
    }
    let html = stdout(&["review"]);
    let section = &html[html.find("id=\"levels\"").unwrap()..];
    assert!(section.contains(&format!("each of the {} combinations", thousands(rows))));
    for (level, n) in &levels {
        assert_eq!(
            row_count(section, &format!("data-level=\"{level}\"")),
            *n,
            "{level}"
        );
    }
    for (flag, n) in &flags {
        assert_eq!(
            row_count(section, &format!("data-flag=\"{flag}\"")),
            *n,
            "{flag}"
        );
    }
    assert_eq!(section.matches("<tr data-level=").count(), 4);
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn temp_file(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("carefit-review-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("signed-texts.json");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(contents)
        .unwrap();
    path
}

#[test]
fn since_marks_exactly_the_new_changed_and_removed_texts() {
    let now = texts();
    let mut old = now.clone();
    // Two texts that were not there, three that read differently, two gone
    // (one with characters HTML must escape).
    let new_ids: BTreeSet<_> = [old.remove(40), old.remove(900)].iter().map(id).collect();
    let mut changed = BTreeMap::new();
    for i in [3, 500, 1200] {
        let before = format!("{} <b>&amp;\"old\"</b>", old[i].text);
        changed.insert(id(&old[i]), before.clone());
        old[i].text = before;
    }
    let gone = [
        Record {
            key: "result_old_note".into(),
            lang: "en".into(),
            audience: "myself".into(),
            text: "A note <we> dropped & \"why\".".into(),
        },
        Record {
            key: "questions.age.heading".into(),
            lang: "fr".into(),
            audience: "myself".into(),
            text: "Quel âge avez-vous ?".into(),
        },
    ];
    old.extend(gone.iter().cloned());
    let path = temp_file("since", to_json(&old).as_bytes());
    let html = stdout(&["review", "--since", path.to_str().unwrap()]);
    std::fs::remove_dir_all(path.parent().unwrap()).ok();

    let found = text_elements(&html);
    assert_eq!(found.len(), now.len());
    for r in &now {
        let (text, mark) = &found[&id(r)];
        assert_eq!(text, &r.text, "the text is still exactly the current one");
        let expected = if new_ids.contains(&id(r)) {
            Some("new")
        } else if changed.contains_key(&id(r)) {
            Some("changed")
        } else {
            None
        };
        assert_eq!(mark.as_deref(), expected, "{:?}", id(r));
    }
    // The old words, struck through, just before the new.
    for (id, before) in &changed {
        let at = html
            .find(&format!("id=\"t-{}-{}-{}\"", id.1, id.2, id.0))
            .unwrap();
        let cell = &html[html[..at].rfind("<td>").unwrap()..at];
        let del = &cell[cell.find("<del").unwrap()..cell.find("</del>").unwrap()];
        assert_eq!(unescape(&del[del.find('>').unwrap() + 1..]), *before);
    }
    // The removed, each in an element with data-removed and its data-key.
    let removed: Vec<(String, String)> = tags(&html)
        .iter()
        .filter(|t| !t.end && t.attr("data-removed").is_some())
        .map(|t| {
            (
                t.attr("data-key").unwrap().to_string(),
                t.attr("data-removed-lang").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        removed,
        [
            ("result_old_note".to_string(), "en".to_string()),
            ("questions.age.heading".to_string(), "fr".to_string())
        ]
    );
    assert!(html.contains("A note &lt;we&gt; dropped &amp; &quot;why&quot;."));
    let summary = "3 texts changed, 2 new, 2 removed since signed-texts.json";
    let cover = &html[..html.find("</header>").unwrap()];
    assert!(cover.contains(summary), "{cover}");
    assert!(cover.contains("<a href=\"#changes\">"));
    // The changes alone, each linking to its place.
    let changes = &html[html.find("<section id=\"changes\"").unwrap()..];
    let changes = &changes[..changes.find("</section>").unwrap()];
    for (key, lang, audience) in new_ids.iter().chain(changed.keys()) {
        assert!(
            changes.contains(&format!("href=\"#t-{lang}-{audience}-{key}\"")),
            "{key}"
        );
    }
    assert_eq!(changes.matches("href=\"#t-").count(), 5);
    // Only the words that went, struck through, in the text they left.
    assert_eq!(
        changes
            .matches(" &lt;b&gt;&amp;amp;&quot;old&quot;&lt;/b&gt;</del>")
            .count(),
        3,
        "{changes}"
    );
}

#[test]
fn since_an_unchanged_file_marks_nothing() {
    let path = temp_file("same", stdout(&["texts"]).as_bytes());
    let html = stdout(&["review", "--since", path.to_str().unwrap()]);
    std::fs::remove_dir_all(path.parent().unwrap()).ok();
    assert!(html.contains("0 texts changed, 0 new, 0 removed since signed-texts.json"));
    assert!(!html.contains("data-changed="));
    assert!(!html.contains("data-removed="));
}

#[test]
fn since_refuses_a_file_that_is_not_an_earlier_carefit_texts() {
    let good = r#"{"key":"a","lang":"en","audience":"myself","text":"x"}"#;
    let twice = format!("[{good},{good}]");
    let cases: &[(&[u8], &str)] = &[
        (
            b"[{\"key\":\"a\",\n  \"lang\":",
            "not valid JSON (EOF while parsing a value at line 2 column 9)",
        ),
        (b"\xff\xfe[]", "not UTF-8"),
        (b"", "not valid JSON"),
        (
            br#"{"texts":[]}"#,
            "holds a JSON object, where `carefit texts` prints a list of texts",
        ),
        (b"[]", "its list of texts is empty"),
        (
            br#"[["a","en","myself","x"]]"#,
            "item 1 is a list, not a text record",
        ),
        (
            br#"[{"key":"a","lang":"en","text":"x"}]"#,
            "item 1 has no `audience`",
        ),
        (
            br#"[{"key":"a","lang":"en","audience":"myself","text":null}]"#,
            "item 1's `text` is null, not a string",
        ),
        (
            twice.as_bytes(),
            "item 2 repeats item 1 (key `a`, lang `en`, audience `myself`)",
        ),
    ];
    for (contents, needle) in cases {
        let path = temp_file("bad", contents);
        let out = carefit(&["review", "--since", path.to_str().unwrap()]);
        std::fs::remove_dir_all(path.parent().unwrap()).ok();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "accepted {}",
            String::from_utf8_lossy(contents)
        );
        assert!(out.stdout.is_empty(), "a document after all");
        assert!(
            err.contains("signed-texts.json"),
            "the file is named: {err}"
        );
        assert!(err.contains(needle), "{needle:?} not in {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = carefit(&["review", "--since", "/no/such/old.json"]);
    assert!(!out.status.success() && out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/old.json"));
    let out = carefit(&["review", "--since"]);
    assert!(!out.status.success() && out.stdout.is_empty());
}
