//! A person's answers: typed for the rules, addressable by id for the UI and
//! parsed strictly from JSON for the CLI (spec section 2).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::id_set::{IdEnum, IdSet};
use super::questions::*;

/// Answers to the questionnaire. `None` (or an empty list) means skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    /// Who the answers are about: not a question, and read by no rule; it
    /// changes the words and adds the flag `family` (spec v2).
    pub for_whom: ForWhom,
    pub age: Option<Age>,
    pub use_frequency: Option<UseFrequency>,
    pub substances: IdSet<Substance>,
    pub withdrawal: Option<Withdrawal>,
    pub medical: Option<Medical>,
    pub self_harm: Option<SelfHarm>,
    pub mental_health: Option<MentalHealth>,
    pub daily_life: Option<DailyLife>,
    pub between_sessions: Option<BetweenSessions>,
    pub history: Option<History>,
    pub since: Option<Since>,
    pub home: Option<Home>,
    pub commitments: IdSet<Commitment>,
    pub time: Option<TimeAvailable>,
    pub format: Option<Format>,
}

/// Why an answers file was refused. Every message names the id at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersError {
    /// Not JSON, or not an object; serde's message carries line and column.
    Syntax(String),
    UnknownQuestion(String),
    UnknownOption {
        question: QuestionId,
        option: String,
    },
    ExpectedList(QuestionId),
    ExpectedSingle(QuestionId),
    Duplicate(QuestionId),
    /// `for_whom` with a value that is not `myself` or `someone_else`.
    UnknownForWhom(String),
    /// `for_whom` given twice.
    DuplicateForWhom,
    /// The option that stands alone (`none` of the commitments) with others.
    NotAlone {
        question: QuestionId,
        option: &'static str,
    },
    SinceWithoutHistory,
    /// `substances`, `withdrawal` or `between_sessions` answered while
    /// `use_frequency` is `none` (spec v2).
    WithoutUse(QuestionId),
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expected_questions = || {
            QuestionId::ALL
                .iter()
                .map(|q| q.id())
                .collect::<Vec<_>>()
                .join(", ")
                + " (or the key `for_whom`)"
        };
        match self {
            Self::Syntax(message) => write!(f, "{message}"),
            Self::UnknownQuestion(id) => write!(
                f,
                "unknown question id `{id}`; expected one of: {}",
                expected_questions()
            ),
            Self::UnknownOption { question, option } => write!(
                f,
                "unknown option id `{option}` for question `{}`; expected one of: {}",
                question.id(),
                question.option_ids().join(", ")
            ),
            Self::ExpectedList(q) => write!(
                f,
                "question `{}` takes a list of option ids (for example [\"{}\"]), not a single value",
                q.id(),
                q.option_ids()[0]
            ),
            Self::ExpectedSingle(q) => write!(
                f,
                "question `{}` takes one option id (one of: {}), not a list",
                q.id(),
                q.option_ids().join(", ")
            ),
            Self::Duplicate(q) => write!(f, "question `{}` is answered twice", q.id()),
            Self::UnknownForWhom(value) => write!(
                f,
                "unknown value `{value}` for `for_whom`; expected one of: {}",
                ForWhom::ALL.iter().map(|w| w.id()).collect::<Vec<_>>().join(", ")
            ),
            Self::DuplicateForWhom => write!(f, "`for_whom` is given twice"),
            Self::NotAlone { question, option } => write!(
                f,
                "question `{}` takes `{option}` alone: leave out `{option}` or the other options",
                question.id()
            ),
            Self::SinceWithoutHistory => write!(
                f,
                "question `since` is only asked after a treatment history: answer `history` with outpatient, intensive or residential, or leave `since` out"
            ),
            Self::WithoutUse(q) => write!(
                f,
                "question `{0}` is not asked when `use_frequency` is `none` (no drinking or drug use): leave `{0}` out, or answer `use_frequency` with another option",
                q.id()
            ),
        }
    }
}

impl std::error::Error for AnswersError {}

impl Answers {
    /// Parses and validates an answers object (spec section 2).
    pub fn from_json(text: &str) -> Result<Self, AnswersError> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| {
            // Our own errors travel through serde as text; keep serde's position.
            AnswersError::Syntax(e.to_string())
        })?;
        answers.validate()?;
        Ok(answers)
    }

    /// The schema's cross-question rules: no answer to a question that
    /// does not apply (`since` without a history; v2: `substances`,
    /// `withdrawal`, `between_sessions` when `use_frequency` is `none`).
    pub fn validate(&self) -> Result<(), AnswersError> {
        let stray = QuestionId::ALL
            .iter()
            .copied()
            .find(|q| self.is_answered(*q) && !self.is_applicable(*q));
        match stray {
            None => Ok(()),
            Some(QuestionId::Since) => Err(AnswersError::SinceWithoutHistory),
            Some(q) => Err(AnswersError::WithoutUse(q)),
        }
    }

    fn has_history(&self) -> bool {
        matches!(self.history, Some(h) if h != History::None)
    }

    /// `use_frequency` = `none`: no drinking or drug use (spec v2).
    pub fn no_use(&self) -> bool {
        self.use_frequency == Some(UseFrequency::None)
    }

    /// Whether the question is asked of this person: `since` only after
    /// some treatment; `substances`, `withdrawal` and `between_sessions`
    /// not when they don't use (a skipped `use_frequency` leaves them
    /// asked); every other question always.
    pub fn is_applicable(&self, question: QuestionId) -> bool {
        use QuestionId as Q;
        match question {
            Q::Since => self.has_history(),
            Q::Substances | Q::Withdrawal | Q::BetweenSessions => !self.no_use(),
            _ => true,
        }
    }

    /// The questions asked of this person, in order (`age` first).
    pub fn applicable(&self) -> impl Iterator<Item = QuestionId> + '_ {
        QuestionId::ALL
            .iter()
            .copied()
            .filter(|q| self.is_applicable(*q))
    }

    /// The applicable questions whose skips count ([`QuestionId::counts`]:
    /// all but `age`), in order.
    pub fn counted(&self) -> impl Iterator<Item = QuestionId> + '_ {
        self.applicable().filter(|q| q.counts())
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        !self.selected(question).is_empty()
    }

    /// Counted questions left unanswered, in question order: never `age`,
    /// never a question that does not apply.
    pub fn skipped(&self) -> Vec<QuestionId> {
        self.counted().filter(|q| !self.is_answered(*q)).collect()
    }

    /// The option ids chosen for a question, in spec order; empty when skipped.
    pub fn selected(&self, question: QuestionId) -> Vec<&'static str> {
        fn one<T: Copy>(value: Option<T>, id: fn(T) -> &'static str) -> Vec<&'static str> {
            value.map(id).into_iter().collect()
        }
        fn many<T: IdEnum>(set: &IdSet<T>, id: fn(T) -> &'static str) -> Vec<&'static str> {
            set.iter().map(id).collect()
        }
        use QuestionId as Q;
        match question {
            Q::Age => one(self.age, Age::id),
            Q::UseFrequency => one(self.use_frequency, UseFrequency::id),
            Q::Substances => many(&self.substances, Substance::id),
            Q::Withdrawal => one(self.withdrawal, Withdrawal::id),
            Q::Medical => one(self.medical, Medical::id),
            Q::SelfHarm => one(self.self_harm, SelfHarm::id),
            Q::MentalHealth => one(self.mental_health, MentalHealth::id),
            Q::DailyLife => one(self.daily_life, DailyLife::id),
            Q::BetweenSessions => one(self.between_sessions, BetweenSessions::id),
            Q::History => one(self.history, History::id),
            Q::Since => one(self.since, Since::id),
            Q::Home => one(self.home, Home::id),
            Q::Commitments => many(&self.commitments, Commitment::id),
            Q::Time => one(self.time, TimeAvailable::id),
            Q::Format => one(self.format, Format::id),
        }
    }

    /// Replaces the answer to `question` with `option_ids` (empty = skip).
    ///
    /// A single-choice question takes at most one id; the option that
    /// stands alone ([`QuestionId::alone_option`]) takes no other. Answers
    /// that no longer apply are dropped: `since` on choosing no treatment
    /// history; `substances`, `withdrawal` and `between_sessions` on
    /// choosing `none` for `use_frequency`.
    pub fn set(&mut self, question: QuestionId, option_ids: &[&str]) -> Result<(), AnswersError> {
        self.assign(question, option_ids)?;
        if !self.has_history() {
            self.since = None;
        }
        if self.no_use() {
            self.substances = IdSet::new();
            self.withdrawal = None;
            self.between_sessions = None;
        }
        Ok(())
    }

    /// Replaces one answer and nothing else; the reader uses it, so that an
    /// answer that does not apply is refused by [`Answers::validate`]
    /// whatever the order of the keys, never dropped in silence.
    fn assign(&mut self, question: QuestionId, option_ids: &[&str]) -> Result<(), AnswersError> {
        fn one<T>(
            question: QuestionId,
            ids: &[&str],
            from_id: fn(&str) -> Option<T>,
        ) -> Result<Option<T>, AnswersError> {
            match ids {
                [] => Ok(None),
                [id] => parse(question, id, from_id).map(Some),
                _ => Err(AnswersError::ExpectedSingle(question)),
            }
        }
        fn many<T: IdEnum>(
            question: QuestionId,
            ids: &[&str],
            from_id: fn(&str) -> Option<T>,
        ) -> Result<IdSet<T>, AnswersError> {
            ids.iter().map(|id| parse(question, id, from_id)).collect()
        }
        fn parse<T>(
            question: QuestionId,
            id: &str,
            from_id: fn(&str) -> Option<T>,
        ) -> Result<T, AnswersError> {
            from_id(id).ok_or_else(|| AnswersError::UnknownOption {
                question,
                option: id.to_string(),
            })
        }
        use QuestionId as Q;
        let ids = option_ids;
        if let Some(option) = question.alone_option() {
            // Unknown ids are reported first, by the parse below.
            let known = ids.iter().all(|id| question.option_ids().contains(id));
            if known && ids.contains(&option) && ids.iter().any(|id| *id != option) {
                return Err(AnswersError::NotAlone { question, option });
            }
        }
        match question {
            Q::Age => self.age = one(question, ids, Age::from_id)?,
            Q::UseFrequency => self.use_frequency = one(question, ids, UseFrequency::from_id)?,
            Q::Substances => self.substances = many(question, ids, Substance::from_id)?,
            Q::Withdrawal => self.withdrawal = one(question, ids, Withdrawal::from_id)?,
            Q::Medical => self.medical = one(question, ids, Medical::from_id)?,
            Q::SelfHarm => self.self_harm = one(question, ids, SelfHarm::from_id)?,
            Q::MentalHealth => self.mental_health = one(question, ids, MentalHealth::from_id)?,
            Q::DailyLife => self.daily_life = one(question, ids, DailyLife::from_id)?,
            Q::BetweenSessions => {
                self.between_sessions = one(question, ids, BetweenSessions::from_id)?
            }
            Q::History => self.history = one(question, ids, History::from_id)?,
            Q::Since => self.since = one(question, ids, Since::from_id)?,
            Q::Home => self.home = one(question, ids, Home::from_id)?,
            Q::Commitments => self.commitments = many(question, ids, Commitment::from_id)?,
            Q::Time => self.time = one(question, ids, TimeAvailable::from_id)?,
            Q::Format => self.format = one(question, ids, Format::from_id)?,
        }
        Ok(())
    }

    /// Whether alcohol or sedatives are among the substances (R4, R5).
    pub fn uses_alcohol_or_sedatives(&self) -> bool {
        self.substances.contains(Substance::Alcohol)
            || self.substances.contains(Substance::Sedatives)
    }
}

/// Writes the same shape the CLI reads: id → option id, or a list for
/// multi; `for_whom` only when it is not the default, `myself`.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let answered: Vec<QuestionId> = QuestionId::ALL
            .iter()
            .copied()
            .filter(|q| self.is_answered(*q))
            .collect();
        let for_whom = self.for_whom != ForWhom::Myself;
        let mut map = serializer.serialize_map(Some(answered.len() + usize::from(for_whom)))?;
        if for_whom {
            map.serialize_entry(FOR_WHOM, &self.for_whom)?;
        }
        for q in answered {
            let ids = self.selected(q);
            if q.is_multi() {
                map.serialize_entry(q.id(), &ids)?;
            } else {
                map.serialize_entry(q.id(), ids[0])?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AnswersVisitor)
    }
}

struct AnswersVisitor;

impl<'de> Visitor<'de> for AnswersVisitor {
    type Value = Answers;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of question id → option id (or a list of option ids)")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
        let mut answers = Answers::default();
        let mut seen = IdSet::new();
        let mut seen_for_whom = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == FOR_WHOM {
                if std::mem::replace(&mut seen_for_whom, true) {
                    return Err(de::Error::custom(AnswersError::DuplicateForWhom));
                }
                answers.for_whom = map.next_value_seed(ForWhomSeed)?;
                continue;
            }
            let question = QuestionId::from_id(&key)
                .ok_or_else(|| de::Error::custom(AnswersError::UnknownQuestion(key.clone())))?;
            if !seen.insert(question) {
                return Err(de::Error::custom(AnswersError::Duplicate(question)));
            }
            let ids = map.next_value_seed(AnswerSeed(question))?;
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            answers.assign(question, &ids).map_err(de::Error::custom)?;
        }
        Ok(answers)
    }
}

/// The key of the answers object that says who they are about.
const FOR_WHOM: &str = "for_whom";

/// Reads `for_whom`: `myself` or `someone_else`; `null` is the default.
struct ForWhomSeed;

impl<'de> DeserializeSeed<'de> for ForWhomSeed {
    type Value = ForWhom;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ForWhom, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ForWhomSeed {
    type Value = ForWhom;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("for `for_whom`, one of: myself, someone_else")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<ForWhom, E> {
        ForWhom::from_id(value)
            .ok_or_else(|| E::custom(AnswersError::UnknownForWhom(value.to_string())))
    }

    fn visit_unit<E: de::Error>(self) -> Result<ForWhom, E> {
        Ok(ForWhom::Myself)
    }
}

/// Reads one question's value, knowing whether it takes a list.
struct AnswerSeed(QuestionId);

impl<'de> DeserializeSeed<'de> for AnswerSeed {
    type Value = Vec<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<String>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnswerSeed {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let q = self.0;
        let shape = if q.is_multi() {
            "a list of option ids"
        } else {
            "one option id"
        };
        write!(
            f,
            "for question `{}`, {shape} from: {}",
            q.id(),
            q.option_ids().join(", ")
        )
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Vec<String>, E> {
        if self.0.is_multi() {
            return Err(E::custom(AnswersError::ExpectedList(self.0)));
        }
        Ok(vec![value.to_string()])
    }

    /// `null` is an explicit "prefer not to say".
    fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
        Ok(Vec::new())
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<String>, S::Error> {
        if !self.0.is_multi() {
            return Err(de::Error::custom(AnswersError::ExpectedSingle(self.0)));
        }
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element::<OptionIdIn>()? {
            ids.push(id.0);
        }
        Ok(ids)
    }
}

/// One string inside a list, with a message that says what a list holds.
struct OptionIdIn(String);

impl<'de> Deserialize<'de> for OptionIdIn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = OptionIdIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id (a string) inside the list")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OptionIdIn, E> {
                Ok(OptionIdIn(v.to_string()))
            }
        }
        deserializer.deserialize_str(V)
    }
}
