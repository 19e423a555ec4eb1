//! `Receipt::parse` on whatever a writer might type (the bytes as UTF-8, lossily).
//!
//! What must hold, from the parser's documentation:
//! - it never panics;
//! - it accepts exactly the inputs of at most 64 bytes made of digits, spaces, dashes and
//!   no-break spaces that hold 16 digits (checked against a plain restatement of that rule);
//! - a parsed receipt is shown as `dddd-dddd-dddd-dddd`, the typed digits in order, and the
//!   shown form parses back to the same receipt;
//! - its `Debug` form never shows the digits.
#![no_main]

use ishenim::appeals::receipt::Receipt;
use libfuzzer_sys::fuzz_target;

/// The rule as the documentation states it, written out without the parser's code.
fn accepted_digits(input: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '\u{a0}');
    if input.len() > 64 || !input.chars().all(allowed) {
        return None;
    }
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 16).then_some(digits)
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let parsed = Receipt::parse(&input);
    let expected = accepted_digits(&input);
    assert_eq!(
        parsed.is_some(),
        expected.is_some(),
        "parse disagrees with the documented rule on {input:?}"
    );
    let (Some(receipt), Some(digits)) = (parsed, expected) else {
        return;
    };

    let shown = receipt.to_string();
    let groups: Vec<&str> = shown.split('-').collect();
    assert!(
        groups.len() == 4
            && groups
                .iter()
                .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
        "{shown:?} is not in groups of four"
    );
    assert_eq!(groups.concat(), digits, "the digits changed");
    assert_eq!(
        Receipt::parse(&shown).as_ref(),
        Some(&receipt),
        "no round trip"
    );
    assert_eq!(format!("{receipt:?}"), "Receipt(****)");
});
