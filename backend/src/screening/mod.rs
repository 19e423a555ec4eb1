//! Screening at the door (DESIGN.md §3; regulation clauses 3.3 and 3.4).
//!
//! An appeal submitted online is screened before it is sealed:
//!
//! - **Obscene language** (clause 3.3, "appeals containing obscene words are not accepted"):
//!   the appeal is refused, and [`Screening::obscene_words`] lists the words as the writer
//!   wrote them, so the refusal can show them and the writer can rephrase.
//! - **Danger signals** (clause 3.4: violence, sexual abuse, weapons, self-harm, extortion,
//!   threats to life, health or property) win over the obscenity rule: such an appeal is
//!   accepted, flagged urgent and marked for referral.
//! - **Insults** aimed at a person (clause 3.4) do not stop the appeal; they mark it for
//!   referral.
//!
//! All three lexicons (Kyrgyz, Russian, English) are always checked, whatever language the
//! writer chose: appeals mix languages freely. The word lists are data files in `lexicon/`
//! (format: `patterns.rs`); the normaliser that undoes disguised spellings is in
//! `normalise.rs`. Beside the rules a statistical screen (`statistical.rs`) scores the whole
//! appeal and flags it urgent when the rules find nothing and the score is high. The corpora
//! in `corpus/` are the tests' ground truth and the statistical screen's training data.
//!
//! Screening is pure, synchronous and fast (a 10,000-character appeal in well under a
//! millisecond in a release build) and never panics.

#[cfg(test)]
mod corpus;
mod danger;
mod normalise;
mod obscenity;
mod patterns;
mod statistical;

/// Prepares what the screening learns from its corpora, in the background.
pub fn prepare() {
    statistical::prepare();
}

/// Waits, without blocking the server's thread, until the statistical screen can be used:
/// await it before screening in a request.
pub async fn ready() {
    statistical::ready().await;
}

/// Whether the statistical screen is trained. Until it is, an appeal waits for it before
/// its receipt; the training starts with the server, so the moment it ends says nothing
/// about any appeal.
pub fn is_ready() -> bool {
    statistical::is_ready()
}

use std::collections::HashSet;
use std::sync::LazyLock;

pub use normalise::normalise_word;

use patterns::{Hit, Mode, PatternSet, Tag};

/// A language of the trust box. Screening does not depend on it — every appeal is checked
/// against all three lexicons — but lexicon files are kept per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Kyrgyz.
    Ky,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Language {
    /// The language's ISO 639-1 code: `ky`, `ru`, `en`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Language::Ky => "ky",
            Language::Ru => "ru",
            Language::En => "en",
        }
    }
}

/// The kind of danger a signal points to (clause 3.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DangerCategory {
    /// Physical violence: beating, hitting, fights against the writer.
    Violence,
    /// Sexual abuse or harassment.
    SexualAbuse,
    /// Weapons: knives, guns, explosives.
    Weapons,
    /// Self-harm and suicide.
    SelfHarm,
    /// Extortion: money or belongings taken by force or threat.
    Extortion,
    /// Threats to life, health or property.
    Threat,
}

impl DangerCategory {
    /// Every category, in declaration order.
    pub const ALL: [DangerCategory; 6] = [
        DangerCategory::Violence,
        DangerCategory::SexualAbuse,
        DangerCategory::Weapons,
        DangerCategory::SelfHarm,
        DangerCategory::Extortion,
        DangerCategory::Threat,
    ];

    /// The stable snake_case code: `violence`, `sexual_abuse`, `weapons`, `self_harm`,
    /// `extortion`, `threat`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            DangerCategory::Violence => "violence",
            DangerCategory::SexualAbuse => "sexual_abuse",
            DangerCategory::Weapons => "weapons",
            DangerCategory::SelfHarm => "self_harm",
            DangerCategory::Extortion => "extortion",
            DangerCategory::Threat => "threat",
        }
    }

    /// The category with this code, if any.
    #[must_use]
    pub fn from_code(code: &str) -> Option<DangerCategory> {
        DangerCategory::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What the screening found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Screening {
    /// The obscene words as the writer wrote them (original spelling, deduplicated, in order
    /// of appearance), so the refusal can highlight them.
    pub obscene_words: Vec<String>,
    /// The danger signals found, deduplicated, in order of first appearance.
    pub danger: Vec<DangerCategory>,
    /// Whether the text holds an insult aimed at a person (`ты тупой`, `you idiot`,
    /// `сен акмак`).
    pub insult: bool,
}

/// What happens to an appeal at the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Accepted and sealed as usual.
    Accept,
    /// Accepted, flagged urgent and marked for referral: a danger signal (this wins over
    /// obscene language).
    AcceptUrgent,
    /// Refused for obscene language (clause 3.3); nothing is stored.
    RejectObscene,
}

impl Screening {
    /// Whether any danger signal was found.
    #[must_use]
    pub fn is_urgent(&self) -> bool {
        !self.danger.is_empty()
    }

    /// Whether the appeal must be referred to a competent body: urgent, or insulting.
    #[must_use]
    pub fn needs_referral(&self) -> bool {
        self.is_urgent() || self.insult
    }

    /// The decision at the door: danger wins over obscenity (obscene + danger is accepted as
    /// urgent), obscenity alone is refused, anything else is accepted.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        if self.is_urgent() {
            Verdict::AcceptUrgent
        } else if !self.obscene_words.is_empty() {
            Verdict::RejectObscene
        } else {
            Verdict::Accept
        }
    }
}

/// Per-school adjustments: extra words to catch and words to allow.
///
/// An extra word catches every word that starts with it (`сволоч` catches `сволочи`); an
/// allowed word exempts exactly that word from the obscenity lists. Both also take the
/// lexicon syntax (`root:…`, `prefix:…`, `word:…`). Allowed words never silence a danger
/// signal.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SchoolLexicon {
    /// Words the school wants refused besides the built-in lists.
    pub extra_obscene: Vec<String>,
    /// Words the school wants accepted although a built-in list would refuse them.
    pub allowed: Vec<String>,
}

/// The built-in lexicons, parsed once.
struct Lexicon {
    patterns: PatternSet,
    /// The phrase words with a soft sign, without it, for the Cyrillic readings of Kyrgyz and
    /// Russian typed in Latin letters ([`PatternSet::without_soft_signs`]).
    latin_typed: PatternSet,
    phrases: danger::Phrases,
}

impl Lexicon {
    /// Parses the lexicon files; lines that do not parse are skipped and described in
    /// `problems` (a unit test keeps that list empty).
    fn build(problems: &mut Vec<String>) -> Lexicon {
        let mut patterns = PatternSet::default();
        obscenity::load(&mut patterns, problems);
        let phrases = danger::load(&mut patterns, problems);
        let latin_typed = patterns.without_soft_signs();
        Lexicon {
            patterns,
            latin_typed,
            phrases,
        }
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&mut Vec::new()));

/// Screens one text: its obscene words, danger signals and whether it insults someone.
///
/// The danger signals are the rules' (phrases, classes, combination rules); when the rules
/// find none, the statistical screen beside them may still flag the appeal, with the category
/// its category regressions name (docs/screening.md, "Round 9"). When the rules' exemptions
/// explained their danger away (a joke, a game), the statistical screen must be nearly sure
/// to flag the appeal (round 17); when it is all but sure a long appeal is everyday wording,
/// it drops the rules' hit (round 16).
#[must_use]
pub fn screen(text: &str, school: &SchoolLexicon) -> Screening {
    let RuleReading {
        mut screening,
        cues,
        explained,
        firm,
    } = read_by_rules(text, school);
    let by_rules = std::mem::take(&mut screening.danger);
    screening.danger = statistical::review(text, &cues, by_rules, &firm, explained);
    screening
}

/// The obscene words of a text (by the lexicons alone: no danger screening is needed to
/// point them out to the members reading it).
#[must_use]
pub fn obscene_words(text: &str, school: &SchoolLexicon) -> Vec<String> {
    screen_by_rules(text, school).obscene_words
}

/// The screening by the lexicons and rules alone.
fn screen_by_rules(text: &str, school: &SchoolLexicon) -> Screening {
    read_by_rules(text, school).screening
}

/// The cues of a text the statistical screen reads beside its words: the word classes of the
/// rules that occur in it and the danger categories the rules raise before exemptions, as
/// the default lexicons see them (a school's own words are obscenities, never danger).
fn rule_cues(text: &str) -> Vec<u32> {
    read_by_rules(text, &SchoolLexicon::default()).cues
}

/// Faces that laugh (`😂`, `🤣`, `😅`, `😆`, `😹`, `😁`) or roll their eyes (`🙄`: "my
/// brother says he'll murder me if I touch his console 🙄") and runs of `)))`, the smile of
/// Russian and Kyrgyz chats: for each, the number of words before it.
fn laughing_faces(text: &str, atoms: &[normalise::Atom]) -> Vec<usize> {
    const FACES: [char; 7] = ['😂', '🤣', '😅', '😆', '😹', '😁', '🙄'];
    let mut places = Vec::new();
    let mut brackets = 0;
    for (at, c) in text.char_indices() {
        let laugh = if c == ')' {
            brackets += 1;
            brackets == 3
        } else {
            brackets = 0;
            FACES.contains(&c)
        };
        if laugh {
            places.push(atoms.partition_point(|a| a.start < at));
        }
    }
    places
}

/// What the lexicons and rules read in a text: the screening, the cues the statistical
/// screen reads beside the words ([`danger::Signals::cues`]), and whether the rules raised
/// danger that their exemptions explained away ([`danger::Signals::explained`]).
struct RuleReading {
    screening: Screening,
    cues: Vec<u32>,
    explained: bool,
    /// The categories raised by firm rules, which the statistical screen does not drop.
    firm: Vec<DangerCategory>,
}

/// The screening by the lexicons and rules alone, with the cues they found.
fn read_by_rules(text: &str, school: &SchoolLexicon) -> RuleReading {
    let lexicon = &*LEXICON;
    let school_patterns = obscenity::school_patterns(school);
    let words = normalise::split_words(text);

    let mut hits: Vec<Hit> = Vec::new();
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut obscene_atom = vec![false; words.atoms.len()];
    let mut globs: Vec<Vec<u32>> = Vec::with_capacity(words.atoms.len());
    let mut raw: Vec<char> = Vec::new();
    let mut reader = normalise::Reader::default();
    // Kyrgyz and Russian typed in Latin letters are also read in Cyrillic, for the danger
    // phrases only (never for obscenity: English words would read as Russian ones).
    // The tail of a word cut by a soft-sign apostrophe (`she` of `bol'she`) is not a word of
    // its own and must not count as English.
    let translit = normalise::reads_as_translit(
        words
            .atoms
            .iter()
            .enumerate()
            .filter(|&(k, a)| {
                let gap = k
                    .checked_sub(1)
                    .and_then(|p| words.atoms.get(p))
                    .and_then(|p| text.get(p.end..a.start));
                !matches!(gap, Some("'" | "\u{2019}" | "\u{2bc}"))
            })
            .map(|(_, a)| text.get(a.start..a.end).unwrap_or("")),
    );
    let chat = translit
        && normalise::chat_spelling(
            words
                .atoms
                .iter()
                .map(|a| text.get(a.start..a.end).unwrap_or("")),
        );

    for (k, atom) in words.atoms.iter().enumerate() {
        let original = text.get(atom.start..atom.end).unwrap_or("");
        raw.clear();
        raw.extend(original.chars());
        // A Latin word of a transliterated text is Kyrgyz or Russian: an English root inside
        // it is a coincidence of spelling (`uborshitsa` уборщица, `soobshite` сообщите,
        // `ognetushitel` огнетушитель), so only a match at its start counts (`shit`, `fucking`).
        let latin_in_translit = translit && original.chars().all(|c| c.is_ascii_alphabetic());
        let mut word_globs = Vec::new();
        for reading in reader.read(&raw) {
            hits.clear();
            lexicon.patterns.find(reading, &mut hits);
            school_patterns.find(reading, &mut hits);
            if latin_in_translit {
                hits.retain(|h| h.tag != Tag::Obscene || h.start == 0);
            }
            if obscenity::is_obscene(&hits) {
                obscene_atom[k] = true;
            }
            word_globs.extend(hits.iter().filter_map(|h| match h.tag {
                Tag::Glob(id) => Some(id),
                Tag::Obscene | Tag::Allow => None,
            }));
        }
        if translit {
            let soft = normalise::with_soft_sign(text, &words.atoms, k);
            // Where the writer types `ы` as `i`, `bil` is `был` ("was"), not `бил` ("beat").
            let only_hard = chat && normalise::is_chat_be_verb(original);
            for reading in [Some(original), soft.as_deref()]
                .into_iter()
                .flatten()
                .flat_map(normalise::translit_readings)
                .filter(|r| !only_hard || r.chars.contains(&'ы'))
            {
                hits.clear();
                lexicon.patterns.find(&reading, &mut hits);
                lexicon.latin_typed.find(&reading, &mut hits);
                word_globs.extend(hits.iter().filter_map(|h| match h.tag {
                    Tag::Glob(id) => Some(id),
                    Tag::Obscene | Tag::Allow => None,
                }));
            }
        }
        word_globs.sort_unstable();
        word_globs.dedup();
        globs.push(word_globs);
        if obscene_atom[k] {
            found.push((atom.start, original));
        }
    }

    // Words in disguise made of several atoms (`х.у.й`, `f u c k`): each match is mapped
    // back to the atoms it covers, and reported unless one of them was reported on its own.
    for joined in &words.joined {
        let (raw, offsets) = normalise::joined_chars(text, &words.atoms, *joined);
        let atom_of = |raw_index: usize| {
            offsets
                .partition_point(|&o| o <= raw_index)
                .saturating_sub(1)
        };
        for reading in reader.read(&raw) {
            hits.clear();
            lexicon.patterns.find(reading, &mut hits);
            school_patterns.find(reading, &mut hits);
            for hit in obscenity::unshielded(&hits) {
                let (Some(&from), Some(&to)) = (
                    reading.source.get(hit.start),
                    hit.end.checked_sub(1).and_then(|e| reading.source.get(e)),
                ) else {
                    continue;
                };
                let first = joined.first + atom_of(from);
                // A prefix or whole-word match is the whole disguised word (`е.б.л.о`).
                let last = match hit.mode {
                    Mode::Prefix | Mode::Word => joined.last,
                    Mode::Root | Mode::Suffix => joined.first + atom_of(to),
                };
                let covered = obscene_atom.get(first..=last).unwrap_or(&[]);
                if covered.is_empty() || covered.iter().any(|&obscene| obscene) {
                    continue;
                }
                if let (Some(a), Some(b)) = (words.atoms.get(first), words.atoms.get(last)) {
                    found.push((a.start, text.get(a.start..b.end).unwrap_or("")));
                }
            }
        }
    }

    found.sort_by_key(|&(start, _)| start);
    let mut seen: HashSet<&str> = HashSet::new();
    let obscene_words: Vec<String> = found
        .into_iter()
        .filter(|&(_, word)| !word.is_empty() && seen.insert(word))
        .map(|(_, word)| word.to_owned())
        .collect();

    let laughs = laughing_faces(text, &words.atoms);
    let signals = lexicon.phrases.scan(&words.atoms, &globs, &laughs);
    RuleReading {
        screening: Screening {
            obscene_words,
            danger: signals.danger,
            insult: signals.insult,
        },
        cues: signals.cues,
        explained: signals.explained,
        firm: signals.firm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INNOCENT: &str = include_str!("corpus/innocent.txt");
    const OBSCENE: &str = include_str!("corpus/obscene.txt");
    const DANGER: &str = include_str!("corpus/danger.txt");

    fn lines(corpus: &str) -> impl Iterator<Item = &str> {
        corpus
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
    }

    fn danger_lines() -> Vec<(DangerCategory, &'static str)> {
        lines(DANGER)
            .map(|line| {
                let (code, text) = line.split_once(':').expect("a category prefix");
                let category = DangerCategory::from_code(code.trim()).expect("a known category");
                (category, text.trim())
            })
            .collect()
    }

    fn plain(text: &str) -> Screening {
        screen(text, &SchoolLexicon::default())
    }

    fn caught(text: &str) -> bool {
        !plain(text).obscene_words.is_empty()
    }

    /// The danger categories the rules alone find, so the statistical screen cannot stand in
    /// for the lexicon.
    fn by_rules(text: &str) -> Vec<DangerCategory> {
        read_by_rules(text, &SchoolLexicon::default())
            .screening
            .danger
    }

    fn passes(text: &str) -> bool {
        let s = plain(text);
        s.obscene_words.is_empty() && !s.is_urgent()
    }

    // The lexicons.

    #[test]
    fn every_lexicon_line_parses() {
        let mut problems = Vec::new();
        let _ = Lexicon::build(&mut problems);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn danger_category_codes_round_trip() {
        for category in DangerCategory::ALL {
            assert_eq!(DangerCategory::from_code(category.code()), Some(category));
        }
        assert_eq!(DangerCategory::SexualAbuse.code(), "sexual_abuse");
        assert_eq!(DangerCategory::SelfHarm.code(), "self_harm");
        assert_eq!(Language::Ky.code(), "ky");
    }

    // Disguised obscenities (clause 3.3).

    #[test]
    fn a_dotted_russian_obscenity_is_caught() {
        assert_eq!(plain("ты х.у.й").obscene_words, vec!["х.у.й"]);
    }

    #[test]
    fn a_hyphenated_or_spaced_obscenity_is_caught() {
        assert_eq!(plain("вот х-у-й").obscene_words, vec!["х-у-й"]);
        assert_eq!(plain("вот х у й и всё").obscene_words, vec!["х у й"]);
        assert_eq!(plain("F U C K this").obscene_words, vec!["F U C K"]);
    }

    #[test]
    fn latin_look_alikes_inside_a_cyrillic_word_are_caught() {
        assert_eq!(plain("xyй").obscene_words, vec!["xyй"]);
        assert!(caught("ты cyka"));
        assert!(caught("БЛЯДЬ написано с латинской A: БЛЯДЬ"));
        assert!(caught("BЫEБAТЬ"));
    }

    #[test]
    fn a_stretched_russian_obscenity_is_caught() {
        assert_eq!(plain("пиииздец").obscene_words, vec!["пиииздец"]);
        assert!(caught("ХУУУУЙ"));
    }

    #[test]
    fn a_stretched_english_obscenity_is_caught() {
        assert!(caught("fuuuuck"));
        assert!(caught("shiiiit"));
    }

    #[test]
    fn symbols_standing_for_letters_are_caught() {
        assert_eq!(plain("бл@дь").obscene_words, vec!["бл@дь"]);
        assert_eq!(plain("еб@ть").obscene_words, vec!["еб@ть"]);
        assert!(caught("6ля"));
        assert!(caught("бл9ть"));
        assert_eq!(plain("sh1t").obscene_words, vec!["sh1t"]);
        assert!(caught("sh!t happens"));
        assert!(caught("a$$hole"));
    }

    #[test]
    fn a_dotted_english_obscenity_is_caught() {
        assert_eq!(plain("f.u.c.k you").obscene_words, vec!["f.u.c.k"]);
    }

    #[test]
    fn an_asterisk_standing_for_a_letter_is_caught() {
        assert_eq!(plain("f*ck").obscene_words, vec!["f*ck"]);
        assert!(caught("п*здец"));
        assert!(caught("х*й"));
        assert!(caught("с**а"));
        assert!(caught("х*у*й"));
    }

    #[test]
    fn invisible_characters_and_combining_marks_inside_a_word_are_caught() {
        assert!(caught("ху\u{200B}й"));
        assert!(caught("х\u{0301}уй"));
        assert!(caught("ху\u{0438}\u{0306}"));
        assert!(caught("ｆｕｃｋ"));
    }

    #[test]
    fn russian_mat_with_verb_prefixes_is_caught() {
        for word in [
            "заебал",
            "наебать",
            "выебываться",
            "съебал",
            "уёбок",
            "отъебись",
        ] {
            assert!(caught(word), "{word}");
        }
        for word in [
            "нахуй",
            "похую",
            "нихуя",
            "охуеть",
            "распиздяй",
            "мудак",
            "пидорас",
        ] {
            assert!(caught(word), "{word}");
        }
    }

    #[test]
    fn common_kyrgyz_obscenities_are_caught() {
        for word in [
            "сиктир",
            "сиктиргиле",
            "сигейин",
            "амыңды",
            "амынды",
            "кутагың",
            "котогуң",
            "котон",
            "жаляп",
            "жалап",
            "сойку",
        ] {
            assert!(caught(word), "{word}");
        }
    }

    #[test]
    fn the_russian_word_for_insurance_passes() {
        assert!(passes("Страхуй машину, застрахуй квартиру, я страхую дом"));
        assert!(passes("Ты застрахуешься?"));
    }

    #[test]
    fn russian_words_hiding_an_obscene_root_pass() {
        for word in [
            "употреблять",
            "оскорбление",
            "рубля",
            "корабля",
            "скипидар",
            "хулиган",
            "психология",
            "тебя",
            "колебаться",
            "небо",
            "требовать",
            "потребление",
            "учеба",
            "хлебнуть",
            "небанальный",
            "команда",
            "мудрость",
            "сукно",
            "лексика",
            "бляха",
            "блин",
            "неплохую",
            "тихую",
            "психую",
            "Олеговна",
            "эпидермис",
            "лапидарный",
            "похерить",
        ] {
            assert!(passes(word), "{word}");
        }
    }

    #[test]
    fn a_glued_second_obscenity_behind_an_allowed_word_is_caught() {
        assert!(caught("страхуйхуй"));
    }

    #[test]
    fn kyrgyz_words_near_an_obscene_stem_pass() {
        for word in [
            "ит",
            "шайтан",
            "жинди",
            "сикир",
            "секир",
            "кутуча",
            "кутучасы",
            "акыл",
            "сиз",
            "көтөрүү",
            "жооп",
            "жооптор",
            "сигарета",
            "сигнал",
        ] {
            assert!(passes(word), "{word}");
        }
    }

    #[test]
    fn english_words_hiding_an_obscene_root_pass() {
        for word in [
            "Scunthorpe",
            "assess",
            "class",
            "passage",
            "cocktail",
            "Dickens",
            "analysis",
            "therapist",
            "grape",
            "hello",
            "shitake",
            "shiitake",
            "Fukushima",
            "arsenal",
            "cockroach",
            "who're",
            "As's",
            "Hui",
            "niggardly",
            "Pissarro",
        ] {
            assert!(passes(word), "{word}");
        }
    }

    #[test]
    fn russian_typed_in_latin_letters_hiding_an_english_obscene_root_passes() {
        for word in [
            "razreshite",
            "reshite",
            "napishite",
            "poishite",
            "speshit",
            "zadushit",
            "zashita",
            "prishit",
            "poshit",
            "vyshit",
            "nasmeshit",
            "shitya",
        ] {
            assert!(passes(word), "{word}");
        }
        for word in ["bullshit", "horseshit", "apeshit", "shit"] {
            assert!(!plain(word).obscene_words.is_empty(), "{word}");
        }
    }

    #[test]
    fn an_english_root_inside_a_word_of_a_transliterated_text_is_a_coincidence() {
        for text in [
            "uborshitsa opyat ne pomyla pol v tualete na vtorom etazhe",
            "soobshite pozhaluista roditelyam pro sobranie v pyatnitsu",
            "v koridore net ognetushitelya, a prodavshitsa v bufete grubit",
            "mama govorit chto on slyshit ploho, posadite ego na pervuyu partu",
        ] {
            let s = plain(text);
            assert!(s.obscene_words.is_empty(), "{:?}: {text}", s.obscene_words);
        }
        // At a word's start the English word is meant, even in a transliterated text.
        let s = plain("ty menya dostal, shit, ya ustal ot etogo");
        assert_eq!(s.obscene_words, vec!["shit"]);
        // An English text keeps every root wherever it stands.
        let s = plain("this is total bullshit and the teacher knows it");
        assert_eq!(s.obscene_words, vec!["bullshit"]);
    }

    #[test]
    fn obscene_words_are_reported_as_written_deduplicated_in_order() {
        let s = plain("Бл@дь, это пиздец. Пиздец! бл@дь и ещё раз Пиздец");
        assert_eq!(s.obscene_words, vec!["Бл@дь", "пиздец", "Пиздец", "бл@дь"]);
        assert_eq!(s.verdict(), Verdict::RejectObscene);
    }

    // Danger signals and insults (clause 3.4).

    #[test]
    fn danger_wins_over_obscenity() {
        let s = plain("эти суки бьют меня каждый день");
        assert_eq!(s.obscene_words, vec!["суки"]);
        assert_eq!(s.danger, vec![DangerCategory::Violence]);
        assert_eq!(s.verdict(), Verdict::AcceptUrgent);
        assert!(s.needs_referral());
    }

    #[test]
    fn the_danger_signals_of_clause_3_4_are_flagged_in_three_languages() {
        use DangerCategory::*;
        let cases = [
            (Violence, "he beats me"),
            (Violence, "нас бьют"),
            (Violence, "мени урушат"),
            (Violence, "балдар сабашат"),
            (Violence, "агайлар токмоктошот"),
            (SexualAbuse, "он трогает меня"),
            (SexualAbuse, "тренер домогается"),
            (SexualAbuse, "зордуктоо болду"),
            (SexualAbuse, "he touched me"),
            (Weapons, "у него нож"),
            (Weapons, "пистолет в портфеле"),
            (Weapons, "бычак алып келди"),
            (Weapons, "мылтык бар"),
            (Weapons, "a gun"),
            (Weapons, "a knife"),
            (SelfHarm, "не хочу жить"),
            (SelfHarm, "покончить с собой"),
            (SelfHarm, "өзүмдү өлтүрөм"),
            (SelfHarm, "жашагым келбейт"),
            (SelfHarm, "I will kill myself"),
            (Extortion, "вымогают деньги"),
            (Extortion, "отбирают деньги"),
            (Extortion, "акча талап кылышат"),
            (Extortion, "they take my money"),
            (Threat, "убью"),
            (Threat, "сени өлтүрөм"),
            (Threat, "сожгу школу"),
            (Threat, "I will kill you"),
        ];
        for (category, text) in cases {
            assert_eq!(plain(text).danger, vec![category], "{text}");
        }
    }

    #[test]
    fn an_inflected_russian_danger_phrase_is_flagged() {
        assert_eq!(
            plain("я больше не хочу жить").danger,
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(
            plain("Хочу покончить с собой").danger,
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(
            plain("старшие вымогают деньги").danger,
            vec![DangerCategory::Extortion]
        );
        assert_eq!(
            plain("он сказал что убьёт меня").danger,
            vec![DangerCategory::Threat]
        );
    }

    #[test]
    fn a_kyrgyz_danger_phrase_typed_on_a_russian_keyboard_is_flagged() {
        assert_eq!(
            plain("озумду олтуром").danger,
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(
            plain("жашагым келбейт").danger,
            vec![DangerCategory::SelfHarm]
        );
    }

    #[test]
    fn a_laughing_face_marks_a_threat_as_a_joke_as_lol_does() {
        let rules = |text: &str| screen_by_rules(text, &SchoolLexicon::default()).danger;
        let threat = "мама меня убьёт если узнает про двойку";
        assert_eq!(rules(threat), vec![DangerCategory::Threat]);
        assert_eq!(rules(&format!("{threat} lol")), vec![]);
        for face in ["😂", "🤣", "😅", "🙄", ")))", ")))))"] {
            assert_eq!(rules(&format!("{threat} {face}")), vec![], "{face}");
        }
        // One smile is no laugh; a face far from the threat does not reach it.
        assert_eq!(rules(&format!("{threat} :)")), vec![DangerCategory::Threat]);
        let far = format!(
            "{threat}. я не знаю что делать, мне очень страшно, помогите пожалуйста кто нибудь              из взрослых прочитайте это письмо и придите ко мне домой вечером 😂"
        );
        assert_eq!(rules(&far), vec![DangerCategory::Threat]);
        // A laugh drops threats only: violence stays.
        let beaten = "отчим бьёт меня ремнём каждый день 😂";
        assert_eq!(rules(beaten), vec![DangerCategory::Violence]);
    }

    #[test]
    fn a_threat_the_rules_read_as_a_joke_is_not_flagged_again_by_the_model() {
        for text in [
            "Mum jokes she'll murder me if I don't clean my room 😄",
            "Мама в шутку говорит \"прибью\", если не уберу в комнате 😄",
        ] {
            let reading = read_by_rules(text, &SchoolLexicon::default());
            assert!(reading.explained, "the rules raised nothing: {text}");
            assert_eq!(plain(text).danger, vec![], "{text}");
        }
        // A joke marker never explains violence away: the model is asked as before.
        let beaten = "отчим бьёт меня ремнём каждый день 😂";
        assert!(!read_by_rules(beaten, &SchoolLexicon::default()).explained);
        assert!(plain(beaten).is_urgent());
    }

    #[test]
    fn a_writer_who_says_all_is_well_asks_the_model_to_be_nearly_sure() {
        for text in [
            "my daughter was quiet all week, we talked and she is fine, she just misses her grandmother",
            "сын грустил после переезда, поговорили с психологом, всё в порядке, спасибо",
            "кызым бир жума ыйлап жүрдү, чоң энеси каза болгон, азыр баары жакшы, рахмат",
        ] {
            let reading = read_by_rules(text, &SchoolLexicon::default());
            assert!(reading.screening.danger.is_empty(), "{text}");
            assert!(reading.explained, "not read as reassured: {text}");
            assert!(!plain(text).is_urgent(), "{text}");
        }
        // The rules' own hits stand: a child who says all is well at home may not be.
        let beaten = "отчим бьёт меня ремнём каждый день, а маме я говорю что всё хорошо";
        assert!(!read_by_rules(beaten, &SchoolLexicon::default()).explained);
        assert!(plain(beaten).is_urgent());
        // What a child claims is not the writer's word.
        for text in [
            "my son stopped eating and hides his arms, he says he is fine",
            "сын перестал есть и прячет руки, говорит что всё в порядке",
            "уулум тамак жебей калды, колдорун жашырат, баары жакшы дейт",
        ] {
            let reading = read_by_rules(text, &SchoolLexicon::default());
            assert!(!reading.explained, "a claim read as reassurance: {text}");
        }
    }

    #[test]
    fn an_appeal_the_rules_explain_away_is_flagged_when_the_model_is_nearly_sure() {
        // "Tripped" reads as an accident to the rules; the whole appeal does not.
        let text =
            "my uncle pushed me down the stairs and told everyone i tripped. he lives with us now";
        assert!(read_by_rules(text, &SchoolLexicon::default()).explained);
        assert!(plain(text).is_urgent(), "{text}");
    }

    #[test]
    fn the_model_drops_a_rule_hit_only_on_a_long_appeal_it_is_sure_is_everyday() {
        let school = SchoolLexicon::default();
        let idiom = "в столовой повар так орет на нас что хочется убить его, можно ли \
            поменять меню и сделать больше столов в столовой пожалуйста";
        assert_eq!(
            read_by_rules(idiom, &school).screening.danger,
            vec![DangerCategory::Threat]
        );
        assert_eq!(plain(idiom).danger, vec![]);
        // Never a self-harm hit: a goodbye is written in everyday words (round 30).
        let wish = "в столовой повар так орет на нас что хочется умереть, можно ли \
            поменять меню и сделать больше столов в столовой пожалуйста";
        assert_eq!(plain(wish).danger, vec![DangerCategory::SelfHarm]);
        // Short appeals keep every hit of the rules, whatever the model thinks.
        for short in ["хочу выпилиться", "в столовой хочется умереть"]
        {
            assert_eq!(
                plain(short).danger,
                read_by_rules(short, &school).screening.danger,
                "{short}"
            );
            assert!(plain(short).is_urgent(), "{short}");
        }
    }

    #[test]
    fn mum_will_kill_me_over_a_mark_passes_only_with_a_request_for_a_retake() {
        let rules = |text: &str| screen_by_rules(text, &SchoolLexicon::default()).danger;
        assert_eq!(
            rules("мама меня убьёт за двойку по алгебре"),
            vec![DangerCategory::Threat]
        );
        assert_eq!(
            rules("мама меня убьёт за двойку по алгебре, можно пересдать?"),
            vec![]
        );
        assert_eq!(
            rules("my mum is going to kill me over my maths grade, is there a retake"),
            vec![]
        );
        // A retake asked for does not hide a beating.
        assert_eq!(
            rules("отчим бьёт меня ремнём за двойки, можно пересдать?"),
            vec![DangerCategory::Violence]
        );
    }

    #[test]
    fn killing_oneself_is_self_harm_not_a_threat() {
        assert_eq!(
            plain("Өзүмдү өлтүрөм").danger,
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(plain("убью себя").danger, vec![DangerCategory::SelfHarm]);
        assert_eq!(
            plain("I will kill myself").danger,
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(plain("сени өлтүрөм").danger, vec![DangerCategory::Threat]);
    }

    #[test]
    fn several_danger_categories_are_listed_once_in_order() {
        let s = plain("He has a knife and said he will kill me. He has a knife!");
        assert_eq!(
            s.danger,
            vec![DangerCategory::Weapons, DangerCategory::Threat]
        );
    }

    #[test]
    fn an_insult_aimed_at_a_person_is_referred_but_accepted() {
        for text in [
            "ты тупой",
            "you idiot",
            "сен акмаксың",
            "Сен акмак",
            "you're so stupid",
        ] {
            let s = plain(text);
            assert!(s.insult, "{text}");
            assert!(s.needs_referral(), "{text}");
            assert_eq!(s.verdict(), Verdict::Accept, "{text}");
        }
    }

    #[test]
    fn an_everyday_adjective_is_not_an_insult() {
        assert!(!plain("это был тупой вопрос, извините").insult);
        assert!(!plain("Даараткана абдан сасык").insult);
        assert!(!plain("The soup is fat-free").insult);
    }

    #[test]
    fn a_hexadecimal_code_beginning_e6_passes() {
        for code in ["e6a1f09c", "E6A1F09C", "3fe6a1", "код квитанции e6a1f09c"] {
            assert!(passes(code), "{code}");
        }
        // A short disguise stays caught.
        assert!(caught("е6ал"));
    }

    #[test]
    fn an_apostrophe_in_latin_russian_is_read_as_a_soft_sign() {
        // `b'yut` бьют, `bol'she` больше, `prosypat'sya` просыпаться, `zhit'` жить.
        assert!(plain("menya b'yut doma kazhdyi den'").is_urgent());
        assert!(plain("ne hochu bol'she prosypat'sya, dumayu kak eto sdelat'").is_urgent());
        assert!(plain("ne hochu bol'she zhit'").is_urgent());
        // English apostrophes are not read as Russian.
        assert!(!plain("don't worry, it's only the bus that's late again").is_urgent());
    }

    #[test]
    fn kyrgyz_and_russian_typed_in_latin_letters_are_read_for_danger() {
        assert!(plain("bir bala bychak koturup jurot").is_urgent());
        assert!(plain("otchim skazal chto zarezhet menya").is_urgent());
        // English stays English: `bill` and `bit` are not the Russian `бил`, `бит`.
        assert!(passes("the bill was paid and it bit the dust"));
        assert!(passes("salam agai, erteng sabak barby"));
        // Short words are read too (`ne`, `s`), and an `i` after a vowel also as `й`.
        assert!(plain("ya ne hochu zhit").is_urgent());
        assert!(plain("hochu pokonchit s soboi").is_urgent());
        assert!(plain("apam meni kunudo sabait").is_urgent());
        assert!(passes("moi drug zabolel i ne prishel v shkolu"));
        // `on`, `to`, `no`, `so` are Russian as often as English and tip neither way.
        assert!(plain("on skazal chto porezhet kogo-to").is_urgent());
        // `ng` is Kyrgyz `ң` and Russian `нг` at once: `dengi` is деньги.
        assert!(plain("s menya trebuyut dengi a inache izob'yut").is_urgent());
        assert!(passes(
            "so we went to the park on sunday and had no lessons"
        ));
    }

    #[test]
    fn a_four_for_ch_and_an_i_for_y_in_latin_typing_are_read_for_danger() {
        // Chat spelling: `pokon4u` покончу, `ho4u` хочу; `i` for `ы` (`jashagim` жашагым).
        // Read by the rules alone, so the statistical screen cannot stand in for the reading.
        assert_eq!(
            by_rules("ya pokon4u s soboi"),
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(by_rules("ya ne ho4u zhit"), vec![DangerCategory::SelfHarm]);
        assert_eq!(
            by_rules("men jashagim kelbeit"),
            vec![DangerCategory::SelfHarm]
        );
        // A number stays a number, and an everyday chat stays everyday.
        assert!(passes("4 klass 4b zavtra 4 uroka, ne zabudte formu"));
        assert!(passes("mi zavtra idem v muzei, ho4u vzyat fotoapparat"));
    }

    #[test]
    fn kyrgyz_typed_with_turkic_latin_letters_is_read_for_danger() {
        // `ö ü ı ş ñ` from a Turkish or Kazakh Latin keyboard.
        assert_eq!(
            by_rules("men özümdü öltüröm"),
            vec![DangerCategory::SelfHarm]
        );
        assert_eq!(
            by_rules("men jaşagım kelbeyt"),
            vec![DangerCategory::SelfHarm]
        );
        assert!(passes(
            "bügün mektepte koncert boldu, abdan jakşı boldu, raxmat"
        ));
    }

    #[test]
    fn russian_typed_in_latin_letters_without_its_soft_signs_is_read_for_danger() {
        // The Cyrillic readings of these lack the soft sign (`больно`, `принесешь`, `убьет`);
        // read by the rules alone, so the statistical screen cannot stand in for the lexicon.
        assert_eq!(
            by_rules("esli ne prinesesh dengi tebe budet bolno"),
            vec![DangerCategory::Extortion]
        );
        assert_eq!(
            by_rules("on skazal chto ubyet menya posle urokov"),
            vec![DangerCategory::Threat]
        );
        // Kyrgyz `bol` ("be") is not `боль` without its sign, nor is `novye` read as `новье`.
        assert!(by_rules("sak bol dosum, kelerki jumada korushobuz").is_empty());
        assert!(by_rules("nam nujny novye party i stulya v klasse").is_empty());
    }

    #[test]
    fn a_firm_rule_is_dropped_by_no_exemption_and_no_veto() {
        // "Moving schools" explains a threat away (`-threat: @moving`), but not this one.
        let threat = "last year a girl told and had to move schools. whoever talks next wont be moving schools";
        assert_eq!(by_rules(threat), vec![DangerCategory::Threat]);
        assert!(plain(threat).danger.contains(&DangerCategory::Threat));
        // The model's veto does not drop a child left unfed while the parents work abroad.
        let neglect = "my parents work abroad and my aunt doesnt feed us we are always hungry";
        let reading = read_by_rules(neglect, &SchoolLexicon::default());
        assert_eq!(reading.firm, vec![DangerCategory::Violence]);
        assert!(plain(neglect).danger.contains(&DangerCategory::Violence));
    }

    #[test]
    fn a_word_with_a_four_counts_as_latin_and_ts_is_also_read_as_two_letters() {
        // `4ar4adim` (чарчадым) is a Latin word: a text of two such words is transliterated.
        assert_eq!(
            by_rules("zhashoodon 4ar4adim"),
            vec![DangerCategory::SelfHarm]
        );
        // `ts` is read both ways: `boitsya` боится, `aytsam` айтсам, `tsirk` цирк.
        let readings = |word: &str| -> Vec<String> {
            normalise::translit_readings(word)
                .iter()
                .map(|r| r.chars.iter().collect())
                .collect()
        };
        assert!(readings("boitsya").contains(&"боится".to_owned()));
        assert!(readings("aytsam").contains(&"айтсам".to_owned()));
        assert!(readings("tsirk").contains(&"цирк".to_owned()));
        assert_eq!(
            by_rules("mne bolshe ne khochetsya zhit"),
            vec![DangerCategory::SelfHarm]
        );
    }

    #[test]
    fn in_chat_spelling_bil_is_was_and_not_beat() {
        // `4` for `ч` or `mi` for `мы`: the writer types `ы` as `i`, so `bil` is `был`.
        assert!(passes("kho4u 4tobi u nas bil klub debatov"));
        assert!(passes("v shkole bil stomatolog, mi ne boyalis, spasibo"));
        // Without those marks `bil` is read both ways, and a beating is still read.
        assert_eq!(
            by_rules("otchim bil menya remnem vchera"),
            vec![DangerCategory::Violence]
        );
    }

    #[test]
    fn kyrgyz_chat_spelling_reads_an_i_after_a_four_or_a_digraph_as_y() {
        // `ang4ilik` is `аңчылык` (hunting) and `zhakshi` is `жакшы`: the hunting trip with
        // an uncle is everyday, as it is in Cyrillic.
        assert!(passes(
            "tayakem menen toogo ang4ilikka barabiz, miltik atkandi uyrotot eken"
        ));
    }

    #[test]
    fn an_infinitive_typed_without_its_soft_sign_is_read() {
        // `peresdat` is `пересдать`: a retake explains the idiom, as in Cyrillic.
        assert!(passes("mama menya ubyot za dvoyku, mozhno peresdat?"));
        assert!(passes("Мама меня убьёт за двойку, можно пересдать?"));
    }

    #[test]
    fn numbers_are_words_for_danger() {
        // Ages and sums written in digits take part in phrases and rules: a child of 14 and a
        // "boyfriend" of 26, a marriage at 14.
        let s = plain("my friend is 14 and her boyfriend is 26, he buys her vodka");
        assert!(s.danger.contains(&DangerCategory::SexualAbuse));
        let s = plain("Мне сказали, что выдадут меня за мужчину, ему 35. Мне 14.");
        assert!(s.danger.contains(&DangerCategory::SexualAbuse));
        // A number alone is no signal, and digits standing for letters still read as letters.
        assert!(passes(
            "My friend is 14 and her boyfriend is 15, can we have a school dance?"
        ));
        assert!(passes("В 5 классе 25 учеников, нужно 13 парт"));
        assert!(caught("бл9ть"));
    }

    #[test]
    fn a_clean_appeal_is_accepted() {
        let s = plain("Спасибо учителям за ремонт спортзала!");
        assert_eq!(s, Screening::default());
        assert_eq!(s.verdict(), Verdict::Accept);
        assert!(!s.needs_referral());
    }

    // Per-school adjustments.

    #[test]
    fn a_school_extra_word_is_caught_with_its_endings() {
        let school = SchoolLexicon {
            extra_obscene: vec!["сволоч".to_owned()],
            allowed: vec![],
        };
        assert_eq!(screen("вы сволочи", &school).obscene_words, vec!["сволочи"]);
        assert!(plain("вы сволочи").obscene_words.is_empty());
    }

    #[test]
    fn a_school_allowed_word_passes_but_danger_is_still_flagged() {
        let school = SchoolLexicon {
            extra_obscene: vec![],
            allowed: vec!["жалап".to_owned()],
        };
        let s = screen("мышык сүттү жалап жатат", &school);
        assert!(s.obscene_words.is_empty());
        assert!(caught("мышык сүттү жалап жатат"));
        let school = SchoolLexicon {
            extra_obscene: vec![],
            allowed: vec!["root:нож".to_owned()],
        };
        assert!(screen("у него нож", &school).is_urgent());
    }

    // Robustness.

    #[test]
    fn odd_input_never_panics() {
        let long_punctuation = "!?.,;:-*".repeat(1250);
        let long_letters = "х.у.й.".repeat(2000);
        let long_masks = "a*".repeat(5000);
        let inputs = [
            "",
            " ",
            "\u{0301}\u{0301}",
            "😀😀 🤬 💩",
            "مرحبا بالعالم שלום",
            "\u{202E}йух\u{202C}",
            "İ ß ǅ ﬁ ẞ",
            "\u{FEFF}\u{200B}",
            "*",
            "***х***",
            "@$!#%",
            "1 2 3 4 5",
            long_punctuation.as_str(),
            long_letters.as_str(),
            long_masks.as_str(),
        ];
        for input in inputs {
            let _ = plain(input);
            let _ = normalise_word(input);
        }
        assert!(plain("").obscene_words.is_empty());
        assert!(caught(&long_letters));
    }

    /// A small xorshift generator: random text without a crate.
    struct Xorshift(u64);

    impl Xorshift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn text(&mut self, len: usize) -> String {
            const PICKS: &[char] = &[
                'х', 'у', 'й', 'x', 'y', 'а', 'a', '.', ' ', '*', '@', '3', '6', 'ё', 'ң', 'ө',
                'ү', '\u{0301}', '\u{200B}', 'B', 'İ', '-', '\n', '!',
            ];
            (0..len)
                .map(|_| {
                    let r = self.next();
                    match r % 3 {
                        0 => char::from_u32((r >> 8) as u32 % 0x11_0000).unwrap_or('?'),
                        _ => PICKS[(r >> 8) as usize % PICKS.len()],
                    }
                })
                .collect()
        }
    }

    #[test]
    fn random_unicode_never_panics_and_normalising_is_idempotent() {
        let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
        for round in 0..3000 {
            let text = rng.text(round % 40);
            let _ = plain(&text);
            let once = normalise_word(&text);
            assert_eq!(normalise_word(&once), once, "{text:?}");
        }
    }

    #[test]
    fn normalising_a_word_undoes_the_disguise() {
        assert_eq!(normalise_word("xyй"), "хуй");
        assert_eq!(normalise_word("ПИИИЗДЕЦ"), "пиздец");
        assert_eq!(normalise_word("еб@ть"), "ебать");
        assert_eq!(normalise_word("х.у.й"), "хуй");
        assert_eq!(normalise_word("sh1t"), "shit");
        assert_eq!(normalise_word("Ёлка"), "елка");
        assert_eq!(normalise_word("Hello"), "helo");
        assert_eq!(normalise_word("Өлтүрөм"), "өлтүрөм");
    }

    #[test]
    fn accents_greek_look_alikes_and_full_width_separators_do_not_disguise() {
        // Found by the `screening_normaliser` fuzz target: each was read one way and its
        // reading another, and the accented ones passed the screening.
        for (written, read) in [("χx", "х"), ("été", "ете"), ("a．b", "аь")] {
            let once = normalise_word(written);
            assert_eq!(once, read, "{written}");
            assert_eq!(normalise_word(&once), once, "{written}");
        }
        for disguised in ["xyécoc", "xyé", "xyéta", "cýka", "χyй"] {
            assert!(caught(disguised), "{disguised}");
        }
    }

    #[test]
    fn ten_thousand_characters_are_screened_quickly() {
        let paragraph = "Здравствуйте! В нашей школе холодно, батареи не греют. \
            Мугалимдер акча чогултушат, бул туура эмес деп ойлойм. \
            The canteen food is cold and the toilets have no soap. ";
        let text: String = paragraph.chars().cycle().take(10_000).collect();
        let _ = plain("warm-up");
        let started = std::time::Instant::now();
        let rounds = 20;
        for _ in 0..rounds {
            assert!(passes(&text));
        }
        let each = started.elapsed() / rounds;
        eprintln!(
            "screening {} characters took {each:?}",
            text.chars().count()
        );
        // A bound that catches a blow-up (work that grows with the square of the text), not a
        // speed figure: the benchmarks measure speed, and a debug build on a busy machine is
        // slow.
        assert!(each.as_millis() < 1_000, "{each:?}");
    }

    // The corpora.

    #[test]
    fn the_corpora_are_big_enough() {
        assert!(lines(INNOCENT).count() >= 200);
        assert!(lines(OBSCENE).count() >= 60);
        assert!(danger_lines().len() >= 40);
    }

    #[test]
    fn every_innocent_appeal_passes() {
        let failures: Vec<(&str, Screening)> = lines(INNOCENT)
            .map(|line| (line, plain(line)))
            .filter(|(_, s)| !s.obscene_words.is_empty() || s.is_urgent())
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn every_obscene_appeal_is_caught() {
        let failures: Vec<&str> = lines(OBSCENE).filter(|line| !caught(line)).collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn every_obscene_appeal_is_refused() {
        let failures: Vec<&str> = lines(OBSCENE)
            .filter(|line| plain(line).verdict() != Verdict::RejectObscene)
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    /// `сюрприз` is a class member of its own: written on one line with `туулган күн` or
    /// `день рождения`, it was read as the first word of those phrases and never matched alone.
    #[test]
    fn a_surprise_kept_from_the_parents_is_everyday_in_kyrgyz_and_russian() {
        for text in [
            "Учитель сказал никому не говорить, это сюрприз для мам на 8 марта, мы готовим концерт",
            "Ата-энеңерге бир ооз да айтпагыла, сюрприз болот деди тренер, биз кубандык, кийин \
             баарыбыз дем ала албай калдык чуркап",
        ] {
            let danger = screen_by_rules(text, &SchoolLexicon::default()).danger;
            assert!(danger.is_empty(), "{danger:?}: {text}");
        }
    }

    #[test]
    fn every_danger_appeal_is_flagged_with_its_category() {
        let failures: Vec<(DangerCategory, &str, Vec<DangerCategory>)> = danger_lines()
            .into_iter()
            .map(|(expected, line)| (expected, line, plain(line).danger))
            .filter(|(expected, _, found)| !found.contains(expected))
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    /// Precision and recall of one yes/no decision over labelled texts.
    fn precision_recall(labelled: &[(bool, bool)]) -> (f64, f64) {
        let tp = labelled
            .iter()
            .filter(|&&(truth, said)| truth && said)
            .count() as f64;
        let fp = labelled
            .iter()
            .filter(|&&(truth, said)| !truth && said)
            .count() as f64;
        let fn_ = labelled
            .iter()
            .filter(|&&(truth, said)| truth && !said)
            .count() as f64;
        let precision = if tp + fp == 0.0 { 1.0 } else { tp / (tp + fp) };
        let recall = if tp + fn_ == 0.0 {
            1.0
        } else {
            tp / (tp + fn_)
        };
        (precision, recall)
    }

    #[test]
    fn precision_and_recall_over_the_corpora() {
        let innocent: Vec<Screening> = lines(INNOCENT).map(plain).collect();
        let obscene: Vec<Screening> = lines(OBSCENE).map(plain).collect();
        let danger: Vec<(DangerCategory, Screening)> = danger_lines()
            .into_iter()
            .map(|(category, line)| (category, plain(line)))
            .collect();

        // Obscenity: obscene lines are positives; innocent and danger lines negatives.
        let mut labelled: Vec<(bool, bool)> = Vec::new();
        labelled.extend(
            innocent
                .iter()
                .map(|s| (false, !s.obscene_words.is_empty())),
        );
        labelled.extend(obscene.iter().map(|s| (true, !s.obscene_words.is_empty())));
        labelled.extend(
            danger
                .iter()
                .map(|(_, s)| (false, !s.obscene_words.is_empty())),
        );
        let (obscene_p, obscene_r) = precision_recall(&labelled);

        // Urgency: danger lines are positives; innocent and obscene lines negatives.
        let mut labelled: Vec<(bool, bool)> = Vec::new();
        labelled.extend(innocent.iter().map(|s| (false, s.is_urgent())));
        labelled.extend(obscene.iter().map(|s| (false, s.is_urgent())));
        labelled.extend(danger.iter().map(|(_, s)| (true, s.is_urgent())));
        let (urgent_p, urgent_r) = precision_recall(&labelled);

        // Categories: a danger line's category found counts as a hit; every other category
        // reported anywhere counts as a false alarm.
        let mut category_hits = 0usize;
        let mut category_false = 0usize;
        for (expected, s) in &danger {
            category_hits += usize::from(s.danger.contains(expected));
            category_false += s.danger.iter().filter(|c| *c != expected).count();
        }
        category_false += innocent
            .iter()
            .chain(&obscene)
            .map(|s| s.danger.len())
            .sum::<usize>();
        let category_p = category_hits as f64 / (category_hits + category_false).max(1) as f64;
        let category_r = category_hits as f64 / danger.len().max(1) as f64;

        eprintln!(
            "corpora: {} innocent, {} obscene, {} danger",
            innocent.len(),
            obscene.len(),
            danger.len()
        );
        eprintln!("obscenity: precision {obscene_p:.3}, recall {obscene_r:.3}");
        eprintln!("urgency:   precision {urgent_p:.3}, recall {urgent_r:.3}");
        eprintln!("category:  precision {category_p:.3}, recall {category_r:.3}");
        assert!(obscene_p >= 0.99 && obscene_r >= 0.99);
        assert!(urgent_p >= 0.99 && urgent_r >= 0.99);
    }
}
