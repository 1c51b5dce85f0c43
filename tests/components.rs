//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! render the app into a fresh element, act as a person would, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use carefit::i18n::Lang;
use carefit::ui::{read_config, App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(config: Option<&str>, lang: Lang) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let (config, issues) = read_config(config);
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            config: Rc::new(config),
            issues: Rc::new(issues),
            lang,
            flow: Default::default(),
            events_host: None,
            top_heading: 1,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

async fn click(root: &Element, selector: &str) {
    get(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

async fn act(root: &Element, action: &str) {
    click(root, &format!("[data-action=\"{action}\"]")).await;
}

async fn choose(root: &Element, question: &str, value: &str) {
    click(
        root,
        &format!("input[name=\"{question}\"][value=\"{value}\"]"),
    )
    .await;
}

fn screen(root: &Element) -> String {
    get(root, "[data-screen]")
        .get_attribute("data-screen")
        .unwrap()
}

fn question(root: &Element) -> Option<String> {
    find(root, "[data-screen=\"question\"]").and_then(|e| e.get_attribute("data-question"))
}

fn text(root: &Element, selector: &str) -> String {
    get(root, selector).text_content().unwrap_or_default()
}

/// (question id, option id) pairs.
type Pairs<'a> = &'a [(&'a str, &'a str)];

/// Answers every question asked, from a list of (question, option) pairs;
/// questions not in the list are skipped. Ends on the review screen.
async fn answer_all(root: &Element, answers: &[(&str, &str)]) {
    act(root, "start").await;
    while let Some(q) = question(root) {
        let picks: Vec<&str> = answers
            .iter()
            .filter(|(id, _)| *id == q)
            .map(|(_, v)| *v)
            .collect();
        if picks.is_empty() {
            act(root, "skip").await;
            continue;
        }
        for value in picks {
            choose(root, &q, value).await;
        }
        if screen(root) == "crisis" {
            act(root, "continue").await;
        } else {
            act(root, "next").await;
        }
    }
    assert_eq!(screen(root), "review");
}

/// The `value`s of a question's inputs, in the DOM's order.
fn values(root: &Element, question: &str) -> Vec<String> {
    let inputs = root
        .query_selector_all(&format!("input[name=\"{question}\"]"))
        .unwrap();
    (0..inputs.length())
        .map(|i| {
            let input: HtmlInputElement = inputs.item(i).unwrap().dyn_into().unwrap();
            assert_eq!(input.type_(), "radio");
            let label = get(root, &format!("label[for=\"{}\"]", input.id()));
            assert!(!label.text_content().unwrap().is_empty());
            input.value()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_question_is_a_fieldset_of_labelled_native_inputs() {
    let root = mount(None, Lang::En).await;
    assert_eq!(screen(&root), "start");
    act(&root, "start").await;
    // Age comes first, a fieldset like the others, with Skip.
    assert_eq!(question(&root).as_deref(), Some("age"));
    assert!(get(&root, "fieldset legend h1")
        .text_content()
        .unwrap()
        .contains("How old"));
    assert_eq!(values(&root, "age"), ["adult", "under_18"]);
    assert_eq!(text(&root, ".cf-progress-text"), "Question 1");
    assert!(find(&root, "[data-action=\"skip\"]").is_some());
    act(&root, "skip").await;
    assert_eq!(question(&root).as_deref(), Some("use_frequency"));
    assert!(get(&root, "fieldset legend h1")
        .text_content()
        .unwrap()
        .contains("How often"));
    assert_eq!(
        values(&root, "use_frequency"),
        ["none", "not_using", "weekly_or_less", "most_days", "daily"]
    );
    assert!(text(&root, "label[for$=\"-use_frequency-none\"]").contains("don't drink or use drugs"));
    assert_eq!(text(&root, ".cf-progress-text"), "Question 2");
}

#[wasm_bindgen_test]
async fn the_start_screen_has_two_ways_in_for_myself_first() {
    let root = mount(None, Lang::En).await;
    let starts = root.query_selector_all("[data-action=\"start\"]").unwrap();
    let whom: Vec<String> = (0..starts.length())
        .map(|i| {
            let button: Element = starts.item(i).unwrap().dyn_into().unwrap();
            button.get_attribute("data-for").unwrap()
        })
        .collect();
    assert_eq!(whom, ["myself", "someone_else"]);
    assert!(text(&root, "[data-for=\"someone_else\"]").contains("someone I care about"));
    // For someone else: the same questions, and the family's next steps.
    click(&root, "[data-for=\"someone_else\"]").await;
    assert_eq!(question(&root).as_deref(), Some("age"));
    assert_eq!(text(&root, ".cf-progress-text"), "Question 1");
    choose(&root, "age", "under_18").await;
    act(&root, "next").await;
    while question(&root).is_some() {
        act(&root, "skip").await;
    }
    act(&root, "next").await;
    assert_eq!(screen(&root), "result");
    assert!(find(&root, "[data-flag=\"family\"]").is_some());
    assert!(find(&root, "[data-flag=\"adolescent\"]").is_some());
    // Open, not in a section to open: a helper reads them first.
    assert!(find(&root, "details [data-flag=\"family\"]").is_none());
    assert!(text(&root, "[data-flag=\"family\"]").contains("988"));
    // Start over, then Start: for myself again.
    act(&root, "restart").await;
    act(&root, "restart").await;
    answer_all(&root, &[("age", "adult")]).await;
    act(&root, "next").await;
    assert!(find(&root, "[data-flag=\"family\"]").is_none());
    assert!(find(&root, "[data-flag=\"adolescent\"]").is_none());
}

#[wasm_bindgen_test]
async fn no_drinking_or_drug_use_skips_the_three_questions_about_it() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    act(&root, "skip").await;
    choose(&root, "use_frequency", "none").await;
    act(&root, "next").await;
    assert_eq!(question(&root).as_deref(), Some("medical"));
    assert_eq!(text(&root, ".cf-progress-text"), "Question 3");
    let mut seen = Vec::new();
    while let Some(q) = question(&root) {
        seen.push(q);
        act(&root, "skip").await;
    }
    for q in ["substances", "withdrawal", "between_sessions"] {
        assert!(!seen.iter().any(|s| s == q), "{q} was asked: {seen:?}");
        assert!(
            find(&root, &format!(".cf-review-row[data-question=\"{q}\"]")).is_none(),
            "{q} is on the review"
        );
    }
    assert!(find(&root, ".cf-review-row[data-question=\"age\"]").is_some());
}

#[wasm_bindgen_test]
async fn next_without_a_choice_asks_for_one_and_skip_moves_on() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    act(&root, "next").await;
    assert_eq!(question(&root).as_deref(), Some("age"));
    assert!(find(&root, ".cf-error").is_some());
    act(&root, "skip").await;
    act(&root, "skip").await;
    assert_eq!(question(&root).as_deref(), Some("substances"));
    // Several answers at once on a multi-choice question.
    choose(&root, "substances", "alcohol").await;
    choose(&root, "substances", "opioids").await;
    assert_eq!(
        root.query_selector_all("input[name=\"substances\"]:checked")
            .unwrap()
            .length(),
        2
    );
    act(&root, "next").await;
    act(&root, "back").await;
    assert_eq!(question(&root).as_deref(), Some("substances"));
    assert_eq!(
        root.query_selector_all("input[name=\"substances\"]:checked")
            .unwrap()
            .length(),
        2,
        "answers are kept"
    );
}

#[wasm_bindgen_test]
async fn since_is_asked_only_after_a_treatment_history() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    while question(&root).as_deref() != Some("history") {
        act(&root, "skip").await;
    }
    assert_eq!(text(&root, ".cf-progress-text"), "Question 10");
    choose(&root, "history", "none").await;
    act(&root, "next").await;
    assert_eq!(question(&root).as_deref(), Some("home"));
    act(&root, "back").await;
    choose(&root, "history", "residential").await;
    assert_eq!(text(&root, ".cf-progress-text"), "Question 10");
    act(&root, "next").await;
    assert_eq!(question(&root).as_deref(), Some("since"));
}

#[wasm_bindgen_test]
async fn choosing_now_for_self_harm_brings_crisis_help_first() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    while question(&root).as_deref() != Some("self_harm") {
        act(&root, "skip").await;
    }
    choose(&root, "self_harm", "now").await;
    assert_eq!(screen(&root), "crisis");
    assert_eq!(
        get(&root, "[data-screen=\"crisis\"]")
            .get_attribute("data-reason")
            .as_deref(),
        Some("self_harm")
    );
    assert!(find(&root, "a[href=\"tel:988\"]").is_some());
    assert!(find(&root, "a[href=\"tel:911\"]").is_some());
    assert!(find(&root, "a[href^=\"sms:741741\"]").is_some());
    act(&root, "continue").await;
    assert_eq!(question(&root).as_deref(), Some("mental_health"));
    act(&root, "back").await;
    let now: HtmlInputElement = get(&root, "input[name=\"self_harm\"][value=\"now\"]")
        .dyn_into()
        .unwrap();
    assert!(now.checked(), "the answer is kept");
}

#[wasm_bindgen_test]
async fn help_is_one_tap_away_and_returns_to_the_same_place() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    act(&root, "skip").await;
    act(&root, "skip").await;
    act(&root, "help").await;
    assert_eq!(screen(&root), "crisis");
    assert_eq!(
        get(&root, "[data-screen=\"crisis\"]")
            .get_attribute("data-reason")
            .as_deref(),
        Some("help"),
        "help on request is not a report"
    );
    act(&root, "continue").await;
    assert_eq!(question(&root).as_deref(), Some("substances"));
}

#[wasm_bindgen_test]
async fn results_show_the_engines_level_and_every_flag() {
    let cases: &[(Pairs, &str, &[&str])] = &[
        (
            &[
                ("use_frequency", "weekly_or_less"),
                ("substances", "cannabis"),
                ("withdrawal", "none"),
                ("medical", "none"),
                ("self_harm", "no"),
                ("mental_health", "no"),
                ("daily_life", "coping"),
                ("between_sessions", "yes"),
                ("history", "none"),
                ("home", "supportive"),
                ("commitments", "work"),
                ("time", "under_9"),
                ("format", "either"),
            ],
            "OUT",
            &["virtual_option"],
        ),
        (
            &[
                ("use_frequency", "weekly_or_less"),
                ("substances", "alcohol"),
                ("withdrawal", "none"),
                ("medical", "none"),
                ("self_harm", "no"),
                ("mental_health", "no_care"),
                ("daily_life", "coping"),
                ("between_sessions", "not_sure"),
                ("history", "none"),
                ("home", "supportive"),
                ("commitments", "work"),
                ("time", "under_9"),
            ],
            "IOP",
            // Alcohol: medicines for it can be had at every level (v3).
            &["co_occurring", "incomplete", "medication", "schedule_gap"],
        ),
        (
            &[
                ("use_frequency", "daily"),
                ("substances", "sedatives"),
                ("withdrawal", "strong"),
                ("medical", "none"),
                ("self_harm", "no"),
                ("mental_health", "no"),
                ("daily_life", "struggling"),
                ("between_sessions", "yes"),
                ("history", "residential"),
                ("since", "relapsed"),
                ("home", "alone"),
                ("commitments", "none"),
                ("time", "20_plus"),
                ("format", "in_person"),
            ],
            "PHP",
            &["withdrawal_medical"],
        ),
        (
            &[
                ("use_frequency", "daily"),
                ("self_harm", "now"),
                ("home", "unsafe"),
                ("between_sessions", "no"),
                ("withdrawal", "none"),
                ("medical", "none"),
                ("mental_health", "no"),
                ("daily_life", "coping"),
                ("history", "none"),
            ],
            "RES",
            &["emergency", "home_safety", "incomplete", "sober_living"],
        ),
        (
            &[("self_harm", "past_month")],
            "none",
            &["incomplete", "safety_plan", "too_few_answers"],
        ),
        // Mental health alone (v2): the three questions about use are not
        // asked, so not skipped; a teen's flag comes with the level.
        (
            &[
                ("age", "under_18"),
                ("use_frequency", "none"),
                ("medical", "none"),
                ("self_harm", "no"),
                ("mental_health", "no_care"),
                ("daily_life", "struggling"),
                ("history", "none"),
                ("home", "supportive"),
                ("commitments", "school"),
                ("time", "9_to_19"),
                ("format", "in_person"),
            ],
            "IOP",
            &["adolescent", "co_occurring"],
        ),
    ];
    for (answers, level, flags) in cases {
        let root = mount(None, Lang::En).await;
        answer_all(&root, answers).await;
        act(&root, "next").await;
        assert_eq!(screen(&root), "result");
        assert_eq!(
            get(&root, "[data-level]")
                .get_attribute("data-level")
                .as_deref(),
            Some(*level)
        );
        let shown = root.query_selector_all("[data-flag]").unwrap();
        let mut ids: Vec<String> = (0..shown.length())
            .map(|i| {
                shown
                    .item(i)
                    .unwrap()
                    .dyn_into::<Element>()
                    .unwrap()
                    .get_attribute("data-flag")
                    .unwrap()
            })
            .collect();
        ids.sort();
        assert_eq!(ids, *flags, "flags for {level}");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn review_edits_in_place_and_restart_clears_everything() {
    let root = mount(None, Lang::En).await;
    answer_all(
        &root,
        &[("use_frequency", "weekly_or_less"), ("home", "supportive")],
    )
    .await;
    click(&root, "[data-action=\"change\"][data-question=\"home\"]").await;
    choose(&root, "home", "unsafe").await;
    assert_eq!(screen(&root), "review");
    assert!(text(
        &root,
        ".cf-review-row[data-question=\"home\"] .cf-review-answer"
    )
    .contains("not safe"));
    act(&root, "next").await;
    assert!(find(&root, "[data-flag=\"sober_living\"]").is_some());
    // Start over asks once; its "Yes" carries the same action.
    act(&root, "restart").await;
    assert_eq!(screen(&root), "result");
    assert!(text(&root, ".cf-confirm").contains("Clear all your answers?"));
    act(&root, "keep").await;
    assert!(find(&root, ".cf-confirm").is_none());
    act(&root, "restart").await;
    act(&root, "restart").await;
    assert_eq!(screen(&root), "start");
    act(&root, "start").await;
    assert_eq!(
        root.query_selector_all("input:checked").unwrap().length(),
        0
    );
}

#[wasm_bindgen_test]
async fn a_bad_config_shows_a_notice_and_the_widget_still_works() {
    let root = mount(
        Some(r#"{"phone":"call us","center_name":"Hope House"}"#),
        Lang::En,
    )
    .await;
    assert!(text(&root, ".cf-notice").contains("phone"));
    assert!(text(&root, "[data-screen=\"start\"]").contains("Hope House"));
    act(&root, "start").await;
    assert_eq!(screen(&root), "question");
}

#[wasm_bindgen_test]
async fn the_center_is_named_and_a_level_it_lacks_is_referred() {
    let config = r#"{"center_name":"Hope House","phone":"555-010-2000","offers":["OUT","IOP"],"contact_url":"https://hope.example/contact"}"#;
    let root = mount(Some(config), Lang::En).await;
    answer_all(
        &root,
        &[
            ("use_frequency", "daily"),
            ("medical", "needs_care"),
            ("self_harm", "no"),
            ("withdrawal", "none"),
            ("mental_health", "no"),
            ("daily_life", "coping"),
            ("between_sessions", "yes"),
            ("history", "none"),
            ("home", "supportive"),
        ],
    )
    .await;
    act(&root, "next").await;
    assert_eq!(
        get(&root, "[data-level]")
            .get_attribute("data-level")
            .as_deref(),
        Some("PHP")
    );
    let next = text(&root, ".cf-not-offered");
    assert!(next.contains("Hope House"), "{next}");
    assert!(
        find(&root, "a[href=\"tel:18006624357\"]").is_some(),
        "the referral line follows"
    );
    assert!(find(&root, "a[href=\"tel:5550102000\"]").is_some());
    assert!(find(&root, "a[href=\"https://hope.example/contact\"]").is_some());
}

#[wasm_bindgen_test]
async fn the_language_switch_keeps_answers() {
    let root = mount(None, Lang::En).await;
    act(&root, "start").await;
    choose(&root, "age", "adult").await;
    click(&root, "[data-action=\"lang\"][lang=\"es\"]").await;
    assert_eq!(
        get(&root, ".carefit").get_attribute("lang").as_deref(),
        Some("es")
    );
    let adult: HtmlInputElement = get(&root, "input[name=\"age\"][value=\"adult\"]")
        .dyn_into()
        .unwrap();
    assert!(adult.checked());
    assert!(text(&root, "fieldset legend h1").contains("¿Qué edad"));
}
