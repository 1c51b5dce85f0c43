//! carefit: a private level-of-care self-check.
//!
//! - [`engine`]: answers → recommendation, pure Rust, no web dependency.
//! - [`flow`]: the journey through the screens, as plain data.
//! - [`call_script`]: what to say when you call, from the answers.
//! - [`config`]: a treatment center's settings, validated in one place.
//! - [`help`]: the crisis, home-safety and referral lines, from one source.
//! - [`i18n`]: every text a person reads, per language.
//! - [`numbers`]: the default help numbers, written once.
//! - [`kiosk`]: the idle clock and QR code of kiosk mode.
//! - [`recommendation`]: the assessment plus what the center offers.
//! - [`result_page`]: the result page as data, which the view draws.
//! - `review` (native): the document a clinical director signs.
//! - `ui` (wasm, or natively for pre-rendering): the Yew app that renders
//!   engine results.

pub mod call_script;
pub mod config;
pub mod engine;
pub mod flow;
pub mod help;
pub mod i18n;
pub mod kiosk;
pub mod numbers;
pub mod recommendation;
pub mod result_page;
// The sign-off document (`carefit review`): native only, like the
// catalogs for someone else it prints.
#[cfg(not(target_arch = "wasm32"))]
pub mod review;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
