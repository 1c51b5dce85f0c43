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
        summary: "Usted vive en casa y ve a un terapeuta una o dos veces por semana. Es para personas con depresión, ansiedad u otro problema de salud mental que están estables y necesitan un apoyo constante.",
        includes: lines![
            "Terapia individual o en grupo",
            "Citas con un médico o una enfermera para revisar sus medicinas, si las necesita",
        ],
        ..super::es::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "Usted vive en casa y va a un programa de 3 a 5 días por semana, unas horas cada vez. Aprende a manejar la depresión, la ansiedad o el trauma, y puede seguir con su trabajo, sus estudios o su familia.",
        supervision: "Citas fijas y seguimiento",
        fits: lines![
            "Una cita por semana no basta ahora, pero no necesita atención de día y de noche",
            "Está a salvo en casa y su salud es estable",
            "Trabaja, estudia o cuida a su familia",
            "Viene de una estancia en el hospital o de un programa de día",
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
        summary: "Usted pasa casi todo el día en el programa, 5 o 6 días por semana, y vuelve a casa cada noche. Es como un trabajo de tiempo completo. Da atención cercana cuando el ánimo o el miedo hacen muy difícil la vida diaria. La mayoría de las personas pasa a un IOP después de unas semanas.",
        fits: lines![
            "Necesita una rutina diaria y atención cercana",
            "Tiene un lugar seguro donde dormir cada noche",
            "No necesita atención de día y de noche",
        ],
        includes: lines![
            "Grupos y terapia individual todos los días",
            "Un psiquiatra que revisa sus medicinas a menudo",
            "Enfermeras que están pendientes de usted",
            "Un plan de seguridad y formas de manejar los momentos difíciles",
        ],
        ..super::es::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "Usted vive en el centro de tratamiento, con personal ahí de día y de noche. Cada día tiene un plan fijo. Le protege mientras pasan los peores síntomas.",
        fits: lines![
            "Usted no está a salvo ahora, o su hogar no es seguro",
            "Su salud mental necesita vigilancia de día y de noche",
            "Otros tratamientos no han sido suficientes hasta ahora",
        ],
        includes: lines![
            "Un lugar seguro donde vivir y dormir",
            "Médicos y enfermeras en el lugar",
            "Terapia todos los días",
            "Un plan para el siguiente paso cuando salga",
        ],
        ..super::es::CATALOG.levels[Level::Res as usize]
    },
];

/// For someone asking about another person ("esta persona").
pub const MENTAL_HEALTH_LEVELS_OTHER: [LevelText; 4] = [
    LevelText {
        summary: "Esta persona vive en casa y ve a un terapeuta una o dos veces por semana. Es para personas con depresión, ansiedad u otro problema de salud mental que están estables y necesitan un apoyo constante.",
        includes: lines![
            "Terapia individual o en grupo",
            "Citas con un médico o una enfermera para revisar sus medicinas, si las necesita",
        ],
        ..super::other_es::CATALOG.levels[Level::Out as usize]
    },
    LevelText {
        summary: "Esta persona vive en casa y va a un programa de 3 a 5 días por semana, unas horas cada vez. Aprende a manejar la depresión, la ansiedad o el trauma, y puede seguir con su trabajo, sus estudios o su familia.",
        supervision: "Citas fijas y seguimiento",
        fits: lines![
            "Una cita por semana no basta ahora, pero no necesita atención de día y de noche",
            "Está a salvo en casa y su salud es estable",
            "Trabaja, estudia o cuida a su familia",
            "Viene de una estancia en el hospital o de un programa de día",
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
        summary: "Esta persona pasa casi todo el día en el programa, 5 o 6 días por semana, y vuelve a casa cada noche. Es como un trabajo de tiempo completo. Da atención cercana cuando el ánimo o el miedo hacen muy difícil la vida diaria. La mayoría de las personas pasa a un IOP después de unas semanas.",
        fits: lines![
            "Necesita una rutina diaria y atención cercana",
            "Tiene un lugar seguro donde dormir cada noche",
            "No necesita atención de día y de noche",
        ],
        includes: lines![
            "Grupos y terapia individual todos los días",
            "Un psiquiatra que revisa sus medicinas a menudo",
            "Enfermeras que están pendientes de esta persona",
            "Un plan de seguridad y formas de manejar los momentos difíciles",
        ],
        ..super::other_es::CATALOG.levels[Level::Php as usize]
    },
    LevelText {
        summary: "Esta persona vive en el centro de tratamiento, con personal ahí de día y de noche. Cada día tiene un plan fijo. Le da protección mientras pasan los peores síntomas.",
        fits: lines![
            "No está a salvo ahora, o su hogar no es seguro",
            "Su salud mental necesita vigilancia de día y de noche",
            "Otros tratamientos no han sido suficientes hasta ahora",
        ],
        includes: lines![
            "Un lugar seguro donde vivir y dormir",
            "Médicos y enfermeras en el lugar",
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
        "Su seguridad es lo primero. La atención de día y de noche le protege mientras pasa el peligro.",
        "",
        "",
        "",
        "",
        "Un problema de salud que necesita atención ahora puede pedir un programa con médicos o enfermeras en el lugar. Un médico debe revisarlo pronto.",
        "Haber tenido hace poco pensamientos de hacerse daño significa que el apoyo debe estar cerca. La atención varias veces por semana lo logra.",
        "Ayuda que el programa trabaje junto con la atención de salud mental que ya recibe.",
        "Un problema de salud mental que todavía no recibe atención puede necesitar más que una cita por semana al principio. Un programa de unos días por semana puede ayudar.",
        "Cuando la vida diaria es difícil, más apoyo cada semana le puede ayudar a salir adelante.",
        "Cuando lo básico del día a día es demasiado, un programa de día le da una rutina durante casi todo el día.",
        "",
        "",
        "Pasar cada día un tiempo lejos de un hogar que no es seguro, y tener un lugar seguro donde vivir, puede ayudar.",
        "Con un hogar que no es seguro y una vida diaria tan difícil, un programa residencial le da un lugar seguro mientras se recupera.",
        "",
        "Después de una estancia en el hospital o en un programa residencial, el siguiente paso habitual es un programa intensivo.",
        "Cuando los síntomas empiezan a volver, unas horas más de apoyo cada semana pueden ayudarle a seguir bien.",
        "Si los síntomas vuelven después de citas regulares, es momento de un programa intensivo.",
        "Otros tratamientos no han sido suficientes hasta ahora. Un programa de día le da más apoyo.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading:
            "En el último año, ¿cuál es la atención más intensa que ha tenido para su salud mental?",
        why: "Lo que ha probado antes ayuda a ver qué le puede servir ahora.",
        topic: "Atención de salud mental en el último año",
        options: options![History;
            o("none", "Ninguna", ""),
            o("outpatient", "Citas regulares", "Terapia o consejería cada semana, sin quedarse a dormir."),
            o("intensive", "Un programa intensivo o de día", "Un programa ambulatorio intensivo (IOP) o de hospitalización parcial."),
            o("residential", "Un programa donde vivía, o una estancia en el hospital", "Tratamiento residencial, o una estancia en el hospital por su salud mental."),
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
        body: lines!["Busque un programa cuyo equipo trate su problema de salud mental, con un psiquiatra (un médico de salud mental). También ayuda que el equipo pueda ayudar con el alcohol o las drogas, si eso llega a pasar."],
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
        body: lines!["Es importante tener un lugar seguro y estable donde dormir cada noche. Algunos programas le ayudan a buscar una vivienda con apoyo mientras va a un programa de día o a un programa intensivo. Pregunte en el programa."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "Un siguiente paso habitual",
        body: lines!["Después de una estancia en el hospital o en un programa residencial, es común pasar a un IOP o a un PHP. Le ayuda a mantener lo que ha logrado mientras vuelve a su vida diaria."],
    };
    t.levels = MENTAL_HEALTH_LEVELS;
    t
};

/// For someone else: the catalog for someone else with the reasons, the
/// questions `history` and `since`, the flags and the levels for mental
/// health alone.
pub const CATALOG_OTHER: Catalog = {
    let mut t = super::other_es::CATALOG;
    t.reasons = lines![
        "La seguridad de esta persona es lo primero. La atención de día y de noche le da protección mientras pasa el peligro.",
        "",
        "",
        "",
        "",
        "Un problema de salud que necesita atención ahora puede pedir un programa con médicos o enfermeras en el lugar. Un médico debe revisarlo pronto.",
        "Si esta persona tuvo hace poco pensamientos de hacerse daño, el apoyo debe estar cerca. La atención varias veces por semana lo logra.",
        "Ayuda que el programa trabaje junto con la atención de salud mental que esta persona ya recibe.",
        "Un problema de salud mental que todavía no recibe atención puede necesitar más que una cita por semana al principio. Un programa de unos días por semana puede ayudar.",
        "Cuando la vida diaria es difícil, más apoyo cada semana le puede ayudar a esta persona a salir adelante.",
        "Cuando lo básico del día a día es demasiado, un programa de día le da una rutina durante casi todo el día.",
        "",
        "",
        "Pasar cada día un tiempo lejos de un hogar que no es seguro, y tener un lugar seguro donde vivir, puede ayudar a esta persona.",
        "Con un hogar que no es seguro y una vida diaria tan difícil, un programa residencial le da a esta persona un lugar seguro mientras se recupera.",
        "",
        "Después de una estancia en el hospital o en un programa residencial, el siguiente paso habitual es un programa intensivo.",
        "Cuando los síntomas empiezan a volver, unas horas más de apoyo cada semana pueden ayudar a esta persona a seguir bien.",
        "Si los síntomas vuelven después de citas regulares, es momento de un programa intensivo.",
        "Otros tratamientos no han sido suficientes hasta ahora. Un programa de día le da a esta persona más apoyo.",
    ];
    t.questions[QuestionId::History as usize] = QuestionText {
        heading: "En el último año, ¿cuál es la atención más intensa que ha tenido esta persona para su salud mental?",
        why: "Lo que esta persona ha probado antes ayuda a ver qué le puede servir ahora.",
        topic: "Atención de salud mental en el último año",
        options: options![History;
            o("none", "Ninguna", ""),
            o("outpatient", "Citas regulares", "Terapia o consejería cada semana, sin quedarse a dormir."),
            o("intensive", "Un programa intensivo o de día", "Un programa ambulatorio intensivo (IOP) o de hospitalización parcial."),
            o("residential", "Un programa donde vivía, o una estancia en el hospital", "Tratamiento residencial, o una estancia en el hospital por su salud mental."),
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
        body: lines!["Busque un programa cuyo equipo trate el problema de salud mental de esta persona, con un psiquiatra (un médico de salud mental). También ayuda que el equipo pueda ayudar con el alcohol o las drogas, si eso llega a pasar."],
    };
    t.flags[Flag::Family as usize] = FlagText {
        heading: "Cómo ayudar a alguien que le importa",
        body: lines![
            "Usted puede llamar al centro, a la línea de SAMHSA o al 988. Pregunte qué puede hacer.",
            "Elija un momento tranquilo para hablar. Diga lo que ha visto y que esta persona le importa. No culpe. Ofrezca hacer la primera llamada en compañía.",
            "Por lo general, una persona adulta decide sobre su propio tratamiento. Usted puede ofrecer ayuda, pero no puede decidir por esta persona.",
            "Busque apoyo para usted también. Pregunte en el centro o al 988 por grupos para familias de personas con un problema de salud mental.",
            "Si esta persona está en peligro ahora, llame al {emergency}.",
        ],
    };
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
        body: lines!["Es importante tener un lugar seguro y estable donde dormir cada noche. Algunos programas ayudan a buscar una vivienda con apoyo mientras esta persona va a un programa de día o a un programa intensivo. Pregunte en el programa."],
    };
    t.flags[Flag::StepDown as usize] = FlagText {
        heading: "Un siguiente paso habitual",
        body: lines!["Después de una estancia en el hospital o en un programa residencial, es común pasar a un IOP o a un PHP. Ayuda a mantener lo logrado mientras esta persona vuelve a la vida diaria."],
    };
    t.levels = MENTAL_HEALTH_LEVELS_OTHER;
    t
};
