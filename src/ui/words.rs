//! The words a journey loads on demand (`i18n::words`): asked for when a
//! journey needs them (`Flow::words`), once per language for the whole
//! page. `carefit.js` fetches the language's file and checks its hash; until
//! it is here, and for good if it can't be, the views show the base words
//! with the note that says whose answers are wanted.

use yew::functional::UseForceUpdateHandle;

use crate::flow::Words;
use crate::i18n::{Catalog, Lang};

/// The catalog for `words` in `lang`: `None` until its file is here (the
/// views then show the base words and the note).
pub fn catalog(lang: Lang, words: Words) -> Option<&'static Catalog> {
    if words.base() {
        return Some(lang.catalog());
    }
    imp::loaded(lang).map(|o| match (words.someone_else, words.mental_health) {
        (true, false) => &o.other,
        (false, _) => &o.mental_health,
        (true, true) => &o.mental_health_other,
    })
}

/// Asks for `lang`'s words file, once; `update` re-renders the app asking
/// when it is here.
pub fn load(lang: Lang, update: UseForceUpdateHandle) {
    imp::load(lang, update);
}

#[cfg(target_arch = "wasm32")]
pub use imp::set_loader;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::{Array, Function};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    use yew::functional::UseForceUpdateHandle;

    use crate::i18n::{overlay, Lang, Overlay};

    enum State {
        Idle,
        /// The apps to re-render when it is here.
        Loading(Vec<UseForceUpdateHandle>),
        Ready(&'static Overlay),
        /// Refused, unreachable or not this build's: the base words stay.
        Failed,
    }

    thread_local! {
        /// `carefit.js`'s `(lang, done)`: calls `done` with the file's list
        /// of texts, or with `null`.
        static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
        static STATE: RefCell<[State; 2]> = const { RefCell::new([State::Idle, State::Idle]) };
    }

    pub fn set_loader(loader: Function) {
        LOADER.set(Some(loader));
    }

    pub fn loaded(lang: Lang) -> Option<&'static Overlay> {
        STATE.with_borrow(|s| match s[lang as usize] {
            State::Ready(o) => Some(o),
            _ => None,
        })
    }

    pub fn load(lang: Lang, update: UseForceUpdateHandle) {
        let first = STATE.with_borrow_mut(|s| match &mut s[lang as usize] {
            State::Idle => {
                s[lang as usize] = State::Loading(vec![update]);
                true
            }
            State::Loading(waiting) => {
                waiting.push(update);
                false
            }
            State::Ready(_) | State::Failed => false,
        });
        let Some(loader) = LOADER.with_borrow(Clone::clone).filter(|_| first) else {
            return;
        };
        let done = Closure::once_into_js(move |texts: JsValue| {
            let texts = Array::is_array(&texts)
                .then(|| Array::from(&texts).iter().map(|t| t.as_string()).collect())
                .flatten();
            let state = match texts.map(|texts| overlay(lang.catalog(), texts)) {
                Some(Ok(o)) => State::Ready(Box::leak(Box::new(o))),
                Some(Err(error)) => {
                    super::super::dom::warn(&format!("carefit: {error}"));
                    State::Failed
                }
                None => State::Failed,
            };
            let was = STATE.with_borrow_mut(|s| std::mem::replace(&mut s[lang as usize], state));
            if let State::Loading(waiting) = was {
                waiting.iter().for_each(UseForceUpdateHandle::force_update);
            }
        });
        let _ = loader.call2(&JsValue::NULL, &JsValue::from_str(lang.tag()), &done);
    }
}

/// Natively (the pre-render) nothing loads: the base words and the note.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::functional::UseForceUpdateHandle;

    use crate::i18n::{Lang, Overlay};

    pub fn loaded(_: Lang) -> Option<&'static Overlay> {
        None
    }

    pub fn load(_: Lang, _: UseForceUpdateHandle) {}
}
