//! Kiosk mode's idle clock and QR code, natively.
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::KioskSettings;
use carefit::flow::{Action, Flow, Screen};
use carefit::kiosk::{qr_data_url, IdleClock, IdleEvent};

const SETTINGS: KioskSettings = KioskSettings {
    idle_seconds: 90,
    countdown_seconds: 20,
};

#[test]
fn prompts_after_the_idle_period_then_resets_after_the_countdown() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(89_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.tick(90_000.0, true), IdleEvent::Prompt);
    assert_eq!(clock.remaining_seconds(90_000.0), Some(20));
    assert_eq!(clock.remaining_seconds(95_500.0), Some(15));
    assert_eq!(clock.tick(109_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.tick(110_000.0, true), IdleEvent::Reset);
    assert_eq!(clock.remaining_seconds(110_000.0), None);
    // After a reset the clock starts again from that moment.
    assert_eq!(clock.tick(150_000.0, true), IdleEvent::Nothing);
}

#[test]
fn activity_postpones_the_prompt_and_cancels_a_countdown() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.activity(60_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.tick(120_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.tick(150_000.0, true), IdleEvent::Prompt);
    assert_eq!(clock.activity(155_000.0, true), IdleEvent::Cancel);
    assert_eq!(clock.tick(200_000.0, true), IdleEvent::Nothing);
}

#[test]
fn a_pristine_start_screen_never_prompts() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(1_000_000.0, false), IdleEvent::Nothing);
    assert_eq!(clock.activity(2_000_000.0, false), IdleEvent::Nothing);
    assert_eq!(clock.restored(3_000_000.0, false), IdleEvent::Nothing);
}

// Timers freeze while a tablet's screen is locked or a laptop sleeps: the
// clock below jumps with no tick in between.

#[test]
fn the_first_touch_after_a_frozen_clock_wipes_before_anything_shows() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(1_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.activity(601_000.0, true), IdleEvent::Reset);
    assert_eq!(clock.remaining_seconds(601_000.0), None);
    // The clock starts again from that touch.
    assert_eq!(clock.tick(602_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.activity(603_000.0, true), IdleEvent::Nothing);
}

#[test]
fn a_touch_wipes_once_idle_time_and_countdown_have_passed_and_not_before() {
    let mut early = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(early.activity(109_999.0, true), IdleEvent::Nothing);
    let mut due = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(due.activity(110_000.0, true), IdleEvent::Reset);
}

#[test]
fn a_touch_after_a_countdown_that_froze_wipes_instead_of_continuing() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(90_000.0, true), IdleEvent::Prompt);
    assert_eq!(clock.activity(110_000.0, true), IdleEvent::Reset);
    assert_eq!(IdleEvent::Reset.action(), Some(Action::Wipe));

    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(90_000.0, true), IdleEvent::Prompt);
    assert_eq!(clock.activity(109_000.0, true), IdleEvent::Cancel);
    assert_eq!(IdleEvent::Cancel.action(), Some(Action::Continue));
}

#[test]
fn a_tick_after_a_frozen_clock_resets_at_once_with_no_countdown() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(110_000.0, true), IdleEvent::Reset);
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(109_000.0, true), IdleEvent::Prompt);
}

#[test]
fn shown_after_being_hidden_for_the_idle_time_wipes_at_once() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    clock.hidden(10_000.0);
    assert_eq!(clock.shown(100_000.0, true), IdleEvent::Reset);

    let mut clock = IdleClock::new(SETTINGS, 0.0);
    clock.hidden(10_000.0);
    // A shorter absence, but idle long enough in all: the countdown's turn.
    assert_eq!(clock.shown(99_000.0, true), IdleEvent::Prompt);

    let mut clock = IdleClock::new(SETTINGS, 0.0);
    clock.hidden(10_000.0);
    assert_eq!(clock.shown(50_000.0, true), IdleEvent::Nothing);

    let mut clock = IdleClock::new(SETTINGS, 0.0);
    clock.hidden(80_000.0);
    assert_eq!(
        clock.shown(110_000.0, true),
        IdleEvent::Reset,
        "idle time and countdown passed, partly hidden"
    );

    let mut clock = IdleClock::new(SETTINGS, 0.0);
    clock.hidden(10_000.0);
    assert_eq!(
        clock.shown(500_000.0, false),
        IdleEvent::Nothing,
        "pristine"
    );
}

#[test]
fn a_page_restored_from_the_back_forward_cache_is_wiped() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.restored(5_000.0, true), IdleEvent::Reset);
    assert_eq!(clock.tick(6_000.0, true), IdleEvent::Nothing);
}

#[test]
fn each_event_becomes_its_action() {
    assert_eq!(IdleEvent::Nothing.action(), None);
    assert_eq!(IdleEvent::Prompt.action(), Some(Action::Idle));
    assert_eq!(IdleEvent::Cancel.action(), Some(Action::Continue));
    assert_eq!(IdleEvent::Reset.action(), Some(Action::Wipe));
}

#[test]
fn idle_and_continue_return_to_the_same_screen() {
    let flow = Flow::default().apply(Action::Start);
    let idle = flow.clone().apply(Action::Idle);
    assert_eq!(idle.screen.id(), "still-there");
    assert_eq!(
        idle.clone().apply(Action::Idle),
        idle,
        "a second tick changes nothing"
    );
    assert_eq!(idle.apply(Action::Continue).screen, flow.screen);
    assert!(Flow::default().is_pristine());
    assert!(!flow.is_pristine());
    assert_eq!(flow.apply(Action::Wipe).screen, Screen::Start);
}

#[test]
fn the_qr_code_is_an_svg_image() {
    let url = qr_data_url("https://hope.example/contact").unwrap();
    assert!(url.starts_with("data:image/svg+xml,"));
    assert!(url.contains("svg"));
    assert!(
        !url.contains('#') && !url.contains('<'),
        "escaped for a URL"
    );
}
