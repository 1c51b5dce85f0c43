//! The fit engine: answers in, a recommended level of care out.
//!
//! Plain Rust with no web dependency, so it is tested natively and
//! exhaustively, and the browser, the CLI and the tests share one copy.
//! It never sees the center's config: nothing about the business can
//! change the level.

/// Declares an enum with stable string ids. Declaration order is the
/// derived `Ord`: risk order for ordered options, level order for levels.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in spec order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable id used in answers files, configs, the CLI and the DOM.
            pub const fn id(self) -> &'static str {
                match self { $(Self::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some(Self::$variant),)+ _ => None }
            }

            /// The value one step further in spec order (riskier), if any.
            pub fn next(self) -> Option<Self> {
                Self::ALL.get(self as usize + 1).copied()
            }
        }

        impl $crate::engine::IdEnum for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn index(self) -> usize {
                self as usize
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }
    };
}

mod answers;
mod assess;
mod combinations;
mod id_set;
mod outcome;
mod questions;
mod rules;

pub use answers::{Answers, AnswersError};
pub use assess::{assess, Assessment, CliReport, Reason};
pub use combinations::{table_csv, table_rows, TableRow, TABLE_HEADER};
pub use id_set::{IdEnum, IdSet};
pub use outcome::{Flag, Level, TypicalWeek};
pub use questions::*;
pub use rules::{markdown_table, Rule, RuleId, RULES, SPEC_VERSION};
