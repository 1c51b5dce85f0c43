//! Kiosk mode in the browser: feeds the pure idle clock with the page's
//! activity, a one-second tick, and the page being hidden, shown again or
//! restored from the back/forward cache. Everything it starts is dropped
//! with the widget, so removing it leaves no timer or listener behind.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::config::KioskSettings;
use crate::flow::Action;
use crate::kiosk::{IdleClock, IdleEvent};

const ACTIVITY: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "touchstart",
    "wheel",
];

/// One of the clock's inputs: the time now, and whether there is anything
/// to clear.
type Input = fn(&mut IdleClock, f64, bool) -> IdleEvent;

/// What a `visibilitychange` or `pageshow` tells the clock: the page is back
/// from the back/forward cache (`persisted`), hidden, or shown again (the
/// first `pageshow`, on load, is no more than that).
fn on_page(event: &web_sys::Event) -> Input {
    if js_sys::Reflect::get(event, &"persisted".into()).is_ok_and(|p| p.is_truthy()) {
        IdleClock::restored
    } else if gloo::utils::document().hidden() {
        |clock, t, _| {
            clock.hidden(t);
            IdleEvent::Nothing
        }
    } else {
        IdleClock::shown
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Runs the idle clock while `settings` is set; returns the countdown's
/// seconds left while "Still there?" shows.
#[hook]
pub fn use_kiosk(
    settings: Option<KioskSettings>,
    pristine: bool,
    dispatch: Callback<Action>,
) -> Option<u32> {
    let remaining = use_state_eq(|| None::<u32>);
    // The latest value for callbacks made once per mount.
    let pristine_now = use_mut_ref(|| pristine);
    *pristine_now.borrow_mut() = pristine;
    {
        let remaining = remaining.clone();
        use_effect_with(settings, move |settings| {
            let guards = settings.map(|settings| {
                let clock = Rc::new(RefCell::new(IdleClock::new(settings, now())));
                // Every input goes through the clock, which decides.
                let feed = move |input: Input| {
                    let t = now();
                    let event = input(&mut clock.borrow_mut(), t, !*pristine_now.borrow());
                    if let Some(action) = event.action() {
                        dispatch.emit(action);
                    }
                    if event == IdleEvent::Reset {
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                    }
                    remaining.set(clock.borrow().remaining_seconds(t));
                };
                let document = gloo::utils::document();
                let mut listeners: Vec<EventListener> = ACTIVITY
                    .iter()
                    .map(|name| {
                        let feed = feed.clone();
                        EventListener::new(&document, *name, move |_| feed(IdleClock::activity))
                    })
                    .collect();
                let window = gloo::utils::window();
                for (target, name) in [
                    (document.as_ref(), "visibilitychange"),
                    (window.as_ref(), "pageshow"),
                ] {
                    let feed = feed.clone();
                    listeners.push(EventListener::new(target, name, move |event| {
                        feed(on_page(event))
                    }));
                }
                let interval = Interval::new(1000, move || feed(IdleClock::tick));
                (listeners, interval)
            });
            move || drop(guards)
        });
    }
    *remaining
}
