//! Every word a person reads, in catalogs keyed by stable ids.
//!
//! A catalog is a `Catalog` value: a language missing a text does not
//! compile. Adding a language is one file beside `en.rs` and one line in
//! `Lang` (see ARCHITECTURE.md, the table of common changes).

/// A question's options as a catalog writes them, `o(id, label, hint)`
/// each, lowest risk first: a catalog whose ids are not the engine's, in
/// its order, does not compile. Only the words are kept.
macro_rules! options {
    [$question:ident; $(o($id:literal, $label:literal, $hint:literal)),+ $(,)?] => {{
        const _: () = assert!(
            $crate::i18n::same_ids(
                $crate::engine::QuestionId::$question.option_ids(),
                &[$($id),+],
            ),
            concat!("the options of `", stringify!($question), "` are not the engine's ids in its order"),
        );
        &[$(OptionText { label: $label, hint: $hint }),+]
    }};
}

/// An array kept in the order of an id enum, each entry written after its
/// id (`Age => QuestionText { … }`): a catalog with an entry missing or
/// out of place does not compile. Only the entries are kept (the catalog
/// is indexed by the id's position).
macro_rules! by_id {
    [$enum:ident; $($id:ident => $entry:expr),+ $(,)?] => {{
        const _: () = assert!(
            $crate::i18n::in_order(
                &[$($crate::engine::$enum::$id as usize),+],
                $crate::engine::$enum::ALL.len(),
            ),
            concat!("a catalog's entries are not in the order of `", stringify!($enum), "`"),
        );
        [$($entry),+]
    }};
}

/// Paragraphs or list items, one a line, as one string (see `catalog`).
macro_rules! lines {
    [$first:literal $(, $rest:literal)* $(,)?] => {
        concat!($first $(, "\n", $rest)*)
    };
}

/// A text the first wasm does not carry (spec: new words go in the words
/// files fetched at Start): empty in the browser's build until its words
/// file lays it over the base catalog (`words::overlay`), whole natively.
/// Only for texts a person can do without if that file never comes: the
/// fields [`Catalog::walk_late`] visits.
macro_rules! late {
    ($($text:tt)+) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            lines![$($text)+]
        }
    };
}

mod catalog;
mod en;
mod es;
// The words loaded on demand (`words`): natively only, so no browser
// carries them in its wasm.
#[cfg(not(target_arch = "wasm32"))]
mod mental_health_en;
#[cfg(not(target_arch = "wasm32"))]
mod mental_health_es;
#[cfg(not(target_arch = "wasm32"))]
mod other_en;
#[cfg(not(target_arch = "wasm32"))]
mod other_es;
mod words;

pub use catalog::*;
pub use words::*;

/// Languages the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es];

    /// The BCP 47 tag set on the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads `es`, `es-MX`, `EN_us` and the like by their primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    pub fn catalog(self) -> &'static Catalog {
        match self {
            Lang::En => &en::CATALOG,
            Lang::Es => &es::CATALOG,
        }
    }
}

/// Fills `{name}` placeholders in a catalog template, in one pass: text
/// put in (a center's name, say) is never read for placeholders again.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let value = values.iter().find(|(name, _)| *name == &after[..close])?.1;
            Some((close, value))
        });
        match named {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A name or topic as it reads inside a sentence ("opioids", "your
/// age"). They start with a plain capital in every catalog; full Unicode
/// case tables would cost the wasm kilobytes for nothing.
pub fn lower_first(name: &str) -> String {
    let mut out = name.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}
