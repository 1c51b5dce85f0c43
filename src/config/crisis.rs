//! A center's own crisis lines: for every language (`crisis`), for one
//! (`crisis_by_lang`), and the referral line (`referral`).

use super::validate::{as_str, parse_lang, parse_phone, text_field};
use super::{CrisisLine, CrisisLines, Issues, Json, Severity};
use crate::i18n::Lang;

pub(super) fn read_crisis(field: &str, value: &Json, issues: &mut Issues) -> Option<CrisisLines> {
    let map = issues.field(
        field,
        value
            .as_object()
            .ok_or_else(|| "must be an object with `emergency` and `lines`".to_string()),
    )?;
    let mut emergency = None;
    let mut lines = Vec::new();
    let mut home_lines = Vec::new();
    let mut teen_lines = Vec::new();
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
            "teen_lines" => &mut teen_lines,
            _ => {
                issues.error(
                    &sub,
                    "unknown setting; known: emergency, lines, home_lines, teen_lines",
                );
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
        teen_lines,
    })
}

pub(super) fn read_crisis_line(
    field: &str,
    value: &Json,
    issues: &mut Issues,
) -> Option<CrisisLine> {
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

pub(super) fn read_crisis_by_lang(value: &Json, issues: &mut Issues) -> Vec<(Lang, CrisisLines)> {
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
