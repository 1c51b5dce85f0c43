//! The fifteen questions of the spec (section 2), their option ids, and who
//! the answers are about (`for_whom`, a key of the answers, not a question).
//!
//! Ids are a public contract: configs, translations, tests, the CLI and the
//! browser's `name`/`value` attributes all use them. Options of ordered
//! questions are declared lowest risk first, and the derived `Ord` follows
//! that order, so "riskier" is simply "greater".

id_enum!(
    /// Whether the person the answers are about is under 18 (spec v2).
    Age { Adult = "adult", UnderEighteen = "under_18" }
);
id_enum!(
    /// Who the answers are about (spec v2): it changes the words, never the level.
    ForWhom { Myself = "myself", SomeoneElse = "someone_else" }
);
// `none` (v2): they don't drink or use drugs; the concern is mental health.
id_enum!(UseFrequency { None = "none", NotUsing = "not_using", WeeklyOrLess = "weekly_or_less", MostDays = "most_days", Daily = "daily" });
id_enum!(Substance { Alcohol = "alcohol", Opioids = "opioids", Sedatives = "sedatives", Stimulants = "stimulants", Cannabis = "cannabis", Other = "other" });
id_enum!(Withdrawal { None = "none", Mild = "mild", NotSure = "not_sure", Strong = "strong", Severe = "severe" });
id_enum!(Medical { None = "none", Managed = "managed", NeedsCare = "needs_care" });
id_enum!(SelfHarm { No = "no", PastMonth = "past_month", Now = "now" });
id_enum!(MentalHealth { No = "no", InCare = "in_care", NoCare = "no_care" });
id_enum!(DailyLife { Coping = "coping", Struggling = "struggling", NotCoping = "not_coping" });
id_enum!(BetweenSessions { Yes = "yes", NotSure = "not_sure", No = "no" });
id_enum!(History { None = "none", Outpatient = "outpatient", Intensive = "intensive", Residential = "residential" });
id_enum!(Since { DoingWell = "doing_well", Cravings = "cravings", Relapsed = "relapsed" });
id_enum!(Home { Supportive = "supportive", Alone = "alone", Unsafe = "unsafe" });
id_enum!(Commitment { Work = "work", School = "school", Caregiving = "caregiving", None = "none" });
id_enum!(
    /// Hours a week a person could give to treatment now, fewest first.
    TimeAvailable { Under9 = "under_9", NineTo19 = "9_to_19", TwentyPlus = "20_plus", FullTime = "full_time" }
);
id_enum!(Format { InPerson = "in_person", Virtual = "virtual", Either = "either" });
id_enum!(
    /// The questions, in the order they are asked.
    QuestionId {
        Age = "age",
        UseFrequency = "use_frequency",
        Substances = "substances",
        Withdrawal = "withdrawal",
        Medical = "medical",
        SelfHarm = "self_harm",
        MentalHealth = "mental_health",
        DailyLife = "daily_life",
        BetweenSessions = "between_sessions",
        History = "history",
        Since = "since",
        Home = "home",
        Commitments = "commitments",
        Time = "time",
        Format = "format",
    }
);

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// One option; options run from lowest to highest risk.
    Ordered,
    /// One option; no risk order.
    Plain,
    /// Any number of options.
    Multi,
}

impl QuestionId {
    pub fn kind(self) -> QuestionKind {
        use QuestionId::*;
        match self {
            Substances | Commitments => QuestionKind::Multi,
            Age | History | Time | Format => QuestionKind::Plain,
            _ => QuestionKind::Ordered,
        }
    }

    pub fn is_multi(self) -> bool {
        self.kind() == QuestionKind::Multi
    }

    /// Whether skipping it counts (`skipped`, `incomplete`,
    /// `too_few_answers`): every question but `age`, which no rule reads
    /// (spec v2). It is asked all the same.
    pub fn counts(self) -> bool {
        self != QuestionId::Age
    }

    /// The option of a multiple choice that stands alone: `none` of the
    /// commitments says there is nothing to keep doing, so it cannot go with
    /// work, school or caregiving. The answers reader refuses the two
    /// together and [`QuestionId::toggled`] never makes them.
    pub fn alone_option(self) -> Option<&'static str> {
        match self {
            QuestionId::Commitments => Some(Commitment::None.id()),
            _ => None,
        }
    }

    /// A multiple choice's option ids after ticking (`on`) or unticking
    /// `id`, in spec order: ticking the option that stands alone clears the
    /// others, ticking another clears it.
    pub fn toggled(self, selected: &[&str], id: &str, on: bool) -> Vec<String> {
        let alone = self.alone_option();
        self.option_ids()
            .iter()
            .filter(|option| {
                if **option == id {
                    on
                } else {
                    selected.contains(option)
                        && !(on && (alone == Some(id) || alone == Some(**option)))
                }
            })
            .map(|option| option.to_string())
            .collect()
    }

    /// The option ids of this question, in spec order.
    pub const fn option_ids(self) -> &'static [&'static str] {
        use QuestionId as Q;
        macro_rules! ids {
            ($t:ty) => {{
                const N: usize = <$t>::ALL.len();
                const IDS: [&str; N] = {
                    let mut out = [""; N];
                    let mut i = 0;
                    while i < N {
                        out[i] = <$t>::ALL[i].id();
                        i += 1;
                    }
                    out
                };
                &IDS
            }};
        }
        match self {
            Q::Age => ids!(Age),
            Q::UseFrequency => ids!(UseFrequency),
            Q::Substances => ids!(Substance),
            Q::Withdrawal => ids!(Withdrawal),
            Q::Medical => ids!(Medical),
            Q::SelfHarm => ids!(SelfHarm),
            Q::MentalHealth => ids!(MentalHealth),
            Q::DailyLife => ids!(DailyLife),
            Q::BetweenSessions => ids!(BetweenSessions),
            Q::History => ids!(History),
            Q::Since => ids!(Since),
            Q::Home => ids!(Home),
            Q::Commitments => ids!(Commitment),
            Q::Time => ids!(TimeAvailable),
            Q::Format => ids!(Format),
        }
    }
}

impl Default for ForWhom {
    /// Absent from the answers means the person answers for themselves.
    fn default() -> Self {
        ForWhom::Myself
    }
}
