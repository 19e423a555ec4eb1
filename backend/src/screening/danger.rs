//! Danger signals and insults (clause 3.4): phrases of word stems matched in order within a
//! sentence, so inflected Russian and agglutinated Kyrgyz forms are found
//! (`бьют|избивают`, `өлтүр*`, `жашагым келбейт`).

use super::normalise::Atom;
use super::obscenity::Source;
use super::patterns::{parse_line, KeyMap, Line, Mode, PatternSet, PHRASE_GAP};
use super::{DangerCategory, Language};

/// The danger phrase lists, one per language.
pub(super) const DANGER: [Source; 3] = [
    Source {
        name: "danger.ky.txt",
        language: Language::Ky,
        text: include_str!("lexicon/danger.ky.txt"),
    },
    Source {
        name: "danger.ru.txt",
        language: Language::Ru,
        text: include_str!("lexicon/danger.ru.txt"),
    },
    Source {
        name: "danger.en.txt",
        language: Language::En,
        text: include_str!("lexicon/danger.en.txt"),
    },
];

/// The insult phrase lists, one per language.
pub(super) const INSULT: [Source; 3] = [
    Source {
        name: "insult.ky.txt",
        language: Language::Ky,
        text: include_str!("lexicon/insult.ky.txt"),
    },
    Source {
        name: "insult.ru.txt",
        language: Language::Ru,
        text: include_str!("lexicon/insult.ru.txt"),
    },
    Source {
        name: "insult.en.txt",
        language: Language::En,
        text: include_str!("lexicon/insult.en.txt"),
    },
];

/// What a phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Danger(DangerCategory),
    Insult,
}

/// A phrase: per word, the glob ids any of which may match it.
#[derive(Debug, Clone)]
struct Phrase {
    signal: Signal,
    words: Vec<Vec<u32>>,
}

/// The danger and insult phrases, indexed by the globs of their first word.
#[derive(Debug, Clone, Default)]
pub(super) struct Phrases {
    phrases: Vec<Phrase>,
    by_first_glob: KeyMap<u32, Vec<usize>>,
}

/// What the phrases found in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Signals {
    pub danger: Vec<DangerCategory>,
    pub insult: bool,
}

/// A Kyrgyz word as typed on a Russian keyboard: `ң ө ү` → `н о у`.
fn russian_keyboard(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ң' => 'н',
            'ө' => 'о',
            'ү' => 'у',
            other => other,
        })
        .collect()
}

/// Adds the globs of the danger and insult phrases to the set and returns the phrases; a
/// line that does not parse is skipped and described in `problems`.
pub(super) fn load(set: &mut PatternSet, problems: &mut Vec<String>) -> Phrases {
    let mut phrases = Phrases::default();
    for (sources, insults) in [(&DANGER, false), (&INSULT, true)] {
        for source in sources.iter() {
            for (number, line) in source.text.lines().enumerate() {
                let at = format!("{}:{}", source.name, number + 1);
                let (key, words) = match parse_line(line) {
                    Ok(None) => continue,
                    Ok(Some(Line::Phrase(key, words))) => (key, words),
                    Ok(Some(Line::Pattern(..))) => {
                        problems.push(format!("{at}: phrase lists take `category: words`"));
                        continue;
                    }
                    Err(why) => {
                        problems.push(format!("{at}: {why}"));
                        continue;
                    }
                };
                let signal = if insults {
                    (key == "insult").then_some(Signal::Insult)
                } else {
                    DangerCategory::from_code(&key).map(Signal::Danger)
                };
                let Some(signal) = signal else {
                    problems.push(format!("{at}: unknown category {key:?}"));
                    continue;
                };
                let ids = phrase_globs(set, &words, source.language == Language::Ky);
                match ids {
                    Some(ids) => phrases.push(Phrase { signal, words: ids }),
                    None => problems.push(format!("{at}: a word normalises to nothing")),
                }
            }
        }
    }
    phrases
}

fn phrase_globs(
    set: &mut PatternSet,
    words: &[Vec<(Mode, String)>],
    kyrgyz: bool,
) -> Option<Vec<Vec<u32>>> {
    let mut out = Vec::with_capacity(words.len());
    for alternatives in words {
        let mut ids = Vec::new();
        for (mode, glob) in alternatives {
            ids.push(set.glob(*mode, glob)?);
            // Many Kyrgyz writers have only a Russian keyboard: `өлтүрөм` arrives as `олтуром`.
            let typed = russian_keyboard(glob);
            if kyrgyz && typed != *glob {
                ids.push(set.glob(*mode, &typed)?);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        out.push(ids);
    }
    (!out.is_empty()).then_some(out)
}

impl Phrases {
    fn push(&mut self, phrase: Phrase) {
        let index = self.phrases.len();
        for &id in phrase.words.first().into_iter().flatten() {
            self.by_first_glob.entry(id).or_default().push(index);
        }
        self.phrases.push(phrase);
    }

    /// Finds the phrases in a text, given its words and the glob ids each word matched
    /// (sorted). Danger categories come in the order they first appear; a threat that
    /// overlaps a self-harm phrase (`өзүмдү өлтүрөм`, `убью себя`, `I will kill myself`) is
    /// not a threat to others and is dropped.
    pub fn scan(&self, atoms: &[Atom], globs: &[Vec<u32>]) -> Signals {
        let mut found: Vec<(Signal, usize, usize)> = Vec::new();
        for (i, word_globs) in globs.iter().enumerate() {
            // The same phrase can be reached through several globs of its first word.
            let from_here = found.len();
            for id in word_globs {
                for &p in self.by_first_glob.get(id).into_iter().flatten() {
                    let Some(phrase) = self.phrases.get(p) else {
                        continue;
                    };
                    if let Some(end) = match_from(phrase, i, atoms, globs) {
                        let new = (phrase.signal, i, end);
                        if !found.get(from_here..).unwrap_or(&[]).contains(&new) {
                            found.push(new);
                        }
                    }
                }
            }
        }
        let self_harm: Vec<(usize, usize)> = found
            .iter()
            .filter(|(s, ..)| *s == Signal::Danger(DangerCategory::SelfHarm))
            .map(|&(_, a, b)| (a, b))
            .collect();
        let mut signals = Signals::default();
        found.sort_by_key(|&(_, start, _)| start);
        for (signal, start, end) in found {
            match signal {
                Signal::Insult => signals.insult = true,
                Signal::Danger(DangerCategory::Threat)
                    if self_harm.iter().any(|&(a, b)| a <= end && start <= b) => {}
                Signal::Danger(category) => {
                    if !signals.danger.contains(&category) {
                        signals.danger.push(category);
                    }
                }
            }
        }
        signals
    }
}

/// Matches the phrase's later words after its first word at `first`; returns the index of
/// the word that matched its last word.
fn match_from(phrase: &Phrase, first: usize, atoms: &[Atom], globs: &[Vec<u32>]) -> Option<usize> {
    let sentence = atoms.get(first)?.sentence;
    let mut at = first;
    for alternatives in phrase.words.iter().skip(1) {
        let mut next = None;
        for j in at + 1..=at + 1 + PHRASE_GAP {
            let (Some(atom), Some(word_globs)) = (atoms.get(j), globs.get(j)) else {
                break;
            };
            if atom.sentence != sentence {
                break;
            }
            if alternatives
                .iter()
                .any(|id| word_globs.binary_search(id).is_ok())
            {
                next = Some(j);
                break;
            }
        }
        at = next?;
    }
    Some(at)
}
