//! The kiosk's QR encoder as a wasm of its own. Only a kiosk result with a
//! contact link needs it, so `carefit.js` fetches it then (and the kiosk's
//! service worker keeps it), and the app's wasm, which every visitor
//! downloads before the first question, is lighter. Built by
//! `web/build.mjs`.

/// The text as a QR code, an SVG `data:` URL for the `<img>` the app drew.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn qr_data_url(text: &str) -> Option<String> {
    carefit::kiosk::qr_data_url(text)
}

fn main() {}
