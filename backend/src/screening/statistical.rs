//! The statistical danger screen beside the rules (docs/screening.md, "Round 9").
//!
//! The rules catch the wordings someone wrote a phrase or a class for; on unseen text they
//! saturate near four danger appeals in five. This screen scores the whole appeal instead:
//! hashed features of the text the rules already read (each word through
//! [`normalise_word`], so look-alike letters, symbols and stretched letters are undone, then
//! Kyrgyz `ң ө ү` folded to `н о у`, so Kyrgyz typed on a Russian keyboard reads the same;
//! Latin words of a transliterated text also in their Cyrillic reading) go into a logistic
//! regression trained on the tuning corpus and the held-out sets already reported. Each
//! feature enters the regression at its log-count ratio between the danger and the everyday
//! appeals of training, not at 1 (Wang and Manning's "Baselines and bigrams", 2012;
//! docs/screening.md, "Round 32").
//!
//! Features: character n-grams of two to five letters inside each word (with its edges), the
//! words and the pairs of neighbouring words. A second set of six one-against-the-rest
//! regressions, trained on the danger appeals alone and reading also the cues of the rules
//! (the word classes that occur, the categories raised before exemptions), names the category
//! of a hit.
//!
//! The model is trained once, at first use, from the corpus files compiled into the binary:
//! the same files give the same weights (a fixed seed orders the examples), nothing is stored
//! beside the code, and no weights file can drift from the data. The newest blind sets are
//! not among the training files; they measure the screen.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::normalise::{self, normalise_word};
use super::DangerCategory;

/// The training files: the tuning part, held-out sets 1 to 27 and 30 to 40 and training sets
/// 2 to 7, each a (danger, innocent) pair, plus the obscene corpus as more appeals that are
/// not urgent (of sets 33, 34 and 37 to 40 and training set 7, the danger halves only). Sets
/// 8 to 27 and 30 to 40 were measured blind before they were learned from;
/// training sets 2 to 7 were written as material to learn from by people who had read
/// nothing of the project; sets 28 and 29 are read for the rules of round 21 but never
/// learned from (learned, they would raise the threshold for every appeal:
/// docs/screening.md, "Blind set 30 and round 21"); sets 37, 38 and 39 are read for the rules
/// of rounds 29 to 31; set 40 is learned, never read; sets 41 and 42 are measured, never read
/// or learned from.
pub(super) const TRAINING_SETS: [(&str, &str); 45] = [
    (
        include_str!("corpus/danger.txt"),
        include_str!("corpus/innocent.txt"),
    ),
    (
        include_str!("corpus/danger.heldout.txt"),
        include_str!("corpus/innocent.heldout.txt"),
    ),
    (
        include_str!("corpus/danger.heldout2.txt"),
        include_str!("corpus/innocent.heldout2.txt"),
    ),
    (
        include_str!("corpus/danger.heldout3.txt"),
        include_str!("corpus/innocent.heldout3.txt"),
    ),
    (
        include_str!("corpus/danger.heldout4.txt"),
        include_str!("corpus/innocent.heldout4.txt"),
    ),
    (
        include_str!("corpus/danger.heldout5.txt"),
        include_str!("corpus/innocent.heldout5.txt"),
    ),
    (
        include_str!("corpus/danger.heldout6.txt"),
        include_str!("corpus/innocent.heldout6.txt"),
    ),
    (
        include_str!("corpus/danger.heldout7.txt"),
        include_str!("corpus/innocent.heldout7.txt"),
    ),
    (
        include_str!("corpus/danger.heldout8.txt"),
        include_str!("corpus/innocent.heldout8.txt"),
    ),
    (
        include_str!("corpus/danger.heldout9.txt"),
        include_str!("corpus/innocent.heldout9.txt"),
    ),
    (
        include_str!("corpus/danger.heldout10.txt"),
        include_str!("corpus/innocent.heldout10.txt"),
    ),
    (
        include_str!("corpus/danger.heldout11.txt"),
        include_str!("corpus/innocent.heldout11.txt"),
    ),
    (
        include_str!("corpus/danger.heldout12.txt"),
        include_str!("corpus/innocent.heldout12.txt"),
    ),
    (
        include_str!("corpus/danger.heldout13.txt"),
        include_str!("corpus/innocent.heldout13.txt"),
    ),
    (
        include_str!("corpus/danger.heldout14.txt"),
        include_str!("corpus/innocent.heldout14.txt"),
    ),
    (
        include_str!("corpus/danger.heldout15.txt"),
        include_str!("corpus/innocent.heldout15.txt"),
    ),
    (
        include_str!("corpus/danger.heldout16.txt"),
        include_str!("corpus/innocent.heldout16.txt"),
    ),
    (
        include_str!("corpus/danger.heldout17.txt"),
        include_str!("corpus/innocent.heldout17.txt"),
    ),
    (
        include_str!("corpus/danger.heldout18.txt"),
        include_str!("corpus/innocent.heldout18.txt"),
    ),
    (
        include_str!("corpus/danger.heldout19.txt"),
        include_str!("corpus/innocent.heldout19.txt"),
    ),
    (
        include_str!("corpus/danger.heldout20.txt"),
        include_str!("corpus/innocent.heldout20.txt"),
    ),
    (
        include_str!("corpus/danger.heldout21.txt"),
        include_str!("corpus/innocent.heldout21.txt"),
    ),
    (
        include_str!("corpus/danger.heldout22.txt"),
        include_str!("corpus/innocent.heldout22.txt"),
    ),
    (
        include_str!("corpus/danger.heldout23.txt"),
        include_str!("corpus/innocent.heldout23.txt"),
    ),
    (
        include_str!("corpus/danger.heldout24.txt"),
        include_str!("corpus/innocent.heldout24.txt"),
    ),
    (
        include_str!("corpus/danger.heldout25.txt"),
        include_str!("corpus/innocent.heldout25.txt"),
    ),
    (
        include_str!("corpus/danger.heldout26.txt"),
        include_str!("corpus/innocent.heldout26.txt"),
    ),
    (
        include_str!("corpus/danger.tuning2.txt"),
        include_str!("corpus/innocent.tuning2.txt"),
    ),
    (
        include_str!("corpus/danger.tuning3.txt"),
        include_str!("corpus/innocent.tuning3.txt"),
    ),
    (
        include_str!("corpus/danger.tuning4.txt"),
        include_str!("corpus/innocent.tuning4.txt"),
    ),
    (
        include_str!("corpus/danger.tuning5.txt"),
        include_str!("corpus/innocent.tuning5.txt"),
    ),
    (
        include_str!("corpus/danger.tuning6.txt"),
        include_str!("corpus/innocent.tuning6.txt"),
    ),
    // Training set 7 was written as pairs: each danger appeal with an everyday one in the same
    // setting and with the same tempting words. Learned, the everyday halves cost recall
    // (out of fold over the 30 other sets, at a pass rate of 0.99: 0.964 with both halves,
    // 0.969 without the set, 0.972 with the danger halves alone), so only those are learned.
    (include_str!("corpus/danger.tuning7.txt"), ""),
    (
        include_str!("corpus/danger.heldout27.txt"),
        include_str!("corpus/innocent.heldout27.txt"),
    ),
    (
        include_str!("corpus/danger.heldout30.txt"),
        include_str!("corpus/innocent.heldout30.txt"),
    ),
    (
        include_str!("corpus/danger.heldout31.txt"),
        include_str!("corpus/innocent.heldout31.txt"),
    ),
    (
        include_str!("corpus/danger.heldout32.txt"),
        include_str!("corpus/innocent.heldout32.txt"),
    ),
    // Set 33's everyday half is not learned: learned, it raises the threshold the
    // cross-validation chooses from 0.71 to 0.75 and lowers the out-of-fold recall from 0.967
    // to 0.962 (docs/screening.md, "Round 25").
    (include_str!("corpus/danger.heldout33.txt"), ""),
    // Set 34's everyday half is not learned either: learned, it lowers the threshold the
    // cross-validation chooses from 0.73 to 0.70 but the out-of-fold recall from 0.9689 to
    // 0.9681 (docs/screening.md, "Round 26").
    (include_str!("corpus/danger.heldout34.txt"), ""),
    // Set 35 is learned whole: its everyday half lowers the threshold the cross-validation
    // chooses from 0.73 to 0.71 and raises the out-of-fold recall from 0.9668 to 0.9689
    // (docs/screening.md, "Round 27").
    (
        include_str!("corpus/danger.heldout35.txt"),
        include_str!("corpus/innocent.heldout35.txt"),
    ),
    // Set 36 is learned whole: its everyday half lowers the threshold the cross-validation
    // chooses from 0.70 to 0.67 and raises the out-of-fold recall from 0.9712 to 0.9723
    // (docs/screening.md, "Round 28").
    (
        include_str!("corpus/danger.heldout36.txt"),
        include_str!("corpus/innocent.heldout36.txt"),
    ),
    // Set 37's everyday half is not learned: learned, it leaves the threshold the
    // cross-validation chooses at 0.71 but lowers the out-of-fold recall from 0.9721 to
    // 0.9697 (docs/screening.md, "Round 29").
    (include_str!("corpus/danger.heldout37.txt"), ""),
    // Set 38's danger half is learned as set 37's was (docs/screening.md, "Round 30").
    (include_str!("corpus/danger.heldout38.txt"), ""),
    // Set 39's danger half is learned as set 38's was (docs/screening.md, "Round 31").
    (include_str!("corpus/danger.heldout39.txt"), ""),
    // Set 40's danger half is learned as set 39's was (docs/screening.md, "Round 32").
    (include_str!("corpus/danger.heldout40.txt"), ""),
];

/// Obscene appeals are not urgent: they teach the screen that rude words are not danger.
const OBSCENE: &str = include_str!("corpus/obscene.txt");

/// The score at or above which an appeal is urgent: chosen by cross-validation over the
/// training sets (each set left out in turn, a pass rate of at least 0.99 on its innocent
/// appeals for the rules and this screen together); see docs/screening.md.
pub(super) const THRESHOLD: f32 = 0.67;

/// The score at or above which an appeal is urgent when the rules raised danger in it and
/// their exemptions explained all of it away (a joke, a game, a lesson), or raised none and
/// the writer says all is well ("he is fine", "nothing bad happened"): the model must be
/// nearly sure to overrule them. Chosen with the threshold by cross-validation; see
/// docs/screening.md, "Round 17".
pub(super) const EXPLAINED_THRESHOLD: f32 = 0.95;

/// A rule's hit on an appeal of at least [`VETO_MIN_WORDS`] words is dropped when the model
/// scores the appeal below this: the rules read a word or a meeting of words, the model the
/// whole appeal, and an appeal it is this sure of is everyday wording the rules misread.
/// Chosen with the threshold by cross-validation: the recall of the rules and the model
/// together at an out-of-fold pass rate of 0.99 is 0.974, against 0.973 without a veto. At
/// 0.05 it was as high, but dropped a danger appeal of the tuning part the model then scored
/// 0.044 ("my aunt doesnt feed us we are always hungry"); see docs/screening.md, "Round 16".
/// Round 24 lowered it from 0.02 to 0.015, when the model that learned set 32 scored that
/// appeal 0.019 (out of fold: recall 0.9683 at threshold 0.70, against 0.9693 at 0.69 with
/// 0.02); see docs/screening.md, "Round 24".
const VETO: f32 = 0.015;
/// Shorter appeals keep every hit of the rules: "хочу выпилиться" is two words the model has
/// too little of to judge.
const VETO_MIN_WORDS: usize = 12;
/// On an appeal of at least [`LONG_VETO_MIN_WORDS`] words, where the model has read the
/// most, it drops a rule's hit already below this. Chosen by replaying the five newest blind
/// sets (27 to 31), each through the rules and the model as they stood before the set was
/// read: the rules' false alarms there fall from 72 to 63 and no danger appeal is lost. A
/// veto of 0.10 on every appeal of 12 words or more would remove 60, but drops the aunt who
/// does not feed the children above (14 words, 0.021); 15, 18 and 20 words give the same
/// replay, and the longest protects the most. The cross-validation cannot choose these: the
/// rules were tuned on every set it folds over, so their false alarms are scarce there and
/// their hits of the rules' own making plenty; see docs/screening.md, "Round 23". A
/// self-harm hit is never dropped (round 30, [`drops`]).
const LONG_VETO: f32 = 0.10;
const LONG_VETO_MIN_WORDS: usize = 20;

/// The number of hashed feature slots (a power of two).
const DIMENSION: usize = 1 << 18;
/// Passes over the training examples for the danger regression: more passes kept raising the
/// recall of cross-validation at the pass rate the threshold keeps (16: 0.553, 30: 0.597,
/// 60: 0.629 of the danger appeals of the set left out).
const EPOCHS: usize = 60;
/// Passes for the category regressions, which only name the category of a hit.
const CATEGORY_EPOCHS: usize = 16;
/// How much more an appeal that is not urgent counts in training than a danger appeal: the
/// innocent corpora hold the hard cases (idioms, history lessons, games) the screen must learn
/// to let through, and a false alarm on them is what sets the threshold. Chosen by
/// cross-validation over 22 training sets: the recall of the rules and this screen together
/// at a pass rate of 0.99 was 0.956 at 1, 0.965 at 2, 0.969 at 3, 0.970 at 5 and at 8.
const INNOCENT_WEIGHT: f32 = 5.0;
/// Added to every slot's count on each side before the danger regression's log-count ratios
/// are taken ([`Leaning::LogCountRatio`]).
const LEANING_SMOOTHING: f32 = 1.0;
/// How far each slot's worth goes from 1 towards its log-count ratio. Over four groups of the
/// training sets, 0.5, 0.75 and 1 (and a smoothing of 0.5, 1 or 2) flagged as many danger
/// appeals of the group left out at the same pass rate, give or take what the groups move;
/// the values first tried stay (docs/screening.md, "Round 32").
const LEANING_SHARE: f32 = 0.5;
/// Texts of fewer words are left to the rules: a word or two is not an appeal the model has
/// learned from (`ит`, "dog", is no danger on its own).
const MIN_WORDS: usize = 3;
/// The learning rate at the start; it falls as `1 / (1 + t / DECAY)`.
const LEARNING_RATE: f32 = 0.5;
const DECAY: f32 = 20_000.0;
/// L2 shrinkage of each weight an example touches.
const L2: f32 = 1e-5;
/// Words of a text past this many are not read: enough for any appeal, and a bound on time.
const MAX_WORDS: usize = 2_000;
/// The seed that orders the training examples.
const SEED: u64 = 0x2545_F491_4F6C_DD1D;

/// Feature slots (sorted, each once) and the factor that gives the vector unit length.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Slots {
    slots: Vec<u32>,
    scale: f32,
}

impl Slots {
    fn new(mut slots: Vec<u32>) -> Slots {
        slots.sort_unstable();
        slots.dedup();
        let scale = if slots.is_empty() {
            0.0
        } else {
            1.0 / (slots.len() as f32).sqrt()
        };
        Slots { slots, scale }
    }
}

/// One appeal as the model sees it: the slots of its words, which decide whether it is
/// urgent, and the same with the cues of the rules, which name the category of a hit.
///
/// The cues stay out of the urgency score on purpose: with them, the regression learns to
/// agree with the rules, and the appeals the rules miss are the ones it is there for
/// (cross-validated, the rules and the regression together flagged fewer danger appeals at
/// the same pass rate). They name categories better (0.872 to 0.917 of the danger appeals
/// of sets 14 and 15 left out in turn).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Features {
    text: Slots,
    with_cues: Slots,
    words: usize,
}

/// One training appeal: its features and its category (none for an appeal that is not
/// urgent).
#[derive(Debug, Clone)]
pub(super) struct Example {
    pub features: Features,
    pub category: Option<DangerCategory>,
}

/// A logistic regression over the hashed slots.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Regression {
    /// Each slot's weight, its worth in training ([`Leaning`]) folded in.
    weights: Vec<f32>,
    bias: f32,
}

/// Whether a regression weighs each slot by how far it leans to one side in training.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Leaning {
    /// Every slot is worth 1.
    None,
    /// A slot is worth the log of how much more often it occurs in the appeals of one side
    /// than in those of the other (each side's counts over its total, [`LEANING_SMOOTHING`]
    /// added to each), taken halfway towards 1 ([`LEANING_SHARE`]): the regression of Wang and
    /// Manning's "Baselines and bigrams" (2012), with the log-count ratio of naive Bayes as
    /// the value of a feature. A word that occurs only in danger appeals starts out worth more
    /// than one common to both sides.
    LogCountRatio,
}

/// What a slot is worth before its weight in training: its entry in `worth`, 1 past its end.
fn worth_of(worth: &[f32], slot: u32) -> f32 {
    worth.get(slot as usize).copied().unwrap_or(1.0)
}

/// The danger screen: whether an appeal is urgent, and which category a hit names.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Model {
    danger: Regression,
    categories: Vec<(DangerCategory, Regression)>,
}

/// A 64-bit FNV-1a-style hash over a feature's kind and characters, one step a character.
fn hash(kind: u8, parts: &[&[char]]) -> u32 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = (0xcbf2_9ce4_8422_2325 ^ u64::from(kind)).wrapping_mul(PRIME);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h = (h ^ 0x20).wrapping_mul(PRIME);
        }
        for &c in *part {
            h = (h ^ u64::from(c)).wrapping_mul(PRIME);
        }
    }
    // The top bits mix best; DIMENSION is a power of two.
    ((h ^ (h >> 29)) >> 32) as u32 & (DIMENSION as u32 - 1)
}

/// A word as the model reads it: normalised as for the lexicons, Kyrgyz letters folded to
/// their Russian-keyboard forms.
fn model_word(word: &str) -> Vec<char> {
    normalise_word(word)
        .chars()
        .map(|c| match c {
            'ң' => 'н',
            'ө' => 'о',
            'ү' => 'у',
            'һ' => 'х',
            other => other,
        })
        .collect()
}

/// The words of a text as the model reads them; a transliterated text's Latin words also
/// in their first Cyrillic reading, as a second sequence.
fn words(text: &str) -> Vec<Vec<Vec<char>>> {
    let split = normalise::split_words(text);
    let originals: Vec<&str> = split
        .atoms
        .iter()
        .take(MAX_WORDS)
        .map(|a| text.get(a.start..a.end).unwrap_or(""))
        .collect();
    // Appeals repeat their words; each spelling is normalised once.
    let mut read: HashMap<&str, Vec<char>> = HashMap::new();
    let plain: Vec<Vec<char>> = originals
        .iter()
        .map(|&w| read.entry(w).or_insert_with(|| model_word(w)).clone())
        .filter(|w| !w.is_empty())
        .collect();
    let mut sequences = vec![plain];
    if normalise::reads_as_translit(originals.iter().copied()) {
        let cyrillic: Vec<Vec<char>> = originals
            .iter()
            .map(|w| {
                normalise::translit_readings(w)
                    .first()
                    .map_or_else(|| model_word(w), |r| fold(&r.chars))
            })
            .filter(|w| !w.is_empty())
            .collect();
        sequences.push(cyrillic);
    }
    sequences
}

fn fold(chars: &[char]) -> Vec<char> {
    model_word(&chars.iter().collect::<String>())
}

/// The features of a text, with the cues of the rules as the default lexicons find them.
pub(super) fn features(text: &str) -> Features {
    features_with(text, &super::rule_cues(text))
}

/// The features of a text: character n-grams of 2 to 5 inside each word (its edges marked),
/// each word and each pair of neighbouring words; beside them, the cues of the rules
/// ([`super::danger::Signals::cues`]), each cue and each pair of cues.
pub(super) fn features_with(text: &str, cues: &[u32]) -> Features {
    let (text, words) = word_slots(text);
    Features {
        with_cues: with_cues(&text, cues),
        text,
        words,
    }
}

/// The slots of a text's words (n-grams, words, neighbouring pairs) and its number of words.
fn word_slots(text: &str) -> (Slots, usize) {
    let mut slots: Vec<u32> = Vec::new();
    let mut padded: Vec<char> = Vec::new();
    let sequences = words(text);
    let words = sequences.first().map_or(0, Vec::len);
    // The features are a set: a word seen before adds no character n-gram.
    let mut seen: HashSet<&[char]> = HashSet::new();
    for sequence in &sequences {
        for (i, word) in sequence.iter().enumerate() {
            if let Some(previous) = i.checked_sub(1).and_then(|p| sequence.get(p)) {
                slots.push(hash(b'b', &[previous, word]));
            }
            if !seen.insert(word) {
                continue;
            }
            padded.clear();
            padded.push('<');
            padded.extend_from_slice(word);
            padded.push('>');
            for n in 2..=5 {
                for gram in padded.windows(n) {
                    slots.push(hash(b'c', &[gram]));
                }
            }
            slots.push(hash(b'w', &[word]));
        }
    }
    (Slots::new(slots), words)
}

/// A text's word slots with the cues of the rules beside them: each cue and each pair of cues.
fn with_cues(text: &Slots, cues: &[u32]) -> Slots {
    let mut slots = text.slots.clone();
    let cue_chars: Vec<Vec<char>> = cues
        .iter()
        .map(|cue| cue.to_string().chars().collect())
        .collect();
    for (i, cue) in cue_chars.iter().enumerate() {
        slots.push(hash(b'k', &[cue]));
        for other in cue_chars.get(i + 1..).unwrap_or(&[]) {
            slots.push(hash(b'p', &[cue, other]));
        }
    }
    Slots::new(slots)
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x.clamp(-30.0, 30.0)).exp())
}

impl Regression {
    /// The probability the regression gives the positive class, in `0.0..=1.0`.
    pub fn score(&self, features: &Slots) -> f32 {
        self.score_with(features, &[])
    }

    /// The score with each slot's weight times its worth (`worth`, 1 for a slot past its end).
    fn score_with(&self, features: &Slots, worth: &[f32]) -> f32 {
        let sum: f32 = features
            .slots
            .iter()
            .map(|&s| self.weights.get(s as usize).copied().unwrap_or(0.0) * worth_of(worth, s))
            .sum();
        sigmoid(self.bias + sum * features.scale)
    }

    /// The log-count ratio of each slot between the positive and the negative examples,
    /// taken [`LEANING_SHARE`] of the way from 1 (a negative example counts
    /// [`INNOCENT_WEIGHT`] times, as in training).
    fn log_count_ratios(examples: &[(&Slots, bool)]) -> Vec<f32> {
        let mut positive = vec![LEANING_SMOOTHING; DIMENSION];
        let mut negative = vec![LEANING_SMOOTHING; DIMENSION];
        for &(features, is_positive) in examples {
            let (counts, count) = if is_positive {
                (&mut positive, 1.0)
            } else {
                (&mut negative, INNOCENT_WEIGHT)
            };
            for &s in &features.slots {
                if let Some(c) = counts.get_mut(s as usize) {
                    *c += count;
                }
            }
        }
        let positive_total: f32 = positive.iter().sum();
        let negative_total: f32 = negative.iter().sum();
        positive
            .iter()
            .zip(&negative)
            .map(|(p, n)| {
                let ratio = ((p / positive_total) / (n / negative_total)).ln().abs();
                LEANING_SHARE * ratio + (1.0 - LEANING_SHARE)
            })
            .collect()
    }

    /// Stochastic gradient descent over the examples, in an order fixed by the seed; each
    /// slot's worth is folded into its weight at the end, so scoring reads one array.
    fn train(examples: &[(&Slots, bool)], epochs: usize, leaning: Leaning) -> Regression {
        let worth = match leaning {
            Leaning::None => Vec::new(),
            Leaning::LogCountRatio => Regression::log_count_ratios(examples),
        };
        let mut model = Regression {
            weights: vec![0.0; DIMENSION],
            bias: 0.0,
        };
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = SEED;
        let mut t = 0.0f32;
        for _ in 0..epochs {
            // Fisher–Yates with xorshift: the same order on every machine.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &k in &order {
                let Some(&(features, positive)) = examples.get(k) else {
                    continue;
                };
                let rate = LEARNING_RATE / (1.0 + t / DECAY);
                t += 1.0;
                let error = if positive {
                    model.score_with(features, &worth) - 1.0
                } else {
                    INNOCENT_WEIGHT * model.score_with(features, &worth)
                };
                let step = rate * error * features.scale;
                for &s in &features.slots {
                    let slot_worth = worth_of(&worth, s);
                    if let Some(w) = model.weights.get_mut(s as usize) {
                        *w -= step * slot_worth + rate * L2 * *w;
                    }
                }
                model.bias -= rate * error;
            }
        }
        for (w, slot_worth) in model.weights.iter_mut().zip(&worth) {
            *w *= slot_worth;
        }
        model
    }
}

impl Model {
    /// Trains the danger regression on every example and the category regressions on the
    /// danger examples.
    pub fn train(examples: &[Example]) -> Model {
        let danger: Vec<(&Slots, bool)> = examples
            .iter()
            .map(|e| (&e.features.text, e.category.is_some()))
            .collect();
        let categories = DangerCategory::ALL
            .into_iter()
            .map(|category| {
                let labelled: Vec<(&Slots, bool)> = examples
                    .iter()
                    .filter_map(|e| e.category.map(|c| (&e.features.with_cues, c == category)))
                    .collect();
                (
                    category,
                    Regression::train(&labelled, CATEGORY_EPOCHS, Leaning::None),
                )
            })
            .collect();
        Model {
            danger: Regression::train(&danger, EPOCHS, Leaning::LogCountRatio),
            categories,
        }
    }

    /// The probability that the appeal is a danger appeal, in `0.0..=1.0`; zero for a text of
    /// fewer than [`MIN_WORDS`] words, which is left to the rules.
    #[cfg(test)]
    pub fn score(&self, features: &Features) -> f32 {
        self.urgency(&features.text, features.words)
    }

    /// Whether the model drops every hit of the rules on this appeal ([`Model::review`]).
    #[cfg(test)]
    pub fn vetoes(
        &self,
        features: &Features,
        by_rules: &[DangerCategory],
        firm: &[DangerCategory],
    ) -> bool {
        let urgency = self.urgency(&features.text, features.words);
        by_rules
            .iter()
            .all(|&category| !keeps(category, firm, urgency, features.words))
    }

    fn urgency(&self, text: &Slots, words: usize) -> f32 {
        if words < MIN_WORDS {
            return 0.0;
        }
        self.danger.score(text)
    }

    /// The category the category regressions score highest.
    #[cfg(test)]
    pub fn category(&self, features: &Features) -> DangerCategory {
        self.category_of(&features.with_cues)
    }

    fn category_of(&self, with_cues: &Slots) -> DangerCategory {
        self.categories
            .iter()
            .map(|(c, r)| (*c, r.score(with_cues)))
            .fold((DangerCategory::Threat, f32::MIN), |best, next| {
                if next.1 > best.1 {
                    next
                } else {
                    best
                }
            })
            .0
    }

    /// The danger categories of an appeal, given what the rules found in it: the rules'
    /// categories, less those the model drops ([`drops`]: the appeal is long enough for the
    /// model to judge and it is all but sure the appeal is everyday) unless a firm rule raised
    /// them (`firm`); when the rules found nothing,
    /// the category of a hit at `threshold`.
    /// The cue slots are built only for a hit: most appeals are not one.
    pub fn review(
        &self,
        text: &str,
        cues: &[u32],
        by_rules: Vec<DangerCategory>,
        firm: &[DangerCategory],
        threshold: f32,
    ) -> Vec<DangerCategory> {
        let (slots, words) = word_slots(text);
        if by_rules.is_empty() {
            return (self.urgency(&slots, words) >= threshold)
                .then(|| self.category_of(&with_cues(&slots, cues)))
                .into_iter()
                .collect();
        }
        let urgency = self.urgency(&slots, words);
        let mut kept = by_rules;
        kept.retain(|&category| keeps(category, firm, urgency, words));
        kept
    }
}

/// Whether a rule's hit of `category` stands after the model's review: a firm rule raised
/// it, or the model does not drop it ([`drops`]).
fn keeps(category: DangerCategory, firm: &[DangerCategory], urgency: f32, words: usize) -> bool {
    firm.contains(&category) || !drops(category, urgency, words)
}

/// Whether the model drops a rule's hit of `category` on an appeal of `words` words that it
/// scores `urgency`: only on an appeal long enough to judge, below [`VETO`], or below
/// [`LONG_VETO`] on a long appeal; never a self-harm hit. A goodbye is written calmly ("thank
/// you, she was the only one kind to me; let Nurai take my cactus"), in the words of an
/// everyday appeal the model has learned: round 24 found the long-appeal veto dropping such
/// goodbyes, and round 30 the short-appeal veto ("soon everyone at home will have more space
/// without me", 0.015 and below); see docs/screening.md, "Round 24" and "Round 30".
fn drops(category: DangerCategory, urgency: f32, words: usize) -> bool {
    if category == DangerCategory::SelfHarm {
        return false;
    }
    let bar = if words >= LONG_VETO_MIN_WORDS {
        LONG_VETO
    } else {
        VETO
    };
    words >= VETO_MIN_WORDS && urgency < bar
}

/// The appeals of one corpus file: `category: text` lines when `labelled`; `#` lines and
/// blank lines skipped.
pub(super) fn examples(corpus: &str, labelled: bool) -> Vec<(Option<DangerCategory>, &str)> {
    corpus
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            if labelled {
                let (code, text) = line.split_once(':').unwrap_or(("", line));
                (DangerCategory::from_code(code.trim()), text.trim())
            } else {
                (None, line)
            }
        })
        .collect()
}

/// The training examples of the given sets (indices into [`TRAINING_SETS`]), and the
/// obscene corpus when `obscene`.
pub(super) fn training_examples(sets: &[usize], obscene: bool) -> Vec<Example> {
    let mut out = Vec::new();
    for (danger, innocent) in sets.iter().filter_map(|&i| TRAINING_SETS.get(i)) {
        for (category, text) in examples(danger, true)
            .into_iter()
            .chain(examples(innocent, false))
        {
            out.push(Example {
                features: features(text),
                category,
            });
        }
    }
    if obscene {
        for (_, text) in examples(OBSCENE, false) {
            out.push(Example {
                features: features(text),
                category: None,
            });
        }
    }
    out
}

/// The model trained on every training set.
pub(super) fn trained() -> Model {
    let all: Vec<usize> = (0..TRAINING_SETS.len()).collect();
    Model::train(&training_examples(&all, true))
}

static MODEL: OnceLock<Model> = OnceLock::new();
static TRAINING: std::sync::Once = std::sync::Once::new();

/// Trains the model on a thread of its own when the server starts, so the first appeal after
/// a start does not wait for the training. Nothing is logged when it is done: the line's time
/// could be the moment an appeal that waited for it was dropped.
pub(super) fn prepare() {
    TRAINING.call_once(|| {
        std::thread::spawn(|| {
            MODEL.get_or_init(trained);
        });
    });
}

/// Waits until the model is trained without holding up the thread it is awaited on (the
/// server's other requests go on meanwhile).
pub(super) async fn ready() {
    prepare();
    while !is_ready() {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Whether the model is trained.
pub(super) fn is_ready() -> bool {
    MODEL.get().is_some()
}

/// The danger categories of `text`, given the cues and the categories the rules found in it
/// ([`Model::review`]), and whether the rules explained the danger they raised away.
pub(super) fn review(
    text: &str,
    cues: &[u32],
    by_rules: Vec<DangerCategory>,
    firm: &[DangerCategory],
    explained: bool,
) -> Vec<DangerCategory> {
    let threshold = if explained {
        EXPLAINED_THRESHOLD
    } else {
        THRESHOLD
    };
    MODEL
        .get_or_init(trained)
        .review(text, cues, by_rules, firm, threshold)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static Model {
        MODEL.get_or_init(trained)
    }

    #[test]
    fn training_is_deterministic() {
        let first = Model::train(&training_examples(&[1], false));
        let second = Model::train(&training_examples(&[1], false));
        assert!(first == second, "two trainings on the same data differ");
    }

    #[test]
    fn a_clearly_dangerous_appeal_scores_high_in_three_languages() {
        for text in [
            "отчим каждый вечер бьет меня ремнем и говорит что убьет если расскажу маме",
            "атам мас болуп келип мени урат, үйгө баргым келбейт, коркуп жатам",
            "my stepdad beats me every night and says he will kill me if i tell anyone",
        ] {
            let score = model().score(&features(text));
            assert!(score >= THRESHOLD, "{score}: {text}");
        }
    }

    #[test]
    fn a_clearly_innocent_appeal_scores_low_in_three_languages() {
        for text in [
            "в столовой холодный суп, просим починить батареи в спортзале",
            "мектептин ашканасында тамак суук, дааратканада самын жок",
            "please add more books about space to the school library",
        ] {
            let score = model().score(&features(text));
            assert!(score < THRESHOLD, "{score}: {text}");
        }
    }

    #[test]
    fn kyrgyz_typed_on_a_russian_keyboard_reads_the_same() {
        assert_eq!(
            features("өзүмдү өлтүрөм, жашагым келбейт"),
            features("озумду олтуром, жашагым келбейт")
        );
        assert_eq!(features("xyлиган"), features("хулиган"));
    }

    #[test]
    fn scores_stay_between_zero_and_one_and_odd_input_never_panics() {
        let long = "нож ".repeat(5000);
        for text in [
            "",
            " ",
            "😀😀 🤬",
            "\u{202E}\u{0301}\u{200B}",
            "!!!???",
            long.as_str(),
        ] {
            let score = model().score(&features(text));
            assert!((0.0..=1.0).contains(&score), "{score}: {text:?}");
            let _ = review(text, &[], Vec::new(), &[], false);
        }
    }

    #[test]
    fn a_self_harm_hit_is_never_dropped_and_others_only_below_their_bar() {
        let long = LONG_VETO_MIN_WORDS;
        let between = (VETO + LONG_VETO) / 2.0;
        assert!(drops(DangerCategory::Violence, between, long));
        assert!(drops(DangerCategory::Threat, between, long + 30));
        assert!(!drops(DangerCategory::SelfHarm, between, long));
        assert!(!drops(DangerCategory::SelfHarm, 0.0, long));
        assert!(!drops(DangerCategory::SelfHarm, 0.0, VETO_MIN_WORDS));
        assert!(!drops(DangerCategory::Violence, between, long - 1));
        assert!(drops(DangerCategory::Violence, VETO / 2.0, VETO_MIN_WORDS));
        assert!(!drops(DangerCategory::Violence, 0.0, VETO_MIN_WORDS - 1));
    }

    #[test]
    fn the_blind_sets_are_not_learned_from() {
        let blind = [
            include_str!("corpus/danger.heldout28.txt"),
            include_str!("corpus/innocent.heldout28.txt"),
            include_str!("corpus/danger.heldout29.txt"),
            include_str!("corpus/innocent.heldout29.txt"),
            include_str!("corpus/danger.heldout41.txt"),
            include_str!("corpus/innocent.heldout41.txt"),
            include_str!("corpus/danger.heldout42.txt"),
            include_str!("corpus/innocent.heldout42.txt"),
        ];
        for (danger, innocent) in TRAINING_SETS {
            for text in [danger, innocent] {
                assert!(
                    !blind.contains(&text),
                    "a blind set is among the training sets"
                );
            }
        }
        let training: std::collections::HashSet<&str> = TRAINING_SETS
            .iter()
            .flat_map(|&(d, i)| examples(d, true).into_iter().chain(examples(i, false)))
            .map(|(_, text)| text)
            .collect();
        for pair in blind.chunks(2) {
            let shared = examples(pair[0], true)
                .into_iter()
                .chain(examples(pair[1], false))
                .filter(|(_, text)| training.contains(text))
                .count();
            // Short everyday sentences recur between writers who never saw each other's sets
            // (set 16 shares four of its 420 lines with earlier sets).
            assert!(
                shared <= 4,
                "{shared} lines of a blind set among the training lines"
            );
        }
    }

    #[test]
    fn an_appeal_is_scored_quickly() {
        let appeal = "здравствуйте, у нас в классе старшие ребята каждый день забирают деньги \
            и говорят что если расскажу учителю то мне будет хуже, я боюсь идти в школу";
        let long: String = appeal.chars().cycle().take(10_000).collect();
        let _ = review("warm-up", &[], Vec::new(), &[], false);
        for text in [appeal, long.as_str()] {
            let rounds = 20;
            let started = std::time::Instant::now();
            for _ in 0..rounds {
                let _ = review(text, &[], Vec::new(), &[], false);
            }
            let each = started.elapsed() / rounds;
            eprintln!("scoring {} characters took {each:?}", text.chars().count());
            // Generous: unoptimised test builds are many times slower than release builds.
            assert!(each.as_millis() < 50, "{each:?}");
        }
    }

    /// The danger regression with each slot worth 1 and with its log-count ratio, each
    /// trained on three of four groups of the training sets (set `i` in group `i % 4`, with the
    /// obscene corpus) and scored on the fourth: the share of the danger appeals the model
    /// alone flags at the first threshold that lets a given share of the everyday appeals
    /// pass. The rules are left out: they were written from every one of these sets.
    /// `cargo test -p ishenim --lib leaning_compared_over_four_groups -- --ignored
    /// --nocapture`; docs/screening.md, "Round 32".
    #[test]
    #[ignore = "a report, not a check: run with --ignored --nocapture"]
    fn leaning_compared_over_four_groups() {
        const GROUPS: usize = 4;
        let appeals: Vec<(usize, bool, Slots)> = TRAINING_SETS
            .iter()
            .enumerate()
            .flat_map(|(set, (danger, innocent))| {
                examples(danger, true)
                    .into_iter()
                    .chain(examples(innocent, false))
                    .filter_map(move |(category, text)| {
                        let (slots, words) = word_slots(text);
                        (words >= MIN_WORDS).then_some((set % GROUPS, category.is_some(), slots))
                    })
            })
            .collect();
        let obscene: Vec<Slots> = examples(OBSCENE, false)
            .into_iter()
            .map(|(_, text)| word_slots(text).0)
            .collect();
        for leaning in [Leaning::None, Leaning::LogCountRatio] {
            let scored: Vec<(bool, f32)> = (0..GROUPS)
                .flat_map(|group| {
                    let training: Vec<(&Slots, bool)> = appeals
                        .iter()
                        .filter(|(g, _, _)| *g != group)
                        .map(|(_, danger, slots)| (slots, *danger))
                        .chain(obscene.iter().map(|slots| (slots, false)))
                        .collect();
                    let regression = Regression::train(&training, EPOCHS, leaning);
                    appeals
                        .iter()
                        .filter(|(g, _, _)| *g == group)
                        .map(|(_, danger, slots)| (*danger, regression.score(slots)))
                        .collect::<Vec<_>>()
                })
                .collect();
            let danger = scored.iter().filter(|(d, _)| *d).count();
            let everyday = scored.len() - danger;
            for pass in [0.995f64, 0.99, 0.98] {
                let first = (10..100).map(|step| step as f32 / 100.0).find_map(|t| {
                    let alarms = scored.iter().filter(|(d, s)| !d && *s >= t).count();
                    let passed = 1.0 - alarms as f64 / everyday.max(1) as f64;
                    (passed >= pass).then(|| {
                        let flagged = scored.iter().filter(|(d, s)| *d && *s >= t).count();
                        (t, flagged as f64 / danger.max(1) as f64)
                    })
                });
                if let Some((t, recall)) = first {
                    eprintln!(
                        "{leaning:?}: pass {pass:.3} at threshold {t:.2}, recall {recall:.4} \
                         ({danger} danger, {everyday} everyday appeals)"
                    );
                }
            }
        }
    }
}
