//! Kiosk mode in the browser: feeds the pure idle clock with the page's
//! activity and a one-second tick. Everything it starts is dropped with the
//! widget, so removing it leaves no timer or listener behind.

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
                let document = gloo::utils::document();
                let listeners: Vec<EventListener> = ACTIVITY
                    .iter()
                    .map(|name| {
                        let (clock, dispatch, remaining) =
                            (clock.clone(), dispatch.clone(), remaining.clone());
                        EventListener::new(&document, *name, move |_| {
                            if clock.borrow_mut().activity(now()) {
                                remaining.set(None);
                                dispatch.emit(Action::Continue);
                            }
                        })
                    })
                    .collect();
                let interval = Interval::new(1000, move || {
                    let t = now();
                    let event = clock.borrow_mut().tick(t, !*pristine_now.borrow());
                    match event {
                        IdleEvent::Prompt => dispatch.emit(Action::Idle),
                        IdleEvent::Reset => {
                            dispatch.emit(Action::Restart);
                            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                        }
                        IdleEvent::Nothing => {}
                    }
                    remaining.set(clock.borrow().remaining_seconds(t));
                });
                (listeners, interval)
            });
            move || drop(guards)
        });
    }
    *remaining
}
