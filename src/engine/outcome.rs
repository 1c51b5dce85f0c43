//! What the engine concludes: a level of care and the flags that go with it.

id_enum!(
    /// Levels of care, least intensive first (spec section 1).
    Level { Out = "OUT", Iop = "IOP", Php = "PHP", Res = "RES" }
);

id_enum!(
    /// Flags, declared in alphabetical order of their ids so that sorted
    /// sets print as the CLI contract asks (spec section 5).
    Flag {
        CoOccurring = "co_occurring",
        Emergency = "emergency",
        Incomplete = "incomplete",
        MedicalCheck = "medical_check",
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
}

impl Flag {
    /// Flags that come from rules R1–R20, as opposed to those describing
    /// skips or the fit of the schedule and format.
    pub fn is_raised_by_rules(self) -> bool {
        !matches!(
            self,
            Flag::Incomplete | Flag::TooFewAnswers | Flag::ScheduleGap | Flag::VirtualOption
        )
    }
}
