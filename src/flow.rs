//! Where the person is in the questionnaire, and how each action moves
//! them: plain data and a pure `apply`, so the browser shell only renders
//! it and the rules of the journey are tested natively.

use crate::engine::{Answers, ForWhom, QuestionId, SelfHarm, Withdrawal};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(QuestionId),
    /// Crisis help; `then` is where "go on" (or "go back") leads.
    Crisis {
        then: Box<Screen>,
        reason: CrisisReason,
    },
    Review,
    Result,
    /// The levels side by side; `back` is where the person came from.
    Compare {
        back: Box<Screen>,
    },
    /// Kiosk mode's "Still there?" countdown over an idle screen.
    StillThere {
        back: Box<Screen>,
    },
}

/// Why crisis help is showing. Help on request is not a report: only the
/// `self_harm` = `now` answer opens the words that speak of it (spec v2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrisisReason {
    /// "Need help now?": words that assume nothing, and a way back.
    Help,
    /// The person answered that they are thinking of ending their life now.
    SelfHarm,
    /// The answer `withdrawal` = `severe`: seizures, hallucinations or
    /// confusion can kill (spec v3).
    Withdrawal,
}

impl CrisisReason {
    /// The `data-reason` id of the automation contract.
    pub fn id(self) -> &'static str {
        match self {
            CrisisReason::Help => "help",
            CrisisReason::SelfHarm => "self_harm",
            CrisisReason::Withdrawal => "withdrawal",
        }
    }

    /// The answer that opens crisis help at once, if this is one: danger
    /// comes before any further question (spec section 3).
    pub fn of_answer(answers: &Answers, question: QuestionId) -> Option<CrisisReason> {
        match question {
            QuestionId::SelfHarm if answers.self_harm == Some(SelfHarm::Now) => {
                Some(CrisisReason::SelfHarm)
            }
            QuestionId::Withdrawal if answers.withdrawal == Some(Withdrawal::Severe) => {
                Some(CrisisReason::Withdrawal)
            }
            _ => None,
        }
    }
}

impl Screen {
    /// The `data-screen` id of the automation contract.
    pub fn id(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Question(_) => "question",
            Screen::Crisis { .. } => "crisis",
            Screen::Review => "review",
            Screen::Result => "result",
            Screen::Compare { .. } => "compare",
            Screen::StillThere { .. } => "still-there",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start, answering for oneself (`data-for="myself"`).
    Start,
    /// Start, answering for `ForWhom` (`data-for`): the start screen's
    /// second way in is `StartFor(ForWhom::SomeoneElse)`. Sets
    /// `answers.for_whom`, which the views read for their words.
    StartFor(ForWhom),
    /// The person changed their choice for a question (not yet moved on).
    Choose(QuestionId, Vec<String>),
    Next,
    Back,
    Skip,
    /// Leave the crisis screen (or the kiosk prompt, or the start-over
    /// question) and go on.
    Continue,
    /// Kiosk mode: nobody has touched the screen for a while.
    Idle,
    /// "Need help now?" from any screen.
    Help,
    /// Open one answer for editing on the review screen.
    Edit(Option<QuestionId>),
    Compare,
    /// "Start over" on a result: ask first, the answers would be lost.
    AskRestart,
    /// "Start over": clears every answer; the language chosen stays.
    Restart,
    /// A kiosk's wipe for the next person: everything, the language chosen
    /// included, goes.
    Wipe,
    /// The language switch.
    Lang(Lang),
    /// The words this journey reads have arrived (`Flow::words`): nothing
    /// changes but the words on the screen.
    Words,
    /// From a result with too few answers (`data-action="answer-skipped"`):
    /// the first skipped question, then each next one, then the result.
    AnswerSkipped,
    /// Who the answers are about, changed on the review screen: the
    /// answers stay; only their words change.
    ChangeFor(ForWhom),
}

impl Action {
    /// The action a logged step names: a `data-action` id (`start`, `next`,
    /// `help`, …), `start FOR_WHOM` (the start button's `data-for`),
    /// `choose QUESTION OPTION…` or `lang TAG`. Used to replay what a
    /// person did on the pre-rendered page before the app arrived.
    pub fn from_step(step: &str) -> Option<Action> {
        let mut words = step.split_whitespace();
        Some(match words.next()? {
            "start" => match words.next() {
                None => Action::Start,
                Some(id) => Action::StartFor(ForWhom::from_id(id)?),
            },
            "next" => Action::Next,
            "back" => Action::Back,
            "skip" => Action::Skip,
            "continue" => Action::Continue,
            "help" => Action::Help,
            "compare" => Action::Compare,
            "restart" => Action::Restart,
            "lang" => Action::Lang(Lang::from_tag(words.next()?)?),
            "choose" => {
                let question = QuestionId::from_id(words.next()?)?;
                Action::Choose(question, words.map(String::from).collect())
            }
            _ => return None,
        })
    }
}

/// Which words a journey reads beside the base catalog's (spec v2): those
/// for someone else, and the levels for mental health alone. Decided here
/// from the answers; the views only show the words they are given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Words {
    pub someone_else: bool,
    /// `use_frequency` = `none`: the concern is mental health alone.
    pub mental_health: bool,
}

impl Words {
    /// Whether the base catalog alone has them (asking for oneself, about use).
    pub fn base(self) -> bool {
        self == Words::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    pub screen: Screen,
    pub answers: Answers,
    /// Set when Next is pressed with nothing chosen on a question.
    pub missing_choice: bool,
    /// The answer open for editing on the review screen.
    pub editing: Option<QuestionId>,
    /// "Start over" was pressed once: the result asks "Clear all your
    /// answers?" until the next action.
    pub confirming_restart: bool,
    /// The language the person switched to; `None`: the page's own. A
    /// restart (a kiosk's wipe too) brings the page's back.
    pub lang: Option<Lang>,
    /// "Answer the skipped questions" from a result with too few answers:
    /// Next and Skip lead to the next skipped question, then to the
    /// result. Ends on the result, the review or the start.
    pub answering_skipped: bool,
}

impl Default for Flow {
    fn default() -> Self {
        Flow {
            screen: Screen::Start,
            answers: Answers::default(),
            missing_choice: false,
            editing: None,
            confirming_restart: false,
            lang: None,
            answering_skipped: false,
        }
    }
}

impl Flow {
    /// The questions this person is asked, in order: `age` first, `since`
    /// only after a treatment history, none of the three about use when
    /// they don't use.
    pub fn questions(&self) -> Vec<QuestionId> {
        self.answers.applicable().collect()
    }

    /// The words this journey reads, from its answers.
    pub fn words(&self) -> Words {
        Words {
            someone_else: self.answers.for_whom == ForWhom::SomeoneElse,
            mental_health: self.answers.no_use(),
        }
    }

    /// Nothing to forget: the start screen with no answers.
    pub fn is_pristine(&self) -> bool {
        self == &Flow::default()
    }

    /// A question screen's number among the questions this person is
    /// asked ("Question 3"): one more each Next, whatever the answers. No
    /// total, and no bar: the number of questions changes with the
    /// answers ("2 of 14", then "3 of 11" read as a trick), and GOV.UK's
    /// research on question pages found progress indicators in forms that
    /// branch more confusing than helpful.
    pub fn progress(&self) -> Option<usize> {
        let Screen::Question(q) = self.screen else {
            return None;
        };
        Some(self.questions().iter().position(|x| *x == q)? + 1)
    }

    fn after(&self, q: QuestionId) -> Screen {
        if self.answering_skipped {
            let rest = QuestionId::ALL.iter().skip_while(|x| **x != q).skip(1);
            let skipped = self.answers.skipped();
            return rest
                .copied()
                .find(|x| skipped.contains(x))
                .map_or(Screen::Result, Screen::Question);
        }
        let questions = self.questions();
        let i = questions.iter().position(|x| *x == q).unwrap_or(0);
        questions
            .get(i + 1)
            .map_or(Screen::Review, |next| Screen::Question(*next))
    }

    fn before(&self, q: QuestionId) -> Screen {
        let questions = self.questions();
        match questions.iter().position(|x| *x == q) {
            Some(i) if i > 0 => Screen::Question(questions[i - 1]),
            _ => Screen::Start,
        }
    }

    /// The one place the journey changes. Unknown option ids are ignored:
    /// the UI only sends ids it rendered from the engine.
    pub fn apply(mut self, action: Action) -> Flow {
        // A question's error and "Clear all your answers?" last until the
        // person's next action, and words arriving are not one.
        if action != Action::Words {
            self.missing_choice = false;
            self.confirming_restart = false;
        }
        match action {
            Action::Start | Action::StartFor(_) => {
                self.answers.for_whom = match action {
                    Action::StartFor(for_whom) => for_whom,
                    _ => ForWhom::Myself,
                };
                self.screen = self
                    .questions()
                    .first()
                    .map_or(Screen::Review, |q| Screen::Question(*q))
            }
            Action::Choose(q, ids) => {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                let reason = match self.answers.set(q, &ids) {
                    Ok(()) => CrisisReason::of_answer(&self.answers, q),
                    Err(_) => None,
                };
                if let Some(reason) = reason {
                    // Emergency first: help comes before any further question.
                    let then = match &self.screen {
                        Screen::Question(current) => self.after(*current),
                        other => other.clone(),
                    };
                    self.screen = Screen::Crisis {
                        then: Box::new(then),
                        reason,
                    };
                }
            }
            Action::Next => match self.screen.clone() {
                Screen::Question(q) if !self.answers.is_answered(q) => self.missing_choice = true,
                Screen::Question(q) => self.screen = self.after(q),
                Screen::Review => {
                    self.editing = None;
                    self.screen = Screen::Result
                }
                _ => {}
            },
            Action::Skip => {
                if let Screen::Question(q) = self.screen {
                    let _ = self.answers.set(q, &[]);
                    self.screen = self.after(q);
                }
            }
            Action::Back => {
                self.screen = match self.screen.clone() {
                    Screen::Question(q) => self.before(q),
                    Screen::Review => self
                        .questions()
                        .last()
                        .map_or(Screen::Start, |q| Screen::Question(*q)),
                    Screen::Result => Screen::Review,
                    Screen::Compare { back }
                    | Screen::Crisis { then: back, .. }
                    | Screen::StillThere { back } => *back,
                    Screen::Start => Screen::Start,
                }
            }
            Action::Continue => {
                if let Screen::Crisis { then: back, .. } | Screen::StillThere { back } = self.screen
                {
                    self.screen = *back;
                }
            }
            Action::Idle => {
                if !matches!(self.screen, Screen::StillThere { .. }) {
                    let here = std::mem::replace(&mut self.screen, Screen::Start);
                    self.screen = Screen::StillThere {
                        back: Box::new(here),
                    };
                }
            }
            Action::Help => {
                if !matches!(self.screen, Screen::Crisis { .. }) {
                    let here = std::mem::replace(&mut self.screen, Screen::Start);
                    self.screen = Screen::Crisis {
                        then: Box::new(here),
                        reason: CrisisReason::Help,
                    };
                }
            }
            Action::Edit(q) => self.editing = q,
            Action::Compare => {
                if !matches!(self.screen, Screen::Compare { .. }) {
                    let here = std::mem::replace(&mut self.screen, Screen::Start);
                    self.screen = Screen::Compare {
                        back: Box::new(here),
                    };
                }
            }
            Action::AskRestart => self.confirming_restart = self.screen == Screen::Result,
            Action::Restart => {
                return Flow {
                    lang: self.lang,
                    ..Flow::default()
                }
            }
            Action::Wipe => return Flow::default(),
            Action::Lang(lang) => self.lang = Some(lang),
            Action::Words => {}
            Action::AnswerSkipped => {
                if let (Screen::Result, Some(first)) =
                    (&self.screen, self.answers.skipped().first())
                {
                    self.screen = Screen::Question(*first);
                    self.answering_skipped = true;
                }
            }
            Action::ChangeFor(for_whom) => self.answers.for_whom = for_whom,
        }
        // Back where the skipped questions were asked from, or off the path.
        if matches!(self.screen, Screen::Result | Screen::Review | Screen::Start) {
            self.answering_skipped = false;
        }
        self
    }
}
