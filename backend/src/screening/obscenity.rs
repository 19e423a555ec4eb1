//! Obscene language (clause 3.3): the word lists, the allow-lists of innocent words that
//! contain an obscene root, and the per-school adjustments.

use super::patterns::{parse_line, Hit, Line, Mode, PatternSet, Tag};
use super::{Language, SchoolLexicon};

/// A lexicon file built into the binary.
pub(super) struct Source {
    pub name: &'static str,
    pub language: Language,
    pub text: &'static str,
}

/// The obscene word lists, one per language.
pub(super) const OBSCENE: [Source; 3] = [
    Source {
        name: "obscene.ky.txt",
        language: Language::Ky,
        text: include_str!("lexicon/obscene.ky.txt"),
    },
    Source {
        name: "obscene.ru.txt",
        language: Language::Ru,
        text: include_str!("lexicon/obscene.ru.txt"),
    },
    Source {
        name: "obscene.en.txt",
        language: Language::En,
        text: include_str!("lexicon/obscene.en.txt"),
    },
];

/// The innocent words that contain an obscene root, one list per language.
pub(super) const ALLOWED: [Source; 3] = [
    Source {
        name: "allow.ky.txt",
        language: Language::Ky,
        text: include_str!("lexicon/allow.ky.txt"),
    },
    Source {
        name: "allow.ru.txt",
        language: Language::Ru,
        text: include_str!("lexicon/allow.ru.txt"),
    },
    Source {
        name: "allow.en.txt",
        language: Language::En,
        text: include_str!("lexicon/allow.en.txt"),
    },
];

/// Adds the obscene and allowed words to the set; a line that does not parse is skipped and
/// described in `problems` (a unit test keeps that list empty).
pub(super) fn load(set: &mut PatternSet, problems: &mut Vec<String>) {
    for (sources, tag) in [(&OBSCENE, Tag::Obscene), (&ALLOWED, Tag::Allow)] {
        for source in sources.iter() {
            for (number, line) in source.text.lines().enumerate() {
                match parse_line(line) {
                    Ok(None) => {}
                    Ok(Some(Line::Pattern(mode, entry))) => {
                        if !set.add(mode, &entry, tag) {
                            problems.push(format!("{}:{}: empty entry", source.name, number + 1));
                        }
                    }
                    Ok(Some(Line::Phrase(..))) => problems.push(format!(
                        "{}:{}: phrases belong in danger and insult lists",
                        source.name,
                        number + 1
                    )),
                    Err(why) => problems.push(format!("{}:{}: {why}", source.name, number + 1)),
                }
            }
        }
    }
}

/// The school's own words: an extra word is caught as a prefix (`сволоч` catches
/// `сволочь`, `сволочи`), an allowed word is exempt as a whole word; both accept the
/// lexicon syntax (`root:…`, `word:…`, `prefix:…`) for anything else.
pub(super) fn school_patterns(school: &SchoolLexicon) -> PatternSet {
    let mut set = PatternSet::default();
    for (entries, tag, plain) in [
        (&school.extra_obscene, Tag::Obscene, Mode::Prefix),
        (&school.allowed, Tag::Allow, Mode::Word),
    ] {
        for entry in entries.iter() {
            match parse_line(entry) {
                Ok(Some(Line::Pattern(mode, word))) => {
                    set.add(mode, &word, tag);
                }
                Ok(None) | Ok(Some(Line::Phrase(..))) => {}
                Err(_) => {
                    for word in entry.split_whitespace() {
                        set.add(plain, word, tag);
                    }
                }
            }
        }
    }
    set
}

/// The obscene matches among the hits of one reading that no allowed word shields. An
/// allowed word shields the obscene matches that start inside it: `страху` shields the
/// `хуй` of `застрахуй`, but not a second one glued behind it (`страхуйхуй`).
pub(super) fn unshielded(hits: &[Hit]) -> impl Iterator<Item = &Hit> {
    let allowed: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.tag == Tag::Allow)
        .map(|h| (h.start, h.end))
        .collect();
    hits.iter().filter(move |h| {
        h.tag == Tag::Obscene
            && !allowed
                .iter()
                .any(|&(start, end)| start <= h.start && h.start < end)
    })
}

/// Whether the hits of one reading hold an obscene word that no allowed word shields.
pub(super) fn is_obscene(hits: &[Hit]) -> bool {
    unshielded(hits).next().is_some()
}
