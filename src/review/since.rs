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

/// A piece of a word-by-word comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Same(&'a str),
    Gone(&'a str),
    Added(&'a str),
}

/// Words and the spaces between them, as byte ranges, so the pieces put
/// back together give the old or the new text exactly.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (i, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push((start, i));
            start = i;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// The old and the new text word by word (the longest common run of
/// tokens kept), for reading only what changed: a catalog text is a few
/// hundred words at most.
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> Vec<Piece<'a>> {
    let (a, b) = (tokens(old), tokens(new));
    let word = |text: &'a str, (from, to): (usize, usize)| &text[from..to];
    let same = |i: usize, j: usize| word(old, a[i]) == word(new, b[j]);
    // lcs[i][j]: the longest common run of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if same(i, j) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // (kind: 0 same, 1 gone, 2 added; byte range in its text), runs of
    // one kind joined: fewer marks to read.
    let mut runs: Vec<(u8, usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let (kind, (from, to)) = if i < a.len() && j < b.len() && same(i, j) {
            i += 1;
            j += 1;
            (0, a[i - 1])
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // The old words first, then the new that take their place.
            i += 1;
            (1, a[i - 1])
        } else {
            j += 1;
            (2, b[j - 1])
        };
        match runs.last_mut() {
            Some(last) if last.0 == kind && last.2 == from => last.2 = to,
            _ => runs.push((kind, from, to)),
        }
    }
    runs.into_iter()
        .map(|(kind, from, to)| match kind {
            0 => Piece::Same(&old[from..to]),
            1 => Piece::Gone(&old[from..to]),
            _ => Piece::Added(&new[from..to]),
        })
        .collect()
}

#[cfg(test)]
mod word_diff_tests {
    use super::*;

    fn render(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Same(s) => s.to_string(),
                Piece::Gone(s) => format!("[-{s}]"),
                Piece::Added(s) => format!("[+{s}]"),
            })
            .collect()
    }

    #[test]
    fn marks_the_words_that_changed() {
        assert_eq!(
            render(&word_diff("Call us any time.", "Call us at any hour.")),
            "Call us [+at ]any [-time.][+hour.]"
        );
        assert_eq!(render(&word_diff("a\nb", "a\nb\nc")), "a\nb[+\nc]");
        assert_eq!(render(&word_diff("", "new")), "[+new]");
        assert_eq!(render(&word_diff("old", "")), "[-old]");
    }

    #[test]
    fn the_pieces_give_back_both_texts() {
        let (old, new) = (
            "It takes about 3 minutes.\nYou can skip any question.",
            "It takes 5 minutes.\nYou can skip a question.\nNothing is sent.",
        );
        let pieces = word_diff(old, new);
        let old_back: String = pieces
            .iter()
            .filter_map(|p| match *p {
                Piece::Same(s) | Piece::Gone(s) => Some(s),
                Piece::Added(_) => None,
            })
            .collect();
        let new_back: String = pieces
            .iter()
            .filter_map(|p| match *p {
                Piece::Same(s) | Piece::Added(s) => Some(s),
                Piece::Gone(_) => None,
            })
            .collect();
        assert_eq!((old_back.as_str(), new_back.as_str()), (old, new));
    }
}
