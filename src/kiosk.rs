//! Kiosk mode's pure parts: the idle clock that decides when to ask "Still
//! there?" and when to wipe everything, and the QR code for the contact link.
//! The browser shell feeds it timestamps; nothing here touches the page.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

use crate::config::KioskSettings;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleEvent {
    Nothing,
    /// Idle long enough: ask "Still there?" and start the countdown.
    Prompt,
    /// The countdown ran out: drop every answer and go back to the start.
    Reset,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IdleClock {
    settings: KioskSettings,
    last_activity_ms: f64,
    prompt_since_ms: Option<f64>,
}

impl IdleClock {
    pub fn new(settings: KioskSettings, now_ms: f64) -> Self {
        IdleClock {
            settings,
            last_activity_ms: now_ms,
            prompt_since_ms: None,
        }
    }

    /// A touch, key or pointer move. Returns true when it cancels a countdown.
    pub fn activity(&mut self, now_ms: f64) -> bool {
        self.last_activity_ms = now_ms;
        self.prompt_since_ms.take().is_some()
    }

    /// Called about once a second. `anything_to_clear` is false on a
    /// pristine start screen, where idling changes nothing.
    pub fn tick(&mut self, now_ms: f64, anything_to_clear: bool) -> IdleEvent {
        if let Some(since) = self.prompt_since_ms {
            if now_ms - since >= self.settings.countdown_seconds as f64 * 1000.0 {
                self.prompt_since_ms = None;
                self.last_activity_ms = now_ms;
                return IdleEvent::Reset;
            }
            return IdleEvent::Nothing;
        }
        if anything_to_clear
            && now_ms - self.last_activity_ms >= self.settings.idle_seconds as f64 * 1000.0
        {
            self.prompt_since_ms = Some(now_ms);
            return IdleEvent::Prompt;
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
