//! Contrast against white (WCAG), for a center's accent colour.

use super::{Color, Issues};

/// WCAG relative luminance.
fn luminance(c: Color) -> f64 {
    let lin = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            pow_2_4((s + 0.055) / 1.055)
        }
    };
    0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the square of x's
/// fifth root, found by Newton's method (from above, it only descends). The
/// browser needs no more: `powf` would bring a general `pow` into the wasm.
fn pow_2_4(x: f64) -> f64 {
    let mut root = 1.0;
    for _ in 0..16 {
        let r2 = root * root;
        root = (4.0 * root + x / (r2 * r2)) / 5.0;
    }
    x * x * root * root
}

/// Contrast ratio of a colour against white.
pub fn contrast_with_white(c: Color) -> f64 {
    1.05 / (luminance(c) + 0.05)
}

/// The accent is used for text on white and behind white text, so it must
/// reach 4.5:1; a lighter one is darkened in steps until it does.
pub(super) fn readable_accent(field: &str, color: Color, issues: &mut Issues) -> Color {
    const AA: f64 = 4.5;
    if contrast_with_white(color) >= AA {
        return color;
    }
    let mut darker = color;
    while contrast_with_white(darker) < AA {
        let step = |v: u8| (v as f64 * 0.95) as u8;
        darker = Color {
            r: step(darker.r),
            g: step(darker.g),
            b: step(darker.b),
        };
    }
    // Tenths by integer arithmetic: float formatting would add kilobytes to the wasm.
    let tenths = (contrast_with_white(color) * 10.0) as u32;
    issues.warning(
        field,
        format!(
            "{color} is too light for text on white ({}.{}:1, needs 4.5:1); darkened to {darker}",
            tenths / 10,
            tenths % 10
        ),
    );
    darker
}

#[cfg(test)]
mod tests {
    #[test]
    fn pow_2_4_matches_powf_on_every_channel_value() {
        for v in 11..=255u8 {
            let x = (v as f64 / 255.0 + 0.055) / 1.055;
            let (ours, std) = (super::pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-12 * std, "{v}: {ours} vs {std}");
        }
    }
}
