//! Kiosk mode's pure parts: the idle clock that decides when to ask "Still
//! there?" and when to wipe everything, and the QR code for the contact link.
//! The browser shell feeds it timestamps; nothing here touches the page.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

use crate::config::KioskSettings;
use crate::flow::Action;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleEvent {
    Nothing,
    /// Idle long enough: ask "Still there?" and start the countdown.
    Prompt,
    /// Activity during the countdown: back to where the person was.
    Cancel,
    /// Time is up: drop every answer and go back to the start.
    Reset,
}

impl IdleEvent {
    /// What the widget does about it: a reset is a restart, never a
    /// "continue" back to the last person's screen.
    pub fn action(self) -> Option<Action> {
        match self {
            IdleEvent::Nothing => None,
            IdleEvent::Prompt => Some(Action::Idle),
            IdleEvent::Cancel => Some(Action::Continue),
            IdleEvent::Reset => Some(Action::Wipe),
        }
    }
}

/// Timers stop while a screen is locked, a laptop sleeps or a page waits in
/// the back/forward cache, so the clock never counts on a tick having come:
/// whatever wakes it first asks whether the time to wipe has passed.
#[derive(Clone, Debug, PartialEq)]
pub struct IdleClock {
    settings: KioskSettings,
    last_activity_ms: f64,
    prompt_since_ms: Option<f64>,
    hidden_since_ms: Option<f64>,
}

impl IdleClock {
    pub fn new(settings: KioskSettings, now_ms: f64) -> Self {
        IdleClock {
            settings,
            last_activity_ms: now_ms,
            prompt_since_ms: None,
            hidden_since_ms: None,
        }
    }

    fn idle_ms(&self) -> f64 {
        self.settings.idle_seconds as f64 * 1000.0
    }

    fn countdown_ms(&self) -> f64 {
        self.settings.countdown_seconds as f64 * 1000.0
    }

    /// Whether the countdown has run out by now, or would have, had the
    /// ticks come.
    fn wipe_due(&self, now_ms: f64) -> bool {
        match self.prompt_since_ms {
            Some(since) => now_ms - since >= self.countdown_ms(),
            None => now_ms - self.last_activity_ms >= self.idle_ms() + self.countdown_ms(),
        }
    }

    fn reset(&mut self, now_ms: f64) -> IdleEvent {
        self.prompt_since_ms = None;
        self.last_activity_ms = now_ms;
        IdleEvent::Reset
    }

    /// A touch, key or pointer move. After that long a silence it is the
    /// next person's, so it wipes rather than bring the last screen back.
    /// `anything_to_clear` is false on a pristine start screen, here and
    /// below.
    pub fn activity(&mut self, now_ms: f64, anything_to_clear: bool) -> IdleEvent {
        if anything_to_clear && self.wipe_due(now_ms) {
            return self.reset(now_ms);
        }
        self.last_activity_ms = now_ms;
        match self.prompt_since_ms.take() {
            Some(_) => IdleEvent::Cancel,
            None => IdleEvent::Nothing,
        }
    }

    /// Called about once a second; idling on a pristine start screen
    /// changes nothing.
    pub fn tick(&mut self, now_ms: f64, anything_to_clear: bool) -> IdleEvent {
        if !anything_to_clear {
            return IdleEvent::Nothing;
        }
        if self.wipe_due(now_ms) {
            return self.reset(now_ms);
        }
        if self.prompt_since_ms.is_none() && now_ms - self.last_activity_ms >= self.idle_ms() {
            self.prompt_since_ms = Some(now_ms);
            return IdleEvent::Prompt;
        }
        IdleEvent::Nothing
    }

    /// The page was hidden: a locked screen, a sleeping device, another tab.
    pub fn hidden(&mut self, now_ms: f64) {
        self.hidden_since_ms.get_or_insert(now_ms);
    }

    /// The page shows again. Hidden for the idle time or longer, whoever
    /// used it has gone: wipe at once, with no "Still there?".
    pub fn shown(&mut self, now_ms: f64, anything_to_clear: bool) -> IdleEvent {
        let away = self
            .hidden_since_ms
            .take()
            .map_or(0.0, |since| now_ms - since);
        if anything_to_clear && away >= self.idle_ms() {
            return self.reset(now_ms);
        }
        self.tick(now_ms, anything_to_clear)
    }

    /// The page came back from the back/forward cache: someone went back to
    /// it, and it is not theirs.
    pub fn restored(&mut self, now_ms: f64, anything_to_clear: bool) -> IdleEvent {
        if anything_to_clear {
            return self.reset(now_ms);
        }
        IdleEvent::Nothing
    }

    /// Whole seconds left on the countdown, while it runs.
    pub fn remaining_seconds(&self, now_ms: f64) -> Option<u32> {
        let since = self.prompt_since_ms?;
        let left = self.settings.countdown_seconds as f64 - (now_ms - since) / 1000.0;
        Some(left.ceil().max(0.0) as u32)
    }
}

/// The text as a QR code, as an SVG `data:` URL for an `<img>` (allowed by
/// the strict CSP's `img-src data:`): one path of dark modules inside the
/// four-module quiet zone scanners need.
pub fn qr_data_url(text: &str) -> Option<String> {
    const QUIET: i32 = 4;
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let side = size + 2 * QUIET;
    let mut svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {side} {side}' shape-rendering='crispEdges'>\
         <rect width='{side}' height='{side}' fill='white'/><path fill='black' d='"
    );
    for y in 0..size {
        for x in (0..size).filter(|&x| code.get_module(x, y)) {
            let _ = write!(svg, "M{} {}h1v1h-1z", x + QUIET, y + QUIET);
        }
    }
    svg.push_str("'/></svg>");
    let mut url = String::from("data:image/svg+xml,");
    for byte in svg.bytes() {
        if byte.is_ascii_alphanumeric() || b" ='/:.-".contains(&byte) {
            url.push(byte as char);
        } else {
            let _ = write!(url, "%{byte:02X}");
        }
    }
    Some(url)
}
