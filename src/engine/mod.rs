//! The fit engine: answers in, a recommended level of care out.
//!
//! Plain Rust with no web dependency, so it is tested natively and
//! exhaustively, and the browser, the CLI and the tests share one copy.
//! It never sees the center's config: nothing about the business can
//! change the level.

mod answers;
mod assess;
mod combinations;
mod outcome;
mod questions;
mod rules;

pub use answers::{Answers, AnswersError};
pub use assess::{assess, Assessment, CliReport, Reason};
pub use combinations::{table_csv, table_rows, TableRow, TABLE_HEADER};
pub use outcome::{Flag, Level};
pub use questions::*;
pub use rules::{markdown_table, Rule, RuleId, RULES};
