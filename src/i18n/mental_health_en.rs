//! English texts for care of mental health alone (`use_frequency` = `none`):
//! what each level looks like for depression, anxiety or trauma, and the
//! questions about past care asked in words that fit it.
//! Each level writes only what differs; its name, hours and schedule are the
//! level's own (`en.rs`, or `other_en.rs` for someone else).

use super::catalog::{Catalog, FlagText, LevelText, OptionText, QuestionText};
use crate::engine::{Flag, Level, QuestionId};

/// For someone asking about themselves ("you").
pub const MENTAL_HEALTH_LEVELS: [LevelText; 4] = [
    LevelText {
        summary: "You live at home and see a therapist once or twice a week. It is often for people with depression, anxiety, or another mental health problem who are stable and want steady support.",
        includes: lines![
            "Talk therapy, alone or in a group",
            "Visits with a doctor or nurse about medicine, if you need it",
        ],
        ..super::en::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "You live at home and go to a program 3 to 5 days a week, for 3 hours or more each time. Many programs teach skills to handle depression, anxiety, or trauma, and you can keep up with work, school, or family.",
        supervision: "Set visits and check-ins",
        fits: lines![
            "People for whom weekly therapy is not enough right now, but who do not need care around the clock",
            "People who are safe at home, with stable health",
            "People who work, go to school, or care for family",
            "People coming from a hospital stay or a day program",
        ],
        includes: lines![
            "Small groups, often 10 people or fewer, that teach skills to cope (such as CBT or DBT)",
            "One-on-one therapy about once a week",
            "A psychiatrist (a mental health doctor) or nurse who checks your medicine",
            "A safety plan for hard moments",
            "Family sessions",
            "A plan for after the program",
        ],
        ..super::en::CATALOG.levels[Level::Iop as usize]
    },
    LevelText {
        summary: "You spend 4 to 6 hours a day at the program, most often 5 days a week, and go home each night. It is often for times when mood or fear makes daily life very hard. After a few weeks, an IOP is often the next step.",
        includes: lines![
            "Groups and one-on-one therapy each day",
            "A psychiatrist who reviews your medicine often",
            "A nurse on the team",
            "A safety plan and skills for hard moments",
        ],
        ..super::en::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "You live at the treatment center, with staff there day and night. Each day has a set plan, with time to get through the worst of your symptoms.",
        fits: lines![
            "People who are not safe right now, or whose home is not safe",
            "People whose mental health needs watching day and night",
            "People for whom other care has not been enough",
        ],
        includes: lines![
            "A place to live and sleep, with staff there",
            "A doctor or nurse on the team",
            "Therapy every day",
            "A plan for the next step after you leave",
        ],
        ..super::en::CATALOG.levels[Level::Res as usize]
    },
];

/// For someone asking about another person ("they").
pub const MENTAL_HEALTH_LEVELS_OTHER: [LevelText; 4] = [
    LevelText {
        summary: "They live at home and see a therapist once or twice a week. It is often for people with depression, anxiety, or another mental health problem who are stable and want steady support.",
        includes: lines![
            "Talk therapy, alone or in a group",
            "Visits with a doctor or nurse about medicine, if they need it",
        ],
        ..super::other_en::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "They live at home and go to a program 3 to 5 days a week, for 3 hours or more each time. Many programs teach skills to handle depression, anxiety, or trauma, and they can keep up with work, school, or family.",
        supervision: "Set visits and check-ins",
        fits: lines![
            "People for whom weekly therapy is not enough right now, but who do not need care around the clock",
            "People who are safe at home, with stable health",
            "People who work, go to school, or care for family",
            "People coming from a hospital stay or a day program",
        ],
        includes: lines![
            "Small groups, often 10 people or fewer, that teach skills to cope (such as CBT or DBT)",
            "One-on-one therapy about once a week",
            "A psychiatrist (a mental health doctor) or nurse who checks their medicine",
            "A safety plan for hard moments",
            "Family sessions, where you can take part",
            "A plan for after the program",
        ],
        ..super::other_en::CATALOG.levels[Level::Iop as usize]
    },
    LevelText {
        summary: "They spend 4 to 6 hours a day at the program, most often 5 days a week, and go home each night. It is often for times when mood or fear makes daily life very hard. After a few weeks, an IOP is often the next step.",
        includes: lines![
            "Groups and one-on-one therapy each day",
            "A psychiatrist who reviews their medicine often",
            "A nurse on the team",
            "A safety plan and skills for hard moments",
        ],
        ..super::other_en::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "They live at the treatment center, with staff there day and night. Each day has a set plan, with time to get through the worst of their symptoms.",
        fits: lines![
            "People who are not safe right now, or whose home is not safe",
            "People whose mental health needs watching day and night",
            "People for whom other care has not been enough",
        ],
        includes: lines![
            "A place to live and sleep, with staff there",
            "A doctor or nurse on the team",
            "Therapy every day",
            "A plan for the next step after they leave",
        ],
        ..super::other_en::CATALOG.levels[Level::Res as usize]
    },
];

/// For oneself: the base catalog with the reasons, the questions `history`
/// and `since`, the flags and the levels for mental health alone. A reason
/// stays empty where its rule needs an answer that is not asked then
/// (withdrawal, use between visits, how often).
pub const CATALOG: Catalog = {
    let mut t = super::en::CATALOG;
    t.reasons = lines![
        "Your safety comes first. In residential care, you stay at the center, with staff there day and night.",
        "",
        "",
        "",
        "",
        "A health problem that needs care now may call for a program with doctors or nurses on site. A doctor should check it soon.",
        "Recent thoughts of hurting yourself mean support should stay close. Care a few times a week means more contact with people who can help.",
        "It helps when the program works with the mental health care you already have.",
        "A mental health problem with no care yet is worth getting care for. A counselor or doctor can help you choose how much care fits.",
        "When daily life is hard, more support each week can help you find your footing.",
        "When the basics of daily life are too much, a day program can give you structure for much of the day.",
        "",
        "",
        "Time away from an unsafe home each day, and a safe place to live, may help.",
        "Your home is not safe, and daily life is very hard. In a live-in program, you stay at the center, with staff there day and night.",
        "",
        "After a stay in the hospital or a live-in program, care a few days a week is a usual next step.",
        "When symptoms start to come back, a few more hours of support each week can help you stay well.",
        "When symptoms come back after regular visits, it is a sign to step up. An intensive program can help.",
        "Other care has not been enough so far. A day program can give you more support.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading: "In the past year, what is the most care you have had for your mental health?",
        why: "What you have tried before helps show what may help now.",
        topic: "Mental health care in the past year",
        options: options![History;
            o("none", "None", ""),
            o("outpatient", "Regular visits", "Weekly therapy or counseling."),
            o("intensive", "An intensive or day program", "An IOP or a partial hospital program."),
            o("residential", "A live-in program or a hospital stay", "Residential care, or a stay in the hospital for your mental health."),
        ],
    };
    t.questions[QuestionId::Since as usize] = QuestionText {
        heading: "How have things gone since that care?",
        why: "If your symptoms come back, it may be time for more support. That is common, and it is not a failure.",
        topic: "Since that care",
        options: options![Since;
            o("doing_well", "I am doing well", ""),
            o("cravings", "Some of my symptoms are coming back", "Like low mood, worry, or trouble sleeping, as before."),
            o("relapsed", "Things are as bad as before, or worse", ""),
        ],
    };
    t.flags[Flag::CoOccurring as usize] = FlagText {
        heading: "Care for your mental health",
        body: lines!["Look for care for your mental health from a team with a psychiatrist (a mental health doctor) or a therapist. If you already have care, a program can work with it."],
    };
    t.flags[Flag::MedicalCheck as usize] = FlagText {
        heading: "Get your health checked",
        body: lines![
            "See a doctor or nurse about your health problem soon. Look for a program with nurses or doctors on site. A day program is not a hospital.",
            "If it cannot wait, like chest pain, trouble breathing, fainting, or a seizure, call {emergency} now.",
            "If you are pregnant, tell the program. Do not stop a medicine on your own: ask your doctor first.",
        ],
    };
    t.flags[Flag::SoberLiving as usize] = FlagText {
        heading: "A safe place to live",
        body: lines!["A safe, stable place to sleep each night matters. Some programs can help you find supportive housing while you go to a day program or an intensive program. Ask the program about it."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "A usual next step",
        body: lines!["After a hospital stay or a live-in program, an intensive or day program is a common next step. It can help you keep your progress as you go back to daily life."],
    };
    t.result_questions = lines![
        "Do you treat depression, anxiety, or trauma?",
        "Is there a psychiatrist or nurse who can help with medicine?",
        "Do you have evening, weekend, or online groups?",
        "Do you have sessions for family members?",
        "What insurance or payment do you take?",
        "How soon can I have a first visit?",
    ];
    t.questions[QuestionId::MentalHealth as usize].why =
        "This helps show how much care for your mental health may fit now.";
    t.questions[QuestionId::Home as usize].options = options![Home;
        o("supportive", "Yes, I have support at home", ""),
        o("alone", "I live alone or have little support", ""),
        o("unsafe", "No, it is not safe", "For example, someone hurts you, or you have no stable place to stay."),
    ];
    t.call_script = lines![
        "[*] Hello. I'm calling for myself, to ask about care for my mental health.",
        "[age=under_18] I'm under 18.",
        "[medical=needs_care] I have a health problem that needs care now.",
        "[self_harm=now] I'm having thoughts of ending my life or hurting myself right now.",
        "[self_harm=past_month] I had thoughts of ending my life or hurting myself in the past month.",
        "[mental_health=no_care] I have mental health concerns, and no care for them now.",
        "[mental_health=in_care] I get care for my mental health now.",
        "[daily_life=not_coping] The basics of daily life are too much for me right now.",
        "[home=unsafe] Home isn't safe for me right now.",
        "[level] A self-check suggested this level of care: {level}. Do you offer it?",
        "[*] How soon could I start?",
    ];
    t.levels = MENTAL_HEALTH_LEVELS;
    t
};

/// For someone else: the catalog for someone else with the reasons, the
/// questions `history` and `since`, the flags and the levels for mental
/// health alone.
pub const CATALOG_OTHER: Catalog = {
    let mut t = super::other_en::CATALOG;
    t.reasons = lines![
        "Their safety comes first. In residential care, they stay at the center, with staff there day and night.",
        "",
        "",
        "",
        "",
        "A health problem that needs care now may call for a program with doctors or nurses on site. A doctor should check it soon.",
        "Recent thoughts of hurting themselves mean support should stay close. Care a few times a week means more contact with people who can help.",
        "It helps when the program works with the mental health care they already have.",
        "A mental health problem with no care yet is worth getting care for. A counselor or doctor can help them choose how much care fits.",
        "When daily life is hard, more support each week can help them find their footing.",
        "When the basics of daily life are too much, a day program can give them structure for much of the day.",
        "",
        "",
        "Time away from an unsafe home each day, and a safe place to live, may help them.",
        "Their home is not safe, and daily life is very hard. In a live-in program, they stay at the center, with staff there day and night.",
        "",
        "After a stay in the hospital or a live-in program, care a few days a week is a usual next step.",
        "When symptoms start to come back, a few more hours of support each week can help them stay well.",
        "When symptoms come back after regular visits, it is a sign to step up. An intensive program can help them.",
        "Other care has not been enough so far. A day program can give them more support.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading: "In the past year, what is the most care they have had for their mental health?",
        why: "What they have tried before helps show what may help them now.",
        topic: "Their mental health care in the past year",
        options: options![History;
            o("none", "None", ""),
            o("outpatient", "Regular visits", "Weekly therapy or counseling."),
            o("intensive", "An intensive or day program", "An IOP or a partial hospital program."),
            o("residential", "A live-in program or a hospital stay", "Residential care, or a stay in the hospital for their mental health."),
        ],
    };
    t.questions[QuestionId::Since as usize] = QuestionText {
        heading: "How have things gone for them since that care?",
        why: "If their symptoms came back, it may be time for more support. That is common, and it is not a failure.",
        topic: "Since that care",
        options: options![Since;
            o("doing_well", "They are doing well", ""),
            o("cravings", "Some of their symptoms are coming back", "Like low mood, worry, or trouble sleeping, as before."),
            o("relapsed", "Things are as bad as before, or worse", ""),
        ],
    };
    t.flags[Flag::CoOccurring as usize] = FlagText {
        heading: "Care for their mental health",
        body: lines!["Look for care for their mental health from a team with a psychiatrist (a mental health doctor) or a therapist. If they already have care, a program can work with it."],
    };
    t.flags[Flag::Family as usize] = FlagText {
        heading: "Helping someone you care about",
        body: lines![
            "You can call the center yourself, or a help line on this page, to ask what to do.",
            "Pick a calm moment to talk. Say what you have seen and that you care. Do not blame. Offer to make the first call together.",
            "An adult usually decides about their own treatment. You can offer help, but the choice is theirs. A program may not tell you about their care unless they agree.",
            "Get support for yourself, too. Ask the center about groups for families of people with a mental health problem.",
            "If the person is in danger now, call {emergency}.",
        ],
    };
    t.teen_family = lines![
        "You can call the center yourself, or a help line on this page, to ask what to do.",
        "Pick a calm moment to talk. Say what you have seen and that you care. Do not blame. Offer to make the first call together.",
        "For someone under 18, a parent or guardian usually agrees to treatment. In many places, a teen can also get some care on their own, in confidence.",
        "Get support for yourself, too. Ask the center about groups for parents and families.",
        "If the person is in danger now, call {emergency}.",
    ];
    t.result_safe_first = lines![
        "Help them get safe first. Call or text a crisis line now, call {emergency}, or help them get to the nearest emergency room.",
        "If they have already hurt themselves or taken something, call {emergency} now.",
        "Stay with them if you can. Move guns, medicines, and anything else they could use to hurt themselves out of their reach.",
    ];
    t.result_questions = lines![
        "Do you treat depression, anxiety, or trauma?",
        "Is there a psychiatrist or nurse who can help with medicine?",
        "Do you have evening, weekend, or online groups?",
        "Can family members take part in care?",
        "What insurance or payment do you take?",
        "How soon can they have a first visit?",
    ];
    t.questions[QuestionId::MentalHealth as usize].why =
        "This helps show how much care for their mental health may fit now.";
    t.questions[QuestionId::Home as usize].options = options![Home;
        o("supportive", "Yes, they have support at home", ""),
        o("alone", "They live alone or have little support", ""),
        o("unsafe", "No, it is not safe", "For example, someone hurts them, or they have no stable place to stay."),
    ];
    t.flags[Flag::MedicalCheck as usize] = FlagText {
        heading: "Get their health checked",
        body: lines![
            "They should see a doctor or nurse about this health problem soon. Look for a program with nurses or doctors on site. A day program is not a hospital.",
            "If it cannot wait, like chest pain, trouble breathing, fainting, or a seizure, call {emergency} now.",
            "If they are pregnant, they should tell the program. They should not stop a medicine on their own: ask their doctor first.",
        ],
    };
    t.flags[Flag::SoberLiving as usize] = FlagText {
        heading: "A safe place to live",
        body: lines!["A safe, stable place to sleep each night matters. Some programs can help find supportive housing while they go to a day program or an intensive program. Ask the program about it."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "A usual next step",
        body: lines!["After a hospital stay or a live-in program, an intensive or day program is a common next step. It can help them keep their progress as they go back to daily life."],
    };
    t.call_script = lines![
        "[*] Hello. I'm calling about someone I care about, to ask about care for their mental health.",
        "[age=under_18] They are under 18.",
        "[medical=needs_care] They have a health problem that needs care now.",
        "[self_harm=now] They are having thoughts of ending their life or hurting themselves right now.",
        "[self_harm=past_month] They had thoughts of ending their life or hurting themselves in the past month.",
        "[mental_health=no_care] They have mental health concerns, and no care for them now.",
        "[mental_health=in_care] They get care for their mental health now.",
        "[daily_life=not_coping] The basics of daily life are too much for them right now.",
        "[home=unsafe] Where they live isn't safe for them right now.",
        "[level] A self-check suggested this level of care: {level}. Do you offer it?",
        "[*] How soon could they start, and how can I help?",
    ];
    t.levels = MENTAL_HEALTH_LEVELS_OTHER;
    t
};
