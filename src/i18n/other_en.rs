//! English for someone asking about another person: "they", "the person";
//! what the reader (the helper) can do stays "you". Reading grade 8 or lower.
//! Only what differs is written here: every other text is the base
//! catalog's (`..super::en::CATALOG`), so it is written once.

use super::catalog::*;
use crate::engine::{Flag, Level, QuestionId};

pub const CATALOG: Catalog = Catalog {

    start_heading: "Find the level of care that may fit someone you care about",
    start_lead: "Answer a few short questions about the person's drug or alcohol use, or their mental health. Then see which kind of treatment may fit them best, and why.",
    start_points: lines![
        "It takes about 3 minutes. There are 15 questions at most.",
        "You can skip any question. It is fine if you do not know every answer.",
        "This is a private check, not a diagnosis. A counselor, nurse, or doctor talks with the person and helps decide.",
        "Your answers stay on this device. Nothing is sent or saved.",
    ],

    for_other_note: "Answer about the person you are worried about, as best you can.",

    questions: by_id![QuestionId;
        Age => QuestionText {
            heading: "How old is the person you are asking about?",
            why: "Teens and adults often go to different programs. For a teen, a parent or guardian is often part of care.",
            topic: "Their age",
            options: super::en::CATALOG.questions[QuestionId::Age as usize].options,
        },
        UseFrequency => QuestionText {
            heading: "How often do they use alcohol or drugs now?",
            why: "How often they use helps show how much support they may need each week.",
            topic: "How often they use",
            options: options![UseFrequency;
                o("none", "They don't drink or use drugs", "For example, you are worried about their depression or anxiety."),
                o("not_using", "They have stopped", "For example, they just finished detox or a stay in treatment."),
                o("weekly_or_less", "Once a week or less", ""),
                o("most_days", "Most days", ""),
                o("daily", "Every day", ""),
            ],
        },
        Substances => QuestionText {
            heading: "What do they use?",
            why: "Some drugs are more risky to stop all at once. This helps us point out when they should get medical advice first.",
            topic: "What they use",
            options: super::en::CATALOG.questions[QuestionId::Substances as usize].options,
        },
        Withdrawal => QuestionText {
            heading: "What happens when they cut down or stop?",
            why: "Withdrawal is how the body reacts when someone cuts down or stops. Strong withdrawal can be dangerous. It may need a doctor's care.",
            topic: "When they cut down",
            options: options![Withdrawal;
                o("none", "Nothing much", ""),
                o("mild", "They feel a bit off", "Poor sleep, being cranky, or cravings."),
                o("not_sure", "I am not sure", "For example, they have not tried to stop, or you cannot tell."),
                o("strong", "They feel very sick", "Shaking, sweating, throwing up, or a racing heart."),
                o("severe", "They have had seizures or seen things", "Seizures, seeing or hearing things that are not there, or confusion."),
            ],
        },
        Medical => QuestionText {
            heading: "Do they have a health problem that needs care now?",
            why: "Some programs have doctors and nurses on site. This helps show if they need one.",
            topic: "Their physical health",
            options: options![Medical;
                o("none", "No", ""),
                o("managed", "Yes, but it is under control", "For example, they see a doctor and take their medicine."),
                o("needs_care", "Yes, and it needs care now", "This includes pregnancy."),
            ],
        },
        SelfHarm => QuestionText {
            heading: "Have they had thoughts of ending their life or hurting themselves?",
            why: "Their safety comes first. If they are in danger now, this shows where to get help right away.",
            topic: "Thoughts of hurting themselves",
            options: super::en::CATALOG.questions[QuestionId::SelfHarm as usize].options,
        },
        MentalHealth => QuestionText {
            heading: "Do they have depression, anxiety, trauma, or another mental health problem?",
            why: "Many people have a mental health problem and trouble with drugs or alcohol at the same time. Care that treats both can help.",
            topic: "Their mental health",
            options: options![MentalHealth;
                o("no", "No", ""),
                o("in_care", "Yes, and they get care for it", ""),
                o("no_care", "Yes, and they do not get care for it", ""),
            ],
        },
        DailyLife => QuestionText {
            heading: "How are they managing the basics of daily life?",
            why: "Eating, sleeping, washing, and getting to work or to visits show how much help may fit them day to day.",
            topic: "Their daily life",
            options: options![DailyLife;
                o("coping", "They are managing", ""),
                o("struggling", "It is hard, but they get by", ""),
                o("not_coping", "They cannot manage right now", ""),
            ],
        },
        BetweenSessions => QuestionText {
            heading: "With support a few days a week, could they stay away from drugs or alcohol in between?",
            why: "Some programs meet a few days a week. Others give more hours of support each day. This helps show which may fit them.",
            topic: "Between visits",
            options: super::en::CATALOG.questions[QuestionId::BetweenSessions as usize].options,
        },
        History => QuestionText {
            heading: "In the past year, what is the most treatment they have had?",
            why: "What they have tried before helps show what may help them now.",
            topic: "Their treatment in the past year",
            options: super::en::CATALOG.questions[QuestionId::History as usize].options,
        },
        Since => QuestionText {
            heading: "How have things gone for them since that treatment?",
            why: "If their cravings came back, or they used again, it may be time for more support. That is common, and it is not a failure.",
            topic: "Since that treatment",
            options: options![Since;
                o("doing_well", "They are doing well", ""),
                o("cravings", "Their cravings are back", ""),
                o("relapsed", "They have started using again", ""),
            ],
        },
        Home => QuestionText {
            heading: "Is their home safe and supportive?",
            why: "Where they sleep each night matters. Some programs can help find a safe place to live.",
            topic: "Their home",
            options: options![Home;
                o("supportive", "Yes, they have support at home", ""),
                o("alone", "They live alone or have little support", ""),
                o("unsafe", "No, it is not safe", "People use there, there is violence, or they have no stable place to stay."),
            ],
        },
        Commitments => QuestionText {
            heading: "What do they need to keep doing during treatment?",
            why: "Many programs meet in the morning, the evening, or online, so people can keep up with their lives.",
            topic: "What they need to keep doing",
            options: options![Commitments;
                o("work", "Work", ""),
                o("school", "School", ""),
                o("caregiving", "Caring for family", "Children or other people who need them."),
                o("none", "None of these", ""),
            ],
        },
        Time => QuestionText {
            heading: "How many hours a week could they give to treatment right now?",
            why: "Each level takes a different amount of time. We do not lower the level to fit their time. We show ways to fit it in.",
            topic: "Their time for treatment",
            options: options![Time;
                o("under_9", "Less than 9 hours", "About 1 or 2 visits a week."),
                o("9_to_19", "9 to 19 hours", "3 hours or more on 3 to 5 days."),
                o("20_plus", "20 hours or more", "4 hours or more, 5 days a week."),
                o("full_time", "All their time", "They could stay at a treatment center."),
            ],
        },
        Format => QuestionText {
            heading: "How would they like to attend?",
            why: "Some programs meet online. This can make it easier for them to fit treatment into their week.",
            topic: "How they would attend",
            options: super::en::CATALOG.questions[QuestionId::Format as usize].options,
        },
    ],

    crisis: CrisisText {
        lead: "You said the person you are asking about is thinking of ending their life or hurting themselves now. If they are in danger, call the first number below. These lines can help you help them, day or night.",
        go_on_note: "Your answer is kept. The result shows these numbers again.",
        withdrawal_lead: lines![
            "If the person is having seizures, seeing or hearing things that are not there, or is confused now, call {emergency} now. This can be deadly.",
            "They should not stop drinking or taking sedatives all at once without medical help. A doctor can help them stop more safely.",
        ],
        emergency_note: "If you or the person is in danger right now, call, or go to the nearest emergency room.",
        ..super::en::CATALOG.crisis
    },
    help: HelpText {
        lines: &[
            LineText {
                note: "Free and private, any time. You can call about someone else. Veterans, press 1.",
                ..super::en::CATALOG.help.lines[0]
            },
            super::en::CATALOG.help.lines[1],
        ],
        home_lines: &[
            LineText {
                note: "Free and private, any time, in English and Spanish. Friends and family can call, too.",
                ..super::en::CATALOG.help.home_lines[0]
            },
            LineText {
                note: "Help to find a safe place to stay, food, and other services nearby.",
                ..super::en::CATALOG.help.home_lines[1]
            },
        ],
        teen_lines: super::en::CATALOG.help.teen_lines,
        referral: LineText {
            note: "Free, private help to find treatment, any time, in English and Spanish. Family members can call.",
            ..super::en::CATALOG.help.referral
        },
    },

    review_lead: "You can change any answer about them before you see the result.",
    review_submit: "See the result",

    result_heading: "The result",
    result_level_heading: "{level} may suit them best",
    result_none_body: "You skipped more than half of the questions, so we cannot suggest a level for them. You can still read about each level below.",
    result_not_diagnosis: "This is not a diagnosis. A counselor, nurse, or doctor talks with the person and helps them decide what fits.",
    result_no_reasons: "None of your answers about them point to more than regular visits.",
    result_week_heading: "What their week can look like",
    result_call_points: lines![
        "You can call for them, or make the call together.",
        "Staff may ask a few questions about what is going on, and about insurance or how the person would pay.",
    ],
    result_questions: lines![
        "Do you offer medicine for opioid or alcohol use?",
        "Do you have evening, weekend, or online groups?",
        "Can family members take part in care?",
        "What insurance or payment do you take?",
        "How soon can they have a first visit?",
    ],
    result_next_no_center: "To find a program for them, you can call this free line:",
    result_not_offered: "{center} does not offer {level}. Ask the staff there to help you find it.",
    result_skipped_topics: "You skipped some questions. A counselor, nurse, or doctor may ask about: {topics}.",
    result_safe_first: lines![
        "Help them get safe first. Call or text a crisis line now, call {emergency}, or help them get to the nearest emergency room.",
        "If they have already hurt themselves or taken something, call {emergency} now.",
        "Stay with them if you can. Move guns, medicines, drugs, and alcohol out of their reach.",
    ],
    result_once_safe: "Once they are safe, talk about this: {level} may fit",
    result_paying: lines![
        "[us] Most insurance plans, and Medicaid and Medicare, cover these levels of care.",
        "[any] Many health plans cover these levels of care. Ask your plan or the program.",
        "Many programs have fees on a sliding scale, based on what the person earns.",
        "[us] State-funded programs serve people without insurance. The referral line can point you to one.",
        "[any] Ask the program or a local health service about care for people without insurance.",
    ],
    result_before_call: lines![
        "Their ID",
        "Their insurance card, if they have one",
        "A list of the medicines they take now",
        "Any past treatment, and when",
        "Someone to call in an emergency",
        "Whether the person agrees to the call",
    ],
    call_script: lines![
        "[*] Hello. I'm calling about someone I care about, to ask about treatment.",
        "[age=under_18] They are under 18.",
        "[use_frequency=daily] They use {substances} every day.",
        "[use_frequency=most_days] They use {substances} on most days.",
        "[use_frequency=weekly_or_less] They use {substances} once a week or less.",
        "[use_frequency=not_using] They have stopped using {substances}, and I want to help them stay stopped.",
        "[withdrawal=strong] When they cut down or stop, they get very sick.",
        "[withdrawal=severe] When they stopped or cut down before, they had seizures, saw or heard things that were not there, or were confused.",
        "[medical=needs_care] They have a health problem that needs care now.",
        "[self_harm=now] They are having thoughts of ending their life or hurting themselves right now.",
        "[self_harm=past_month] They had thoughts of ending their life or hurting themselves in the past month.",
        "[mental_health=no_care] They have mental health concerns, and no care for them now.",
        "[daily_life=not_coping] The basics of daily life are too much for them right now.",
        "[home=unsafe] Where they live isn't safe for them right now.",
        "[level] A self-check suggested this level of care: {level}. Do you offer it?",
        "[*] How soon could they start, and how can I help?",
    ],
    reasons: lines![
        "Their safety comes first. In residential care, they stay at the center, with staff there day and night.",
        "This kind of withdrawal can cause seizures and can be deadly. Ask for medical detox, with doctors or nurses there day and night: not every live-in program has them.",
        "Withdrawal like this calls for a doctor's advice. More than weekly visits may help.",
        "Stopping alcohol or sedatives after daily use, with strong withdrawal, can be dangerous. Close care each day may be safest for them.",
        "Stopping alcohol or sedatives after daily use can be risky, and no one can know how the body may react. They should ask a doctor first.",
        "A health problem that needs care now may call for a program with doctors or nurses on site. A doctor should check it soon.",
        "Recent thoughts of hurting themselves mean support should stay close. Care a few times a week means more contact with people who can help.",
        "It helps when one program treats their mental health and their substance use together.",
        "A mental health problem with no care yet may be easier to treat in a program that treats both.",
        "When daily life is hard, more support each week can help them find their footing.",
        "When the basics of daily life are too much, a day program can give them structure for much of the day.",
        "If staying away from use between visits is uncertain, support a few days a week can help them.",
        "If they cannot stay away from use between visits yet, more hours of care each day can help.",
        "Time away from an unsafe home each day, and a safe place to live, may help them.",
        "Their home is not safe, and getting through the day or staying away from use is very hard. In a live-in program, they stay at the center, with staff there day and night.",
        "Using most days or every day often calls for care a few days a week, more than a weekly visit.",
        "After a live-in stay or detox, an intensive program is a usual next step.",
        "When cravings come back, a few more hours of support each week can help them stay on track.",
        "Using again after regular visits is a sign to step up. An intensive program can help them.",
        "Other care has not been enough so far. A day program can give them more support.",
    ],
    flags: by_id![Flag;
        Adolescent => FlagText {
            heading: "Care made for teens",
            body: lines![
                "Look for a program made for teens. A parent or guardian is usually part of the care.",
                "A teen IOP is often 6 or more hours a week, and it can fit around school.",
                "The teen's doctor or a school counselor can help you find one.",
            ],
        },
        CoOccurring => super::en::CATALOG.flags[Flag::CoOccurring as usize],
        Emergency => FlagText {
            heading: "Get help now",
            body: lines![
                "If the person is in danger right now, call the number below, or help them get to the nearest emergency room.",
                "You can also call or text a crisis line yourself, to talk about what to do.",
            ],
        },
        Family => FlagText {
            heading: "Helping someone you care about",
            body: lines![
                "You can call the center yourself, or a help line on this page, to ask what to do.",
                "Pick a calm moment to talk. Say what you have seen and that you care. Do not blame. Offer to make the first call together.",
                "An adult usually decides about their own treatment. You can offer help, but the choice is theirs. A program may not tell you about their care unless they agree.",
                "Get support for yourself, too: family groups like Al-Anon or Nar-Anon, SMART Recovery Family & Friends, or CRAFT, a tested way for families to help someone into care.",
                "If the person is in danger now, call {emergency}.",
            ],
        },
        HomeSafety => FlagText {
            heading: "If their home is not safe",
            body: lines![
                "If someone is hurting them, or they are afraid to go home, they do not have to face it alone.",
                "If they are in danger right now, call {emergency}.",
                "A hotline can help make a safety plan and find a safe place to stay. You can call it too, to ask how to help.",
            ],
        },
        Incomplete => FlagText {
            heading: "Some questions were skipped",
            body: lines!["That is fine. A counselor, nurse, or doctor may ask about those topics later."],
        },
        MedicalCheck => FlagText {
            heading: "Get their health checked",
            body: lines![
                "They should see a doctor or nurse about this health problem soon. Look for a program with nurses or doctors on site. A day program is not a hospital.",
                "If it cannot wait, like chest pain, trouble breathing, fainting, or a seizure, call {emergency} now.",
                "If they are pregnant, they should tell the program. Many see pregnant people first. They should not stop opioids all at once: ask about buprenorphine or methadone.",
            ],
        },
        Medication => FlagText {
            heading: "Medicines that can help",
            body: lines![
                "Medicines can help with opioid use (buprenorphine, methadone, naltrexone) and with alcohol use (naltrexone, acamprosate).",
                "They can start or keep taking them at every level of care, even with weekly visits or online care.",
                "For opioids, these medicines lower the risk of dying from an overdose.",
                "If they already take one, they should not have to stop it to get treatment. Ask if the program offers it or works with a doctor who can prescribe it.",
            ],
        },
        OverdoseRisk => FlagText {
            heading: "Lower the risk of overdose",
            body: lines![
                "[us] Keep naloxone (Narcan) on hand, and make sure they have some too. Drug stores sell it without a prescription. Know where it is kept.",
                "[any] Keep naloxone, a medicine that can reverse an opioid overdose, on hand, and make sure they have some too. Ask a pharmacist or a drug service where to get it. Know where it is kept.",
                "Ask them not to use alone.",
                "After any break, like detox, treatment, jail, a hospital stay, or just using less, the body cannot handle what it used to. An overdose is much more likely then.",
                "Fentanyl can be in pills or powders that do not come from a pharmacy.",
            ],
        },
        SafetyPlan => FlagText {
            heading: "Tell the people who help them",
            body: lines!["Make sure the counselor, nurse, or doctor knows about their thoughts of hurting themselves. Together they can make a safety plan. If those thoughts come back, you or they can call or text a crisis line at any time."],
        },
        ScheduleGap => FlagText {
            heading: "Finding the time",
            body: lines![
                "This level usually takes more hours than they have now. Ask the program for a schedule that can fit their week.",
                "[us] Ask about evening, weekend, or online groups. Some workers can take unpaid leave that keeps their job safe, under the Family and Medical Leave Act. Their HR team can tell them more.",
                "[any] Ask about evening, weekend, or online groups. Their HR team can tell them about leave from work.",
            ],
        },
        SoberLiving => FlagText {
            heading: "A safe place to live",
            body: lines!["A safe place to sleep each night matters. Sober living homes can go along with a day program or an intensive program. Ask the program about these homes."],
        },
        StepDown => FlagText {
            heading: "A usual next step",
            body: lines!["After a live-in program or detox, an intensive program is a common next step. It can help them keep their progress as they go back to daily life."],
        },
        TooFewAnswers => super::en::CATALOG.flags[Flag::TooFewAnswers as usize],
        VirtualOption => FlagText {
            heading: "They can attend online",
            body: lines!["Many programs at this level meet by video. Ask the program about online groups."],
        },
        WithdrawalMedical => FlagText {
            heading: "They should not stop suddenly on their own",
            body: lines![
                "Stopping alcohol or sedatives all at once can cause seizures and can be deadly. They should talk to a doctor first.",
                "Ask about medically supervised withdrawal (detox). It can be done in a clinic with a stay, or for some people at home with medicine.",
                "If they are having seizures, seeing things that are not there, or seem confused now, call {emergency}.",
            ],
        },
    ],

    teen_family: lines![
        "You can call the center yourself, or a help line on this page, to ask what to do.",
        "Pick a calm moment to talk. Say what you have seen and that you care. Do not blame. Offer to make the first call together.",
        "For someone under 18, a parent or guardian usually agrees to treatment. In many places, a teen can also get some care on their own, in confidence.",
        "Get support for yourself, too: family groups like Al-Anon or Nar-Anon, SMART Recovery Family & Friends, or CRAFT, a tested way for families to help someone into care.",
        "If the person is in danger now, call {emergency}.",
    ],
    teen_sober_living: lines!["A safe place to sleep each night matters. Ask the program and the teen's school counselor about a safe place for them to stay."],
    teen_schedule_gap: lines![
        "This level usually takes more hours than the teen has now. Many teen programs meet after school.",
        "Ask the program and the school counselor to help make a plan with the school.",
    ],

    levels: [
        LevelText {
            summary: "They live at home and meet a counselor once or twice a week.",
            ..super::en::CATALOG.levels[Level::Out as usize]
        },
        LevelText {
            summary: "They live at home and go to a program 3 to 5 days a week, for 3 hours or more each time.",
            includes: lines![
                "Small groups, often 10 people or fewer",
                "One-on-one therapy about once a week",
                "Family therapy, where you can take part",
                "Medicine for opioid or alcohol use",
                "Drug tests, skills to avoid a return to use, and life skills",
                "A plan for after the program",
            ],
            why_not_lower: "Your answers suggest that more than 1 or 2 visits a week may fit them.",
            ..super::en::CATALOG.levels[Level::Iop as usize]
        },
        LevelText {
            summary: "They spend 4 to 6 hours a day at the program, most often 5 days a week, and go home each night.",
            why_not_lower: "Your answers suggest that more than a few hours on some days may fit them. An IOP may not give them enough support each day.",
            ..super::en::CATALOG.levels[Level::Php as usize]
        },
        LevelText {
            gloss: "the person lives at the treatment center for a time",
            summary: "They live at the treatment center, with staff there day and night. Each day has a set plan.",
            includes: lines![
                "A place to live and sleep, with staff there",
                "Medical care and withdrawal care",
                "Therapy every day",
                "A plan for the next step after they leave",
            ],
            why_not_lower: "Your answers suggest care day and night may be safest for them for now. A day program sends them home each night.",
            ..super::en::CATALOG.levels[Level::Res as usize]
        },
    ],

    compare_lead: "There are four main levels of care. Each one gives the person more support than the one before it.",
    compare_rows: CompareRows {
        level: "Level",
        lives: "Where they live",
        hours: "Hours a week",
        schedule: "Usual schedule",
        length: "How long",
        supervision: "Supervision",
        fits: "Often for",
        includes: "What many programs have",
    },

    print_heading: "Level of care check for someone you care about",
    print_private: "The pages after this hold private answers about someone else. Keep them safe.",
    print_answers: "Your answers about them",

    kiosk_front_desk: "You can also ask the staff at the front desk for help.",
    ..super::en::CATALOG
};
