//! What the engine concludes: a level of care and the flags that go with it.

id_enum!(
    /// Levels of care, least intensive first (spec section 1).
    Level { Out = "OUT", Iop = "IOP", Php = "PHP", Res = "RES" }
);

id_enum!(
    /// Flags, declared in alphabetical order of their ids so that sorted
    /// sets print as the CLI contract asks (spec section 5).
    Flag {
        Adolescent = "adolescent",
        CoOccurring = "co_occurring",
        Emergency = "emergency",
        Family = "family",
        HomeSafety = "home_safety",
        Incomplete = "incomplete",
        MedicalCheck = "medical_check",
        Medication = "medication",
        OverdoseRisk = "overdose_risk",
        SafetyPlan = "safety_plan",
        ScheduleGap = "schedule_gap",
        SoberLiving = "sober_living",
        StepDown = "step_down",
        TooFewAnswers = "too_few_answers",
        VirtualOption = "virtual_option",
        WithdrawalMedical = "withdrawal_medical",
    }
);

impl Level {
    /// The next less intensive level, for "why not one level lower".
    pub fn lower(self) -> Option<Level> {
        Level::ALL.get((self as usize).checked_sub(1)?).copied()
    }

    /// A typical week at this level, as the result draws it: one week inside
    /// the ranges of the spec's table (section 1), so "9 to 19 hours a week"
    /// becomes something a person can picture.
    pub fn typical_week(self) -> TypicalWeek {
        let hours = match self {
            // 1–2 sessions, under 9 hours.
            Level::Out => Some([0, 1, 0, 0, 1, 0, 0]),
            // 3–5 days of 3–4 hours, 9–19 hours (spec v3: an example adds up).
            Level::Iop => Some([3, 3, 0, 3, 3, 0, 0]),
            // 5 days (some 6) of about 4–6 hours, 20 hours or more.
            Level::Php => Some([6, 6, 6, 6, 6, 0, 0]),
            // Around the clock.
            Level::Res => None,
        };
        TypicalWeek { hours }
    }
}

/// A week of treatment, Monday to Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypicalWeek {
    /// Hours of treatment each day (0: none that day); `None` when care goes
    /// on around the clock (RES), where there are no hours to count.
    pub hours: Option<[u8; 7]>,
}

impl TypicalWeek {
    /// Each day's hours, `None` for a day of care around the clock.
    pub fn days(self) -> [Option<u8>; 7] {
        match self.hours {
            Some(hours) => hours.map(Some),
            None => [None; 7],
        }
    }
}

impl Flag {
    /// Flags that `carefit table` lists: those its columns decide, as
    /// opposed to skips, the schedule and format it leaves out, `family`
    /// and `adolescent`, raised by `for_whom` and `age` that are no columns,
    /// and `overdose_risk` and `medication` (v3), which read the substances
    /// it reduces to "alcohol or sedatives, yes or no" (spec section 5).
    pub fn in_table(self) -> bool {
        !matches!(
            self,
            Flag::Incomplete
                | Flag::TooFewAnswers
                | Flag::ScheduleGap
                | Flag::VirtualOption
                | Flag::OverdoseRisk
                | Flag::Medication
                | Flag::Family
                | Flag::Adolescent
        )
    }

    pub const LEAST_URGENT: u8 = 3;

    /// How soon the person must read it: danger to life first, then what
    /// to do before starting care (for a helper, how to help; for a teen,
    /// which programs to look for), then the rest (the result's order).
    pub fn urgency(self) -> u8 {
        match self {
            Flag::Emergency => 0,
            Flag::WithdrawalMedical | Flag::OverdoseRisk | Flag::HomeSafety => 1,
            Flag::SafetyPlan | Flag::MedicalCheck | Flag::Family | Flag::Adolescent => 2,
            // `medication` informs a choice and warns of no danger: with the
            // rest, a tap away, so a result stays short on a phone (v3).
            _ => Flag::LEAST_URGENT,
        }
    }
}
