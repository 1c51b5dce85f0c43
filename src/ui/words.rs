//! The words a journey loads on demand (`i18n::words`): asked for once a
//! journey begins, whatever its answers (`Flow::words` only picks which of
//! them show), once per language for the whole page. `carefit.js` fetches the language's file, checks its hash and
//! hands its texts to [`arrived`]; until then, and for good if they can't
//! come, the views show the base words with the note that says whose
//! answers are wanted.

use yew::Callback;

use crate::flow::{Action, Words};
use crate::i18n::{Catalog, Lang};

/// The catalog for `words` in `lang`: `None` until its file is here (the
/// views then show the base words and the note).
pub fn catalog(lang: Lang, words: Words) -> Option<&'static Catalog> {
    let loaded = imp::loaded(lang);
    if words.base() {
        // The base words now; with the file, the texts it adds too.
        return Some(loaded.map_or(lang.catalog(), |o| &o.myself));
    }
    loaded.map(|o| match (words.someone_else, words.mental_health) {
        (true, false) => &o.other,
        (false, _) => &o.mental_health,
        (true, true) => &o.mental_health_other,
    })
}

/// Asks for `lang`'s words file, once; `dispatch` gets [`Action::Words`]
/// (re-render) when it is here.
pub fn load(lang: Lang, dispatch: &Callback<Action>) {
    imp::load(lang, dispatch);
}

#[cfg(target_arch = "wasm32")]
pub use imp::{arrived, set_loader};

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::Function;
    use wasm_bindgen::JsValue;
    use yew::Callback;

    use crate::flow::Action;
    use crate::i18n::{overlay, Lang, Overlay};

    enum State {
        Idle,
        /// The apps to render again when it is here.
        Loading(Vec<Callback<Action>>),
        Ready(&'static Overlay),
        /// Refused, unreachable or not this build's: the base words stay.
        Failed,
    }

    thread_local! {
        /// `carefit.js`'s `loadWords(lang)`, which ends in [`arrived`].
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

    pub fn load(lang: Lang, dispatch: &Callback<Action>) {
        let first = STATE.with_borrow_mut(|s| match &mut s[lang as usize] {
            State::Idle => {
                s[lang as usize] = State::Loading(vec![dispatch.clone()]);
                true
            }
            State::Loading(waiting) => {
                waiting.push(dispatch.clone());
                false
            }
            State::Ready(_) | State::Failed => false,
        });
        if first {
            LOADER.with_borrow(|l| l.as_ref()?.call1(&JsValue::NULL, &lang.tag().into()).ok());
        }
    }

    /// A language's words file, as its list of texts, or `None` when it
    /// could not be had.
    pub fn arrived(lang: Lang, texts: Option<Vec<String>>) {
        let state = match texts.map(|texts| overlay(lang.catalog(), texts)) {
            Some(Ok(o)) => State::Ready(Box::leak(Box::new(o))),
            Some(Err(_)) => {
                // The counts are in `WordsError`'s message; formatting it
                // here would cost the wasm bytes.
                super::super::dom::warn(
                    "carefit: a words file not made for this build was refused",
                );
                State::Failed
            }
            None => State::Failed,
        };
        let was = STATE.with_borrow_mut(|s| std::mem::replace(&mut s[lang as usize], state));
        if let State::Loading(waiting) = was {
            waiting
                .iter()
                .for_each(|dispatch| dispatch.emit(Action::Words));
        }
    }
}

/// Natively (the pre-render) nothing loads: the base words and the note;
/// a native test can have a language's words file here first ([`preload`]).
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::cell::RefCell;

    use yew::Callback;

    use crate::flow::Action;
    use crate::i18n::{overlay, Lang, Overlay};

    thread_local! {
        static LOADED: RefCell<[Option<&'static Overlay>; 2]> = const { RefCell::new([None, None]) };
    }

    pub fn loaded(lang: Lang) -> Option<&'static Overlay> {
        LOADED.with_borrow(|l| l[lang as usize])
    }

    pub fn load(_: Lang, _: &Callback<Action>) {}

    /// The language's words file as the build writes it, laid over the base
    /// words as the browser does, for this thread's renders from now on.
    pub fn preload(lang: Lang) {
        let texts = lang.words().into_iter().map(String::from).collect();
        let overlay = overlay(lang.catalog(), texts).expect("this build's words");
        LOADED.with_borrow_mut(|l| l[lang as usize] = Some(Box::leak(Box::new(overlay))));
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use imp::preload;
