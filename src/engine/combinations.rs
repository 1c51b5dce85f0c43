//! Every combination of the answers the rules read, for `carefit table` and
//! the exhaustive tests: the eleven questions R1–R20 look at, `substances`
//! reduced to "alcohol or sedatives, yes or no", `history`/`since` as their
//! valid pairs, no skips. 4·2·5·3·3·3·3·3·10·3 = 291,600 rows where they
//! drink or use drugs, and (v2) 3·3·3·3·10·3 = 2,430 where `use_frequency`
//! is `none`, with `substances`, `withdrawal` and `between_sessions`, which
//! then do not apply, empty: 294,030 in all. `age` and `for_whom` are no
//! columns: no rule reads them.

use std::fmt::Write;

use super::answers::Answers;
use super::assess::assess;
use super::questions::*;

/// One row: the answers, and whether they stand for alcohol/sedative use
/// (`None` where `substances` does not apply).
#[derive(Clone, Debug)]
pub struct TableRow {
    pub answers: Answers,
    pub alcohol_or_sedatives: Option<bool>,
}

/// Substance answers standing for each value of the reduced column.
const WITH_ALCOHOL_OR_SEDATIVES: Substance = Substance::Alcohol;
const WITHOUT_ALCOHOL_OR_SEDATIVES: Substance = Substance::Opioids;

/// The rows in the order of the columns, each column in spec order, the
/// last varying fastest: the `none` rows first, as `none` is the lowest
/// option of `use_frequency`.
pub fn table_rows() -> impl Iterator<Item = TableRow> {
    let history_since: Vec<(History, Option<Since>)> = History::ALL
        .iter()
        .flat_map(|&h| {
            let since: Vec<Option<Since>> = if h == History::None {
                vec![None]
            } else {
                Since::ALL.iter().copied().map(Some).collect()
            };
            since.into_iter().map(move |s| (h, s))
        })
        .collect();

    UseFrequency::ALL.iter().flat_map(move |&use_frequency| {
        let history_since = history_since.clone();
        // Without use, the three questions that ask about it are one empty value each.
        let uses = use_frequency != UseFrequency::None;
        let asked = |size: usize| if uses { size } else { 1 };
        let sizes = [
            asked(2),
            asked(Withdrawal::ALL.len()),
            Medical::ALL.len(),
            SelfHarm::ALL.len(),
            MentalHealth::ALL.len(),
            DailyLife::ALL.len(),
            asked(BetweenSessions::ALL.len()),
            history_since.len(),
            Home::ALL.len(),
        ];
        let total: usize = sizes.iter().product();
        (0..total).map(move |mut n| {
            let mut digit = |size: usize| {
                let d = n % size;
                n /= size;
                d
            };
            // Least significant last, so rows vary the last column fastest.
            let mut d = [0usize; 9];
            for (slot, size) in d.iter_mut().zip(sizes).rev() {
                *slot = digit(size);
            }
            let alcohol_or_sedatives = uses.then_some(d[0] == 0);
            let substance = match alcohol_or_sedatives {
                Some(true) => Some(WITH_ALCOHOL_OR_SEDATIVES),
                Some(false) => Some(WITHOUT_ALCOHOL_OR_SEDATIVES),
                None => None,
            };
            let (history, since) = history_since[d[7]];
            let answers = Answers {
                use_frequency: Some(use_frequency),
                substances: substance.into_iter().collect(),
                withdrawal: uses.then(|| Withdrawal::ALL[d[1]]),
                medical: Some(Medical::ALL[d[2]]),
                self_harm: Some(SelfHarm::ALL[d[3]]),
                mental_health: Some(MentalHealth::ALL[d[4]]),
                daily_life: Some(DailyLife::ALL[d[5]]),
                between_sessions: uses.then(|| BetweenSessions::ALL[d[6]]),
                history: Some(history),
                since,
                home: Some(Home::ALL[d[8]]),
                ..Answers::default()
            };
            TableRow {
                answers,
                alcohol_or_sedatives,
            }
        })
    })
}

pub const TABLE_HEADER: &str = "use_frequency,alcohol_or_sedatives,withdrawal,medical,self_harm,mental_health,daily_life,between_sessions,history,since,home,level,rules,flags";

/// The whole table as CSV. Rules and flags are space-separated lists; flags
/// are those its columns decide (`Flag::in_table`).
pub fn table_csv() -> String {
    let mut out = String::with_capacity(295_000 * 120);
    out.push_str(TABLE_HEADER);
    out.push('\n');
    for row in table_rows() {
        let a = &row.answers;
        let result = assess(a);
        let mut rules = String::new();
        let mut flags = String::new();
        for reason in &result.reasons {
            let sep = if rules.is_empty() { "" } else { " " };
            let _ = write!(rules, "{sep}{}", reason.rule);
        }
        for flag in result.flags.iter().filter(|f| f.in_table()) {
            let sep = if flags.is_empty() { "" } else { " " };
            let _ = write!(flags, "{sep}{}", flag.id());
        }
        let yes_no = match row.alcohol_or_sedatives {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let _ = writeln!(
            out,
            "{},{yes_no},{},{},{},{},{},{},{},{},{},{},{rules},{flags}",
            a.use_frequency.map_or("", |v| v.id()),
            a.withdrawal.map_or("", |v| v.id()),
            a.medical.map_or("", |v| v.id()),
            a.self_harm.map_or("", |v| v.id()),
            a.mental_health.map_or("", |v| v.id()),
            a.daily_life.map_or("", |v| v.id()),
            a.between_sessions.map_or("", |v| v.id()),
            a.history.map_or("", |v| v.id()),
            a.since.map_or("", |v| v.id()),
            a.home.map_or("", |v| v.id()),
            result.floor.id(),
        );
    }
    out
}
