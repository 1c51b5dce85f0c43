//! Spanish for someone asking about another person: "esta persona", "la
//! persona", never a guessed gender; the reader (who helps) is "usted".
//! Neutral Latin American Spanish, plain words.
//! Only what differs is written here: every other text is the base
//! catalog's (`..super::es::CATALOG`), so it is written once.

use super::catalog::*;
use crate::engine::{Flag, Level, QuestionId};

pub const CATALOG: Catalog = Catalog {

    start_heading: "Encuentre el nivel de atención que puede convenirle a alguien que le importa",
    start_lead: "Responda unas preguntas cortas sobre el consumo de drogas o alcohol de esta persona, o sobre su salud mental. Luego vea qué tipo de tratamiento le puede convenir más, y por qué.",
    start_points: lines![
        "Toma unos 3 minutos. Son 15 preguntas como máximo.",
        "Puede saltar cualquier pregunta. No pasa nada si no sabe todas las respuestas.",
        "Es una revisión privada, no un diagnóstico. Un consejero, una enfermera o un médico habla con esta persona y le ayuda a decidir.",
        "Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.",
    ],
    start_events_point: "Sus respuestas se quedan en este dispositivo. Este sitio web recibe solamente el nivel sugerido, nunca sus respuestas.",

    for_other_note: "Responda lo mejor que pueda, pensando en la persona que le preocupa.",

    questions: by_id![QuestionId;
        Age => QuestionText {
            heading: "¿Qué edad tiene la persona por la que pregunta?",
            why: "Los adolescentes y los adultos suelen ir a programas distintos. Con adolescentes, la familia o quien tenga la tutela suele participar en la atención.",
            topic: "La edad de esta persona",
            options: super::es::CATALOG.questions[QuestionId::Age as usize].options,
        },
        UseFrequency => QuestionText {
            heading: "¿Con qué frecuencia consume alcohol o drogas esta persona ahora?",
            why: "Saber con qué frecuencia consume esta persona nos ayuda a ver cuánto apoyo puede necesitar cada semana.",
            topic: "Con qué frecuencia consume",
            options: options![UseFrequency;
                o("none", "No bebe alcohol ni consume drogas", "Por ejemplo, a usted le preocupa la depresión o la ansiedad de esta persona."),
                o("not_using", "Ya dejó de consumir", "Por ejemplo, acaba de terminar una desintoxicación o una estancia en tratamiento."),
                o("weekly_or_less", "Una vez por semana o menos", ""),
                o("most_days", "La mayoría de los días", ""),
                o("daily", "Todos los días", ""),
            ],
        },
        Substances => QuestionText {
            heading: "¿Qué consume esta persona?",
            why: "Dejar algunas drogas de golpe es más peligroso. Así podremos avisarle si esta persona debe ver a un médico antes de dejarlas.",
            topic: "Qué consume",
            options: options![Substances;
                o("alcohol", "Alcohol", ""),
                o("opioids", "Opioides", "Por ejemplo, heroína, fentanilo o pastillas para el dolor."),
                o("sedatives", "Sedantes", "Por ejemplo, Xanax u otras pastillas para los nervios o para dormir."),
                o("stimulants", "Estimulantes", "Por ejemplo, metanfetamina (cristal), cocaína o pastillas como Adderall."),
                o("cannabis", "Cannabis", "Marihuana, hierba."),
                o("other", "Otra cosa", ""),
            ],
        },
        Withdrawal => QuestionText {
            heading: "¿Qué le pasa a esta persona cuando consume menos o deja de consumir?",
            why: "Lo que siente el cuerpo al dejar de consumir se llama síntomas de abstinencia. Si son fuertes, pueden ser peligrosos y pedir la atención de un médico.",
            topic: "Cuando consume menos",
            options: options![Withdrawal;
                o("none", "Casi nada", ""),
                o("mild", "Se siente un poco mal", "Dormir mal, estar de mal humor o tener muchas ganas de consumir."),
                o("not_sure", "No lo sé", "Por ejemplo, no ha intentado dejarlo, o usted no lo ha visto."),
                o("strong", "Se siente muy mal", "Temblores, sudor, vómitos o el corazón muy acelerado."),
                o("severe", "Ha tenido convulsiones o ha visto cosas", "Convulsiones, ver u oír cosas que no están ahí, o confusión."),
            ],
        },
        Medical => QuestionText {
            heading: "¿Tiene esta persona algún problema de salud que necesite atención ahora?",
            why: "Algunos programas tienen médicos y enfermeras en el lugar. Esto ayuda a ver si esta persona los necesita.",
            topic: "Salud física",
            options: super::es::CATALOG.questions[QuestionId::Medical as usize].options,
        },
        SelfHarm => QuestionText {
            heading: "¿Esta persona ha tenido pensamientos de quitarse la vida o de hacerse daño?",
            why: "La seguridad de esta persona es lo primero. Si corre peligro ahora, se le muestra a usted de inmediato dónde recibir ayuda.",
            topic: "Pensamientos de hacerse daño",
            options: super::es::CATALOG.questions[QuestionId::SelfHarm as usize].options,
        },
        MentalHealth => QuestionText {
            heading: "¿Tiene esta persona depresión, ansiedad, trauma u otro problema de salud mental?",
            why: "Muchas personas tienen a la vez un problema de salud mental y un problema con las drogas o el alcohol. La atención que trata las dos cosas puede ayudar.",
            topic: "Salud mental",
            options: options![MentalHealth;
                o("no", "No", ""),
                o("in_care", "Sí, y recibe atención para eso", ""),
                o("no_care", "Sí, y no recibe atención para eso", ""),
            ],
        },
        DailyLife => QuestionText {
            heading: "¿Cómo le va a esta persona con lo básico del día a día?",
            why: "Comer, dormir, bañarse e ir al trabajo o a sus citas muestra cuánta ayuda le puede convenir a esta persona cada día.",
            topic: "La vida diaria",
            options: options![DailyLife;
                o("coping", "Se las arregla", ""),
                o("struggling", "Le cuesta, pero sale adelante", ""),
                o("not_coping", "Ahora mismo no puede con todo", ""),
            ],
        },
        BetweenSessions => QuestionText {
            heading: "Con apoyo unos días por semana, ¿podría esta persona mantenerse sin drogas ni alcohol entre una visita y otra?",
            why: "Algunos programas se reúnen unos días por semana. Otros dan más horas de apoyo cada día. Esto ayuda a ver cuál le puede convenir.",
            topic: "Entre visitas",
            options: super::es::CATALOG.questions[QuestionId::BetweenSessions as usize].options,
        },
        History => QuestionText {
            heading: "En el último año, ¿cuál es el tratamiento más intenso que ha tenido esta persona?",
            why: "Lo que esta persona ha probado antes ayuda a ver qué le puede servir ahora.",
            topic: "Tratamiento en el último año",
            options: super::es::CATALOG.questions[QuestionId::History as usize].options,
        },
        Since => QuestionText {
            heading: "¿Cómo le ha ido a esta persona desde ese tratamiento?",
            why: "Si volvieron las ganas de consumir, o si esta persona volvió a consumir, puede ser momento de más apoyo. Esto es común y no es un fracaso.",
            topic: "Desde ese tratamiento",
            options: options![Since;
                o("doing_well", "Le va bien", ""),
                o("cravings", "Volvieron las ganas de consumir", ""),
                o("relapsed", "Esta persona volvió a consumir", ""),
            ],
        },
        Home => QuestionText {
            heading: "¿El hogar de esta persona es un lugar seguro y de apoyo?",
            why: "Importa dónde duerme cada noche. Algunos programas pueden ayudar a encontrar un lugar seguro donde vivir.",
            topic: "El hogar",
            options: options![Home;
                o("supportive", "Sí, tiene apoyo en casa", ""),
                o("alone", "No vive con nadie o tiene poco apoyo", ""),
                o("unsafe", "No, no es seguro", "Ahí otras personas consumen, hay violencia o no tiene un lugar fijo donde quedarse."),
            ],
        },
        Commitments => QuestionText {
            heading: "¿Qué necesita seguir haciendo esta persona durante el tratamiento?",
            why: "Muchos programas se reúnen en la mañana, en la noche o en línea, para que las personas puedan seguir con su vida.",
            topic: "Lo que necesita seguir haciendo",
            options: options![Commitments;
                o("work", "Trabajar", ""),
                o("school", "Estudiar", ""),
                o("caregiving", "Cuidar a su familia", "Niños u otras personas a su cargo."),
                o("none", "Nada de esto", ""),
            ],
        },
        Time => QuestionText {
            heading: "¿Cuántas horas por semana podría esta persona dedicarle al tratamiento ahora?",
            why: "Cada nivel pide una cantidad de tiempo distinta. No bajamos el nivel para ajustarlo al tiempo de esta persona. Damos ideas para hacerle espacio.",
            topic: "Tiempo para el tratamiento",
            options: options![Time;
                o("under_9", "Menos de 9 horas", "Más o menos 1 o 2 citas por semana."),
                o("9_to_19", "De 9 a 19 horas", "3 horas o más, de 3 a 5 días por semana."),
                o("20_plus", "20 horas o más", "4 horas o más, 5 días por semana."),
                o("full_time", "Todo su tiempo", "Podría quedarse a vivir en un centro de tratamiento."),
            ],
        },
        Format => QuestionText {
            heading: "¿Cómo preferiría asistir esta persona?",
            why: "Algunos programas se reúnen en línea. Así puede ser más fácil que esta persona le haga espacio al tratamiento en su semana.",
            topic: "Cómo asistiría",
            options: super::es::CATALOG.questions[QuestionId::Format as usize].options,
        },
    ],

    crisis: CrisisText {
        lead: "Usted dijo que la persona por la que pregunta está pensando en quitarse la vida o en hacerse daño ahora. Si corre peligro, llame al primer número de abajo. Estas líneas le pueden orientar para apoyar a esta persona, de día o de noche.",
        go_on_note: "Su respuesta no se pierde. El resultado muestra estos números otra vez.",
        withdrawal_lead: lines![
            "Si esta persona tiene convulsiones ahora, ve u oye cosas que no están ahí o tiene confusión, llame al {emergency} ya. Puede ser mortal.",
            "Esta persona no debe dejar de beber ni de tomar sedantes de golpe sin ayuda médica. Un médico le puede ayudar a dejarlo con menos riesgo.",
        ],
        emergency_note: "Si usted o esta persona corre peligro ahora mismo, llame o vaya a la sala de emergencias más cercana.",
        ..super::es::CATALOG.crisis
    },
    help: HelpText {
        lines: &[
            LineText {
                note: "Al llamar, oprima 2 para español. Es gratis y confidencial, a cualquier hora. Puede llamar por otra persona.",
                ..super::es::CATALOG.help.lines[0]
            },
            super::es::CATALOG.help.lines[1],
        ],
        home_lines: &[
            LineText {
                note: "Gratis y confidencial, a cualquier hora. Atienden en español. También pueden llamar familiares y amistades.",
                ..super::es::CATALOG.help.home_lines[0]
            },
            LineText {
                note: "Ayuda para encontrar un lugar seguro donde quedarse, comida y otros servicios en su zona.",
                ..super::es::CATALOG.help.home_lines[1]
            },
        ],
        teen_lines: super::es::CATALOG.help.teen_lines,
        referral: LineText {
            note: "Ayuda gratis y confidencial para encontrar tratamiento, a cualquier hora, en español y en inglés. Los familiares también pueden llamar.",
            ..super::es::CATALOG.help.referral
        },
    },

    review_lead: "Puede cambiar cualquier respuesta sobre esta persona antes de ver el resultado.",
    review_submit: "Ver el resultado",

    result_heading: "El resultado",
    result_level_heading: "{level}: puede ser lo que más le conviene a esta persona",
    result_none_body: "Usted saltó más de la mitad de las preguntas, así que no podemos sugerir un nivel para esta persona. Aun así, puede leer sobre cada nivel más abajo.",
    result_not_diagnosis: "Esto no es un diagnóstico. Un consejero, una enfermera o un médico habla con esta persona y le ayuda a decidir qué le conviene.",
    result_no_reasons: "Ninguna de sus respuestas sobre esta persona indica más que citas regulares.",
    result_call_points: lines![
        "Puede llamar por esta persona, o hacer la llamada en compañía.",
        "Puede que le hagan unas preguntas sobre lo que está pasando, y sobre el seguro médico o cómo se pagaría.",
    ],
    result_questions: lines![
        "¿Ofrecen medicinas para el consumo de opioides o de alcohol?",
        "¿Tienen grupos en la noche, los fines de semana o en línea?",
        "¿Puede participar la familia en la atención?",
        "¿Qué seguros médicos o formas de pago aceptan?",
        "¿Qué tan pronto le pueden dar una primera cita a esta persona?",
    ],
    result_next_no_center: "Para encontrar un programa para esta persona, puede llamar a esta línea gratuita:",
    result_not_offered: "{center} no ofrece {level}. Pida al personal que le ayude a encontrarlo.",
    result_skipped_topics: "Usted saltó algunas preguntas. Un consejero, una enfermera o un médico puede preguntar sobre: {topics}.",
    result_safe_first: lines![
        "Primero, ayude a esta persona a estar a salvo. Llame o envíe un mensaje a una línea de crisis ahora, llame al {emergency} o ayúdela a llegar a la sala de emergencias más cercana.",
        "Si esta persona ya se hizo daño o tomó algo, llame al {emergency} ahora.",
        "Quédese con esta persona si puede. Ponga las armas, las medicinas, las drogas y el alcohol fuera de su alcance.",
    ],
    result_once_safe: "Cuando esta persona esté a salvo, hable de esto con el programa: {level} puede ser lo adecuado",
    result_paying: lines![
        "[us] La mayoría de los seguros médicos, y Medicaid y Medicare, cubren estos niveles de atención.",
        "[any] Muchos seguros médicos cubren estos niveles de atención. Pregunte a su seguro o al programa.",
        "Muchos programas cobran según lo que gana la persona.",
        "[us] Los programas pagados por el estado atienden a personas sin seguro. La línea de referencia le puede indicar uno.",
        "[any] Pregunte en el programa o en un servicio de salud local por atención para personas sin seguro.",
    ],
    result_before_call: lines![
        "La identificación de esta persona",
        "Su tarjeta del seguro, si tiene una",
        "Una lista de las medicinas que toma ahora",
        "Sus tratamientos anteriores, y cuándo fueron",
        "Alguien a quien llamar en una emergencia",
        "Si esta persona está de acuerdo con la llamada",
    ],
    call_script: lines![
        "[*] Hola. Llamo por una persona que me importa, para preguntar por un tratamiento.",
        "[age=under_18] Tiene menos de 18 años.",
        "[use_frequency=daily] Consume {substances} todos los días.",
        "[use_frequency=most_days] Consume {substances} casi todos los días.",
        "[use_frequency=weekly_or_less] Consume {substances} una vez por semana o menos.",
        "[use_frequency=not_using] Dejó de consumir {substances} y quiero ayudarle a no volver a empezar.",
        "[withdrawal=strong] Cuando consume menos o deja de consumir, se siente muy mal.",
        "[withdrawal=severe] Cuando dejó de consumir o consumió menos, tuvo convulsiones, vio u oyó cosas que no estaban ahí, o tuvo momentos de confusión.",
        "[medical=needs_care] Tiene un problema de salud que necesita atención ahora.",
        "[self_harm=now] Ahora mismo tiene pensamientos de quitarse la vida o de hacerse daño.",
        "[self_harm=past_month] En el último mes tuvo pensamientos de quitarse la vida o de hacerse daño.",
        "[mental_health=no_care] Tiene problemas de salud mental y ahora no recibe atención para eso.",
        "[daily_life=not_coping] Ahora mismo no puede con lo básico del día a día.",
        "[home=unsafe] Ahora mismo, donde vive esta persona no es un lugar seguro.",
        "[level] Una autoevaluación sugirió este nivel de atención: {level}. ¿Ustedes lo ofrecen?",
        "[*] ¿Cuándo podría empezar esta persona y cómo puedo ayudar?",
    ],
    reasons: lines![
        "La seguridad de esta persona es lo primero. En la atención residencial, se queda en el centro, con personal ahí de día y de noche.",
        "Estos síntomas de abstinencia pueden causar convulsiones y pueden ser mortales. Pida una desintoxicación con médicos o enfermeras de día y de noche. No todos los centros los tienen.",
        "Estos síntomas de abstinencia piden el consejo de un médico. Recibir más que citas semanales puede ayudar.",
        "Dejar el alcohol o los sedantes después de consumirlos a diario, con síntomas fuertes, puede ser peligroso. Recibir atención cercana cada día puede ser lo más prudente.",
        "Dejar el alcohol o los sedantes después de consumirlos a diario puede ser riesgoso, y nadie puede saber cómo reaccionará el cuerpo. Esta persona debe consultar primero a un médico.",
        "Un problema de salud que necesita atención ahora puede pedir un programa con médicos o enfermeras en el lugar. Un médico debe revisarlo pronto.",
        "Si esta persona tuvo hace poco pensamientos de hacerse daño, el apoyo debe estar cerca. La atención varias veces por semana da más contacto con personas que pueden ayudar.",
        "Ayuda que un mismo programa trate la salud mental y el consumo de esta persona al mismo tiempo.",
        "Un problema de salud mental que todavía no recibe atención puede ser más fácil de tratar en un programa que trate las dos cosas.",
        "Cuando la vida diaria es difícil, más apoyo cada semana le puede ayudar a esta persona a salir adelante.",
        "Cuando lo básico del día a día es demasiado, un programa de día puede darle una rutina durante buena parte del día.",
        "Si no se sabe si podrá mantenerse sin consumir entre citas, recibir apoyo unos días por semana puede ayudar.",
        "Si todavía no puede mantenerse sin consumir entre citas, más horas de atención cada día pueden ayudar.",
        "Pasar tiempo fuera de un hogar que no es seguro cada día, y tener un lugar seguro donde vivir, puede ayudar.",
        "El hogar de esta persona no es seguro, y el día a día o mantenerse sin consumir le cuesta mucho. En un programa residencial, esta persona se queda en el centro, con personal ahí de día y de noche.",
        "Consumir la mayoría de los días o todos los días suele pedir atención unos días por semana, más que una cita semanal.",
        "Después de vivir en un centro de tratamiento o de una desintoxicación, un programa intensivo es un siguiente paso habitual.",
        "Cuando vuelven las ganas de consumir, unas horas más de apoyo cada semana pueden ayudar a esta persona a seguir por buen camino.",
        "Volver a consumir después de citas regulares suele indicar que es momento de un programa intensivo.",
        "Otros tratamientos no han sido suficientes hasta ahora. Un programa de día puede darle a esta persona más apoyo.",
    ],
    flags: by_id![Flag;
        Adolescent => FlagText {
            heading: "Atención pensada para adolescentes",
            body: lines![
                "Busque un programa hecho para adolescentes. Por lo general, su madre, su padre o quien tenga su tutela participa en la atención.",
                "Un programa intensivo para adolescentes suele ser de 6 horas o más por semana, y se puede combinar con la escuela.",
                "El pediatra o el consejero de la escuela pueden ayudarle a encontrar uno.",
            ],
        },
        CoOccurring => super::es::CATALOG.flags[Flag::CoOccurring as usize],
        Emergency => FlagText {
            heading: "Busque ayuda ahora",
            body: lines![
                "Si esta persona corre peligro ahora mismo, llame al número de abajo o ayúdele a llegar a la sala de emergencias más cercana.",
                "También puede llamar o enviar un mensaje de texto a una línea de crisis para hablar de qué hacer.",
            ],
        },
        Family => FlagText {
            heading: "Cómo ayudar a alguien que le importa",
            body: lines![
                "Usted puede llamar al centro, o a una línea de ayuda de esta página, para preguntar qué hacer.",
                "Elija un momento tranquilo para hablar. Diga lo que ha visto y que esta persona le importa. No culpe. Ofrezca hacer la primera llamada en compañía.",
                "Por lo general, una persona adulta decide sobre su propio tratamiento. Usted puede ofrecer ayuda, pero la decisión es de esta persona. Sin el permiso de esta persona, es posible que el programa no pueda darle información sobre su tratamiento.",
                "Busque apoyo para usted también: grupos para familias como Al-Anon o Nar-Anon, SMART Recovery Family & Friends, o CRAFT, un método probado para que la familia ayude a alguien a empezar un tratamiento.",
                "Si esta persona está en peligro ahora, llame al {emergency}.",
            ],
        },
        HomeSafety => FlagText {
            heading: "Si el hogar de esta persona no es seguro",
            body: lines![
                "Si alguien le hace daño a esta persona, o tiene miedo de volver a casa, no tiene que enfrentarlo a solas.",
                "Si corre peligro ahora mismo, llame al {emergency}.",
                "Una línea de ayuda puede ayudar a hacer un plan de seguridad y a encontrar un lugar seguro donde quedarse. Usted también puede llamar para preguntar cómo ayudar.",
            ],
        },
        Incomplete => FlagText {
            heading: "Algunas preguntas quedaron sin responder",
            body: lines!["No pasa nada. Un consejero, una enfermera o un médico puede preguntar por esos temas luego."],
        },
        MedicalCheck => FlagText {
            heading: "Un chequeo médico para esta persona",
            body: lines![
                "Esta persona debe ver pronto a un médico o a una enfermera por su problema de salud. Busque un programa con enfermeras o médicos en el lugar. Un programa de día no es un hospital.",
                "Si no puede esperar, como dolor en el pecho, dificultad para respirar, desmayos o una convulsión, llame al {emergency} ahora.",
                "Si hay un embarazo, hay que decírselo al programa. Muchos atienden primero los casos de embarazo. No hay que dejar los opioides de golpe: pregunte por la buprenorfina o la metadona.",
            ],
        },
        Medication => FlagText {
            heading: "Medicinas que pueden ayudar",
            body: lines![
                "Hay medicinas que ayudan con el consumo de opioides (buprenorfina, metadona, naltrexona) y de alcohol (naltrexona, acamprosato).",
                "Esta persona puede empezarlas o seguir con ellas en todos los niveles de atención, también con citas semanales o atención en línea.",
                "Para los opioides, estas medicinas bajan el riesgo de morir por una sobredosis.",
                "Si esta persona ya toma una, no debería tener que dejarla para recibir tratamiento. Pregunte si el programa la ofrece o trabaja con un médico que la pueda recetar.",
            ],
        },
        OverdoseRisk => FlagText {
            heading: "Baje el riesgo de una sobredosis",
            body: lines![
                "[us] Tenga naloxona (Narcan) a mano, y asegúrese de que esta persona también la tenga. Se vende en las farmacias sin receta. Sepa dónde se guarda.",
                "[any] Tenga a mano naloxona, una medicina que puede revertir una sobredosis de opioides, y asegúrese de que esta persona también la tenga. Pregunte en una farmacia o en un centro de salud dónde conseguirla. Sepa dónde se guarda.",
                "Pídale que no consuma a solas.",
                "Después de cualquier pausa, como una desintoxicación, un tratamiento, la cárcel, una estadía en el hospital o consumir menos, el cuerpo ya no aguanta la cantidad de antes. Una sobredosis es mucho más probable.",
                "Puede haber fentanilo en pastillas o polvos que no vienen de una farmacia.",
            ],
        },
        SafetyPlan => FlagText {
            heading: "Cuénteselo a quienes atienden a esta persona",
            body: lines!["Asegúrese de que el consejero, la enfermera o el médico sepa que esta persona ha pensado en hacerse daño. Pueden hacer un plan de seguridad en equipo. Si esos pensamientos vuelven, usted o esta persona pueden llamar o enviar un mensaje a una línea de crisis a cualquier hora."],
        },
        ScheduleGap => FlagText {
            heading: "Cómo encontrar el tiempo",
            body: lines![
                "Este nivel suele pedir más horas de las que esta persona tiene ahora. Pida al programa un horario que se ajuste a su semana.",
                "[us] Pregunte por grupos en la noche, los fines de semana o en línea. Algunos trabajadores pueden tomar una licencia sin sueldo que protege su empleo, según la Ley de Ausencia Familiar y Médica (FMLA). En recursos humanos pueden dar más información.",
                "[any] Pregunte por grupos en la noche, los fines de semana o en línea. En recursos humanos pueden dar información sobre una licencia del trabajo.",
            ],
        },
        SoberLiving => FlagText {
            heading: "Un lugar seguro donde vivir",
            body: lines!["Es importante tener un lugar seguro donde dormir cada noche. Las casas de vida sobria (donde nadie consume) se pueden combinar con un programa de día o un programa intensivo. Pregunte en el programa por ellas."],
        },
        StepDown => FlagText {
            heading: "Un siguiente paso habitual",
            body: lines!["Después de un programa residencial o una desintoxicación, es común pasar a un programa intensivo. Puede ayudar a mantener lo logrado mientras esta persona vuelve a la vida diaria."],
        },
        TooFewAnswers => super::es::CATALOG.flags[Flag::TooFewAnswers as usize],
        VirtualOption => FlagText {
            heading: "Esta persona puede asistir en línea",
            body: lines!["Muchos programas de este nivel se reúnen por video. Pregunte si tienen grupos en línea."],
        },
        WithdrawalMedical => FlagText {
            heading: "Que no deje de consumir de golpe sin ayuda",
            body: lines![
                "Dejar el alcohol o los sedantes de golpe puede causar convulsiones y puede ser mortal. Esta persona debe hablar primero con un médico.",
                "Pregunte por una desintoxicación con supervisión médica. Se puede hacer en una clínica, quedándose unos días, o para algunas personas, en casa con medicinas.",
                "Si ahora mismo esta persona tiene convulsiones, ve cosas que no están ahí o tiene confusión, llame al {emergency}.",
            ],
        },
    ],
    withdrawal_opioids: "Los síntomas de abstinencia de los opioides casi nunca son peligrosos por sí mismos, pero es difícil pasarlos a solas. Hay medicinas que los alivian y bajan el riesgo de una sobredosis: vea «{medication}» en esta página.",
    teen_family: lines![
        "Usted puede llamar al centro, o a una línea de ayuda de esta página, para preguntar qué hacer.",
        "Elija un momento tranquilo para hablar. Diga lo que ha visto y que esta persona le importa. No culpe. Ofrezca hacer la primera llamada en compañía.",
        "Si la persona tiene menos de 18 años, por lo general su madre, su padre o quien tenga la tutela da el permiso para el tratamiento. En muchos lugares, una persona menor de edad también puede recibir alguna atención por su cuenta, de forma confidencial.",
        "Busque apoyo para usted también: grupos para familias como Al-Anon o Nar-Anon, SMART Recovery Family & Friends, o CRAFT, un método probado para que la familia ayude a alguien a empezar un tratamiento.",
        "Si esta persona está en peligro ahora, llame al {emergency}.",
    ],
    teen_sober_living: lines!["Es importante tener un lugar seguro donde dormir cada noche. Pregunte en el programa y al consejero de la escuela por un lugar seguro donde esta persona pueda quedarse."],
    teen_schedule_gap: lines![
        "Este nivel suele pedir más horas de las que esta persona tiene ahora. Muchos programas para adolescentes son después de clases.",
        "Pida al programa y al consejero de la escuela que le ayuden a hacer un plan con la escuela.",
    ],

    levels: [
        LevelText {
            summary: "Esta persona vive en casa y ve a un consejero una o dos veces por semana.",
            ..super::es::CATALOG.levels[Level::Out as usize]
        },
        LevelText {
            summary: "Esta persona vive en casa y va a un programa de 3 a 5 días por semana, 3 horas o más cada vez.",
            includes: lines![
                "Grupos pequeños, muchas veces de 10 personas o menos",
                "Terapia individual, más o menos una vez por semana",
                "Terapia familiar, en la que usted puede participar",
                "Medicinas para el consumo de opioides o de alcohol",
                "Pruebas de drogas, ayuda para no volver a consumir y habilidades para la vida diaria",
                "Un plan para después del programa",
            ],
            why_not_lower: "Sus respuestas indican que a esta persona puede convenirle más que 1 o 2 citas por semana.",
            ..super::es::CATALOG.levels[Level::Iop as usize]
        },
        LevelText {
            summary: "Esta persona pasa de 4 a 6 horas al día en el programa, casi siempre 5 días por semana, y vuelve a casa cada noche.",
            why_not_lower: "Sus respuestas indican que a esta persona puede convenirle más que unas horas algunos días. Un programa intensivo tal vez no le daría suficiente apoyo cada día.",
            ..super::es::CATALOG.levels[Level::Php as usize]
        },
        LevelText {
            gloss: "la persona vive en el centro de tratamiento por un tiempo",
            summary: "Esta persona vive en el centro de tratamiento, con personal ahí de día y de noche. Cada día tiene un plan fijo.",
            why_not_lower: "Sus respuestas indican que la atención de día y de noche puede ser lo más seguro por ahora para esta persona. En un programa de día, vuelve a casa cada noche.",
            ..super::es::CATALOG.levels[Level::Res as usize]
        },
    ],

    compare_lead: "Hay cuatro niveles principales de atención. Cada uno da a la persona más apoyo que el anterior.",

    print_heading: "Revisión del nivel de atención para alguien que le importa",
    print_private: "Las páginas que siguen tienen respuestas privadas sobre otra persona. Guárdelas bien.",
    print_answers: "Sus respuestas sobre esta persona",

    kiosk_front_desk: "También puede pedir ayuda al personal de la recepción.",
    ..super::es::CATALOG
};
