//! A typical week at each level, in hours per day, drawn on the result so
//! "9 to 19 hours a week" becomes something a person can picture.

use crate::engine::Level;

/// Hours of treatment Monday to Sunday; `None` means around the clock.
pub fn typical_week(level: Level) -> [Option<u8>; 7] {
    match level {
        Level::Out => [
            Some(0),
            Some(1),
            Some(0),
            Some(0),
            Some(1),
            Some(0),
            Some(0),
        ],
        Level::Iop => [
            Some(3),
            Some(3),
            Some(0),
            Some(3),
            Some(3),
            Some(0),
            Some(0),
        ],
        Level::Php => [
            Some(6),
            Some(6),
            Some(6),
            Some(6),
            Some(6),
            Some(0),
            Some(0),
        ],
        Level::Res => [None; 7],
    }
}
