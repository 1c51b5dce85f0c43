//! `carefit review --since OLD.json`: an earlier `carefit texts` output
//! (the version a director signed), read strictly, and what changed since.

use std::collections::HashMap;

use serde_json::Value;

/// One record of `carefit texts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub key: String,
    pub lang: String,
    pub audience: String,
    pub text: String,
}

impl Record {
    /// What names a text: key, language and audience.
    pub fn id(&self) -> (&str, &str, &str) {
        (&self.key, &self.lang, &self.audience)
    }
}

/// The texts a director signed, and the file's name as the reader gave it.
#[derive(Debug)]
pub struct Since {
    pub name: String,
    pub old: Vec<Record>,
}

const FIELDS: [&str; 4] = ["key", "lang", "audience", "text"];

impl Since {
    /// Reads `text`, the contents of the file `name`. Refuses anything that
    /// is not a list of records of four strings, each text named once: the
    /// message says what and where.
    pub fn parse(name: &str, text: &str) -> Result<Since, String> {
        let shown = display_name(name);
        let bad = |why: String| format!("{shown} is not an earlier `carefit texts` output: {why}");
        let value: Value =
            serde_json::from_str(text).map_err(|e| bad(format!("it is not valid JSON ({e})")))?;
        let Value::Array(items) = value else {
            return Err(bad(format!(
                "it holds {}, where `carefit texts` prints a list of texts",
                kind(&value)
            )));
        };
        if items.is_empty() {
            return Err(bad("its list of texts is empty".into()));
        }
        let mut old = Vec::with_capacity(items.len());
        let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let n = i + 1;
            let Value::Object(fields) = item else {
                return Err(bad(format!(
                    "item {n} is {}, not a text record (an object with {})",
                    kind(item),
                    FIELDS.map(|f| format!("`{f}`")).join(", ")
                )));
            };
            let get = |field: &str| match fields.get(field) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(other) => Err(bad(format!(
                    "item {n}'s `{field}` is {}, not a string",
                    kind(other)
                ))),
                None => Err(bad(format!("item {n} has no `{field}`"))),
            };
            let record = Record {
                key: get("key")?,
                lang: get("lang")?,
                audience: get("audience")?,
                text: get("text")?,
            };
            if record.key.is_empty() {
                return Err(bad(format!("item {n}'s `key` is empty")));
            }
            let id = (
                record.key.clone(),
                record.lang.clone(),
                record.audience.clone(),
            );
            if let Some(first) = seen.insert(id, n) {
                return Err(bad(format!(
                    "item {n} repeats item {first} (key `{}`, lang `{}`, audience `{}`)",
                    record.key, record.lang, record.audience
                )));
            }
            old.push(record);
        }
        Ok(Since { name: shown, old })
    }
}

/// The file's own name, not the folders it sits in (they may say whose
/// machine made the document); `-` is standard input.
fn display_name(path: &str) -> String {
    if path == "-" {
        return "standard input".into();
    }
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a JSON object",
    }
}

/// How a current text compares with the signed one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change<'a> {
    Same,
    New,
    /// The old words.
    Changed(&'a str),
}

/// Every current text's change, in the order of `current`, and the old
/// texts gone since, in the old file's order.
pub struct Diff<'a> {
    pub changes: Vec<Change<'a>>,
    pub removed: Vec<&'a Record>,
}

impl Diff<'_> {
    pub fn count(&self, what: fn(&Change) -> bool) -> usize {
        self.changes.iter().filter(|c| what(c)).count()
    }
}

pub fn diff<'a>(old: &'a [Record], current: &[Record]) -> Diff<'a> {
    let by_id: HashMap<(&str, &str, &str), &Record> = old.iter().map(|r| (r.id(), r)).collect();
    let changes = current
        .iter()
        .map(|r| match by_id.get(&r.id()) {
            None => Change::New,
            Some(o) if o.text == r.text => Change::Same,
            Some(o) => Change::Changed(&o.text),
        })
        .collect();
    let now: std::collections::HashSet<(&str, &str, &str)> =
        current.iter().map(Record::id).collect();
    let removed = old.iter().filter(|r| !now.contains(&r.id())).collect();
    Diff { changes, removed }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(key: &str, text: &str) -> Record {
        Record {
            key: key.into(),
            lang: "en".into(),
            audience: "myself".into(),
            text: text.into(),
        }
    }

    #[test]
    fn marks_new_changed_and_removed() {
        let old = [rec("a", "one"), rec("b", "two"), rec("gone", "x")];
        let now = [rec("a", "one"), rec("b", "TWO"), rec("c", "three")];
        let d = diff(&old, &now);
        assert_eq!(
            d.changes,
            [Change::Same, Change::Changed("two"), Change::New]
        );
        assert_eq!(d.removed, [&old[2]]);
    }

    #[test]
    fn refuses_what_is_not_a_texts_output() {
        let cases = [
            ("{", "not valid JSON"),
            (r#"{"key":"a"}"#, "holds a JSON object"),
            ("[]", "empty"),
            ("[1]", "item 1 is a number"),
            (
                r#"[{"key":"a","lang":"en","audience":"myself"}]"#,
                "item 1 has no `text`",
            ),
            (
                r#"[{"key":"a","lang":"en","audience":"myself","text":3}]"#,
                "item 1's `text` is a number",
            ),
            (
                r#"[{"key":"a","lang":"en","audience":"myself","text":""},{"key":"a","lang":"en","audience":"myself","text":"b"}]"#,
                "item 2 repeats item 1",
            ),
        ];
        for (input, needle) in cases {
            let err = Since::parse("dir/old.json", input).unwrap_err();
            assert!(err.starts_with("old.json is not"), "{err}");
            assert!(err.contains(needle), "{input}: {err}");
        }
    }
}
