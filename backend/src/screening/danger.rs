//! Danger signals and insults (clause 3.4): phrases of word stems matched in order within a
//! sentence, so inflected Russian and agglutinated Kyrgyz forms are found
//! (`бьют|избивают`, `өлтүр*`, `жашагым келбейт`), and combination rules over classes of
//! such phrases, for the indirect wording no single phrase gives away ("отчим кричал, что я
//! не доживу до утра": someone *said* + *not surviving*). The rule format is described in
//! `lexicon/rules.txt`.

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

/// The word classes of the combination rules, one list per language; a class may take
/// members from every list.
pub(super) const CLASSES: [Source; 3] = [
    Source {
        name: "classes.ky.txt",
        language: Language::Ky,
        text: include_str!("lexicon/classes.ky.txt"),
    },
    Source {
        name: "classes.ru.txt",
        language: Language::Ru,
        text: include_str!("lexicon/classes.ru.txt"),
    },
    Source {
        name: "classes.en.txt",
        language: Language::En,
        text: include_str!("lexicon/classes.en.txt"),
    },
];

/// The combination rules over the classes, for every language at once.
const RULES: (&str, &str) = ("rules.txt", include_str!("lexicon/rules.txt"));

/// How many words a rule's classes may spread over when the rule does not say.
const DEFAULT_WITHIN: usize = 12;

/// What a phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Danger(DangerCategory),
    Insult,
    /// A member of a word class of the combination rules.
    Class(u32),
}

/// A combination rule: a signal raised when every class occurs within `within` words of
/// the first class's occurrence, or (`exempt`) a signal of the category dropped when the
/// class occurs within `within` words of it. A `firm` rule's signal is never dropped by an
/// exemption: its classes already say what no everyday wording beside it can explain away
/// ("there is no class fund" beside receipts for one).
#[derive(Debug, Clone)]
struct Rule {
    category: DangerCategory,
    classes: Vec<u32>,
    within: usize,
    exempt: bool,
    firm: bool,
}

/// A phrase: per word, the glob ids any of which may match it.
#[derive(Debug, Clone)]
struct Phrase {
    signal: Signal,
    words: Vec<Vec<u32>>,
}

/// The danger and insult phrases, indexed by the globs of their first word, and the
/// combination rules over the classes.
#[derive(Debug, Clone, Default)]
pub(super) struct Phrases {
    phrases: Vec<Phrase>,
    by_first_glob: KeyMap<u32, Vec<usize>>,
    rules: Vec<Rule>,
    class_count: usize,
    /// The class a laughing face or a run of `)))` belongs to (`@joking`), when defined.
    joking: Option<u32>,
    /// The class of a writer's word that all is well (`@reassured`: "he is fine", "nothing
    /// bad happened"), when defined.
    reassured: Option<u32>,
    /// The class of a word that reports what someone says (`@claims`: "she says", "дейт"):
    /// "she says she is fine" is a child's cover, not the writer's word.
    claims: Option<u32>,
}

/// What the phrases found in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Signals {
    pub danger: Vec<DangerCategory>,
    pub insult: bool,
    /// What the statistical screen reads beside the words (sorted, each once): the word
    /// classes that occur, whether or not a rule combines them, then the danger categories
    /// raised before any exemption dropped them (`class_count` + the category's place in
    /// [`DangerCategory::ALL`]).
    pub cues: Vec<u32>,
    /// Whether the rules raised danger and their exemptions explained all of it away (a
    /// joke, a game, a lesson), or raised none and the writer says all is well (`@reassured`):
    /// the statistical screen must then be nearly sure to flag the appeal
    /// ([`super::statistical::EXPLAINED_THRESHOLD`]).
    pub explained: bool,
    /// The categories a firm rule raised (`!` in `rules.txt`): no exemption dropped them, and
    /// the statistical screen's veto must not either.
    pub firm: Vec<DangerCategory>,
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
    let mut class_ids: Vec<String> = Vec::new();
    for source in &CLASSES {
        for (number, line) in source.text.lines().enumerate() {
            let at = format!("{}:{}", source.name, number + 1);
            let content = line.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let Some(member) = content.strip_prefix('@') else {
                problems.push(format!("{at}: class lists take `@class: words`"));
                continue;
            };
            let (name, words) = match parse_line(member) {
                Ok(Some(Line::Phrase(name, words))) => (name, words),
                Ok(_) => {
                    problems.push(format!("{at}: class lists take `@class: words`"));
                    continue;
                }
                Err(why) => {
                    problems.push(format!("{at}: {why}"));
                    continue;
                }
            };
            if let Some(word) = neighbours_share(&words) {
                problems.push(format!("{at}: {}", shared_word_problem(word)));
                continue;
            }
            let id = class_id(&mut class_ids, &name);
            match phrase_globs(set, &words, source.language == Language::Ky) {
                Some(ids) => phrases.push(Phrase {
                    signal: Signal::Class(id),
                    words: ids,
                }),
                None => problems.push(format!("{at}: a word normalises to nothing")),
            }
        }
    }
    let defined = class_ids.len();
    for (number, line) in RULES.1.lines().enumerate() {
        let at = format!("{}:{}", RULES.0, number + 1);
        match parse_rule(line, &mut class_ids) {
            Ok(None) => {}
            Ok(Some(rule)) => phrases.rules.push(rule),
            Err(why) => problems.push(format!("{at}: {why}")),
        }
        if class_ids.len() > defined {
            let unknown = class_ids.split_off(defined);
            problems.push(format!("{at}: no members for {unknown:?}"));
        }
    }
    phrases.class_count = class_ids.len();
    let class_id = |class: &str| {
        class_ids
            .iter()
            .position(|name| name == class)
            .and_then(|i| u32::try_from(i).ok())
    };
    phrases.joking = class_id("joking");
    phrases.reassured = class_id("reassured");
    phrases.claims = class_id("claims");
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
                if let Some(word) = neighbours_share(&words) {
                    problems.push(format!("{at}: {}", shared_word_problem(word)));
                    continue;
                }
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

/// A word that stands among the alternatives of two neighbouring places of a phrase: the
/// trace of two phrases written on one line (`ачка калды|ачка отурат` is three places,
/// `ачка`, `калды|ачка`, `отурат`, and matches neither phrase).
fn neighbours_share(words: &[Vec<(Mode, String)>]) -> Option<&str> {
    words.windows(2).find_map(|pair| {
        let [first, second] = pair else { return None };
        first
            .iter()
            .find(|(_, glob)| second.iter().any(|(_, other)| other == glob))
            .map(|(_, glob)| glob.as_str())
    })
}

fn shared_word_problem(word: &str) -> String {
    format!(
        "`{word}` stands in two neighbouring places: `|` separates the words of one place, so \
         write each phrase on a line of its own"
    )
}

/// The number of a class, given the first time its name is seen.
fn class_id(ids: &mut Vec<String>, name: &str) -> u32 {
    let index = match ids.iter().position(|n| n == name) {
        Some(index) => index,
        None => {
            ids.push(name.to_owned());
            ids.len() - 1
        }
    };
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// Parses one line of `rules.txt`: `threat: @said + @not_surviving within 10`, a firm rule
/// `!extortion: @receipts + @no_such_fund within 20`, or an exemption
/// `-weapons: @stage_prop within 4`; `Ok(None)` for blank lines and comments.
fn parse_rule(line: &str, ids: &mut Vec<String>) -> Result<Option<Rule>, String> {
    let content = line.split('#').next().unwrap_or("").trim();
    if content.is_empty() {
        return Ok(None);
    }
    let (head, body) = content
        .split_once(':')
        .ok_or_else(|| format!("no `category:` in {content:?}"))?;
    let head = head.trim();
    let (exempt, firm, code) = match (head.strip_prefix('-'), head.strip_prefix('!')) {
        (Some(code), _) => (true, false, code.trim()),
        (None, Some(code)) => (false, true, code.trim()),
        (None, None) => (false, false, head),
    };
    let category =
        DangerCategory::from_code(code).ok_or_else(|| format!("unknown category {code:?}"))?;
    let (classes, within) = match body.split_once(" within ") {
        Some((classes, n)) => (
            classes,
            n.trim()
                .parse::<usize>()
                .map_err(|_| format!("`within` takes a number of words, not {n:?}"))?,
        ),
        None => (body, DEFAULT_WITHIN),
    };
    let mut rule = Rule {
        category,
        classes: Vec::new(),
        within,
        exempt,
        firm,
    };
    for name in classes.split('+').map(str::trim) {
        let name = name
            .strip_prefix('@')
            .filter(|n| !n.is_empty())
            .ok_or_else(|| format!("`{name}` is not a class (`@name`)"))?;
        rule.classes.push(class_id(ids, name));
    }
    if rule.classes.is_empty() || (exempt && rule.classes.len() != 1) {
        return Err("a rule takes classes joined by `+`; an exemption takes one".to_owned());
    }
    Ok(Some(rule))
}

fn phrase_globs(
    set: &mut PatternSet,
    words: &[Vec<(Mode, String)>],
    kyrgyz: bool,
) -> Option<Vec<Vec<u32>>> {
    if words.len() > MAX_PHRASE_WORDS {
        return None;
    }
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
    ///
    /// `laughs` are the places of laughing faces (`😂`, `)))`) that stand between the words:
    /// the number of words before each. They count as members of `@joking`, which drops a
    /// threat nearby, as `lol` does.
    pub fn scan(&self, atoms: &[Atom], globs: &[Vec<u32>], laughs: &[usize]) -> Signals {
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
        // The combination rules: class occurrences by class, in order of their start.
        let mut classes: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.class_count];
        found.retain(|&(signal, start, end)| match signal {
            Signal::Class(id) => {
                if let Some(list) = classes.get_mut(id as usize) {
                    list.push((start, end));
                }
                false
            }
            Signal::Danger(_) | Signal::Insult => true,
        });
        if let Some(joking) = self.joking.and_then(|id| classes.get_mut(id as usize)) {
            // A face after the last word of a sentence stands at that word.
            joking.extend(laughs.iter().map(|&at| {
                let word = at.saturating_sub(1);
                (word, word)
            }));
            joking.sort_unstable();
        }
        let mut firm: Vec<(Signal, usize, usize)> = Vec::new();
        for rule in self.rules.iter().filter(|r| !r.exempt) {
            if let Some((start, end)) = rule_match(rule, &classes) {
                let hit = (Signal::Danger(rule.category), start, end);
                if rule.firm {
                    firm.push(hit);
                } else {
                    found.push(hit);
                }
            }
        }
        let mut cues: Vec<u32> = (0u32..)
            .zip(&classes)
            .filter(|(_, occurrences)| !occurrences.is_empty())
            .map(|(id, _)| id)
            .collect();
        for &(signal, ..) in found.iter().chain(&firm) {
            if let Signal::Danger(category) = signal {
                if let Some(place) = DangerCategory::ALL.iter().position(|&c| c == category) {
                    cues.push((self.class_count + place) as u32);
                }
            }
        }
        cues.sort_unstable();
        cues.dedup();
        found.retain(|&(signal, start, end)| {
            let Signal::Danger(category) = signal else {
                return true;
            };
            !self.rules.iter().any(|rule| {
                rule.exempt
                    && rule.category == category
                    && rule.classes.iter().any(|&c| {
                        near(
                            classes.get(c as usize).map_or(&[], Vec::as_slice),
                            start,
                            end,
                            rule.within,
                        )
                    })
            })
        });
        let mut firm_categories: Vec<DangerCategory> = DangerCategory::ALL
            .into_iter()
            .filter(|&c| firm.iter().any(|&(signal, ..)| signal == Signal::Danger(c)))
            .collect();
        found.extend(firm);
        let self_harm: Vec<(usize, usize)> = found
            .iter()
            .filter(|(s, ..)| *s == Signal::Danger(DangerCategory::SelfHarm))
            .map(|&(_, a, b)| (a, b))
            .collect();
        let raised = cues.iter().any(|&cue| cue as usize >= self.class_count);
        let mut signals = Signals {
            cues,
            ..Signals::default()
        };
        found.sort_by_key(|&(_, start, _)| start);
        for (signal, start, end) in found {
            match signal {
                Signal::Insult => signals.insult = true,
                Signal::Class(_) => {}
                Signal::Danger(DangerCategory::Threat)
                    if self_harm.iter().any(|&(a, b)| a <= end && start <= b) => {}
                Signal::Danger(category) => {
                    if !signals.danger.contains(&category) {
                        signals.danger.push(category);
                    }
                }
            }
        }
        let class = |id: Option<u32>| {
            id.and_then(|id| classes.get(id as usize))
                .map_or(&[][..], Vec::as_slice)
        };
        let claims = class(self.claims);
        let reassured = class(self.reassured)
            .iter()
            .any(|&(start, end)| !near(claims, start, end, CLAIM_REACH));
        signals.explained = (raised || reassured) && signals.danger.is_empty();
        firm_categories.retain(|c| signals.danger.contains(c));
        signals.firm = firm_categories;
        signals
    }
}

/// How far from a writer's "all is well" a word that reports someone's claim makes it a
/// claim ("she says that everything is fine", "баары жакшы дейт").
const CLAIM_REACH: usize = 3;

/// The most words a phrase may have…
const MAX_PHRASE_WORDS: usize = 20;

/// … so the most words it can cover, with the gaps between them: an occurrence that starts
/// further back than this cannot reach a span.
const LONGEST_PHRASE: usize = MAX_PHRASE_WORDS * (PHRASE_GAP + 1);

/// Whether one of the occurrences (sorted by start) lies within `within` words of the span
/// `start..=end`.
fn near(occurrences: &[(usize, usize)], start: usize, end: usize, within: usize) -> bool {
    let from = occurrences
        .partition_point(|&(s, _)| s.saturating_add(within).saturating_add(LONGEST_PHRASE) < start);
    occurrences
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&(s, _)| s <= end.saturating_add(within))
        .any(|&(_, e)| e.saturating_add(within) >= start)
}

/// The first span where every class of the rule occurs within `within` words of an
/// occurrence of its first class; the span covers the first class's occurrence and the
/// nearest occurrence of every other class, so an exemption sees the whole meeting
/// ("папа сказал, что убьёт время": the idiom lies in the `@doom` part, not in `@said`).
fn rule_match(rule: &Rule, classes: &[Vec<(usize, usize)>]) -> Option<(usize, usize)> {
    let (first, rest) = rule.classes.split_first()?;
    let anchors = classes.get(*first as usize)?;
    anchors.iter().find_map(|&(start, end)| {
        let mut span = (start, end);
        for &c in rest {
            let occurrences = classes.get(c as usize).map_or(&[][..], Vec::as_slice);
            let from = occurrences.partition_point(|&(s, _)| {
                s.saturating_add(rule.within).saturating_add(LONGEST_PHRASE) < start
            });
            let nearest = occurrences
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&(s, _)| s <= end.saturating_add(rule.within))
                .filter(|&&(s, e)| {
                    e.saturating_add(rule.within) >= start && s <= end.saturating_add(rule.within)
                })
                .min_by_key(|&&(s, _)| s.abs_diff(start))?;
            span = (span.0.min(nearest.0), span.1.max(nearest.1));
        }
        Some(span)
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn places(line: &str) -> Vec<Vec<(Mode, String)>> {
        match parse_line(line) {
            Ok(Some(Line::Phrase(_, words))) => words,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn two_phrases_written_on_one_line_are_a_problem() {
        assert_eq!(
            neighbours_share(&places("starve: ачка калды|ачка отурат")),
            Some("ачка")
        );
        assert_eq!(
            neighbours_share(&places("night: at night|every night")),
            Some("night")
        );
        // One place of alternatives, or a word again further on, is what it says.
        assert_eq!(neighbours_share(&places("starve: ачка калды|отурат")), None);
        assert_eq!(neighbours_share(&places("alone: один на один")), None);
    }
}
