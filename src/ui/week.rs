//! A typical week at each level, in hours per day, for the result's drawing.
//! The hours are the engine's ([`Level::typical_week`]); this only lays
//! them out a day at a time.

use crate::engine::Level;

/// Hours of treatment Monday to Sunday; `None` means around the clock.
pub fn typical_week(level: Level) -> [Option<u8>; 7] {
    level.typical_week().days()
}
