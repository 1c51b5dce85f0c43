//! The words a journey loads on demand: for someone else, and for mental
//! health alone (spec v2: the reasons, the questions about past care, some
//! flags and the levels). The browser's build carries only the base
//! catalogs; the build writes each language's other words as a file (a
//! JSON list of texts, in [`Catalog::walk`]'s order) that the app fetches,
//! with its integrity hash, once a journey begins, and lays over a copy
//! of the base catalog.

use std::fmt;

use super::catalog::{Catalog, Key, Visit};

/// The catalogs a words file makes of a language's base catalog.
pub struct Overlay {
    /// For oneself: the base catalog with the texts the first wasm leaves
    /// out ([`Catalog::walk_late`]).
    pub myself: Catalog,
    /// For someone else.
    pub other: Catalog,
    /// For oneself, with the reasons, the questions about past care, flags
    /// and levels written for mental health alone.
    pub mental_health: Catalog,
    /// For someone else, the same.
    pub mental_health_other: Catalog,
}

/// A words file that does not fit the catalog: it was built for another
/// version of the app. The base words stay.
#[derive(Debug, PartialEq, Eq)]
pub struct WordsError {
    pub got: usize,
    pub expected: usize,
}

impl fmt::Display for WordsError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "the words file has {} texts where this catalog has {}: it is not this build's",
            self.got, self.expected
        )
    }
}

impl std::error::Error for WordsError {}

/// Takes the file's texts in order; each is kept for good (once per
/// language a page loads).
struct Write<I> {
    words: I,
    asked: usize,
}

impl<I: Iterator<Item = String>> Visit for Write<I> {
    const KEYS: bool = false;
    const WRITES: bool = true;
    fn text(&mut self, _: Key, text: &mut &'static str) {
        self.asked += 1;
        if let Some(word) = self.words.next() {
            *text = word.leak();
        }
    }
}

/// Lays a words file (its texts, in order) over `base`. A file of the
/// wrong length is refused whole; what it had taken is then lost, which
/// happens only to a build whose files were mixed up.
pub fn overlay(base: &Catalog, words: Vec<String>) -> Result<Overlay, WordsError> {
    let got = words.len();
    let mut write = Write {
        words: words.into_iter(),
        asked: 0,
    };
    let mut myself = *base;
    myself.walk_late(&mut write);
    let mut other = myself;
    other.walk(&mut write);
    let mut mental_health = myself;
    mental_health.walk_mental_health(&mut write);
    let mut mental_health_other = other;
    mental_health_other.walk_mental_health(&mut write);
    if write.asked != got {
        return Err(WordsError {
            got,
            expected: write.asked,
        });
    }
    Ok(Overlay {
        myself,
        other,
        mental_health,
        mental_health_other,
    })
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::super::catalog::{Catalog, Key, LevelText, Visit};
    use super::super::{mental_health_en, mental_health_es, other_en, other_es, Lang};
    use crate::engine::{Flag, Level, QuestionId};

    /// Who a catalog speaks to (`carefit texts`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Audience {
        Myself,
        SomeoneElse,
        /// The texts for mental health alone (reasons, `history` and
        /// `since`, flags, levels), for oneself.
        MentalHealth,
        /// The same, for someone else.
        MentalHealthOther,
    }

    impl Audience {
        pub const ALL: [Audience; 4] = [
            Audience::Myself,
            Audience::SomeoneElse,
            Audience::MentalHealth,
            Audience::MentalHealthOther,
        ];

        pub fn id(self) -> &'static str {
            match self {
                Audience::Myself => "myself",
                Audience::SomeoneElse => "someone_else",
                Audience::MentalHealth => "mental_health",
                Audience::MentalHealthOther => "mental_health_someone_else",
            }
        }
    }

    impl Lang {
        /// The catalog for someone else: compiled natively only, and
        /// shipped to browsers as this language's words file.
        pub fn other_catalog(self) -> &'static Catalog {
            match self {
                Lang::En => &other_en::CATALOG,
                Lang::Es => &other_es::CATALOG,
            }
        }

        /// The catalog for mental health alone, for oneself or for someone
        /// else: its reasons, `history` and `since`, flags and levels are
        /// its own
        /// ([`Catalog::walk_mental_health`]), the rest the base's or the
        /// someone-else catalog's.
        pub fn mental_health_catalog(self, someone_else: bool) -> &'static Catalog {
            match (self, someone_else) {
                (Lang::En, false) => &mental_health_en::CATALOG,
                (Lang::En, true) => &mental_health_en::CATALOG_OTHER,
                (Lang::Es, false) => &mental_health_es::CATALOG,
                (Lang::Es, true) => &mental_health_es::CATALOG_OTHER,
            }
        }

        /// The levels written for mental health alone.
        pub fn mental_health_levels(self, someone_else: bool) -> &'static [LevelText; 4] {
            &self.mental_health_catalog(someone_else).levels
        }

        /// This language's words file: the texts the first wasm leaves out,
        /// the catalog for someone else, then the texts for mental health
        /// alone (oneself, someone else), in the order [`super::overlay`]
        /// reads them.
        pub fn words(self) -> Vec<&'static str> {
            let mut read = Read(Vec::new());
            let mut base = *self.catalog();
            base.walk_late(&mut read);
            let mut all: Vec<&'static str> = read.0.into_iter().map(|(_, text)| text).collect();
            for audience in &Audience::ALL[1..] {
                all.extend(self.texts(*audience).into_iter().map(|(_, text)| text));
            }
            all
        }

        /// Every text one audience reads in this language, with its key:
        /// a whole catalog, or the texts for mental health alone.
        pub fn texts(self, audience: Audience) -> Vec<(String, &'static str)> {
            let mut read = Read(Vec::new());
            match audience {
                Audience::Myself => {
                    let mut t = *self.catalog();
                    t.walk(&mut read)
                }
                Audience::SomeoneElse => {
                    let mut t = *self.other_catalog();
                    t.walk(&mut read)
                }
                Audience::MentalHealth | Audience::MentalHealthOther => {
                    let mut t =
                        *self.mental_health_catalog(audience == Audience::MentalHealthOther);
                    t.walk_mental_health(&mut read)
                }
            }
            read.0
        }
    }

    struct Read(Vec<(String, &'static str)>);

    impl Visit for Read {
        const KEYS: bool = true;
        const WRITES: bool = false;
        fn text(&mut self, key: Key, text: &mut &'static str) {
            self.0.push((key.name(), text));
        }
    }

    impl Key {
        /// A dotted name by the engine's ids: `questions.age.heading`,
        /// `questions.age.options.adult.label`, `levels.IOP.fits`.
        pub fn name(&self) -> String {
            let Key {
                group,
                item,
                sub,
                field,
            } = *self;
            let question = || QuestionId::ALL[item];
            match group {
                "" => field.to_string(),
                "questions" => format!("questions.{}.{field}", question().id()),
                "options" => format!(
                    "questions.{}.options.{}.{field}",
                    question().id(),
                    question().option_ids()[sub]
                ),
                "flags" => format!("flags.{}.{field}", Flag::ALL[item].id()),
                "levels" => format!("levels.{}.{field}", Level::ALL[item].id()),
                "days" => format!("days.{item}"),
                "help.lines" | "help.home_lines" | "help.teen_lines" => {
                    format!("{group}.{sub}.{field}")
                }
                _ => format!("{group}.{field}"),
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::Audience;
