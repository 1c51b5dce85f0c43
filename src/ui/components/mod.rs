//! One component per file; each renders props and sends callbacks.

pub mod compare;
pub mod crisis;
pub mod crisis_lines;
pub mod notice;
pub mod options;
pub mod question;
pub mod result;
pub mod review;
pub mod start;
pub mod still_there;
