//! Config text into [`Json`] with the browser's own `JSON.parse`, so no
//! JSON parser ships in the wasm.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::config::{Config, ConfigIssue, Json};

/// Deeper than any real config; a hostile one can't exhaust the stack.
const MAX_DEPTH: usize = 32;

pub fn read_config(text: &str) -> (Config, Vec<ConfigIssue>) {
    match parse(text) {
        Ok(value) => Config::from_value(&value),
        Err(why) => Config::not_json(&why),
    }
}

/// The parsed value, or the parser's complaint.
pub fn parse(text: &str) -> Result<Json, String> {
    match JSON::parse(text) {
        Ok(value) => Ok(to_json(&value, 0)),
        Err(error) => Err(error
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| "unreadable".into(), |e| String::from(e.message()))),
    }
}

fn to_json(value: &JsValue, depth: usize) -> Json {
    if depth > MAX_DEPTH {
        return Json::Null;
    }
    if let Some(b) = value.as_bool() {
        Json::Bool(b)
    } else if let Some(n) = value.as_f64() {
        Json::Number(n)
    } else if let Some(s) = value.as_string() {
        Json::String(s)
    } else if Array::is_array(value) {
        let items = Array::from(value);
        Json::Array(items.iter().map(|v| to_json(&v, depth + 1)).collect())
    } else if let Some(object) = value.dyn_ref::<Object>() {
        let members = Object::entries(object)
            .iter()
            .map(|pair| {
                let pair = Array::from(&pair);
                let key = pair.get(0).as_string().unwrap_or_default();
                (key, to_json(&pair.get(1), depth + 1))
            })
            .collect();
        Json::Object(members)
    } else {
        Json::Null
    }
}
