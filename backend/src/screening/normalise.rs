//! The normaliser: from what the writer typed to the readings the lexicons are matched
//! against.
//!
//! A writer who wants a word through a filter bends its spelling: Latin letters that look
//! Cyrillic (`xyй`), digits and symbols for letters (`sh1t`, `бл@дь`, `6ля`), stretched
//! letters (`пиииздец`), separators inside the word (`х.у.й`, `х у й`), an asterisk for a
//! letter (`f*ck`), invisible characters and combining marks. The normaliser undoes that in
//! two steps:
//!
//! 1. [`split_words`] cuts the text into words (*atoms*) and notes which atoms sit so close
//!    together that they may be one word in disguise (`х.у.й`, `f u c k`).
//! 2. [`Reader::read`] turns the characters of a word into one or more *readings*: lower case,
//!    `ё`→`е`, invisible characters dropped, and — because a mixed-script word is ambiguous —
//!    up to three spellings: a Latin one (for the English lexicon), a Cyrillic one by look
//!    (`x`→`х`, `y`→`у`, `p`→`р`, `b`→`ь`) and, for words that mix scripts, a Cyrillic one by
//!    sound (`p`→`п`, `b`→`б`, `h`→`х`). An all-Latin word gets the Cyrillic reading only
//!    when every letter is a look-alike (`cyka`), so `hello` is only ever read as English.
//!    Digits and symbols read as letters (`0`→`о`, `3`→`з`/`e`, `6`→`б`, `@`→`а` and also
//!    "any letter", `$`→`с`/`s`), and a word with an asterisk is read both with the
//!    asterisk as a hidden letter and without it.
//!
//! Stretched letters are not collapsed here: the matcher compares *runs* of letters (see
//! `patterns.rs`), so `пиииздец` matches `пизд` while the Kyrgyz `жооп` ("answer", a real
//! double letter) does not match the Russian root `жоп`.
//!
//! The Kyrgyz letters `ң ө ү` are kept as they are; lexicon files spell out the variants
//! typed on a Russian keyboard (`н о у`) where they matter.

/// Characters that separate the pieces of one word in disguise (`х.у.й`, `f-u-c-k`).
/// Apostrophes are not among them: `who're`, `she'll` and `As's` would be read as
/// `whore`, `shell` and `ass`.
const TIGHT_SEPARATORS: &[char] = &[
    '.', '-', '_', '~', '|', '/', '\\', '+', '^', '‐', '‑', '·', '•', '*',
];

/// A cap on how many characters of one word the wildcard matcher looks at: a "word" of a
/// thousand asterisks and letters is noise, and the cap keeps `screen` linear.
pub(super) const WILDCARD_WORD_CAP: usize = 64;

/// One word of the text as the writer wrote it: a run of letters, digits and the symbols
/// that stand for letters (`@ $ *`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Atom {
    /// Byte offset of the first character in the text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The sentence the word belongs to; phrases never reach across sentences.
    pub sentence: u32,
    /// Whether the word is one letter (`х` in `х у й`).
    pub single_letter: bool,
}

/// A span of atoms `first..=last` that may be one word in disguise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Joined {
    pub first: usize,
    pub last: usize,
}

/// The words of a text and the disguised words made of several of them.
#[derive(Debug, Clone, Default)]
pub(super) struct Words {
    pub atoms: Vec<Atom>,
    pub joined: Vec<Joined>,
}

/// How two neighbouring atoms are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// One to three separator characters and no space: `х.у`, `f-u`.
    Tight,
    /// Up to three characters of spaces and separators: `х у`, `х. у` (used only between
    /// single letters).
    Loose,
    /// Anything else.
    Apart,
}

/// Characters that are invisible or decorate a letter: dropped inside a word.
pub(super) fn is_ignorable(c: char) -> bool {
    // Fast paths for the scripts nearly every appeal is written in.
    let u = c as u32;
    if u < 0x0300 {
        return u == 0x00AD;
    }
    if (0x0370..0x0500).contains(&u) {
        return (0x0483..=0x0489).contains(&u);
    }
    matches!(c,
        '\u{00AD}'                  // soft hyphen
        | '\u{034F}'                // combining grapheme joiner
        | '\u{0300}'..='\u{036F}'   // combining diacritical marks
        | '\u{0483}'..='\u{0489}'   // Cyrillic combining marks
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200B}'..='\u{200F}'   // zero-width space, joiners, direction marks
        | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'   // variation selectors
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FEFF}'
    )
}

/// Symbols that hide one letter: `f*ck`, `х#й`, `с%ка`.
fn is_mask(c: char) -> bool {
    matches!(c, '*' | '#' | '%' | '\u{FF0A}')
}

/// Symbols that stand for a letter: `бл@дь`, `a$$`.
fn is_letter_symbol(c: char) -> bool {
    matches!(c, '@' | '$' | '\u{FF20}' | '\u{FF04}')
}

/// `char::is_alphabetic`, with a fast path for ASCII and Cyrillic.
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if is_cyrillic(c) {
        !('\u{0482}'..='\u{0489}').contains(&c)
    } else {
        c.is_alphabetic()
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || is_mask(c) || is_letter_symbol(c)
    } else {
        is_letter(c) || c.is_numeric() || is_ignorable(c) || is_mask(c) || is_letter_symbol(c)
    }
}

/// Pushes the lower case of `c`, with a fast path for ASCII and Russian letters.
fn push_lower(c: char, index: usize, out: &mut Vec<char>, source: &mut Vec<usize>) {
    let lower = if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else if ('А'..='Я').contains(&c) {
        char::from_u32(c as u32 + 0x20)
    } else if ('а'..='я').contains(&c) {
        Some(c)
    } else {
        None
    };
    if let Some(lc) = lower {
        out.push(lc);
        source.push(index);
        return;
    }
    for lc in c.to_lowercase() {
        if is_ignorable(lc) {
            continue;
        }
        out.push(if lc == 'ё' { 'е' } else { lc });
        source.push(index);
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '!' | '?' | ';' | '…' | '\n' | '\r' | '。' | '؟' | '¡' | '¿'
    )
}

/// Cuts a text into words and finds the groups of words that may be one word in disguise.
pub(super) fn split_words(text: &str) -> Words {
    let mut atoms: Vec<Atom> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        // Masks at the edges are decoration (`**важно**`), not hidden letters, so the atom
        // runs from its first to its last character that is not a mask.
        let mut start: Option<usize> = None;
        let mut end = at;
        let mut letters = 0usize;
        let mut visible = 0usize;
        let mut current = (at, c);
        loop {
            let (p, ch) = current;
            if !is_mask(ch) {
                start.get_or_insert(p);
                end = p + ch.len_utf8();
                visible += usize::from(!is_ignorable(ch));
            }
            letters += usize::from(is_letter(ch) || is_letter_symbol(ch));
            let next = match chars.peek() {
                Some(&(np, nc)) if is_word_char(nc) => Some((np, nc)),
                // `sh!t`, `п!здец`: an exclamation mark between two letters, the second in
                // lower case, stands for `i` (`привет!Как` is two words).
                Some(&(np, '!')) if is_letter(ch) => {
                    let mut ahead = chars.clone();
                    ahead.next();
                    ahead
                        .peek()
                        .is_some_and(|&(_, after)| is_letter(after) && after.is_lowercase())
                        .then_some((np, '!'))
                }
                _ => None,
            };
            match next {
                Some(n) => {
                    chars.next();
                    current = n;
                }
                None => break,
            }
        }
        // A number is a word too (`мне 14`, `ему 35`, `2000 сом`): ages and sums are what
        // many danger phrases turn on. Only a run of letters or of digits alone is kept;
        // punctuation and emoji are not words.
        let number = start.is_some_and(|s| {
            text.get(s..end)
                .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        });
        if let (Some(start), true) = (start, letters > 0 || number) {
            atoms.push(Atom {
                start,
                end,
                sentence: 0,
                single_letter: letters == 1 && visible == 1,
            });
        }
    }

    let gaps: Vec<(Gap, bool)> = atoms
        .windows(2)
        .map(|pair| classify_gap(text.get(pair[0].end..pair[1].start).unwrap_or("")))
        .collect();
    let mut sentence = 0u32;
    for (k, atom) in atoms.iter_mut().enumerate() {
        if k > 0 && gaps.get(k - 1).is_some_and(|&(_, ends)| ends) {
            sentence += 1;
        }
        atom.sentence = sentence;
    }

    let mut joined = Vec::new();
    // `х.у.й`, `пи-з-дец`, `f.u.c.k`: atoms glued by separators.
    let mut k = 0;
    while k < atoms.len() {
        let mut last = k;
        while last < gaps.len() && gaps[last].0 == Gap::Tight {
            last += 1;
        }
        if last > k {
            joined.push(Joined { first: k, last });
        }
        k = last + 1;
    }
    // `х у й`, `f u c k`: at least three single letters in a row (unless the same atoms
    // already form a chain above; those are sorted by their first atom).
    let glued = joined.len();
    let mut k = 0;
    while k < atoms.len() {
        if !atoms[k].single_letter {
            k += 1;
            continue;
        }
        let mut last = k;
        while last < gaps.len() && gaps[last].0 != Gap::Apart && atoms[last + 1].single_letter {
            last += 1;
        }
        let seen = joined
            .get(..glued)
            .unwrap_or(&[])
            .binary_search_by_key(&k, |j| j.first)
            .is_ok_and(|i| joined.get(i).is_some_and(|j| j.last == last));
        if last >= k + 2 && !seen {
            joined.push(Joined { first: k, last });
        }
        k = last + 1;
    }
    Words { atoms, joined }
}

/// Classifies the text between two atoms; the flag says whether a sentence ends there.
fn classify_gap(gap: &str) -> (Gap, bool) {
    let mut count = 0usize;
    let mut space = false;
    let mut period = false;
    let mut ends_sentence = false;
    let mut only_separators = true;
    for c in gap.chars() {
        count += 1;
        space |= c.is_whitespace();
        period |= c == '.';
        ends_sentence |= is_sentence_end(c);
        only_separators &= c.is_whitespace() || TIGHT_SEPARATORS.contains(&c);
    }
    let kind = if count == 0 || count > 3 || !only_separators {
        Gap::Apart
    } else if space {
        Gap::Loose
    } else {
        Gap::Tight
    };
    (kind, ends_sentence || (space && period))
}

/// The characters of the atoms `first..=last`, without what separates them, and the index
/// in those characters where each atom starts (with the total length at the end, so atom
/// `k` is `offsets[k]..offsets[k + 1]`).
pub(super) fn joined_chars(text: &str, atoms: &[Atom], joined: Joined) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::new();
    let mut offsets = vec![0];
    for atom in atoms.get(joined.first..=joined.last).unwrap_or(&[]) {
        chars.extend(text.get(atom.start..atom.end).unwrap_or("").chars());
        offsets.push(chars.len());
    }
    (chars, offsets)
}

/// One spelling of a word, ready for matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Reading {
    /// The characters; `*` is a hidden letter.
    pub chars: Vec<char>,
    /// For each character, the index of the written character it comes from.
    pub source: Vec<usize>,
    /// Runs of equal characters: `пиииздец` → `п и×3 з д е ц`.
    pub runs: Vec<(char, u32)>,
    /// The index in `chars` where each run starts.
    pub run_starts: Vec<usize>,
    /// Whether `chars` contains a hidden letter.
    pub wildcard: bool,
}

impl Reading {
    /// Recomputes the runs from the characters.
    fn index_runs(&mut self) {
        self.runs.clear();
        self.run_starts.clear();
        for (i, &c) in self.chars.iter().enumerate() {
            match self.runs.last_mut() {
                Some((last, n)) if *last == c => *n = n.saturating_add(1),
                _ => {
                    self.runs.push((c, 1));
                    self.run_starts.push(i);
                }
            }
        }
        self.wildcard = self.chars.contains(&'*');
    }
}

/// A stand-in for an upper-case Latin `B` (which looks like `В`, while `b` looks like `ь`).
const CAPITAL_B: char = 'ʙ';

/// Lower case, `ё`→`е`, invisible characters dropped, full-width forms folded, the
/// decomposed `й` composed, masks unified to `*`; `source` gets, for each character, the
/// index of the written character it comes from.
fn base_chars_into(raw: &[char], out: &mut Vec<char>, source: &mut Vec<usize>) {
    out.clear();
    source.clear();
    for (index, &c) in raw.iter().enumerate() {
        if is_ignorable(c) {
            // `и` + combining breve is a decomposed `й`.
            if c == '\u{0306}' {
                if let Some(last) = out.last_mut() {
                    if *last == 'и' {
                        *last = 'й';
                    }
                }
            }
            continue;
        }
        let c = fold_fullwidth(c);
        if is_mask(c) {
            out.push('*');
            source.push(index);
            continue;
        }
        if c == 'B' {
            out.push(CAPITAL_B);
            source.push(index);
            continue;
        }
        push_lower(c, index, out, source);
    }
}

fn fold_fullwidth(c: char) -> char {
    if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
    } else {
        c
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

fn is_latin(c: char) -> bool {
    c.is_ascii_lowercase()
        || c == CAPITAL_B
        || (('\u{00C0}'..='\u{024F}').contains(&c) && is_letter(c))
}

/// Latin letters that look like a Cyrillic letter in both cases: a word made only of these
/// (`cyka`, `xyecoc`) is also read as Cyrillic.
fn is_strict_look_alike(c: char) -> bool {
    matches!(
        c,
        'a' | 'b' | 'c' | 'e' | 'h' | 'k' | 'm' | 'o' | 'p' | 't' | 'x' | 'y' | CAPITAL_B
    )
}

fn strip_latin_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        other => other,
    }
}

/// The Latin reading of a character (for the English lexicon).
fn to_latin(c: char, digits_are_letters: bool) -> char {
    match c {
        'а' => 'a',
        'в' | 'ь' | CAPITAL_B => 'b',
        'е' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' | 'ү' => 'y',
        'х' => 'x',
        'і' | 'ї' => 'i',
        'ѕ' => 's',
        'ј' => 'j',
        'ԁ' => 'd',
        'п' => 'n',
        'г' => 'r',
        'и' => 'u',
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'ι' => 'i',
        'κ' => 'k',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'ν' => 'v',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '0' if digits_are_letters => 'o',
        '1' if digits_are_letters => 'i',
        '3' if digits_are_letters => 'e',
        '4' if digits_are_letters => 'a',
        '5' if digits_are_letters => 's',
        '7' if digits_are_letters => 't',
        other => strip_latin_accent(other),
    }
}

/// Digits and symbols read as Cyrillic letters: `6ля`, `бл9ть`, `3аебал`, `бл@дь`.
fn digit_to_cyrillic(c: char, digits_are_letters: bool) -> Option<char> {
    match c {
        '@' => Some('а'),
        '$' => Some('с'),
        '!' => Some('и'),
        '0' if digits_are_letters => Some('о'),
        '1' if digits_are_letters => Some('и'),
        '3' if digits_are_letters => Some('з'),
        '4' if digits_are_letters => Some('ч'),
        '6' if digits_are_letters => Some('б'),
        '9' if digits_are_letters => Some('я'),
        _ => None,
    }
}

fn greek_to_cyrillic(c: char) -> Option<char> {
    Some(match c {
        'α' => 'а',
        'β' => 'в',
        'ε' => 'е',
        'ι' => 'и',
        'κ' => 'к',
        'ο' => 'о',
        'ρ' => 'р',
        'τ' => 'т',
        'υ' => 'у',
        'χ' => 'х',
        'μ' => 'м',
        _ => return None,
    })
}

/// The Cyrillic reading of a Latin letter by how it looks (`p`→`р`, `b`→`ь`, `u`→`и`);
/// letters that look like nothing Cyrillic are read by sound (`z`→`з`, `l`→`л`).
fn latin_to_cyrillic_by_look(c: char) -> char {
    match c {
        'a' => 'а',
        'b' => 'ь',
        CAPITAL_B => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'k' => 'к',
        'm' => 'м',
        'n' => 'п',
        'o' => 'о',
        'p' => 'р',
        'r' => 'г',
        't' => 'т',
        'u' => 'и',
        'x' => 'х',
        'y' => 'у',
        'i' => 'и',
        'ö' => 'ө',
        'ü' => 'ү',
        'ñ' => 'ң',
        other => latin_to_cyrillic_by_sound(other),
    }
}

/// The Cyrillic reading of a Latin letter by sound (`p`→`п`, `b`→`б`, `h`→`х`).
fn latin_to_cyrillic_by_sound(c: char) -> char {
    match c {
        'a' => 'а',
        'b' | CAPITAL_B => 'б',
        'c' => 'с',
        'd' => 'д',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'h' => 'х',
        'i' => 'и',
        'j' => 'й',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'q' => 'к',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'u' => 'у',
        'v' | 'w' => 'в',
        'x' => 'х',
        'y' => 'у',
        'z' => 'з',
        'ö' => 'ө',
        'ü' => 'ү',
        'ñ' => 'ң',
        other => {
            let plain = strip_latin_accent(other);
            if plain == other {
                other
            } else {
                latin_to_cyrillic_by_sound(plain)
            }
        }
    }
}

/// The script facts about a word that decide which readings it gets.
struct Scripts {
    cyrillic: bool,
    latin: bool,
    all_latin_look_alike: bool,
    digits_are_letters: bool,
    /// Nothing to convert: no Latin or Greek letters, digits or symbols (most words).
    plain: bool,
}

fn scripts(base: &[char]) -> Scripts {
    let mut cyrillic = false;
    let mut latin = false;
    let mut non_look_alike_letter = false;
    let mut letterish = 0usize;
    let mut plain = true;
    for &c in base {
        let letter = is_letter(c);
        if is_cyrillic(c) {
            cyrillic = true;
        } else if is_latin(c) {
            latin = true;
            plain = false;
            // An accent does not hide a look-alike: `xyécoc` reads as `xyecoc`.
            non_look_alike_letter |= !is_strict_look_alike(strip_latin_accent(c));
        } else {
            // A Greek look-alike (`χ`, `ο`) mixed into Latin letters reads like them.
            non_look_alike_letter |= letter && greek_to_cyrillic(c).is_none();
            plain &= letter && greek_to_cyrillic(c).is_none();
        }
        letterish += usize::from(letter || is_letter_symbol(c) || c == '!');
    }
    Scripts {
        cyrillic,
        latin,
        all_latin_look_alike: latin && !non_look_alike_letter,
        // Digits are letters only in a word that has at least two other letters: `6ля`,
        // `sh1t`; but `9в` (a class name) or `10а` stay as they are, and so do the digits
        // of a hexadecimal code (`e6a1f09c`, a receipt or a colour), which would otherwise
        // read as `еба…`.
        digits_are_letters: letterish >= 2 && !is_hex_code(base),
        plain,
    }
}

/// Whether a word is a hexadecimal code: at least six characters, all of them `0-9 a-f`,
/// at least two of them digits and at least one a letter (`e6a1f09c`, `3fe6b2`). Nobody
/// disguises a swear word as eight hexadecimal digits.
fn is_hex_code(base: &[char]) -> bool {
    let digits = base.iter().filter(|c| c.is_ascii_digit()).count();
    base.len() >= 6
        && digits >= 2
        && digits < base.len()
        && base
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, 'a'..='f' | 'A'..='F'))
}

/// Whether a text written in Latin letters reads as transliterated Kyrgyz or Russian
/// (`bychak koturup jurot`, `skazali chto menya urojut`, `öltüröm`) rather than English:
/// among its all-Latin words of two letters or more (a Turkic Latin letter such as `ö`
/// counts as Latin), fewer than one in six is a common English word.
/// Words that are as common in transliterated Russian as in English (`on` он, `to` то, `no`
/// но, `so` со) count for neither: `on skazal chto porezhet kogo-to` is Russian.
pub(super) fn reads_as_translit<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    const EITHER: &[&str] = &["on", "to", "no", "so"];
    const ENGLISH: &[&str] = &[
        "the", "and", "a", "an", "i", "im", "to", "of", "in", "is", "it", "my", "me", "you", "he",
        "she", "we", "they", "his", "her", "our", "at", "on", "for", "with", "was", "are", "be",
        "not", "dont", "that", "this", "what", "when", "if", "or", "but", "have", "has", "do",
        "so", "him", "them", "from", "by", "will", "can", "all", "no", "up",
    ];
    let mut latin = 0usize;
    let mut english = 0usize;
    for word in words {
        // A `4` for `ч` (`4ar4adim`) keeps a word Latin.
        if word.chars().count() < 2
            || !word
                .chars()
                .all(|c| c.is_ascii_alphabetic() || is_turkic_latin(c) || c == '4')
            || !word.chars().any(|c| c.is_ascii_alphabetic())
        {
            continue;
        }
        let lower = word.to_lowercase();
        if EITHER.contains(&lower.as_str()) {
            continue;
        }
        latin += 1;
        english += usize::from(ENGLISH.contains(&lower.as_str()));
    }
    latin >= 2 && english * 6 < latin
}

/// Whether a transliterated text is typed in chat spelling, where `i` stands for `ы` as well
/// as `и`: a `4` for `ч` beside a letter (`4to`, `u4itel`), or `mi`, `vi`, `ti`, `bi` (мы, вы,
/// ты, бы) as words.
pub(super) fn chat_spelling<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    words.any(|word| {
        let lower = word.to_ascii_lowercase();
        matches!(lower.as_str(), "mi" | "vi" | "ti" | "bi")
            || lower
                .as_bytes()
                .windows(2)
                .any(|p| matches!(p, [b'4', c] | [c, b'4'] if c.is_ascii_alphabetic()))
    })
}

/// The forms of "to be" that chat spelling writes like forms of "to beat": `bil`, `bila`,
/// `bili`, `bilo` (был…, not бил…) and `bit` (быть, not бить). In a text typed in chat
/// spelling they are read with `ы` alone: "ya bil v shkole" is "I was at school".
pub(super) fn is_chat_be_verb(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "bil" | "bila" | "bili" | "bilo" | "bit"
    )
}

/// The word at `k` with the soft sign a transliterating writer types as an apostrophe
/// (`b'yut` бьют, `bol'she` больше, `sdelat'` сделать): the atom, the apostrophe and, when it
/// follows the apostrophe at once, the next atom; `None` when no apostrophe follows the atom.
/// The apostrophe splits words, so without this `menya b'yut` never reads as `меня бьют`.
pub(super) fn with_soft_sign(text: &str, atoms: &[Atom], k: usize) -> Option<String> {
    let atom = atoms.get(k)?;
    let rest = text.get(atom.end..)?;
    let after = rest.strip_prefix(['\'', '\u{2019}', '\u{2bc}'])?;
    let mut word = String::from(text.get(atom.start..atom.end)?);
    word.push('\'');
    let gap = rest.len() - after.len();
    if let Some(next) = atoms.get(k + 1).filter(|n| n.start == atom.end + gap) {
        word.push_str(text.get(next.start..next.end)?);
    }
    Some(word)
}

/// The Cyrillic readings of a word of Latin letters written as transliterated Kyrgyz or
/// Russian: `bychak`→`бычак`, `jalgyz`→`жалгыз`, `menya`→`меня`, `uyde`→`уйде`. Kyrgyz
/// `ө ү` typed as `o u` meet the lexicon's Russian-keyboard variants. A `j` is read both as
/// `ж` (Kyrgyz) and as `й` (Russian `moj`); an `i` after a vowel and before no vowel is read
/// both as `и` and as `й` (`soboi`→`собой`, `sabait`→`сабайт`, `ogoi`→`огой`). Empty for any
/// other word. An `ng` inside a word is read both as `ң` (Kyrgyz `jangy`) and as `нг`
/// (Russian `dengi`). A `y` between a consonant and an `e` inside a word is read both as `ы`
/// and as the soft sign (`ubyet`→`убьет`, `pyet`→`пьет`; `novye` ends the word: `новые`).
/// Chat spelling: a `4` is `ч` (`ho4u`→`хочу`), and an `i` after a consonant is also read as
/// `ы` (`jashagim`→`жашагым`, `bil`→`был`) in a reading of its own. Turkic Latin letters are
/// read as their plain forms first ([`turkic_latin_folded`]: `öltüröm`→`олтуром`).
pub(super) fn translit_readings(word: &str) -> Vec<Reading> {
    let lower = turkic_latin_folded(word);
    if lower.is_empty()
        || !lower.starts_with(|c: char| c.is_ascii_alphabetic() || c == '4')
        || !lower
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '4')
        || !lower.chars().any(|c| c.is_ascii_alphabetic())
    {
        return Vec::new();
    }
    let vowel_i = lower
        .as_bytes()
        .windows(2)
        .any(|p| matches!(p, [b'a' | b'e' | b'o' | b'u' | b'y', b'i']));
    let mut out: Vec<Reading> = Vec::new();
    let ng = lower.get(1..).is_some_and(|rest| rest.contains("ng"));
    let bytes = lower.as_bytes();
    let soft = (1..bytes.len()).any(|i| soft_y(bytes, i));
    for (j, short_i, plain_ng, soft_y) in [
        ('ж', false, false, false),
        ('й', false, false, false),
        ('ж', true, false, false),
        ('й', true, false, false),
        ('ж', false, true, false),
        ('й', false, true, false),
        ('й', false, true, true),
        ('й', false, false, true),
    ] {
        if (j == 'й' && !lower.contains('j') && !soft_y)
            || (short_i && !vowel_i)
            || (plain_ng && !ng)
            || (soft_y && !soft)
        {
            continue;
        }
        push_reading(
            &mut out,
            translit(bytes, j, short_i, plain_ng, soft_y, false),
        );
    }
    if (1..bytes.len()).any(|i| hard_i(bytes, i)) {
        push_reading(&mut out, translit(bytes, 'ж', false, false, false, true));
        if lower.contains('j') {
            push_reading(&mut out, translit(bytes, 'й', false, false, false, true));
        }
    }
    // `ts` is `ц` and also `т` and `с`: Kyrgyz `aytsam` айтсам, Russian `boitsya` боится.
    if lower.contains("ts") {
        for k in 0..out.len() {
            let Some(reading) = out.get(k) else { break };
            let mut chars = Vec::with_capacity(reading.chars.len() + 1);
            for &c in &reading.chars {
                match c {
                    'ц' => chars.extend(['т', 'с']),
                    other => chars.push(other),
                }
            }
            push_reading(&mut out, chars);
        }
    }
    out
}

/// The letters of a Turkic Latin keyboard a Kyrgyz writer may use, as the plain Latin the
/// reading expects: `ö ü` as `o u` (the lexicon's Russian-keyboard forms of `ө ү`), `ñ ŋ` as
/// `ng`, `ı` as `y` (`ы`), `ç ş ğ` as `ch sh g`; the word in lower case.
fn turkic_latin_folded(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match turkic_latin(c) {
            Some(plain) => out.push_str(plain),
            None => out.push(c),
        }
    }
    out
}

/// The plain Latin of a Turkic Latin letter in lower case ([`turkic_latin_folded`]).
fn turkic_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ö' => "o",
        'ü' => "u",
        'ñ' | 'ŋ' => "ng",
        'ı' => "y",
        'ç' => "ch",
        'ş' => "sh",
        'ğ' => "g",
        _ => return None,
    })
}

/// Whether a letter belongs to a Turkic Latin keyboard and not to English.
fn is_turkic_latin(c: char) -> bool {
    c.to_lowercase().all(|l| turkic_latin(l).is_some())
}

fn push_reading(out: &mut Vec<Reading>, chars: Vec<char>) {
    let mut reading = Reading {
        source: (0..chars.len()).collect(),
        chars,
        ..Reading::default()
    };
    reading.index_runs();
    if !out.iter().any(|r| r.chars == reading.chars) {
        out.push(reading);
    }
}

/// Whether the `i` at `i` may stand for `ы`, as many type it (`bil` был, `kiz` кыз): after a
/// consonant, a digraph's end (`zhakshi` жакшы) or a `4` (`ang4ilik` аңчылык).
fn hard_i(w: &[u8], i: usize) -> bool {
    w.get(i) == Some(&b'i')
        && i.checked_sub(1)
            .and_then(|p| w.get(p))
            .is_some_and(|&p| (p.is_ascii_alphabetic() && !b"aeiouy".contains(&p)) || p == b'4')
}

/// Whether the `y` at `i` stands between a consonant and an `e` that does not end the word:
/// the soft sign of `ubyet`.
fn soft_y(w: &[u8], i: usize) -> bool {
    let consonant = |c: &u8| c.is_ascii_alphabetic() && !b"aeiouy".contains(c);
    w.get(i) == Some(&b'y')
        && i.checked_sub(1)
            .and_then(|p| w.get(p))
            .is_some_and(consonant)
        && w.get(i + 1) == Some(&b'e')
        && i + 2 < w.len()
}

fn translit(w: &[u8], j: char, short_i: bool, plain_ng: bool, soft: bool, hard: bool) -> Vec<char> {
    const DIGRAPHS: &[(&[u8], &str)] = &[
        (b"shch", "щ"),
        (b"sch", "щ"),
        (b"sh", "ш"),
        (b"ch", "ч"),
        (b"zh", "ж"),
        (b"kh", "х"),
        (b"ts", "ц"),
        (b"ya", "я"),
        (b"ia", "я"),
        (b"yu", "ю"),
        (b"iu", "ю"),
        (b"yo", "е"),
        (b"ng", "ң"),
    ];
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    'outer: while i < w.len() {
        let rest = w.get(i..).unwrap_or(&[]);
        for (from, to) in DIGRAPHS {
            // `ia` and `iu` only after a consonant (`uchitelia`), never `ng` at the start.
            let after_consonant = i > 0 && w.get(i - 1).is_some_and(|&p| !vowel(p));
            let fits = match *from {
                b"ia" | b"iu" => after_consonant,
                b"ng" => i > 0 && !plain_ng,
                _ => true,
            };
            if fits && rest.starts_with(from) {
                out.extend(to.chars());
                i += from.len();
                continue 'outer;
            }
        }
        let c = rest.first().copied().unwrap_or(b' ');
        let prev_vowel = i > 0 && w.get(i - 1).is_some_and(|&p| vowel(p));
        let next_vowel = w.get(i + 1).is_some_and(|&n| vowel(n) && n != b'y');
        let r = match c {
            b'y' if soft && soft_y(w, i) => 'ь',
            b'a' => 'а',
            b'b' => 'б',
            b'c' => 'с',
            b'd' => 'д',
            b'e' => 'е',
            b'f' => 'ф',
            b'g' => 'г',
            b'h' => 'х',
            b'i' if short_i
                && !next_vowel
                && i > 0
                && matches!(w.get(i - 1), Some(b'a' | b'e' | b'o' | b'u' | b'y')) =>
            {
                'й'
            }
            b'i' if hard && hard_i(w, i) => 'ы',
            b'i' => 'и',
            b'j' => j,
            b'k' | b'q' => 'к',
            b'l' => 'л',
            b'm' => 'м',
            b'n' => 'н',
            b'o' => 'о',
            b'p' => 'п',
            b'r' => 'р',
            b's' => 'с',
            b't' => 'т',
            b'u' => 'у',
            b'v' | b'w' => 'в',
            b'x' => 'х',
            b'z' => 'з',
            b'\'' => 'ь',
            b'4' => 'ч',
            b'y' if prev_vowel || (i == 0 && next_vowel) => 'й',
            b'y' => 'ы',
            _ => '\u{0}',
        };
        if r != '\u{0}' {
            out.push(r);
        }
        i += 1;
    }
    out
}

/// The three ways of spelling a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    /// Latin, for the English lexicon (Cyrillic look-alikes converted: `fuсk`).
    Latin,
    /// Cyrillic by look (`p`→`р`, `b`→`ь`); also the spelling of words in other scripts.
    Look,
    /// Cyrillic by sound (`p`→`п`, `b`→`б`), for words that mix scripts.
    Sound,
}

/// One character of a word in the given spelling; `@` may be read as a hidden letter.
fn spell(c: char, spelling: Spelling, s: &Scripts, at_hidden: bool) -> char {
    if c == '@' && at_hidden {
        return '*';
    }
    match spelling {
        Spelling::Latin => to_latin(c, s.digits_are_letters),
        Spelling::Look | Spelling::Sound => {
            if let Some(d) = digit_to_cyrillic(c, s.digits_are_letters) {
                d
            } else if let Some(g) = greek_to_cyrillic(c) {
                g
            } else if !is_latin(c) {
                c
            } else if spelling == Spelling::Sound {
                latin_to_cyrillic_by_sound(c)
            } else {
                latin_to_cyrillic_by_look(c)
            }
        }
    }
}

/// Reads words into their spellings, reusing its buffers from word to word (screening
/// reads thousands of words per text, and allocation would dominate the time).
#[derive(Debug, Default)]
pub(super) struct Reader {
    base: Vec<char>,
    source: Vec<usize>,
    pool: Vec<Reading>,
    len: usize,
}

impl Reader {
    /// The spellings of one word that are matched against the lexicons (see the module
    /// documentation). A word with a hidden letter (`f*ck`) is read both with the hidden
    /// letter and without it (`х*у*й`); an `@` is read both as `а` and as a hidden letter,
    /// because writers use it for any vowel (`бл@дь`).
    pub fn read(&mut self, raw: &[char]) -> &[Reading] {
        base_chars_into(raw, &mut self.base, &mut self.source);
        let s = scripts(&self.base);
        self.len = 0;
        let has_at = self.base.contains(&'@');
        let spellings = [
            (Spelling::Latin, s.latin),
            (
                Spelling::Look,
                s.cyrillic || s.all_latin_look_alike || !s.latin,
            ),
            (Spelling::Sound, s.cyrillic && s.latin),
        ];
        for (spelling, wanted) in spellings {
            if !wanted {
                continue;
            }
            for at_hidden in [false, true] {
                if at_hidden && !has_at {
                    continue;
                }
                if self.emit(spelling, &s, at_hidden, true) {
                    self.emit(spelling, &s, at_hidden, false);
                }
            }
        }
        self.pool.get(..self.len).unwrap_or(&[])
    }

    /// Adds one spelling unless it is empty or already there; returns whether it holds a
    /// hidden letter (so the caller adds the spelling without them too).
    fn emit(
        &mut self,
        spelling: Spelling,
        s: &Scripts,
        at_hidden: bool,
        keep_hidden: bool,
    ) -> bool {
        if self.pool.len() <= self.len {
            self.pool.push(Reading::default());
        }
        let Some((done, rest)) = self.pool.split_at_mut_checked(self.len) else {
            return false;
        };
        let Some(slot) = rest.first_mut() else {
            return false;
        };
        slot.chars.clear();
        slot.source.clear();
        if s.plain && spelling == Spelling::Look {
            slot.chars.extend_from_slice(&self.base);
            slot.source.extend_from_slice(&self.source);
        }
        for (&c, &i) in self
            .base
            .iter()
            .zip(&self.source)
            .filter(|_| !(s.plain && spelling == Spelling::Look))
        {
            let r = spell(c, spelling, s, at_hidden);
            if r == '*' && !keep_hidden {
                continue;
            }
            slot.chars.push(r);
            slot.source.push(i);
        }
        let hidden = slot.chars.contains(&'*');
        if slot.chars.is_empty() || done.iter().any(|r| r.chars == slot.chars) {
            return hidden;
        }
        slot.index_runs();
        self.len += 1;
        hidden
    }
}

/// A word's characters after [`base_chars_into`], as a fresh buffer (for lexicon entries and
/// [`normalise_word`]).
fn base_chars(raw: impl IntoIterator<Item = char>) -> Vec<char> {
    let raw: Vec<char> = raw.into_iter().collect();
    let mut base = Vec::new();
    let mut source = Vec::new();
    base_chars_into(&raw, &mut base, &mut source);
    base
}

/// The form a lexicon entry is stored in: lower case, `ё`→`е`, invisible characters dropped.
/// Entries are written in their own script, so no look-alikes are converted.
pub(super) fn lexicon_form(entry: &str) -> Vec<char> {
    base_chars(entry.trim().chars())
        .into_iter()
        .map(|c| if c == CAPITAL_B { 'b' } else { c })
        .collect()
}

/// The canonical spelling of one word: what the screening sees when it reads `word`.
///
/// Lower case; `ё`→`е`; invisible characters, combining marks, spaces, separators and
/// asterisks removed; a word that contains Cyrillic, or whose letters are all Latin
/// look-alikes, is spelled in Cyrillic (`xyй`→`хуй`, `cyka`→`сука`), any other word with
/// Latin letters in Latin (`sh1t`→`shit`); digits and symbols read as letters when the word
/// has at least two letters (`бл@дь`→`блядь`); runs of a repeated character collapsed to
/// one (`пиииздец`→`пиздец`). Idempotent and total: it never panics.
#[must_use]
pub fn normalise_word(word: &str) -> String {
    let raw: Vec<char> = word
        .chars()
        .filter(|&c| !c.is_whitespace() && !TIGHT_SEPARATORS.contains(&c))
        .collect();
    // Folding full-width forms can make a separator (`．`), so it is dropped after it too.
    let mut base = base_chars(raw);
    base.retain(|&c| !c.is_whitespace() && !TIGHT_SEPARATORS.contains(&c));
    let s = scripts(&base);
    let spelling = if s.latin && !s.cyrillic && !s.all_latin_look_alike {
        Spelling::Latin
    } else {
        Spelling::Look
    };
    let mut out = String::with_capacity(base.len() * 2);
    let mut last: Option<char> = None;
    for c in base
        .iter()
        .map(|&c| spell(c, spelling, &s, false))
        .filter(|&c| c != '*')
    {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    }
    out
}
