//! The default help numbers (US): facts written once. The catalogs name
//! the lines in each language and [`crate::help`] joins them into the help
//! a page shows; a center's config replaces any of them. A leaf: it
//! imports nothing.

/// Emergency services.
pub const EMERGENCY: &str = "911";
/// The 988 Suicide & Crisis Lifeline: call or text.
pub const LIFELINE: &str = "988";
/// Crisis Text Line.
pub const CRISIS_TEXT_LINE: &str = "741741";
/// SAMHSA National Helpline, the default referral line.
pub const SAMHSA: &str = "1-800-662-4357";
pub const SAMHSA_TTY: &str = "1-800-487-4889";
/// National Domestic Violence Hotline: call, or text START.
pub const DOMESTIC_VIOLENCE: &str = "1-800-799-7233";
pub const DOMESTIC_VIOLENCE_TEXT: &str = "88788";
/// Local help with housing, food and services.
pub const LOCAL_HELP: &str = "211";
/// Childhelp National Child Abuse Hotline: call or text (spec v3).
pub const CHILDHELP: &str = "1-800-422-4453";
