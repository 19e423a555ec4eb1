//! Lexicon patterns, the line format of the lexicon files, and the matcher.
//!
//! # The line format
//!
//! Every lexicon file is UTF-8 text, one entry a line. `#` starts a comment (to the end of
//! the line); blank lines are ignored. Entries are written in lower case in their own
//! script, letters and digits only (a word of the text never holds a separator, so an
//! entry with one could never match and is reported as an error); `ё` may be written and
//! is read as `е`. Lines that do not parse are skipped at run time and fail a unit test.
//!
//! Word lists (`obscene.*.txt`, `allow.*.txt`) hold one pattern a line:
//!
//! | line            | matches a word (after normalisation) that…                    |
//! | --------------- | ------------------------------------------------------------- |
//! | `root:хуй`      | contains `хуй` anywhere (`нахуй`, `хуйня`)                     |
//! | `prefix:бля`    | starts with `бля`                                               |
//! | `suffix:…`      | ends with it                                                    |
//! | `word:ит`       | is exactly `ит`                                                 |
//!
//! Phrase lists (`danger.*.txt`, `insult.*.txt`) hold one phrase a line, with its category:
//! `self_harm: поконч* с собой`. A phrase is one or more words; each word is a *glob*:
//! `поконч*` (starts with), `*бива*` (contains), `*ся` (ends with) or `собой` (exactly), and
//! may list alternatives with `|`: `убью|убьём`. The words must appear in this order in one
//! sentence, with at most [`PHRASE_GAP`] other words between two of them.
//!
//! # Matching and stretched letters
//!
//! A word and a pattern are compared as *runs* of equal letters. A run of the pattern matches
//! a run of the same letter in the word when the word's run is exactly as long, or is
//! stretched to three letters or more (`пиииздец`, `fuuuuck`). A run of exactly two letters
//! where the pattern has one is a real double letter, not a stretch: the Kyrgyz `жооп`
//! ("answer") does not match a root `жоп`, and `assess` does not match `word:asses`. Where a
//! pattern ends inside the word (both ends of a root, the end of a prefix) the word's run may
//! be longer, because the word goes on there (`бляд` in `бляддь`).
//!
//! A word with a hidden letter (`f*ck`, `с**а`) is compared letter by letter instead: each
//! `*` stands for one letter, at most half of the pattern may be hidden, and at least two of
//! its letters must be seen.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::normalise::{lexicon_form, Reading, WILDCARD_WORD_CAP};

/// A multiplicative hasher for the small keys of the lexicon indexes (letters, glob ids):
/// the indexes are looked up several times per word, and the default SipHash would be a
/// good part of the screening time. The keys come from our own lexicons, so flooding
/// resistance buys nothing here.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map keyed by letters or glob ids.
pub(super) type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// How many characters [`small_index`] numbers: ASCII and the Cyrillic blocks.
const SMALL: usize = 128 + 0x130;

/// A dense number for the characters nearly every appeal is written in.
fn small_index(c: char) -> Option<usize> {
    let u = c as usize;
    if u < 128 {
        Some(u)
    } else if (0x400..0x530).contains(&u) {
        Some(128 + u - 0x400)
    } else {
        None
    }
}

/// A bit set over pairs of letters that answers "certainly no pattern starts like this"
/// without hashing; pairs outside ASCII and Cyrillic always answer "maybe".
#[derive(Debug, Clone, Default)]
struct PairFilter {
    bits: Vec<u64>,
}

impl PairFilter {
    fn index(a: char, b: Option<char>) -> Option<usize> {
        let second = match b {
            Some(b) => small_index(b)? + 1,
            None => 0,
        };
        Some(small_index(a)? * (SMALL + 1) + second)
    }

    fn insert(&mut self, a: char, b: Option<char>) {
        if self.bits.is_empty() {
            self.bits = vec![0; (SMALL * (SMALL + 1)).div_ceil(64)];
        }
        if let Some(i) = PairFilter::index(a, b) {
            if let Some(word) = self.bits.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        }
    }

    fn may_contain(&self, a: char, b: Option<char>) -> bool {
        match PairFilter::index(a, b) {
            Some(i) => self
                .bits
                .get(i / 64)
                .is_some_and(|w| (w >> (i % 64)) & 1 == 1),
            None => !self.bits.is_empty(),
        }
    }
}

/// How many other words may stand between two words of a phrase.
pub(super) const PHRASE_GAP: usize = 2;

/// Where in a word a pattern must be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Mode {
    /// The whole word.
    Word,
    /// The start of the word.
    Prefix,
    /// Anywhere in the word.
    Root,
    /// The end of the word.
    Suffix,
}

/// What a pattern is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    /// An obscene word (clause 3.3).
    Obscene,
    /// An innocent word that contains an obscene root; it shields matches that start inside it.
    Allow,
    /// A word of a phrase (danger signals, insults), by its id.
    Glob(u32),
}

#[derive(Debug, Clone)]
struct Pattern {
    mode: Mode,
    chars: Vec<char>,
    runs: Vec<(char, u32)>,
    tag: Tag,
}

/// Where a pattern was found in a reading: `start..end` are indexes into its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub tag: Tag,
    pub mode: Mode,
    pub start: usize,
    pub end: usize,
}

/// A word without the soft signs a Latin typist drops ([`PatternSet::without_soft_signs`]),
/// or `None` when it has none to drop or too little would be left.
fn soft_signless(chars: &[char]) -> Option<Vec<char>> {
    let last = chars.len().checked_sub(1)?;
    let before_last = last.checked_sub(1).and_then(|i| chars.get(i));
    // An infinitive's `ть` at the end (`пересдать`, typed `peresdat`) also loses its sign,
    // where five letters are left: `брать` without it is `брат`, "brother".
    let infinitive = chars.get(last) == Some(&'ь') && before_last == Some(&'т');
    let dropped =
        |i: usize, c: char| c == 'ь' && (i < last || before_last == Some(&'ш') || infinitive);
    let kept: Vec<char> = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| !dropped(i, c))
        .map(|(_, &c)| c)
        .collect();
    let letters = kept.iter().filter(|c| c.is_alphabetic()).count();
    let enough = if infinitive { 5 } else { 4 };
    (kept.len() < chars.len() && letters >= enough).then_some(kept)
}

/// A set of patterns indexed by their first two runs of letters (or their last letter), so
/// a word is compared only with the few patterns that can match it.
#[derive(Debug, Clone, Default)]
pub(super) struct PatternSet {
    patterns: Vec<Pattern>,
    /// Whole-word and prefix patterns by their first two runs' letters…
    anchored: KeyMap<(char, char), Vec<usize>>,
    /// … and those of one run (`я`, `ss`) by their letter.
    anchored_single: KeyMap<char, Vec<usize>>,
    roots: KeyMap<(char, char), Vec<usize>>,
    roots_single: KeyMap<char, Vec<usize>>,
    /// Which (first, second) letters start an anchored pattern or a root (`None` second:
    /// a one-run pattern).
    anchored_filter: PairFilter,
    roots_filter: PairFilter,
    suffixes: KeyMap<char, Vec<usize>>,
    by_first: KeyMap<char, Vec<usize>>,
    by_second: KeyMap<char, Vec<usize>>,
    globs: KeyMap<(Mode, Vec<char>), u32>,
}

impl PatternSet {
    /// Adds a pattern given in lexicon form; returns false (and adds nothing) when the entry
    /// normalises to nothing.
    pub fn add(&mut self, mode: Mode, entry: &str, tag: Tag) -> bool {
        let chars = lexicon_form(entry);
        if chars.is_empty() || chars.contains(&'*') {
            return false;
        }
        self.insert(mode, chars, tag);
        true
    }

    /// The phrase words that hold a soft sign, again without it, under the same glob ids: Russian
    /// typed in Latin letters drops the soft sign (`bolno`, `dengi`, `prinesesh`), and its
    /// Cyrillic reading would otherwise miss every word that has one. Only a sign inside the
    /// word, after `ш` at its end or ending an infinitive (`ть`) is dropped, and only where four
    /// letters are left (five for an infinitive): `боль` without it is the Kyrgyz `бол` ("be")
    /// and would read `sak bol` as pain. For the
    /// Cyrillic readings of Latin text alone, never for Cyrillic text, where a word without its
    /// sign is another word.
    pub fn without_soft_signs(&self) -> PatternSet {
        let mut globs: Vec<(&(Mode, Vec<char>), &u32)> = self.globs.iter().collect();
        globs.sort_unstable_by_key(|&(_, &id)| id);
        let mut set = PatternSet::default();
        for ((mode, chars), &id) in globs {
            if let Some(stripped) = soft_signless(chars) {
                set.insert(*mode, stripped, Tag::Glob(id));
            }
        }
        set
    }

    /// The glob id of a phrase word, adding the pattern the first time it is seen.
    pub fn glob(&mut self, mode: Mode, entry: &str) -> Option<u32> {
        let chars = lexicon_form(entry);
        if chars.is_empty() || chars.contains(&'*') {
            return None;
        }
        if let Some(&id) = self.globs.get(&(mode, chars.clone())) {
            return Some(id);
        }
        let id = u32::try_from(self.globs.len()).ok()?;
        self.globs.insert((mode, chars.clone()), id);
        self.insert(mode, chars, Tag::Glob(id));
        Some(id)
    }

    fn insert(&mut self, mode: Mode, chars: Vec<char>, tag: Tag) {
        let id = self.patterns.len();
        let mut runs: Vec<(char, u32)> = Vec::new();
        for &c in &chars {
            match runs.last_mut() {
                Some((last, n)) if *last == c => *n += 1,
                _ => runs.push((c, 1)),
            }
        }
        let (first, last) = match (chars.first(), chars.last()) {
            (Some(&f), Some(&l)) => (f, l),
            _ => return,
        };
        let second_run = runs.get(1).map(|&(c, _)| c);
        match mode {
            Mode::Word | Mode::Prefix => self.anchored_filter.insert(first, second_run),
            Mode::Root => self.roots_filter.insert(first, second_run),
            Mode::Suffix => {}
        }
        match (mode, second_run) {
            (Mode::Word | Mode::Prefix, Some(second)) => {
                self.anchored.entry((first, second)).or_default().push(id)
            }
            (Mode::Word | Mode::Prefix, None) => {
                self.anchored_single.entry(first).or_default().push(id)
            }
            (Mode::Root, Some(second)) => self.roots.entry((first, second)).or_default().push(id),
            (Mode::Root, None) => self.roots_single.entry(first).or_default().push(id),
            (Mode::Suffix, _) => self.suffixes.entry(last).or_default().push(id),
        }
        self.by_first.entry(first).or_default().push(id);
        if let Some(&second) = chars.get(1) {
            self.by_second.entry(second).or_default().push(id);
        }
        self.patterns.push(Pattern {
            mode,
            chars,
            runs,
            tag,
        });
    }

    /// Appends to `out` every pattern found in the reading.
    pub fn find(&self, reading: &Reading, out: &mut Vec<Hit>) {
        if reading.wildcard {
            if reading.chars.len() <= WILDCARD_WORD_CAP {
                self.find_with_hidden_letters(reading, out);
            }
            return;
        }
        let t = &reading.runs;
        let Some(&(first, _)) = t.first() else {
            return;
        };
        let Some(&(last, _)) = t.last() else {
            return;
        };
        let second = |s: usize| t.get(s + 1).map(|&(c, _)| c);
        let anchored = match second(0) {
            Some(b) if self.anchored_filter.may_contain(first, Some(b)) => {
                self.anchored.get(&(first, b))
            }
            _ => None,
        };
        let anchored_single = if self.anchored_filter.may_contain(first, None) {
            self.anchored_single.get(&first)
        } else {
            None
        };
        for &id in anchored.into_iter().chain(anchored_single).flatten() {
            let p = &self.patterns[id];
            if let Some(end) = runs_match_at(&p.runs, t, 0, p.mode) {
                if p.mode == Mode::Prefix || end == t.len() {
                    out.push(hit(p, reading, 0, end));
                }
            }
        }
        let any_roots = !self.roots.is_empty() || !self.roots_single.is_empty();
        for s in (0..t.len()).filter(|_| any_roots) {
            let a = t[s].0;
            let roots = match second(s) {
                Some(b) if self.roots_filter.may_contain(a, Some(b)) => self.roots.get(&(a, b)),
                _ => None,
            };
            let roots_single = if self.roots_filter.may_contain(a, None) {
                self.roots_single.get(&a)
            } else {
                None
            };
            for &id in roots.into_iter().chain(roots_single).flatten() {
                let p = &self.patterns[id];
                if let Some(end) = runs_match_at(&p.runs, t, s, p.mode) {
                    out.push(hit(p, reading, s, end));
                }
            }
        }
        for &id in self.suffixes.get(&last).into_iter().flatten() {
            let p = &self.patterns[id];
            if let Some(s) = t.len().checked_sub(p.runs.len()) {
                if runs_match_at(&p.runs, t, s, p.mode) == Some(t.len()) {
                    out.push(hit(p, reading, s, t.len()));
                }
            }
        }
    }

    fn find_with_hidden_letters(&self, reading: &Reading, out: &mut Vec<Hit>) {
        let t = &reading.chars;
        let n = t.len();
        for s in 0..n {
            let candidates = if t[s] != '*' {
                self.by_first.get(&t[s])
            } else {
                match t.get(s + 1) {
                    Some(&next) if next != '*' => self.by_second.get(&next),
                    _ => None,
                }
            };
            for &id in candidates.into_iter().flatten() {
                let p = &self.patterns[id];
                let m = p.chars.len();
                if s + m > n {
                    continue;
                }
                let placed = match p.mode {
                    Mode::Word => s == 0 && m == n,
                    Mode::Prefix => s == 0,
                    Mode::Suffix => s + m == n,
                    Mode::Root => true,
                };
                if !placed {
                    continue;
                }
                let mut hidden = 0;
                let fits = t[s..s + m].iter().zip(&p.chars).all(|(&tc, &pc)| {
                    if tc == '*' {
                        hidden += 1;
                        true
                    } else {
                        tc == pc
                    }
                });
                if fits && hidden * 2 <= m && m - hidden >= 2 {
                    out.push(Hit {
                        tag: p.tag,
                        mode: p.mode,
                        start: s,
                        end: s + m,
                    });
                }
            }
        }
    }
}

fn hit(p: &Pattern, reading: &Reading, start_run: usize, end_run: usize) -> Hit {
    let start = reading.run_starts.get(start_run).copied().unwrap_or(0);
    let end = match end_run.checked_sub(1) {
        Some(last) => {
            let from = reading.run_starts.get(last).copied().unwrap_or(0);
            let len = reading.runs.get(last).map_or(0, |&(_, n)| n as usize);
            from + len
        }
        None => start,
    };
    Hit {
        tag: p.tag,
        mode: p.mode,
        start,
        end,
    }
}

/// Whether the pattern's runs match the word's runs starting at run `s`; returns the run
/// index just past the match. Where the pattern ends inside the word (the start of a root
/// or suffix, the end of a root or prefix) the word's run may be longer; elsewhere it must
/// be as long, or stretched to three letters or more.
fn runs_match_at(p: &[(char, u32)], t: &[(char, u32)], s: usize, mode: Mode) -> Option<usize> {
    let m = p.len();
    let window = t.get(s..s.checked_add(m)?)?;
    let open_start = matches!(mode, Mode::Root | Mode::Suffix);
    let open_end = matches!(mode, Mode::Root | Mode::Prefix);
    for (i, (&(pc, pn), &(tc, tn))) in p.iter().zip(window).enumerate() {
        if pc != tc {
            return None;
        }
        let open = (i == 0 && open_start) || (i + 1 == m && open_end);
        let fits = if open {
            tn >= pn
        } else {
            tn == pn || (tn > pn && tn >= 3)
        };
        if !fits {
            return None;
        }
    }
    Some(s + m)
}

/// One parsed line of a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Line {
    /// `root:хуй`, `word:ит`, `prefix:бля`, `suffix:…`.
    Pattern(Mode, String),
    /// `self_harm: поконч* с собой`: the category key and, per word, its alternatives.
    Phrase(String, Vec<Vec<(Mode, String)>>),
}

/// Parses one line of a lexicon file: `Ok(None)` for blank lines and comments.
pub(super) fn parse_line(line: &str) -> Result<Option<Line>, String> {
    let content = line.split('#').next().unwrap_or("").trim();
    if content.is_empty() {
        return Ok(None);
    }
    let Some((key, value)) = content.split_once(':') else {
        return Err(format!("no `key:` in {content:?}"));
    };
    let key = key.trim();
    let value = value.trim();
    if value.is_empty() {
        return Err(format!("nothing after `{key}:`"));
    }
    let mode = match key {
        "root" => Some(Mode::Root),
        "word" => Some(Mode::Word),
        "prefix" => Some(Mode::Prefix),
        "suffix" => Some(Mode::Suffix),
        _ => None,
    };
    if let Some(mode) = mode {
        if !value.chars().all(char::is_alphanumeric) {
            return Err(format!("`{key}:` takes one word of letters, not {value:?}"));
        }
        return Ok(Some(Line::Pattern(mode, value.to_owned())));
    }
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(format!("unknown key {key:?}"));
    }
    let mut words = Vec::new();
    for word in value.split_whitespace() {
        let mut alternatives = Vec::new();
        for glob in word.split('|') {
            alternatives.push(parse_glob(glob).ok_or_else(|| format!("bad glob {glob:?}"))?);
        }
        words.push(alternatives);
    }
    Ok(Some(Line::Phrase(key.to_owned(), words)))
}

/// `x*` → prefix, `*x*` → root, `*x` → suffix, `x` → whole word.
fn parse_glob(glob: &str) -> Option<(Mode, String)> {
    let starts = glob.starts_with('*');
    let ends = glob.ends_with('*') && glob.len() > 1;
    let inner = glob.trim_matches('*');
    // Text words never hold separators or spaces, so an entry with one could never match.
    if inner.is_empty() || !inner.chars().all(char::is_alphanumeric) {
        return None;
    }
    let mode = match (starts, ends) {
        (true, true) => Mode::Root,
        (false, true) => Mode::Prefix,
        (true, false) => Mode::Suffix,
        (false, false) => Mode::Word,
    };
    Some((mode, inner.to_owned()))
}
