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
    assert!(!clock.activity(60_000.0));
    assert_eq!(clock.tick(120_000.0, true), IdleEvent::Nothing);
    assert_eq!(clock.tick(150_000.0, true), IdleEvent::Prompt);
    assert!(clock.activity(155_000.0), "cancels the countdown");
    assert_eq!(clock.tick(200_000.0, true), IdleEvent::Nothing);
}

#[test]
fn a_pristine_start_screen_never_prompts() {
    let mut clock = IdleClock::new(SETTINGS, 0.0);
    assert_eq!(clock.tick(1_000_000.0, false), IdleEvent::Nothing);
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
    assert_eq!(flow.apply(Action::Restart).screen, Screen::Start);
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
