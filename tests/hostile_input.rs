//! Arbitrary bytes and arbitrary JSON into every parser: errors, never panics.
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::{parse_color, parse_contact_url, parse_phone, Config};
use carefit::engine::{assess, Answers, QuestionId};
use proptest::prelude::*;

/// Any JSON value, biased toward the shapes the parsers look for.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let ids: Vec<&'static str> = QuestionId::ALL
        .iter()
        .flat_map(|q| q.option_ids().iter().copied().chain([q.id()]))
        .chain([
            "center_name",
            "phone",
            "offers",
            "IOP",
            "kiosk",
            "javascript:x",
            "#fff",
        ])
        .collect();
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| n.into()),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        ".{0,40}".prop_map(serde_json::Value::String),
        proptest::sample::select(ids.clone()).prop_map(|s| s.into()),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        let keys = proptest::sample::select(ids.clone());
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.prop_map(String::from), inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, .. ProptestConfig::default() })]

    #[test]
    fn answers_parser_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(a) = Answers::from_json(&text) {
            let _ = assess(&a);
        }
    }

    #[test]
    fn answers_parser_never_panics_on_json(value in json_value()) {
        match Answers::from_json(&value.to_string()) {
            Ok(a) => { let _ = assess(&a); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn config_parser_never_panics(value in json_value(), bytes in ".{0,200}") {
        let (_, issues) = Config::from_json(&value.to_string());
        for issue in issues {
            prop_assert!(!issue.field.is_empty());
        }
        let _ = Config::from_json(&bytes);
        let _ = parse_phone(&bytes);
        let _ = parse_contact_url(&bytes);
        let _ = parse_color(&bytes);
        let _ = Config::for_widget(Some(Ok(value.clone().into())), [("phone", bytes.as_str()),
            ("offers", bytes.as_str()), ("idle-seconds", bytes.as_str()),
            ("contact-url", bytes.as_str()), ("mode", bytes.as_str())]);
    }

    /// Totality and the skip rules hold for any answers, skips included.
    #[test]
    fn every_answer_set_gives_a_consistent_result(
        // One pick list per question, `format` (the last) included.
        picks in prop::collection::vec(prop::collection::vec(0usize..8, 0..4), QuestionId::ALL.len())
    ) {
        let mut a = Answers::default();
        for (q, pick) in QuestionId::ALL.iter().zip(&picks) {
            let options = q.option_ids();
            let picked = pick.iter().filter_map(|i| options.get(*i).copied());
            // Ticked one by one, as a person would: `none` of the commitments
            // clears the others.
            let mut ids: Vec<String> = Vec::new();
            for id in picked {
                let held: Vec<&str> = ids.iter().map(String::as_str).collect();
                ids = if q.is_multi() { q.toggled(&held, id, true) } else { vec![id.to_string()] };
                if !q.is_multi() { break; }
            }
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            if *q == QuestionId::Since && !a.is_applicable(*q) { continue; }
            a.set(*q, &ids).unwrap();
        }
        let r = assess(&a);
        prop_assert_eq!(r.skipped.len() * 2 > r.applicable, r.level.is_none());
        prop_assert_eq!(r.level.is_none(), r.has(carefit::engine::Flag::TooFewAnswers));
        prop_assert_eq!(!r.skipped.is_empty(), r.has(carefit::engine::Flag::Incomplete));
        if let Some(level) = r.level { prop_assert_eq!(level, r.floor); }
        let reparsed = Answers::from_json(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(reparsed, a);
    }
}
