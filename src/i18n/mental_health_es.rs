//! Spanish texts for care of mental health alone (`use_frequency` = `none`):
//! what each level looks like for depression, anxiety or trauma, and the
//! questions about past care asked in words that fit it.
//! Each level writes only what differs; its name, hours and schedule are the
//! level's own (`es.rs`, or `other_es.rs` for someone else). No word
//! guesses a gender.

use super::catalog::{Catalog, FlagText, LevelText, OptionText, QuestionText};
use crate::engine::{Flag, Level, QuestionId};

/// For someone asking about themselves ("usted").
pub const MENTAL_HEALTH_LEVELS: [LevelText; 4] = [
    LevelText {
        summary: "Usted vive en casa y ve a un terapeuta una o dos veces por semana. Suele ser para personas con depresión, ansiedad u otro problema de salud mental que están estables y quieren un apoyo constante.",
        includes: lines![
            "Terapia individual o en grupo",
            "Citas con un médico o una enfermera para revisar sus medicinas, si las necesita",
        ],
        ..super::es::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "Usted vive en casa y va a un programa de 3 a 5 días por semana, 3 horas o más cada vez. Muchos programas enseñan a manejar la depresión, la ansiedad o el trauma, y puede seguir con su trabajo, sus estudios o su familia.",
        supervision: "Citas fijas y seguimiento",
        fits: lines![
            "Personas para quienes una cita por semana no basta ahora, pero que no necesitan atención de día y de noche",
            "Personas que están a salvo en casa, con una salud estable",
            "Personas que trabajan, estudian o cuidan a su familia",
            "Personas que vienen de una estancia en el hospital o de un programa de día",
        ],
        includes: lines![
            "Grupos pequeños, muchas veces de 10 personas o menos, que enseñan formas de manejar lo que se siente (como la terapia cognitivo-conductual)",
            "Terapia individual, más o menos una vez por semana",
            "Un psiquiatra (un médico de salud mental) o una enfermera que revisa sus medicinas",
            "Un plan de seguridad para los momentos difíciles",
            "Sesiones con la familia",
            "Un plan para después del programa",
        ],
        ..super::es::CATALOG.levels[Level::Iop as usize]
    },
    LevelText {
        summary: "Usted pasa de 4 a 6 horas al día en el programa, casi siempre 5 días por semana, y vuelve a casa cada noche. Suele ser para momentos en que el ánimo o el miedo hacen muy difícil la vida diaria. Después de unas semanas, un programa intensivo (IOP) suele ser el siguiente paso.",
        includes: lines![
            "Grupos y terapia individual cada día",
            "Un psiquiatra que revisa sus medicinas a menudo",
            "Una enfermera en el equipo",
            "Un plan de seguridad y formas de manejar los momentos difíciles",
        ],
        ..super::es::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "Usted vive en el centro de tratamiento, con personal ahí de día y de noche. Cada día tiene un plan fijo, con tiempo para pasar lo peor de los síntomas.",
        fits: lines![
            "Personas que no están a salvo ahora, o cuyo hogar no es seguro",
            "Personas cuya salud mental necesita vigilancia de día y de noche",
            "Personas para quienes otros tratamientos no han sido suficientes",
        ],
        includes: lines![
            "Un lugar donde vivir y dormir, con personal ahí",
            "Un médico o una enfermera en el equipo",
            "Terapia todos los días",
            "Un plan para el siguiente paso cuando salga",
        ],
        ..super::es::CATALOG.levels[Level::Res as usize]
    },
];

/// For someone asking about another person ("esta persona").
pub const MENTAL_HEALTH_LEVELS_OTHER: [LevelText; 4] = [
    LevelText {
        summary: "Esta persona vive en casa y ve a un terapeuta una o dos veces por semana. Suele ser para personas con depresión, ansiedad u otro problema de salud mental que están estables y quieren un apoyo constante.",
        includes: lines![
            "Terapia individual o en grupo",
            "Citas con un médico o una enfermera para revisar sus medicinas, si las necesita",
        ],
        ..super::other_es::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "Esta persona vive en casa y va a un programa de 3 a 5 días por semana, 3 horas o más cada vez. Muchos programas enseñan a manejar la depresión, la ansiedad o el trauma, y puede seguir con su trabajo, sus estudios o su familia.",
        supervision: "Citas fijas y seguimiento",
        fits: lines![
            "Personas para quienes una cita por semana no basta ahora, pero que no necesitan atención de día y de noche",
            "Personas que están a salvo en casa, con una salud estable",
            "Personas que trabajan, estudian o cuidan a su familia",
            "Personas que vienen de una estancia en el hospital o de un programa de día",
        ],
        includes: lines![
            "Grupos pequeños, muchas veces de 10 personas o menos, que enseñan formas de manejar lo que se siente (como la terapia cognitivo-conductual)",
            "Terapia individual, más o menos una vez por semana",
            "Un psiquiatra (un médico de salud mental) o una enfermera que revisa sus medicinas",
            "Un plan de seguridad para los momentos difíciles",
            "Sesiones con la familia, en las que usted puede participar",
            "Un plan para después del programa",
        ],
        ..super::other_es::CATALOG.levels[Level::Iop as usize]
    },
    LevelText {
        summary: "Esta persona pasa de 4 a 6 horas al día en el programa, casi siempre 5 días por semana, y vuelve a casa cada noche. Suele ser para momentos en que el ánimo o el miedo hacen muy difícil la vida diaria. Después de unas semanas, un programa intensivo (IOP) suele ser el siguiente paso.",
        includes: lines![
            "Grupos y terapia individual cada día",
            "Un psiquiatra que revisa sus medicinas a menudo",
            "Una enfermera en el equipo",
            "Un plan de seguridad y formas de manejar los momentos difíciles",
        ],
        ..super::other_es::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "Esta persona vive en el centro de tratamiento, con personal ahí de día y de noche. Cada día tiene un plan fijo, con tiempo para pasar lo peor de los síntomas.",
        fits: lines![
            "Personas que no están a salvo ahora, o cuyo hogar no es seguro",
            "Personas cuya salud mental necesita vigilancia de día y de noche",
            "Personas para quienes otros tratamientos no han sido suficientes",
        ],
        includes: lines![
            "Un lugar donde vivir y dormir, con personal ahí",
            "Un médico o una enfermera en el equipo",
            "Terapia todos los días",
            "Un plan para el siguiente paso cuando salga",
        ],
        ..super::other_es::CATALOG.levels[Level::Res as usize]
    },
];

/// For oneself: the base catalog with the reasons, the questions `history`
/// and `since`, the flags and the levels for mental health alone. A reason
/// stays empty where its rule needs an answer that is not asked then
/// (withdrawal, use between visits, how often).
pub const CATALOG: Catalog = {
    let mut t = super::es::CATALOG;
    t.reasons = lines![
        "Su seguridad es lo primero. En la atención residencial, usted se queda en el centro, con personal ahí de día y de noche.",
        "",
        "",
        "",
        "",
        "Un problema de salud que necesita atención ahora puede pedir un programa con médicos o enfermeras en el lugar. Un médico debe revisarlo pronto.",
        "Haber tenido hace poco pensamientos de hacerse daño significa que el apoyo debe estar cerca. La atención varias veces por semana da más contacto con personas que pueden ayudar.",
        "Ayuda que el programa trabaje junto con la atención de salud mental que ya recibe.",
        "Vale la pena buscar atención para un problema de salud mental que aún no se trata. Un consejero o un médico puede ayudarle a elegir cuánta atención le conviene.",
        "Cuando la vida diaria es difícil, más apoyo cada semana le puede ayudar a salir adelante.",
        "Cuando lo básico del día a día es demasiado, un programa de día puede dar una rutina durante buena parte del día.",
        "",
        "",
        "Pasar cada día un tiempo lejos de un hogar que no es seguro, y tener un lugar seguro donde vivir, puede ayudar.",
        "Su hogar no es seguro y el día a día le cuesta mucho. En un programa residencial, usted se queda en el centro, con personal ahí de día y de noche.",
        "",
        "Después de una estancia en el hospital o en un programa residencial, un programa intensivo es un siguiente paso habitual.",
        "Cuando los síntomas empiezan a volver, unas horas más de apoyo cada semana pueden ayudarle a seguir bien.",
        "Si los síntomas vuelven después de citas regulares, puede ser momento de más apoyo. Un programa intensivo puede ayudar.",
        "Otros tratamientos no han sido suficientes hasta ahora. Un programa de día puede darle más apoyo.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading:
            "En el último año, ¿cuál es la atención más intensa que ha tenido para su salud mental?",
        why: "Lo que ha probado antes ayuda a ver qué le puede servir ahora.",
        topic: "Atención de salud mental en el último año",
        options: options![History;
            o("none", "Ninguna", ""),
            o("outpatient", "Citas regulares", "Terapia o consejería cada semana, sin quedarse a dormir."),
            o("intensive", "Un programa intensivo o de día", "Un programa ambulatorio intensivo (IOP) o de hospitalización parcial (PHP)."),
            o("residential", "Un programa con estancia, o una estancia en el hospital", "Tratamiento residencial, o una estancia en el hospital por su salud mental."),
        ],
    };
    t.questions[QuestionId::Since as usize] = QuestionText {
        heading: "¿Cómo le ha ido desde esa atención?",
        why: "Si vuelven los síntomas, puede ser momento de recibir más apoyo. Esto es común y no es un fracaso.",
        topic: "Desde esa atención",
        options: options![Since;
            o("doing_well", "Me va bien", ""),
            o("cravings", "Están volviendo algunos de mis síntomas", "Como tristeza, miedo o problemas para dormir, como antes."),
            o("relapsed", "Estoy igual de mal que antes, o peor", ""),
        ],
    };
    t.flags[Flag::CoOccurring as usize] = FlagText {
        heading: "Atención para su salud mental",
        body: lines!["Busque atención para su salud mental con un equipo que tenga un psiquiatra (un médico de salud mental) o un terapeuta. Si ya recibe atención, un programa puede trabajar junto con esa atención."],
    };
    t.flags[Flag::MedicalCheck as usize] = FlagText {
        heading: "Hágase un chequeo médico",
        body: lines![
            "Vea pronto a un médico o a una enfermera por su problema de salud. Busque un programa con enfermeras o médicos en el lugar. Un programa de día no es un hospital.",
            "Si no puede esperar, como dolor en el pecho, dificultad para respirar, desmayos o una convulsión, llame al {emergency} ahora.",
            "Si hay un embarazo, dígaselo al programa. No deje una medicina por su cuenta: pregunte primero a su médico.",
        ],
    };
    t.flags[Flag::SoberLiving as usize] = FlagText {
        heading: "Un lugar seguro donde vivir",
        body: lines!["Es importante tener un lugar seguro y estable donde dormir cada noche. Algunos programas pueden ayudarle a buscar una vivienda con apoyo mientras va a un programa de día o a un programa intensivo. Pregunte en el programa."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "Un siguiente paso habitual",
        body: lines!["Después de una estancia en el hospital o en un programa residencial, es común pasar a un programa intensivo o a un programa de día. Puede ayudarle a mantener lo que ha logrado mientras vuelve a su vida diaria."],
    };
    t.result_questions = lines![
        "¿Tratan la depresión, la ansiedad o el trauma?",
        "¿Hay un psiquiatra o una enfermera que pueda ayudar con las medicinas?",
        "¿Tienen grupos en la noche, los fines de semana o en línea?",
        "¿Tienen sesiones para la familia?",
        "¿Qué seguros médicos o formas de pago aceptan?",
        "¿Qué tan pronto me pueden dar una primera cita?",
    ];
    t.questions[QuestionId::MentalHealth as usize].why =
        "Esto ayuda a ver cuánta atención para su salud mental le puede convenir ahora.";
    t.questions[QuestionId::Home as usize].options = options![Home;
        o("supportive", "Sí, tengo apoyo en casa", ""),
        o("alone", "No vivo con nadie o tengo poco apoyo", ""),
        o("unsafe", "No, no es seguro", "Por ejemplo, alguien le hace daño, o no tiene un lugar fijo donde quedarse."),
    ];
    t.call_script = lines![
        "[*] Hola. Llamo por mí, para preguntar por atención para mi salud mental.",
        "[age=under_18] Tengo menos de 18 años.",
        "[medical=needs_care] Tengo un problema de salud que necesita atención ahora.",
        "[self_harm=now] Ahora mismo tengo pensamientos de quitarme la vida o de hacerme daño.",
        "[self_harm=past_month] En el último mes tuve pensamientos de quitarme la vida o de hacerme daño.",
        "[mental_health=no_care] Tengo problemas de salud mental y ahora no recibo atención para eso.",
        "[mental_health=in_care] Ahora recibo atención para mi salud mental.",
        "[daily_life=not_coping] Ahora mismo no puedo con lo básico del día a día.",
        "[home=unsafe] Ahora mismo mi casa no es un lugar seguro para mí.",
        "[level] Una autoevaluación sugirió este nivel de atención: {level}. ¿Ustedes lo ofrecen?",
        "[*] ¿Cuándo podría empezar?",
    ];
    t.levels = MENTAL_HEALTH_LEVELS;
    t
};

/// For someone else: the catalog for someone else with the reasons, the
/// questions `history` and `since`, the flags and the levels for mental
/// health alone.
pub const CATALOG_OTHER: Catalog = {
    let mut t = super::other_es::CATALOG;
    t.reasons = lines![
        "La seguridad de esta persona es lo primero. En la atención residencial, se queda en el centro, con personal ahí de día y de noche.",
        "",
        "",
        "",
        "",
        "Un problema de salud que necesita atención ahora puede pedir un programa con médicos o enfermeras en el lugar. Un médico debe revisarlo pronto.",
        "Si esta persona tuvo hace poco pensamientos de hacerse daño, el apoyo debe estar cerca. La atención varias veces por semana da más contacto con personas que pueden ayudar.",
        "Ayuda que el programa trabaje junto con la atención de salud mental que esta persona ya recibe.",
        "Vale la pena buscar atención para un problema de salud mental que aún no se trata. Un consejero o un médico puede ayudar a elegir cuánta atención le conviene a esta persona.",
        "Cuando la vida diaria es difícil, más apoyo cada semana le puede ayudar a esta persona a salir adelante.",
        "Cuando lo básico del día a día es demasiado, un programa de día puede dar una rutina durante buena parte del día.",
        "",
        "",
        "Pasar cada día un tiempo lejos de un hogar que no es seguro, y tener un lugar seguro donde vivir, puede ayudar a esta persona.",
        "El hogar de esta persona no es seguro y el día a día le cuesta mucho. En un programa residencial, esta persona se queda en el centro, con personal ahí de día y de noche.",
        "",
        "Después de una estancia en el hospital o en un programa residencial, un programa intensivo es un siguiente paso habitual.",
        "Cuando los síntomas empiezan a volver, unas horas más de apoyo cada semana pueden ayudar a esta persona a seguir bien.",
        "Si los síntomas vuelven después de citas regulares, puede ser momento de más apoyo. Un programa intensivo puede ayudar.",
        "Otros tratamientos no han sido suficientes hasta ahora. Un programa de día puede darle a esta persona más apoyo.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading: "En el último año, ¿cuál es la atención más intensa que ha tenido esta persona para su salud mental?",
        why: "Lo que esta persona ha probado antes ayuda a ver qué le puede servir ahora.",
        topic: "Atención de salud mental en el último año",
        options: options![History;
            o("none", "Ninguna", ""),
            o("outpatient", "Citas regulares", "Terapia o consejería cada semana, sin quedarse a dormir."),
            o("intensive", "Un programa intensivo o de día", "Un programa ambulatorio intensivo (IOP) o de hospitalización parcial (PHP)."),
            o("residential", "Un programa con estancia, o una estancia en el hospital", "Tratamiento residencial, o una estancia en el hospital por su salud mental."),
        ],
    };
    t.questions[QuestionId::Since as usize] = QuestionText {
        heading: "¿Cómo le ha ido a esta persona desde esa atención?",
        why: "Si volvieron los síntomas, puede ser momento de más apoyo. Esto es común y no es un fracaso.",
        topic: "Desde esa atención",
        options: options![Since;
            o("doing_well", "Le va bien", ""),
            o("cravings", "Están volviendo algunos de sus síntomas", "Como tristeza, miedo o problemas para dormir, como antes."),
            o("relapsed", "Está igual de mal que antes, o peor", ""),
        ],
    };
    t.flags[Flag::CoOccurring as usize] = FlagText {
        heading: "Atención para la salud mental de esta persona",
        body: lines!["Busque atención para la salud mental de esta persona con un equipo que tenga un psiquiatra (un médico de salud mental) o un terapeuta. Si ya recibe atención, un programa puede trabajar junto con esa atención."],
    };
    t.flags[Flag::Family as usize] = FlagText {
        heading: "Cómo ayudar a alguien que le importa",
        body: lines![
            "Usted puede llamar al centro, o a una línea de ayuda de esta página, para preguntar qué hacer.",
            "Elija un momento tranquilo para hablar. Diga lo que ha visto y que esta persona le importa. No culpe. Ofrezca hacer la primera llamada en compañía.",
            "Por lo general, una persona adulta decide sobre su propio tratamiento. Usted puede ofrecer ayuda, pero la decisión es de esta persona. Sin el permiso de esta persona, es posible que el programa no pueda darle información sobre su tratamiento.",
            "Busque apoyo para usted también. Pregunte en el centro por grupos para familias de personas con un problema de salud mental.",
            "Si esta persona está en peligro ahora, llame al {emergency}.",
        ],
    };
    t.teen_family = lines![
        "Usted puede llamar al centro, o a una línea de ayuda de esta página, para preguntar qué hacer.",
        "Elija un momento tranquilo para hablar. Diga lo que ha visto y que esta persona le importa. No culpe. Ofrezca hacer la primera llamada en compañía.",
        "Si la persona tiene menos de 18 años, por lo general su madre, su padre o quien tenga la tutela da el permiso para el tratamiento. En muchos lugares, una persona menor de edad también puede recibir alguna atención por su cuenta, de forma confidencial.",
        "Busque apoyo para usted también. Pregunte en el centro por grupos para madres, padres y familias.",
        "Si esta persona está en peligro ahora, llame al {emergency}.",
    ];
    t.result_safe_first = lines![
        "Primero, ayude a esta persona a estar a salvo. Llame o envíe un mensaje a una línea de crisis ahora, llame al {emergency}, o ayúdele a llegar a la sala de emergencias más cercana.",
        "Si esta persona ya se hizo daño o tomó algo, llame al {emergency} ahora.",
        "Quédese con esta persona si puede. Ponga fuera de su alcance las armas, las medicinas y cualquier otra cosa con la que pueda hacerse daño.",
    ];
    t.result_questions = lines![
        "¿Tratan la depresión, la ansiedad o el trauma?",
        "¿Hay un psiquiatra o una enfermera que pueda ayudar con las medicinas?",
        "¿Tienen grupos en la noche, los fines de semana o en línea?",
        "¿Puede participar la familia en la atención?",
        "¿Qué seguros médicos o formas de pago aceptan?",
        "¿Qué tan pronto le pueden dar una primera cita a esta persona?",
    ];
    t.questions[QuestionId::MentalHealth as usize].why =
        "Esto ayuda a ver cuánta atención para su salud mental le puede convenir a esta persona ahora.";
    t.questions[QuestionId::Home as usize].options = options![Home;
        o("supportive", "Sí, tiene apoyo en casa", ""),
        o("alone", "No vive con nadie o tiene poco apoyo", ""),
        o("unsafe", "No, no es seguro", "Por ejemplo, alguien le hace daño, o no tiene un lugar fijo donde quedarse."),
    ];
    t.flags[Flag::MedicalCheck as usize] = FlagText {
        heading: "Un chequeo médico para esta persona",
        body: lines![
            "Esta persona debe ver pronto a un médico o a una enfermera por su problema de salud. Busque un programa con enfermeras o médicos en el lugar. Un programa de día no es un hospital.",
            "Si no puede esperar, como dolor en el pecho, dificultad para respirar, desmayos o una convulsión, llame al {emergency} ahora.",
            "Si hay un embarazo, hay que decírselo al programa. No hay que dejar una medicina sin ayuda: pregunte primero al médico.",
        ],
    };
    t.flags[Flag::SoberLiving as usize] = FlagText {
        heading: "Un lugar seguro donde vivir",
        body: lines!["Es importante tener un lugar seguro y estable donde dormir cada noche. Algunos programas pueden ayudar a buscar una vivienda con apoyo mientras esta persona va a un programa de día o a un programa intensivo. Pregunte en el programa."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "Un siguiente paso habitual",
        body: lines!["Después de una estancia en el hospital o en un programa residencial, es común pasar a un programa intensivo o a un programa de día. Puede ayudar a mantener lo logrado mientras esta persona vuelve a la vida diaria."],
    };
    t.call_script = lines![
        "[*] Hola. Llamo por una persona que me importa, para preguntar por atención para su salud mental.",
        "[age=under_18] Tiene menos de 18 años.",
        "[medical=needs_care] Tiene un problema de salud que necesita atención ahora.",
        "[self_harm=now] Ahora mismo tiene pensamientos de quitarse la vida o de hacerse daño.",
        "[self_harm=past_month] En el último mes tuvo pensamientos de quitarse la vida o de hacerse daño.",
        "[mental_health=no_care] Tiene problemas de salud mental y ahora no recibe atención para eso.",
        "[mental_health=in_care] Ahora recibe atención para su salud mental.",
        "[daily_life=not_coping] Ahora mismo no puede con lo básico del día a día.",
        "[home=unsafe] Ahora mismo, donde vive esta persona no es un lugar seguro.",
        "[level] Una autoevaluación sugirió este nivel de atención: {level}. ¿Ustedes lo ofrecen?",
        "[*] ¿Cuándo podría empezar esta persona y cómo puedo ayudar?",
    ];
    t.levels = MENTAL_HEALTH_LEVELS_OTHER;
    t
};
