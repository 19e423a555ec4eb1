//! The screening normaliser and the screening of a whole appeal, on any text (the bytes as
//! UTF-8, lossily).
//!
//! What must hold, from the documentation of `normalise_word` and `screen`:
//! - neither ever panics;
//! - `normalise_word` is idempotent, never makes a word longer (in characters), and leaves
//!   no space, no asterisk, no `ё` and no character twice in a row;
//! - every obscene word `screen` reports is a non-empty piece of the text as written,
//!   reported once; every danger category is reported once;
//! - a school's own words, taken from the first line of the input: extra words never let an
//!   obscene text pass, and allowed words never silence a danger signal nor make a clean
//!   text obscene.
#![no_main]

use ishenim::screening::{normalise_word, screen, SchoolLexicon, Screening};
use libfuzzer_sys::fuzz_target;

fn check_normalised(text: &str) {
    let once = normalise_word(text);
    assert!(
        once.chars().count() <= text.chars().count(),
        "{text:?} grew to {once:?}"
    );
    assert!(
        !once
            .chars()
            .any(|c| c.is_whitespace() || c == '*' || c == 'ё'),
        "{text:?} normalised to {once:?}"
    );
    assert!(
        once.chars().zip(once.chars().skip(1)).all(|(a, b)| a != b),
        "a repeated character left in {once:?} (from {text:?})"
    );
    assert_eq!(
        normalise_word(&once),
        once,
        "not idempotent: {text:?} → {once:?}"
    );
}

fn check_screening(text: &str, screening: &Screening) {
    for (i, word) in screening.obscene_words.iter().enumerate() {
        assert!(!word.is_empty(), "an empty obscene word in {text:?}");
        assert!(text.contains(word.as_str()), "{word:?} is not in {text:?}");
        assert!(
            !screening.obscene_words[..i].contains(word),
            "{word:?} reported twice in {text:?}"
        );
    }
    for (i, category) in screening.danger.iter().enumerate() {
        assert!(
            !screening.danger[..i].contains(category),
            "{category:?} reported twice in {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_normalised(&text);

    let plain = screen(&text, &SchoolLexicon::default());
    check_screening(&text, &plain);

    let words: Vec<String> = text
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(4)
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return;
    }
    let extra = SchoolLexicon {
        extra_obscene: words.clone(),
        allowed: Vec::new(),
    };
    let with_extra = screen(&text, &extra);
    check_screening(&text, &with_extra);
    assert!(
        plain.obscene_words.is_empty() || !with_extra.obscene_words.is_empty(),
        "extra words {words:?} let {text:?} pass"
    );

    let allowed = SchoolLexicon {
        extra_obscene: Vec::new(),
        allowed: words.clone(),
    };
    let with_allowed = screen(&text, &allowed);
    check_screening(&text, &with_allowed);
    assert!(
        plain
            .danger
            .iter()
            .all(|category| with_allowed.danger.contains(category)),
        "allowed words {words:?} silenced a danger signal in {text:?}"
    );
    assert!(
        with_allowed.obscene_words.is_empty() || !plain.obscene_words.is_empty(),
        "allowed words {words:?} made {text:?} obscene"
    );
});
