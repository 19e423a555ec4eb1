//! The corpora as measurements: the tuning part (`danger.txt`, `innocent.txt`) and the
//! held-out sets (`danger.heldout*.txt`, `innocent.heldout*.txt`), read per language from their
//! `# --- Kyrgyz … ---` section headers, with the bars the screening must clear and the
//! report `make screening` prints (docs/screening.md).

use super::statistical::{self, Model, TRAINING_SETS};
use super::{screen, screen_by_rules, DangerCategory, Language, SchoolLexicon, Screening};

pub(super) const DANGER: &str = include_str!("corpus/danger.txt");
pub(super) const INNOCENT: &str = include_str!("corpus/innocent.txt");
pub(super) const DANGER_HELDOUT: &str = include_str!("corpus/danger.heldout.txt");
pub(super) const INNOCENT_HELDOUT: &str = include_str!("corpus/innocent.heldout.txt");
pub(super) const DANGER_HELDOUT2: &str = include_str!("corpus/danger.heldout2.txt");
pub(super) const INNOCENT_HELDOUT2: &str = include_str!("corpus/innocent.heldout2.txt");
pub(super) const DANGER_HELDOUT3: &str = include_str!("corpus/danger.heldout3.txt");
pub(super) const INNOCENT_HELDOUT3: &str = include_str!("corpus/innocent.heldout3.txt");
/// Set 4, written by someone who had not read the rules; blind in round 4, tuning material
/// since round 5.
pub(super) const DANGER_HELDOUT4: &str = include_str!("corpus/danger.heldout4.txt");
pub(super) const INNOCENT_HELDOUT4: &str = include_str!("corpus/innocent.heldout4.txt");
/// Set 5, written by someone who had not read the rules; blind in round 5, tuned on since round 6.
pub(super) const DANGER_HELDOUT5: &str = include_str!("corpus/danger.heldout5.txt");
pub(super) const INNOCENT_HELDOUT5: &str = include_str!("corpus/innocent.heldout5.txt");
/// Set 6, written by someone who had not read the rules; blind in round 6, tuned on since round 7.
pub(super) const DANGER_HELDOUT6: &str = include_str!("corpus/danger.heldout6.txt");
pub(super) const INNOCENT_HELDOUT6: &str = include_str!("corpus/innocent.heldout6.txt");
/// Set 7, written by someone who had read neither the rules nor any earlier set; blind in
/// round 7, tuned on since round 8.
pub(super) const DANGER_HELDOUT7: &str = include_str!("corpus/danger.heldout7.txt");
pub(super) const INNOCENT_HELDOUT7: &str = include_str!("corpus/innocent.heldout7.txt");
/// Blind set 8, written by someone who had read neither the rules nor any earlier set;
/// measured, never tuned on.
pub(super) const DANGER_HELDOUT8: &str = include_str!("corpus/danger.heldout8.txt");
pub(super) const INNOCENT_HELDOUT8: &str = include_str!("corpus/innocent.heldout8.txt");
pub(super) const DANGER_HELDOUT9: &str = include_str!("corpus/danger.heldout9.txt");
pub(super) const INNOCENT_HELDOUT9: &str = include_str!("corpus/innocent.heldout9.txt");
/// Set 10, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then learned from by the statistical screen.
pub(super) const DANGER_HELDOUT10: &str = include_str!("corpus/danger.heldout10.txt");
pub(super) const INNOCENT_HELDOUT10: &str = include_str!("corpus/innocent.heldout10.txt");
/// Set 11, written with set 10 by the same hand; measured by counts only, never read or
/// learned from.
pub(super) const DANGER_HELDOUT11: &str = include_str!("corpus/danger.heldout11.txt");
pub(super) const INNOCENT_HELDOUT11: &str = include_str!("corpus/innocent.heldout11.txt");
/// Blind set 12, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, never read or learned from.
pub(super) const DANGER_HELDOUT12: &str = include_str!("corpus/danger.heldout12.txt");
pub(super) const INNOCENT_HELDOUT12: &str = include_str!("corpus/innocent.heldout12.txt");
/// Blind set 13, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, never read or learned from.
pub(super) const DANGER_HELDOUT13: &str = include_str!("corpus/danger.heldout13.txt");
pub(super) const INNOCENT_HELDOUT13: &str = include_str!("corpus/innocent.heldout13.txt");
/// Blind set 14, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, never read or learned from.
pub(super) const DANGER_HELDOUT14: &str = include_str!("corpus/danger.heldout14.txt");
pub(super) const INNOCENT_HELDOUT14: &str = include_str!("corpus/innocent.heldout14.txt");
/// Blind set 15, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, never read or learned from.
pub(super) const DANGER_HELDOUT15: &str = include_str!("corpus/danger.heldout15.txt");
pub(super) const INNOCENT_HELDOUT15: &str = include_str!("corpus/innocent.heldout15.txt");

/// Set 16, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then read and learned from in round 12.
pub(super) const DANGER_HELDOUT16: &str = include_str!("corpus/danger.heldout16.txt");
pub(super) const INNOCENT_HELDOUT16: &str = include_str!("corpus/innocent.heldout16.txt");

/// Set 17, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then read and learned from in round 13.
pub(super) const DANGER_HELDOUT17: &str = include_str!("corpus/danger.heldout17.txt");
pub(super) const INNOCENT_HELDOUT17: &str = include_str!("corpus/innocent.heldout17.txt");

/// Set 18, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then read and learned from in round 14.
pub(super) const DANGER_HELDOUT18: &str = include_str!("corpus/danger.heldout18.txt");
pub(super) const INNOCENT_HELDOUT18: &str = include_str!("corpus/innocent.heldout18.txt");

/// Set 19, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then read and learned from in round 15.
pub(super) const DANGER_HELDOUT19: &str = include_str!("corpus/danger.heldout19.txt");
pub(super) const INNOCENT_HELDOUT19: &str = include_str!("corpus/innocent.heldout19.txt");

/// Set 20, written by someone who had read neither the rules nor any earlier set; measured
/// blind by counts, then read and learned from in round 16.
pub(super) const DANGER_HELDOUT20: &str = include_str!("corpus/danger.heldout20.txt");
pub(super) const INNOCENT_HELDOUT20: &str = include_str!("corpus/innocent.heldout20.txt");

/// Blind set 21, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 17: the model trained on it).
pub(super) const DANGER_HELDOUT21: &str = include_str!("corpus/danger.heldout21.txt");
pub(super) const INNOCENT_HELDOUT21: &str = include_str!("corpus/innocent.heldout21.txt");

/// Blind set 22, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 17: its wrong lines read for kinds, the
/// model trained on it).
pub(super) const DANGER_HELDOUT22: &str = include_str!("corpus/danger.heldout22.txt");
pub(super) const INNOCENT_HELDOUT22: &str = include_str!("corpus/innocent.heldout22.txt");

/// Blind set 23, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 18: its wrong lines read for kinds, the
/// model trained on it).
pub(super) const DANGER_HELDOUT23: &str = include_str!("corpus/danger.heldout23.txt");
pub(super) const INNOCENT_HELDOUT23: &str = include_str!("corpus/innocent.heldout23.txt");

/// Blind set 24, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 18: its wrong lines read for kinds, the
/// model trained on it).
pub(super) const DANGER_HELDOUT24: &str = include_str!("corpus/danger.heldout24.txt");
pub(super) const INNOCENT_HELDOUT24: &str = include_str!("corpus/innocent.heldout24.txt");

/// Blind set 25, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 19: its wrong lines read for kinds, the
/// model trained on it).
pub(super) const DANGER_HELDOUT25: &str = include_str!("corpus/danger.heldout25.txt");
pub(super) const INNOCENT_HELDOUT25: &str = include_str!("corpus/innocent.heldout25.txt");

/// Blind set 26, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, then learned from (round 20: its wrong lines read for kinds, the
/// model trained on it).
pub(super) const DANGER_HELDOUT26: &str = include_str!("corpus/danger.heldout26.txt");
pub(super) const INNOCENT_HELDOUT26: &str = include_str!("corpus/innocent.heldout26.txt");

/// Blind set 27, written by someone who had read neither the rules nor any earlier set;
/// measured by counts only, never read or learned from.
pub(super) const DANGER_HELDOUT27: &str = include_str!("corpus/danger.heldout27.txt");
pub(super) const INNOCENT_HELDOUT27: &str = include_str!("corpus/innocent.heldout27.txt");

/// Set 28, written by someone who had read neither the rules nor any earlier set, asked to
/// carry all of its danger by context and to make its everyday appeals about a worried, sad
/// or changed child whose cause is ordinary; measured blind by counts, then read for the rules
/// of round 21. The model does not learn it.
pub(super) const DANGER_HELDOUT28: &str = include_str!("corpus/danger.heldout28.txt");
pub(super) const INNOCENT_HELDOUT28: &str = include_str!("corpus/innocent.heldout28.txt");

/// Set 29, written to the brief of set 28 by someone who had read neither the rules nor any
/// earlier set; measured blind by counts, then read for the rules of round 21. The model does
/// not learn it.
pub(super) const DANGER_HELDOUT29: &str = include_str!("corpus/danger.heldout29.txt");
pub(super) const INNOCENT_HELDOUT29: &str = include_str!("corpus/innocent.heldout29.txt");

/// Set 30, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 22 and learned by the model.
pub(super) const DANGER_HELDOUT30: &str = include_str!("corpus/danger.heldout30.txt");
pub(super) const INNOCENT_HELDOUT30: &str = include_str!("corpus/innocent.heldout30.txt");

/// Set 31, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 23 and learned by the model.
pub(super) const DANGER_HELDOUT31: &str = include_str!("corpus/danger.heldout31.txt");
pub(super) const INNOCENT_HELDOUT31: &str = include_str!("corpus/innocent.heldout31.txt");

/// Set 32, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 24 and learned by the model.
pub(super) const DANGER_HELDOUT32: &str = include_str!("corpus/danger.heldout32.txt");
pub(super) const INNOCENT_HELDOUT32: &str = include_str!("corpus/innocent.heldout32.txt");

/// Set 33, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 25 and learned by the model.
pub(super) const DANGER_HELDOUT33: &str = include_str!("corpus/danger.heldout33.txt");
pub(super) const INNOCENT_HELDOUT33: &str = include_str!("corpus/innocent.heldout33.txt");

/// Set 34, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 26 and its danger half learned by the model.
pub(super) const DANGER_HELDOUT34: &str = include_str!("corpus/danger.heldout34.txt");
pub(super) const INNOCENT_HELDOUT34: &str = include_str!("corpus/innocent.heldout34.txt");

/// Set 35, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 27 and learned whole by the model.
pub(super) const DANGER_HELDOUT35: &str = include_str!("corpus/danger.heldout35.txt");
pub(super) const INNOCENT_HELDOUT35: &str = include_str!("corpus/innocent.heldout35.txt");

/// Set 36, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 28 and learned whole by the model.
pub(super) const DANGER_HELDOUT36: &str = include_str!("corpus/danger.heldout36.txt");
pub(super) const INNOCENT_HELDOUT36: &str = include_str!("corpus/innocent.heldout36.txt");

/// Set 37, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 29 and its danger half learned by the model.
pub(super) const DANGER_HELDOUT37: &str = include_str!("corpus/danger.heldout37.txt");
pub(super) const INNOCENT_HELDOUT37: &str = include_str!("corpus/innocent.heldout37.txt");

/// Set 38, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 30 and its danger half learned by the model.
pub(super) const DANGER_HELDOUT38: &str = include_str!("corpus/danger.heldout38.txt");
pub(super) const INNOCENT_HELDOUT38: &str = include_str!("corpus/innocent.heldout38.txt");

/// Set 39, written by people who had read nothing of the project; measured blind by counts,
/// then read for the rules of round 31 and its danger half learned by the model.
pub(super) const DANGER_HELDOUT39: &str = include_str!("corpus/danger.heldout39.txt");
pub(super) const INNOCENT_HELDOUT39: &str = include_str!("corpus/innocent.heldout39.txt");

/// Set 40, written by people who had read nothing of the project; measured blind by counts,
/// then its danger half learned by the model in round 32; never read.
pub(super) const DANGER_HELDOUT40: &str = include_str!("corpus/danger.heldout40.txt");
pub(super) const INNOCENT_HELDOUT40: &str = include_str!("corpus/innocent.heldout40.txt");

/// Blind set 41, written by people who had read nothing of the project; measured by counts
/// only, never read or learned from.
pub(super) const DANGER_HELDOUT41: &str = include_str!("corpus/danger.heldout41.txt");
pub(super) const INNOCENT_HELDOUT41: &str = include_str!("corpus/innocent.heldout41.txt");

/// Blind set 42, written by people who had read nothing of the project; measured by counts
/// only, never read or learned from.
pub(super) const DANGER_HELDOUT42: &str = include_str!("corpus/danger.heldout42.txt");
pub(super) const INNOCENT_HELDOUT42: &str = include_str!("corpus/innocent.heldout42.txt");

const LANGUAGES: [Language; 3] = [Language::Ky, Language::Ru, Language::En];

/// One appeal of a corpus: its language (from the section it stands in), the category it
/// must be flagged with (none for an innocent appeal) and its text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Appeal {
    pub language: Option<Language>,
    pub expected: Option<DangerCategory>,
    pub text: &'static str,
}

/// The language a section header names: `# --- Kyrgyz, second batch ---` is Kyrgyz.
fn header_language(line: &str) -> Option<Option<Language>> {
    let title = line.strip_prefix('#')?.trim().strip_prefix("---")?.trim();
    let language = if title.starts_with("Kyrgyz") {
        Some(Language::Ky)
    } else if title.starts_with("Russian") {
        Some(Language::Ru)
    } else if title.starts_with("English") {
        Some(Language::En)
    } else {
        None
    };
    Some(language)
}

/// The appeals of a corpus; `labelled` corpora hold `category: text` lines.
pub(super) fn appeals(corpus: &'static str, labelled: bool) -> Vec<Appeal> {
    let mut language = None;
    let mut out = Vec::new();
    for line in corpus.lines().map(str::trim) {
        if let Some(named) = header_language(line) {
            language = named;
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (expected, text) = if labelled {
            let (code, text) = line.split_once(':').unwrap_or(("", line));
            (DangerCategory::from_code(code.trim()), text.trim())
        } else {
            (None, line)
        };
        out.push(Appeal {
            language,
            expected,
            text,
        });
    }
    out
}

/// An appeal and what the screening made of it.
struct Screened {
    appeal: Appeal,
    screening: Screening,
}

impl Screened {
    /// Whether the screening did the right thing: a danger appeal flagged with its category,
    /// an innocent one accepted as usual (not urgent, not obscene).
    fn correct(&self) -> bool {
        match self.appeal.expected {
            Some(category) => self.screening.danger.contains(&category),
            None => !self.screening.is_urgent() && self.screening.obscene_words.is_empty(),
        }
    }
}

/// A set screened by the rules and the statistical screen together.
fn run(danger: &'static str, innocent: &'static str) -> Vec<Screened> {
    run_with(danger, innocent, screen)
}

/// A set screened by the rules alone.
fn run_rules(danger: &'static str, innocent: &'static str) -> Vec<Screened> {
    run_with(danger, innocent, screen_by_rules)
}

fn run_with(
    danger: &'static str,
    innocent: &'static str,
    screen: fn(&str, &SchoolLexicon) -> Screening,
) -> Vec<Screened> {
    let school = SchoolLexicon::default();
    appeals(danger, true)
        .into_iter()
        .chain(appeals(innocent, false))
        .map(|appeal| Screened {
            appeal,
            screening: screen(appeal.text, &school),
        })
        .collect()
}

/// Counts of one yes/no decision.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, said: bool) {
        match (truth, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The share of negatives let through.
    fn pass_rate(&self) -> f64 {
        ratio(self.tn, self.tn + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Urgency over the appeals the filter keeps: danger appeals are positives (a hit needs
/// their own category among the signals), innocent ones negatives.
fn urgency(screened: &[Screened], keep: impl Fn(&Appeal) -> bool) -> Counts {
    let mut counts = Counts::default();
    for s in screened.iter().filter(|s| keep(&s.appeal)) {
        match s.appeal.expected {
            Some(category) => counts.add(true, s.screening.danger.contains(&category)),
            None => counts.add(false, s.screening.is_urgent()),
        }
    }
    counts
}

/// The share of danger appeals flagged urgent at all, whatever the category.
fn flagged_at_all(screened: &[Screened], keep: &dyn Fn(&Appeal) -> bool) -> f64 {
    let danger: Vec<&Screened> = screened
        .iter()
        .filter(|s| keep(&s.appeal) && s.appeal.expected.is_some())
        .collect();
    let urgent = danger.iter().filter(|s| s.screening.is_urgent()).count();
    ratio(urgent, danger.len())
}

/// One category as a decision: appeals labelled with it are positives, every other appeal
/// (other categories, innocent) a negative that counts as a false alarm if it is flagged
/// with this category.
fn category(screened: &[Screened], category: DangerCategory) -> Counts {
    let mut counts = Counts::default();
    for s in screened {
        counts.add(
            s.appeal.expected == Some(category),
            s.screening.danger.contains(&category),
        );
    }
    counts
}

fn language_name(language: Option<Language>) -> &'static str {
    language.map_or("??", |l| l.code())
}

fn print_report(title: &str, screened: &[Screened], list_wrong: bool) {
    eprintln!("\n{title}");
    eprintln!(
        "  {:<14} {:>7} {:>7} {:>7} {:>10} {:>8} {:>10}",
        "language", "danger", "recall", "urgent", "innocent", "pass", "precision"
    );
    let row = |name: &str, keep: &dyn Fn(&Appeal) -> bool| {
        (
            name.to_owned(),
            urgency(screened, keep),
            flagged_at_all(screened, keep),
        )
    };
    let mut rows: Vec<(String, Counts, f64)> = LANGUAGES
        .iter()
        .map(|&l| row(l.code(), &|a: &Appeal| a.language == Some(l)))
        .collect();
    rows.push(row("all", &|_: &Appeal| true));
    for (name, c, urgent) in rows {
        eprintln!(
            "  {:<14} {:>7} {:>7.3} {:>7.3} {:>10} {:>8.3} {:>10.3}",
            name,
            c.tp + c.fn_,
            c.recall(),
            urgent,
            c.tn + c.fp,
            c.pass_rate(),
            c.precision()
        );
    }
    eprintln!(
        "  {:<14} {:>7} {:>7} {:>7} {:>10} {:>8} {:>10}",
        "category", "danger", "recall", "", "flagged", "", "precision"
    );
    for c in DangerCategory::ALL {
        let counts = category(screened, c);
        eprintln!(
            "  {:<14} {:>7} {:>7.3} {:>7} {:>10} {:>8} {:>10.3}",
            c.code(),
            counts.tp + counts.fn_,
            counts.recall(),
            "",
            counts.tp + counts.fp,
            "",
            counts.precision()
        );
    }
    let misses: Vec<&Screened> = screened.iter().filter(|s| !s.correct()).collect();
    if list_wrong && !misses.is_empty() {
        eprintln!("  wrong:");
        for s in misses {
            let expected = s.appeal.expected.map_or("innocent", |c| c.code());
            let found: Vec<&str> = s.screening.danger.iter().map(|c| c.code()).collect();
            eprintln!(
                "    [{}] {expected} → {found:?}{}: {}",
                language_name(s.appeal.language),
                if s.screening.obscene_words.is_empty() {
                    ""
                } else {
                    " obscene"
                },
                s.appeal.text
            );
        }
    }
}

/// A held-out set: its files, whether it is still blind (its lines are then never printed),
/// and the size per language it must keep.
struct HeldOut {
    title: &'static str,
    danger: &'static str,
    innocent: &'static str,
    blind: bool,
    min_danger: usize,
    min_innocent: usize,
}

/// The first held-out sets, newest first. Sets 1 to 7 have been tuned on since rounds 2 to 8
/// and set 8 since round 9 (their wrong lines are listed like the tuning part's); the newest
/// blind set is reported beside them by counts only (docs/screening.md).
const HELD_OUT_SETS: [HeldOut; 8] = [
    HeldOut {
        title: "held-out set 8 (blind in round 8, tuned on since round 9)",
        danger: DANGER_HELDOUT8,
        innocent: INNOCENT_HELDOUT8,
        blind: false,
        min_danger: 54,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 7 (tuned on since round 8)",
        danger: DANGER_HELDOUT7,
        innocent: INNOCENT_HELDOUT7,
        blind: false,
        min_danger: 54,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 6 (tuned on since round 7)",
        danger: DANGER_HELDOUT6,
        innocent: INNOCENT_HELDOUT6,
        blind: false,
        min_danger: 54,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 5 (tuned on since round 6)",
        danger: DANGER_HELDOUT5,
        innocent: INNOCENT_HELDOUT5,
        blind: false,
        min_danger: 54,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 4 (tuned on since round 5)",
        danger: DANGER_HELDOUT4,
        innocent: INNOCENT_HELDOUT4,
        blind: false,
        min_danger: 54,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 3 (tuned on since round 4)",
        danger: DANGER_HELDOUT3,
        innocent: INNOCENT_HELDOUT3,
        blind: false,
        min_danger: 50,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 2 (tuned on since round 3)",
        danger: DANGER_HELDOUT2,
        innocent: INNOCENT_HELDOUT2,
        blind: false,
        min_danger: 50,
        min_innocent: 70,
    },
    HeldOut {
        title: "held-out set 1 (tuned on since round 2)",
        danger: DANGER_HELDOUT,
        innocent: INNOCENT_HELDOUT,
        blind: false,
        min_danger: 40,
        min_innocent: 60,
    },
];

/// Precision and recall per language and per category: on the newest blind set (by counts,
/// its lines never listed), on the first held-out sets and on the tuning part: `make
/// screening`.
#[test]
#[ignore = "a report, not a check: run with `make screening`"]
fn report() {
    blind_counts(
        "blind set 42 (never read)",
        DANGER_HELDOUT42,
        INNOCENT_HELDOUT42,
    );
    blind_counts(
        "blind set 41 (never read)",
        DANGER_HELDOUT41,
        INNOCENT_HELDOUT41,
    );
    blind_counts(
        "set 40 (never read, danger half learned in round 32)",
        DANGER_HELDOUT40,
        INNOCENT_HELDOUT40,
    );
    blind_counts(
        "set 39 (read for round 31's rules, danger half learned in round 31)",
        DANGER_HELDOUT39,
        INNOCENT_HELDOUT39,
    );
    blind_counts(
        "set 38 (read for round 30's rules, danger half learned in round 30)",
        DANGER_HELDOUT38,
        INNOCENT_HELDOUT38,
    );
    blind_counts(
        "set 37 (read for round 29's rules, danger half learned in round 29)",
        DANGER_HELDOUT37,
        INNOCENT_HELDOUT37,
    );
    blind_counts(
        "set 36 (read for round 28's rules, learned in round 28)",
        DANGER_HELDOUT36,
        INNOCENT_HELDOUT36,
    );
    blind_counts(
        "set 35 (read for round 27's rules, learned in round 27)",
        DANGER_HELDOUT35,
        INNOCENT_HELDOUT35,
    );
    blind_counts(
        "set 34 (read for round 26's rules, danger half learned in round 26)",
        DANGER_HELDOUT34,
        INNOCENT_HELDOUT34,
    );
    blind_counts(
        "set 33 (read for round 25's rules, learned in round 25)",
        DANGER_HELDOUT33,
        INNOCENT_HELDOUT33,
    );
    blind_counts(
        "set 32 (read for round 24's rules, learned in round 24)",
        DANGER_HELDOUT32,
        INNOCENT_HELDOUT32,
    );
    blind_counts(
        "set 31 (read for round 23's rules, learned in round 23)",
        DANGER_HELDOUT31,
        INNOCENT_HELDOUT31,
    );
    blind_counts(
        "set 30 (read for round 22's rules, learned in round 22)",
        DANGER_HELDOUT30,
        INNOCENT_HELDOUT30,
    );
    blind_counts(
        "set 29 (read for round 21's rules, not learned; danger by context, worried children)",
        DANGER_HELDOUT29,
        INNOCENT_HELDOUT29,
    );
    blind_counts(
        "set 28 (read for round 21's rules, not learned; danger by context, worried children)",
        DANGER_HELDOUT28,
        INNOCENT_HELDOUT28,
    );
    blind_counts(
        "set 27 (learned in round 21)",
        DANGER_HELDOUT27,
        INNOCENT_HELDOUT27,
    );
    for set in &HELD_OUT_SETS {
        print_report(set.title, &run(set.danger, set.innocent), !set.blind);
    }
    print_report("tuning part", &run(DANGER, INNOCENT), true);
}

#[test]
fn every_corpus_line_has_a_language_and_a_known_category() {
    let held_out = HELD_OUT_SETS
        .iter()
        .flat_map(|set| [(set.danger, true), (set.innocent, false)]);
    // The training sets include training sets 2 to 4, which no held-out list names.
    let training = TRAINING_SETS
        .iter()
        .flat_map(|&(danger, innocent)| [(danger, true), (innocent, false)]);
    for (corpus, labelled) in [(DANGER, true), (INNOCENT, false)]
        .into_iter()
        .chain(held_out)
        .chain(training)
    {
        for appeal in appeals(corpus, labelled) {
            assert!(appeal.language.is_some(), "no language: {}", appeal.text);
            assert_eq!(appeal.expected.is_some(), labelled, "{}", appeal.text);
        }
    }
}

#[test]
fn the_held_out_sets_are_big_enough_in_every_language() {
    for language in LANGUAGES {
        let of = |corpus, labelled| {
            appeals(corpus, labelled)
                .into_iter()
                .filter(|a| a.language == Some(language))
                .count()
        };
        for set in &HELD_OUT_SETS {
            assert!(of(set.danger, true) >= set.min_danger, "{language:?}");
            assert!(of(set.innocent, false) >= set.min_innocent, "{language:?}");
        }
    }
}

/// The texts of a screened set's wrong lines: its misses (`danger`) or its false alarms.
fn wrong_lines(screened: &[Screened], danger: bool) -> Vec<&'static str> {
    screened
        .iter()
        .filter(|s| s.appeal.expected.is_some() == danger && !s.correct())
        .map(|s| s.appeal.text)
        .collect()
}

/// Since round 2 the first held-out set is tuning material (its misses were read and fixed
/// with general rules), so every line of it must be right, like the tuning files.
#[test]
fn every_line_of_the_first_held_out_set_is_right() {
    let wrong: Vec<(&str, Vec<DangerCategory>)> = run(DANGER_HELDOUT, INNOCENT_HELDOUT)
        .into_iter()
        .filter(|s| !s.correct())
        .map(|s| (s.appeal.text, s.screening.danger))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Since round 3 the second held-out set is tuning material too (its misses and false alarms
/// were read and fixed with general rules). It is held at its new level: one danger appeal
/// missed (a pistol described as "не игрушечный": the negated toy still reads as a stage
/// prop) and no false alarm.
const HELD_OUT2_MAX_MISSES: usize = 1;

#[test]
fn the_second_held_out_set_stays_at_its_round_3_level() {
    let screened = run(DANGER_HELDOUT2, INNOCENT_HELDOUT2);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let false_alarms = wrong(false);
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
    let misses = wrong(true);
    assert!(misses.len() <= HELD_OUT2_MAX_MISSES, "{misses:#?}");
}

/// Since round 4 the third held-out set is tuning material too (its misses and false alarms
/// were read and fixed with general rules; docs/screening.md, "Round 4"). It is held at its
/// new level: no danger appeal missed (round 3 ended at recall 0.778), and at most four false
/// alarms (round 3: 14), all of them "mum/dad will kill me" without a marker the rules read as
/// a joke, which stays urgent on purpose.
const HELD_OUT3_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_third_held_out_set_stays_at_its_round_4_level() {
    let screened = run(DANGER_HELDOUT3, INNOCENT_HELDOUT3);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let misses = wrong(true);
    assert!(misses.is_empty(), "{misses:#?}");
    let false_alarms = wrong(false);
    assert!(
        false_alarms.len() <= HELD_OUT3_MAX_FALSE_ALARMS,
        "{false_alarms:#?}"
    );
}

/// Since round 5 the fourth held-out set (written by someone who had not read the rules,
/// blind in round 4) is tuning material too (docs/screening.md, "Round 5"). It is held at its
/// new level: no danger appeal missed (round 4 ended at recall 0.679, urgent at all 0.722),
/// and at most one false alarm (round 4: nine).
const HELD_OUT4_MAX_FALSE_ALARMS: usize = 1;

#[test]
fn the_fourth_held_out_set_stays_at_its_round_5_level() {
    let screened = run(DANGER_HELDOUT4, INNOCENT_HELDOUT4);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let misses = wrong(true);
    assert!(misses.is_empty(), "{misses:#?}");
    let false_alarms = wrong(false);
    assert!(
        false_alarms.len() <= HELD_OUT4_MAX_FALSE_ALARMS,
        "{false_alarms:#?}"
    );
}

/// Since round 6 the fifth held-out set (written by someone who had not read the rules, blind
/// in round 5) is tuning material too (docs/screening.md, "Round 6"). It is held at its new
/// level: no danger appeal missed (round 5 ended at recall 0.741, urgent at all 0.765) and no
/// false alarm (round 5: six).
#[test]
fn the_fifth_held_out_set_stays_at_its_round_6_level() {
    let screened = run(DANGER_HELDOUT5, INNOCENT_HELDOUT5);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let misses = wrong(true);
    assert!(misses.is_empty(), "{misses:#?}");
    let false_alarms = wrong(false);
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
}

/// Since round 7 the sixth held-out set (written by someone who had not read the rules, blind
/// in round 6) is tuning material too (docs/screening.md, "Round 7"). It is held at its new
/// level: no danger appeal missed (round 6 ended at recall 0.753, urgent at all 0.809) and no
/// false alarm (round 6: eight).
#[test]
fn the_sixth_held_out_set_stays_at_its_round_7_level() {
    let screened = run(DANGER_HELDOUT6, INNOCENT_HELDOUT6);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let misses = wrong(true);
    assert!(misses.is_empty(), "{misses:#?}");
    let false_alarms = wrong(false);
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
}

/// Since round 8 the seventh held-out set (written by someone who had read neither the rules
/// nor any earlier set, blind in round 7) is tuning material too (docs/screening.md,
/// "Round 8"). It is held at its new level: no danger appeal missed (round 7 ended at recall
/// 0.772, urgent at all 0.778) and no false alarm (round 7: seven).
#[test]
fn the_seventh_held_out_set_stays_at_its_round_8_level() {
    let screened = run(DANGER_HELDOUT7, INNOCENT_HELDOUT7);
    let wrong = |danger: bool| wrong_lines(&screened, danger);
    let misses = wrong(true);
    assert!(misses.is_empty(), "{misses:#?}");
    let false_alarms = wrong(false);
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
}

/// Blind set 8 is measured, never tuned on; this holds the rules alone at the level it was measured
/// at (round 8: 130 of 162 danger appeals flagged urgent, 209 of 210 everyday ones passing), so
/// that a change of the lists made for other reasons cannot lose what unseen text gets today.
/// The figures are counts, not lines: nothing here reads which appeals were missed.
const HELD_OUT8_MIN_URGENT: usize = 130;
const HELD_OUT8_MAX_FALSE_ALARMS: usize = 1;

#[test]
fn the_blind_eighth_set_keeps_its_measured_level() {
    let screened = run_rules(DANGER_HELDOUT8, INNOCENT_HELDOUT8);
    let urgent = screened
        .iter()
        .filter(|s| s.appeal.expected.is_some() && s.screening.is_urgent())
        .count();
    assert!(urgent >= HELD_OUT8_MIN_URGENT, "{urgent} flagged urgent");
    let false_alarms = screened
        .iter()
        .filter(|s| s.appeal.expected.is_none() && !s.correct())
        .count();
    assert!(
        false_alarms <= HELD_OUT8_MAX_FALSE_ALARMS,
        "{false_alarms} false alarms"
    );
}

/// One training appeal scored by a model that did not see its set: leave one training set out,
/// train on the others, score the one left out.
struct OutOfFold {
    set: usize,
    expected: Option<DangerCategory>,
    score: f32,
    category: DangerCategory,
    rules_urgent: bool,
    /// The rules raised danger and their exemptions explained it away: the model must reach
    /// [`statistical::EXPLAINED_THRESHOLD`].
    rules_explained: bool,
    /// The model would drop a hit of the rules on this appeal.
    vetoed: bool,
}

impl OutOfFold {
    /// Whether the screen flags the appeal at threshold `t`, with `bar` for an appeal whose
    /// danger the rules explained away.
    fn flagged(&self, t: f32, bar: f32) -> bool {
        (self.rules_urgent && !self.vetoed)
            || self.score >= if self.rules_explained { bar } else { t }
    }
}

/// The pass rate on the innocent appeals and the recall on the danger appeals of the screen
/// at threshold `t` and bar `bar` ([`OutOfFold::flagged`]).
fn combined_at(scored: &[OutOfFold], t: f32, bar: f32) -> (f64, f64) {
    let mut innocent = Counts::default();
    let mut combined = Counts::default();
    for s in scored {
        if s.expected.is_some() {
            combined.add(true, s.flagged(t, bar));
        } else {
            innocent.add(false, s.flagged(t, bar));
        }
    }
    (innocent.pass_rate(), combined.recall())
}

fn out_of_fold() -> Vec<OutOfFold> {
    let sets: Vec<usize> = (0..TRAINING_SETS.len()).collect();
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = sets.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = sets
            .chunks(chunk)
            .map(|left_out| {
                scope.spawn(move || left_out.iter().flat_map(|&s| fold(s)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// The appeals of one training set, scored by a model trained on the other sets.
fn fold(left_out: usize) -> Vec<OutOfFold> {
    let school = SchoolLexicon::default();
    let others: Vec<usize> = (0..TRAINING_SETS.len())
        .filter(|&i| i != left_out)
        .collect();
    let model = Model::train(&statistical::training_examples(&others, true));
    let Some(&(danger, innocent)) = TRAINING_SETS.get(left_out) else {
        return Vec::new();
    };
    appeals(danger, true)
        .into_iter()
        .chain(appeals(innocent, false))
        .map(|appeal| {
            let features = statistical::features(appeal.text);
            let rules = super::read_by_rules(appeal.text, &school);
            OutOfFold {
                set: left_out,
                expected: appeal.expected,
                score: model.score(&features),
                category: model.category(&features),
                rules_urgent: rules.screening.is_urgent(),
                rules_explained: rules.explained,
                vetoed: model.vetoes(&features, &rules.screening.danger, &rules.firm),
            }
        })
        .collect()
}

/// The threshold of the statistical screen, chosen by cross-validation over the training
/// sets: for each threshold, the pass rate of the rules and the statistical screen together
/// on innocent appeals the model had not seen, and the share of danger appeals the model
/// alone flags: `cargo test -p ishenim --lib cross_validated_threshold -- --ignored
/// --nocapture`.
#[test]
#[ignore = "a report, not a check: run with --ignored --nocapture"]
fn cross_validated_threshold() {
    let scored = out_of_fold();
    eprintln!("\nleave-one-set-out cross-validation over the training sets");
    eprintln!(
        "  {:>9} {:>8} {:>8} {:>8} {:>10}",
        "threshold", "pass", "worst", "model", "combined"
    );
    let mut chosen: Option<(f32, f64)> = None;
    for step in 30..100 {
        let t = step as f32 / 100.0;
        let mut innocent = Counts::default();
        let mut model_alone = Counts::default();
        let mut combined = Counts::default();
        let mut worst = 1.0f64;
        for set in 0..TRAINING_SETS.len() {
            let mut per_set = Counts::default();
            for s in scored.iter().filter(|s| s.set == set) {
                let flagged = s.flagged(t, statistical::EXPLAINED_THRESHOLD);
                if s.expected.is_some() {
                    model_alone.add(true, s.score >= t);
                    combined.add(true, flagged);
                } else {
                    innocent.add(false, flagged);
                    per_set.add(false, flagged);
                }
            }
            worst = worst.min(per_set.pass_rate());
        }
        eprintln!(
            "  {:>9.2} {:>8.3} {:>8.3} {:>8.3} {:>10.3}",
            t,
            innocent.pass_rate(),
            worst,
            model_alone.recall(),
            combined.recall()
        );
        if chosen.is_none() && innocent.pass_rate() >= 0.99 {
            chosen = Some((t, combined.recall()));
        }
    }
    if let Some((t, recall)) = chosen {
        eprintln!("  first threshold passing 0.990: {t:.2}, combined recall {recall:.3}");
    }
    // The bar for an appeal whose danger the rules explained away: each bar with the first
    // threshold that keeps the pass rate, and the recall there.
    for bar in [0.8f32, 0.9, 0.95, 0.98, 1.01] {
        let first = (30..100).map(|step| step as f32 / 100.0).find_map(|t| {
            let (pass, recall) = combined_at(&scored, t, bar);
            (pass >= 0.99).then_some((t, recall))
        });
        if let Some((t, recall)) = first {
            eprintln!("  explained bar {bar:.2}: threshold {t:.2}, combined recall {recall:.4}");
        }
    }
    let danger: Vec<&OutOfFold> = scored.iter().filter(|s| s.expected.is_some()).collect();
    let named = danger
        .iter()
        .filter(|s| s.expected == Some(s.category))
        .count();
    eprintln!(
        "  category named right on {} of {} danger appeals ({:.3})",
        named,
        danger.len(),
        ratio(named, danger.len())
    );
    for c in DangerCategory::ALL {
        let counts = {
            let mut counts = Counts::default();
            for s in &danger {
                counts.add(s.expected == Some(c), s.category == c);
            }
            counts
        };
        eprintln!(
            "  {:<14} recall {:.3} precision {:.3}",
            c.code(),
            counts.recall(),
            counts.precision()
        );
    }
}

/// Set 8 measured the rules and the statistical screen together once, before the screen
/// learned from it (docs/screening.md, "Round 9"). This prints the figures, the rules alone
/// beside them, and holds the combined screen at least at the level measured then (148 of 162
/// danger appeals flagged urgent, 141 of them with their own category, 209 of 210 everyday
/// ones passing).
const HELD_OUT8_COMBINED_MIN_URGENT: usize = 148;
const HELD_OUT8_COMBINED_MIN_RECALL: usize = 141;
const HELD_OUT8_COMBINED_MAX_FALSE_ALARMS: usize = 1;

#[test]
fn the_blind_eighth_set_with_the_statistical_screen_keeps_its_measured_level() {
    let (urgent, recalled, false_alarms) =
        blind_counts("held-out set 8", DANGER_HELDOUT8, INNOCENT_HELDOUT8);
    assert!(
        urgent >= HELD_OUT8_COMBINED_MIN_URGENT,
        "{urgent} flagged urgent"
    );
    assert!(
        recalled >= HELD_OUT8_COMBINED_MIN_RECALL,
        "{recalled} with their category"
    );
    assert!(
        false_alarms <= HELD_OUT8_COMBINED_MAX_FALSE_ALARMS,
        "{false_alarms} false alarms"
    );
}

/// With the statistical screen beside the rules, every innocent set still passes at least 99
/// appeals in 100 (the tuning part and sets 1 to 10 were learned from), and
/// where the rules alone pass fewer on purpose (set 3: "mum will kill me" stays urgent) the
/// statistical screen adds no false alarm of its own.
#[test]
fn every_innocent_set_passes_at_least_99_in_100() {
    let school = SchoolLexicon::default();
    let sets = std::iter::once(("tuning part", INNOCENT))
        .chain(HELD_OUT_SETS.iter().map(|set| (set.title, set.innocent)));
    let mut low = Vec::new();
    for (title, innocent) in sets {
        let appeals = appeals(innocent, false);
        let passing = |screen: fn(&str, &SchoolLexicon) -> Screening| {
            appeals
                .iter()
                .filter(|a| !screen(a.text, &school).is_urgent())
                .count()
        };
        let (combined, rules) = (passing(screen), passing(screen_by_rules));
        let pass = ratio(combined, appeals.len());
        eprintln!(
            "{title}: {combined} of {} innocent appeals pass ({pass:.3}; rules alone {rules})",
            appeals.len()
        );
        if pass < 0.99 && combined < rules {
            low.push(title);
        }
    }
    assert!(low.is_empty(), "{low:?}");
}

/// Set 9 was written after the statistical screen was built, by someone who had read neither
/// the rules nor any earlier set, and measured once before the screen learned from it
/// (docs/screening.md, "Blind set 9"). This prints the rules alone and the rules with the
/// statistical screen, and holds the combined screen at least at the level measured then (149
/// of 180 danger appeals urgent, 238 of 240 everyday ones passing; the rules alone: 123 and
/// 239).
const HELD_OUT9_MIN_URGENT: usize = 149;
const HELD_OUT9_MAX_FALSE_ALARMS: usize = 2;

#[test]
fn the_blind_ninth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 9",
        (DANGER_HELDOUT9, INNOCENT_HELDOUT9),
        HELD_OUT9_MIN_URGENT,
        HELD_OUT9_MAX_FALSE_ALARMS,
    );
}

/// Counts of a blind set screened by the rules and the statistical screen together: flagged
/// urgent, flagged with the right category, and false alarms. Nothing here names a line.
fn blind_counts(
    title: &str,
    danger: &'static str,
    innocent: &'static str,
) -> (usize, usize, usize) {
    print_report(
        &format!("{title}, rules alone"),
        &run_rules(danger, innocent),
        false,
    );
    let screened = run(danger, innocent);
    print_report(
        &format!("{title}, rules and statistical screen"),
        &screened,
        false,
    );
    let danger = screened.iter().filter(|s| s.appeal.expected.is_some());
    let urgent = danger.clone().filter(|s| s.screening.is_urgent()).count();
    let recalled = danger.filter(|s| s.correct()).count();
    let false_alarms = screened
        .iter()
        .filter(|s| s.appeal.expected.is_none() && s.screening.is_urgent())
        .count();
    eprintln!("{title}: {urgent} flagged urgent, {recalled} with their category, {false_alarms} false alarms");
    (urgent, recalled, false_alarms)
}

/// Holds a blind set's combined screen at the level it was measured at: at least `min_urgent`
/// danger appeals flagged urgent and at most `max_false_alarms` everyday ones.
fn assert_blind_level(
    title: &str,
    (danger, innocent): (&'static str, &'static str),
    min_urgent: usize,
    max_false_alarms: usize,
) {
    let (urgent, _, false_alarms) = blind_counts(title, danger, innocent);
    assert!(urgent >= min_urgent, "{urgent} flagged urgent");
    assert!(
        false_alarms <= max_false_alarms,
        "{false_alarms} false alarms"
    );
}

/// Set 10 was screened blind twice, by counts only: with the model trained on sets 1 to 7
/// (129 of 180 flagged urgent, 7 of 240 false alarms; the rules alone 102 and 6) and with the
/// model trained on sets 1 to 9 and its threshold chosen again (134 and 7). The statistical
/// screen has learned from it since; this holds the blind measurement as a floor.
const HELD_OUT10_MIN_URGENT: usize = 134;
const HELD_OUT10_MAX_FALSE_ALARMS: usize = 7;

#[test]
fn the_blind_tenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 10",
        (DANGER_HELDOUT10, INNOCENT_HELDOUT10),
        HELD_OUT10_MIN_URGENT,
        HELD_OUT10_MAX_FALSE_ALARMS,
    );
}

/// Set 11 is blind: screened once, by counts only, after the statistical screen learned from
/// sets 1 to 10 and its threshold was chosen by cross-validation over them (0.86): 124 of 180
/// flagged urgent, 6 of 240 false alarms (the rules alone: 91 and 5). With the danger
/// regression trained longer (chosen by cross-validation, not on this set), 130 and 6; this
/// holds that level.
///
/// Since learned from: with the threshold chosen again over sets 1 to 13 (0.92, the first that
/// keeps the out-of-fold pass rate at 0.99), 128 flagged and 4 false alarms.
const HELD_OUT11_MIN_URGENT: usize = 128;
const HELD_OUT11_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_blind_eleventh_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 11",
        (DANGER_HELDOUT11, INNOCENT_HELDOUT11),
        HELD_OUT11_MIN_URGENT,
        HELD_OUT11_MAX_FALSE_ALARMS,
    );
}

/// Set 12 is blind: screened once, by counts only, after the danger regression was trained
/// longer (60 passes) and its threshold chosen again by cross-validation (0.87): 155 of 180
/// flagged urgent, 4 of 240 false alarms (the rules alone: 127 and 4).
const HELD_OUT12_MIN_URGENT: usize = 155;
const HELD_OUT12_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_blind_twelfth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 12",
        (DANGER_HELDOUT12, INNOCENT_HELDOUT12),
        HELD_OUT12_MIN_URGENT,
        HELD_OUT12_MAX_FALSE_ALARMS,
    );
}

/// Set 13 was screened blind once, by counts only, with the screen as it was when set 12 was
/// measured (trained on sets 1 to 10, threshold 0.87): 152 of 180 flagged urgent, 11 of 240
/// false alarms (the rules alone: 121 and 9). It has been learned from since; this holds the
/// blind measurement as a floor, less the one appeal the higher threshold chosen over sets 1
/// to 13 (0.92) lets through, and the five false alarms that narrower exemptions and the
/// threshold removed: 151 and 6.
const HELD_OUT13_MIN_URGENT: usize = 151;
const HELD_OUT13_MAX_FALSE_ALARMS: usize = 6;

#[test]
fn the_blind_thirteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 13",
        (DANGER_HELDOUT13, INNOCENT_HELDOUT13),
        HELD_OUT13_MIN_URGENT,
        HELD_OUT13_MAX_FALSE_ALARMS,
    );
}

/// Set 14 is blind: screened once, by counts only, after the statistical screen learned from
/// sets 1 to 13 and its threshold was chosen again by cross-validation (0.92), and after
/// narrow exemptions read from sets 11 to 13: 165 of 180 flagged urgent, 4 of 240 false
/// alarms (the rules alone: 130 and 4).
const HELD_OUT14_MIN_URGENT: usize = 165;
const HELD_OUT14_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_blind_fourteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 14",
        (DANGER_HELDOUT14, INNOCENT_HELDOUT14),
        HELD_OUT14_MIN_URGENT,
        HELD_OUT14_MAX_FALSE_ALARMS,
    );
}

/// Set 15 is blind: screened once, by counts only, with the screen set 14 measured (a second
/// measurement of the same screen): 156 of 180 flagged urgent, 5 of 240 false alarms (the
/// rules alone: 123 and 5).
const HELD_OUT15_MIN_URGENT: usize = 156;
const HELD_OUT15_MAX_FALSE_ALARMS: usize = 5;

#[test]
fn the_blind_fifteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 15",
        (DANGER_HELDOUT15, INNOCENT_HELDOUT15),
        HELD_OUT15_MIN_URGENT,
        HELD_OUT15_MAX_FALSE_ALARMS,
    );
}

/// Set 16 is blind: screened by counts only, twice. With the screen sets 14 and 15 measured:
/// 149 of 180 flagged urgent, 11 of 240 false alarms (the rules alone: 135 and 11). Then, once,
/// after round 11 (the model learned sets 14 and 15, threshold 0.89 chosen again by
/// cross-validation, the rules read from sets 14 and 15, laughing faces as joke markers):
/// 159 and 8 (the rules alone: 136 and 8). This holds that level.
const HELD_OUT16_MIN_URGENT: usize = 159;
const HELD_OUT16_MAX_FALSE_ALARMS: usize = 8;

#[test]
fn the_blind_sixteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 16",
        (DANGER_HELDOUT16, INNOCENT_HELDOUT16),
        HELD_OUT16_MIN_URGENT,
        HELD_OUT16_MAX_FALSE_ALARMS,
    );
}

/// Set 17 is blind: screened by counts only, twice. With the screen of round 11 (set 16's
/// second measurement): 164 of 180 flagged urgent, 10 of 240 false alarms (the rules alone:
/// 140 and 10). Then, once, after round 12 (the model learned set 16, threshold 0.87 chosen
/// again by cross-validation, the rules read from set 16): 167 and 10 (the rules alone: 143
/// and 10). This holds that level.
const HELD_OUT17_MIN_URGENT: usize = 167;
const HELD_OUT17_MAX_FALSE_ALARMS: usize = 10;

#[test]
fn the_blind_seventeenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 17",
        (DANGER_HELDOUT17, INNOCENT_HELDOUT17),
        HELD_OUT17_MIN_URGENT,
        HELD_OUT17_MAX_FALSE_ALARMS,
    );
}

/// Set 18 is blind: screened by counts only. With the screen of round 12 (set 17's second
/// measurement): 166 of 180 flagged urgent, 7 of 240 false alarms (the rules alone: 136 and
/// 7). After round 13 (the model learned set 17, threshold 0.84 chosen again by
/// cross-validation, the rules read from set 17): 168 and 5 (the rules alone: 136 and 5).
/// Insults without danger were then added to the tuning part (an insult is referred, never
/// urgent; the model had begun to flag one), the threshold chosen again rose to 0.87, and
/// set 18 was screened a third time: 164 and 5. This holds that level.
///
/// Since learned from (round 14: its wrong lines read for kinds, the model trained on it).
const HELD_OUT18_MIN_URGENT: usize = 164;
const HELD_OUT18_MAX_FALSE_ALARMS: usize = 5;

#[test]
fn the_blind_eighteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 18",
        (DANGER_HELDOUT18, INNOCENT_HELDOUT18),
        HELD_OUT18_MIN_URGENT,
        HELD_OUT18_MAX_FALSE_ALARMS,
    );
}

/// Set 19 is blind: screened by counts only, twice. With the screen of round 13 (set 18's
/// third measurement): 160 of 180 flagged urgent, 9 of 240 false alarms (the rules alone: 130
/// and 8). Then, once, after round 14 (the model learned set 18 and training sets 2 to 4,
/// threshold 0.83 chosen again by cross-validation, the rules read from set 18 and the
/// training sets): 161 and 7 (the rules alone: 132 and 6). This holds that level.
///
/// Since learned from (round 15: its wrong lines read for kinds, the model trained on it).
const HELD_OUT19_MIN_URGENT: usize = 161;
const HELD_OUT19_MAX_FALSE_ALARMS: usize = 7;

#[test]
fn the_blind_nineteenth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 19",
        (DANGER_HELDOUT19, INNOCENT_HELDOUT19),
        HELD_OUT19_MIN_URGENT,
        HELD_OUT19_MAX_FALSE_ALARMS,
    );
}

/// Set 20 is blind: screened by counts only, twice. With the screen of round 14 (set 19's
/// second measurement): 167 of 180 flagged urgent, 11 of 240 false alarms (the rules alone:
/// 117 and 8). Then, once, after round 15 (the model learned set 19, everyday appeals weighed
/// five times a danger appeal in training, threshold 0.73 chosen again by cross-validation,
/// the rules read from set 19): 170 and 11 (the rules alone: 118 and 8). This holds that
/// level.
///
/// Since learned from (round 16: its wrong lines read for kinds, the model trained on it).
const HELD_OUT20_MIN_URGENT: usize = 170;
const HELD_OUT20_MAX_FALSE_ALARMS: usize = 11;

#[test]
fn the_blind_twentieth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 20",
        (DANGER_HELDOUT20, INNOCENT_HELDOUT20),
        HELD_OUT20_MIN_URGENT,
        HELD_OUT20_MAX_FALSE_ALARMS,
    );
}

/// Set 21 is blind: screened by counts only. With the screen of round 15 (set 20's second
/// measurement): 166 of 180 flagged urgent, 11 of 240 false alarms (the rules alone: 120 and
/// 10). After round 16's rules and the model trained on set 20: 166 and 11 again. Its counts
/// were then looked at for a veto of the rules' hits by the model (docs/screening.md,
/// "Round 16"); with the veto and threshold (0.69) chosen by cross-validation: 166 and 5.
/// This holds that level.
///
/// Since learned from (round 17: the model trained on it).
const HELD_OUT21_MIN_URGENT: usize = 166;
const HELD_OUT21_MAX_FALSE_ALARMS: usize = 5;

#[test]
fn the_blind_twenty_first_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 21",
        (DANGER_HELDOUT21, INNOCENT_HELDOUT21),
        HELD_OUT21_MIN_URGENT,
        HELD_OUT21_MAX_FALSE_ALARMS,
    );
}

/// Set 22 is blind: written before the veto was chosen and screened by counts only, once with
/// the screen of round 15 and once with the screen of round 16 (the rules read from set 20,
/// the model trained on it, the veto of the rules' hits by the model, threshold 0.69). Round
/// 15: 159 of 180 flagged urgent, 10 of 240 false alarms (the rules alone: 105 and 10). Round
/// 16: 158 and 3. This holds that level.
///
/// Since learned from (round 17: its wrong lines read for kinds, the model trained on it).
const HELD_OUT22_MIN_URGENT: usize = 158;
const HELD_OUT22_MAX_FALSE_ALARMS: usize = 3;

#[test]
fn the_blind_twenty_second_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 22",
        (DANGER_HELDOUT22, INNOCENT_HELDOUT22),
        HELD_OUT22_MIN_URGENT,
        HELD_OUT22_MAX_FALSE_ALARMS,
    );
}

/// Set 23 was blind: written before round 17 and screened by counts only, once with the
/// screen of round 16 and once with the screen of round 17 (the rules read from set 22 and
/// training sets 5 and 6, the model trained on sets 21 and 22 and training sets 5 and 6, the
/// bar for an appeal the rules explained away, threshold 0.70). Round 16: 156 of 180 flagged
/// urgent, 9 of 240 false alarms (the rules alone: 86 and 7). Round 17: 157 and 8. Round 18
/// read and learned it; this holds the blind level as a floor.
const HELD_OUT23_MIN_URGENT: usize = 157;
const HELD_OUT23_MAX_FALSE_ALARMS: usize = 8;

#[test]
fn the_blind_twenty_third_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 23",
        (DANGER_HELDOUT23, INNOCENT_HELDOUT23),
        HELD_OUT23_MIN_URGENT,
        HELD_OUT23_MAX_FALSE_ALARMS,
    );
}

/// Set 24 was blind: written after round 17 and screened once, by counts only, with the
/// screen of round 17: 166 of 180 flagged urgent, 6 of 240 false alarms (the rules alone: 115
/// and 6). Round 18 read and learned it; this holds the blind level as a floor.
const HELD_OUT24_MIN_URGENT: usize = 166;
const HELD_OUT24_MAX_FALSE_ALARMS: usize = 6;

#[test]
fn the_blind_twenty_fourth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 24",
        (DANGER_HELDOUT24, INNOCENT_HELDOUT24),
        HELD_OUT24_MIN_URGENT,
        HELD_OUT24_MAX_FALSE_ALARMS,
    );
}

/// Set 25 was blind: written after round 17 and screened by counts only, once with the screen
/// of round 17 (166 of 180 flagged urgent, 7 of 240 false alarms; the rules alone 113 and 10)
/// and once with the screen of round 18 (the rules read from sets 23 and 24, the model
/// trained on them and on the danger half of training set 7, threshold 0.69): 169 and 7 (the
/// rules alone 116 and 10). Round 19 read and learned it; this holds the blind level as a
/// floor.
const HELD_OUT25_MIN_URGENT: usize = 169;
const HELD_OUT25_MAX_FALSE_ALARMS: usize = 7;

#[test]
fn the_blind_twenty_fifth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 25",
        (DANGER_HELDOUT25, INNOCENT_HELDOUT25),
        HELD_OUT25_MIN_URGENT,
        HELD_OUT25_MAX_FALSE_ALARMS,
    );
}

/// Set 26 was blind: written after round 18, with at least half of its danger appeals carried
/// by context alone, and screened by counts only, once with the screen of round 18 (153 of
/// 180 flagged urgent, 4 of 240 false alarms; the rules alone 75 and 3) and once with the
/// screen of round 19 (the rules read from set 25, the model trained on it, threshold 0.70):
/// 153 and 4 again (the rules alone 75 and 3). Round 20 read and learned it; this holds the
/// blind level as a floor.
const HELD_OUT26_MIN_URGENT: usize = 153;
const HELD_OUT26_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_blind_twenty_sixth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 26",
        (DANGER_HELDOUT26, INNOCENT_HELDOUT26),
        HELD_OUT26_MIN_URGENT,
        HELD_OUT26_MAX_FALSE_ALARMS,
    );
}

/// Set 27 is blind: written after round 19 by someone who had read nothing of the project, and
/// screened by counts only, once with the screen of round 19 (173 of 180 flagged urgent, 4 of
/// 240 false alarms; the rules alone 115 and 6) and once with the screen of round 20 (the
/// rules read from set 26, the model trained on it, threshold 0.71): 173 and 4 again (the
/// rules alone 116 and 6). This holds that level.
///
/// Since learned from (round 21): 176 and 4.
const HELD_OUT27_MIN_URGENT: usize = 173;
const HELD_OUT27_MAX_FALSE_ALARMS: usize = 4;

#[test]
fn the_blind_twenty_seventh_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 27",
        (DANGER_HELDOUT27, INNOCENT_HELDOUT27),
        HELD_OUT27_MIN_URGENT,
        HELD_OUT27_MAX_FALSE_ALARMS,
    );
}

/// Set 28 was measured blind: written after round 20 by someone who had read nothing of the
/// project, with all of its danger carried by context and everyday appeals about a worried,
/// sad or changed child whose cause is ordinary. Screened by counts only, with the screen of round
/// 20: 166 of 180 flagged urgent, 28 of 240 false alarms (the rules alone 57 and 6). This
/// holds that level; the false alarms are the model's, and docs/screening.md says why.
///
/// Its wrong lines have been read since, for round 21's rules (the model has not learned
/// it): 169 and 26.
const HELD_OUT28_MIN_URGENT: usize = 166;
const HELD_OUT28_MAX_FALSE_ALARMS: usize = 28;

#[test]
fn the_blind_twenty_eighth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 28",
        (DANGER_HELDOUT28, INNOCENT_HELDOUT28),
        HELD_OUT28_MIN_URGENT,
        HELD_OUT28_MAX_FALSE_ALARMS,
    );
}

/// Set 29 was measured blind: written to the brief of set 28, after round 20, by someone who
/// had read nothing of the project. Screened by counts only, with the screen of round 20: 158
/// of 180 flagged urgent, 21 of 240 false alarms (the rules alone 54 and 9).
///
/// Its wrong lines have been read since, for round 21's rules (the model has not learned
/// it): 165 and 19. This holds the level measured blind.
const HELD_OUT29_MIN_URGENT: usize = 158;
const HELD_OUT29_MAX_FALSE_ALARMS: usize = 21;

#[test]
fn the_blind_twenty_ninth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 29",
        (DANGER_HELDOUT29, INNOCENT_HELDOUT29),
        HELD_OUT29_MIN_URGENT,
        HELD_OUT29_MAX_FALSE_ALARMS,
    );
}

/// Set 30 was blind: written after round 20 by people who had read nothing of the project (180
/// danger appeals, a third explicit, a third indirect, a third carried by context; 240
/// everyday ones, half of them hard), and screened by counts only, once with the screen of
/// round 20 (164 of 180 flagged urgent, 6 of 240 false alarms; the rules alone 92 and 9) and
/// again with the screen of round 21 (the rules read from sets 27 to 29, the model trained on
/// set 27, a writer's "all is well" held to the bar of explained appeals, threshold 0.70):
/// 164 and 6 again (the rules alone 94 and 9). This holds that level.
///
/// Since read for the rules of round 22 and learned from: 173 and 2.
const HELD_OUT30_MIN_URGENT: usize = 164;
const HELD_OUT30_MAX_FALSE_ALARMS: usize = 6;

#[test]
fn the_blind_thirtieth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 30",
        (DANGER_HELDOUT30, INNOCENT_HELDOUT30),
        HELD_OUT30_MIN_URGENT,
        HELD_OUT30_MAX_FALSE_ALARMS,
    );
}

/// Set 31 is blind: written after round 21 by people who had read nothing of the project, to
/// the brief of set 30, and screened by counts only, once with the screen of round 21 (164 of
/// 180 flagged urgent, 13 of 240 false alarms; the rules alone 96 and 9) and three times with
/// the screen of round 22 (the rules read from set 30, the model trained on it, threshold
/// 0.71; after the round, after two of its rules were narrowed, and after a word changed by
/// mistake was put back): 164 and 13 each time (the rules alone 96 and 9). This holds that
/// level.
///
/// Since read for the rules of round 23 and learned from: 178 and 0.
const HELD_OUT31_MIN_URGENT: usize = 164;
const HELD_OUT31_MAX_FALSE_ALARMS: usize = 13;

#[test]
fn the_blind_thirty_first_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 31",
        (DANGER_HELDOUT31, INNOCENT_HELDOUT31),
        HELD_OUT31_MIN_URGENT,
        HELD_OUT31_MAX_FALSE_ALARMS,
    );
}

/// Set 32 is blind: written after round 22 by people who had read nothing of the project, to
/// the brief of sets 30 and 31, and screened by counts only, once with the screen of round 22
/// (160 of 180 flagged urgent, 18 of 240 false alarms; the rules alone 100 and 16), then with
/// the screen of round 23 (the rules read from set 31, the model trained on it, a veto of the
/// rules' hits at 0.10 on long appeals, threshold 0.70): 159 and 12 (the rules alone 101 and
/// 16), as with the round's first version (the veto at 0.10 from 12 words on, threshold
/// 0.69). This holds that level.
///
/// Since read for the rules of round 24 and learned from: 178 and 2.
const HELD_OUT32_MIN_URGENT: usize = 159;
const HELD_OUT32_MAX_FALSE_ALARMS: usize = 12;

#[test]
fn the_blind_thirty_second_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 32",
        (DANGER_HELDOUT32, INNOCENT_HELDOUT32),
        HELD_OUT32_MIN_URGENT,
        HELD_OUT32_MAX_FALSE_ALARMS,
    );
}

/// Set 33 is blind: written after round 23 by people who had read nothing of the project, to
/// the brief of sets 30 to 32, and screened by counts only, once with the screen of round 23
/// (148 of 180 flagged urgent, 16 of 240 false alarms; the rules alone 85 and 19), then with
/// the screen of round 24 (the rules read from set 32, the model trained on it, a self-harm
/// hit held to the short-appeal veto, the veto at 0.015, threshold 0.70): 147 and 17 (the
/// rules alone 87 and 18). This holds that level.
///
/// Since read for the rules of round 25 and its danger half learned from: 177 and 16.
const HELD_OUT33_MIN_URGENT: usize = 147;
const HELD_OUT33_MAX_FALSE_ALARMS: usize = 17;

#[test]
fn the_blind_thirty_third_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 33",
        (DANGER_HELDOUT33, INNOCENT_HELDOUT33),
        HELD_OUT33_MIN_URGENT,
        HELD_OUT33_MAX_FALSE_ALARMS,
    );
}

/// Set 34 is blind: written after round 24 by people who had read nothing of the project, to
/// the brief of sets 30 to 33, and screened by counts only, once with the screen of round 24
/// (164 of 180 flagged urgent, 7 of 240 false alarms; the rules alone 92 and 10), then with
/// the screen of round 25 (the rules read from set 33, the model trained on its danger half,
/// threshold 0.71): 164 and 6 (the rules alone 94 and 10). This holds that level.
///
/// Since read for the rules of round 26 and its danger half learned from: 178 and 3.
const HELD_OUT34_MIN_URGENT: usize = 164;
const HELD_OUT34_MAX_FALSE_ALARMS: usize = 6;

#[test]
fn the_blind_thirty_fourth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 34",
        (DANGER_HELDOUT34, INNOCENT_HELDOUT34),
        HELD_OUT34_MIN_URGENT,
        HELD_OUT34_MAX_FALSE_ALARMS,
    );
}

/// Set 35 is blind: written after round 25 by people who had read nothing of the project, to
/// the brief of sets 30 to 34, and screened by counts only, once with the screen of round 25
/// (170 of 180 flagged urgent, 7 of 240 false alarms; the rules alone 103 and 15), then with
/// the screen of round 26 (the rules read from set 34, the model trained on its danger half,
/// threshold 0.73): 171 and 7 (the rules alone 104 and 15). This holds that level.
///
/// Since read for the rules of round 27 and learned from: 179 and 1.
const HELD_OUT35_MIN_URGENT: usize = 171;
const HELD_OUT35_MAX_FALSE_ALARMS: usize = 7;

#[test]
fn the_blind_thirty_fifth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 35",
        (DANGER_HELDOUT35, INNOCENT_HELDOUT35),
        HELD_OUT35_MIN_URGENT,
        HELD_OUT35_MAX_FALSE_ALARMS,
    );
}

/// Set 36 is blind: written after round 26 by people who had read nothing of the project, to
/// the brief of sets 30 to 35, and screened by counts only, once with the screen of round 26
/// (162 of 180 flagged urgent, no false alarm among 240; the rules alone 101 and 3), then with
/// the screen of round 27 (the rules read from set 35, the model trained on it, threshold
/// 0.71): 162 and 1 (the rules alone 101 and 3). This holds that level.
///
/// Since read for the rules of round 28 and learned from: 179 and none.
const HELD_OUT36_MIN_URGENT: usize = 162;
const HELD_OUT36_MAX_FALSE_ALARMS: usize = 1;

#[test]
fn the_blind_thirty_sixth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 36",
        (DANGER_HELDOUT36, INNOCENT_HELDOUT36),
        HELD_OUT36_MIN_URGENT,
        HELD_OUT36_MAX_FALSE_ALARMS,
    );
}

/// Set 37 is blind: written after round 27 by people who had read nothing of the project, to
/// the brief of sets 30 to 36, and screened by counts only, once with the screen of round 27
/// (162 of 180 flagged urgent, 3 false alarms among 240; the rules alone 87 and 6), then with
/// the screen of round 28 (the rules read from set 36, firm rules, the model trained on it,
/// threshold 0.67): 164 and 3 (the rules alone 88 and 6). This holds that level.
///
/// Since read for the rules of round 29 and its danger half learned from: 180 and 3.
const HELD_OUT37_MIN_URGENT: usize = 164;
const HELD_OUT37_MAX_FALSE_ALARMS: usize = 3;

#[test]
fn the_blind_thirty_seventh_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 37",
        (DANGER_HELDOUT37, INNOCENT_HELDOUT37),
        HELD_OUT37_MIN_URGENT,
        HELD_OUT37_MAX_FALSE_ALARMS,
    );
}

/// Set 38 is blind: written after round 28 by people who had read nothing of the project, to
/// the brief of sets 30 to 37, and screened by counts only, once with the screen of round 28
/// (170 of 180 flagged urgent, 4 false alarms among 240; the rules alone 97 and 12), then with
/// the screen of round 29 (the rules read from set 37, the model trained on its danger half,
/// threshold 0.71): 167 and 5 (the rules alone 98 and 12). It has been read since, for the
/// rules of round 30, and its danger half learned; this holds the blind measurement as a floor.
const HELD_OUT38_MIN_URGENT: usize = 167;
const HELD_OUT38_MAX_FALSE_ALARMS: usize = 5;

#[test]
fn the_blind_thirty_eighth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 38",
        (DANGER_HELDOUT38, INNOCENT_HELDOUT38),
        HELD_OUT38_MIN_URGENT,
        HELD_OUT38_MAX_FALSE_ALARMS,
    );
}

/// Set 39 is blind: written after round 29 by people who had read nothing of the project, to
/// a brief rewritten from the one of sets 30 to 38, and screened by counts only, once with the
/// screen of round 29 (163 of 180 flagged urgent, 2 false alarms among 240; the rules alone
/// 109 and 12), then with the screen of round 30 (the rules read from set 38, the model
/// trained on its danger half, threshold 0.70, no self-harm hit dropped by the model): 165 and
/// 2 (the rules alone 109 and 12). It has been read since, for the rules of round 31, and its
/// danger half learned; this holds the blind measurement as a floor.
const HELD_OUT39_MIN_URGENT: usize = 165;
const HELD_OUT39_MAX_FALSE_ALARMS: usize = 2;

#[test]
fn the_blind_thirty_ninth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 39",
        (DANGER_HELDOUT39, INNOCENT_HELDOUT39),
        HELD_OUT39_MIN_URGENT,
        HELD_OUT39_MAX_FALSE_ALARMS,
    );
}

/// Set 40 is blind: written after round 30 by people who had read nothing of the project, to
/// a brief rewritten from the one of set 39, and screened by counts only, once with the screen
/// of round 30 (170 of 180 flagged urgent, 5 false alarms among 240; the rules alone 94 and
/// 11), then with the screen of round 31 (the rules read from set 39, the model trained on its
/// danger half, threshold 0.73): 169 and 5 (the rules alone 94 and 11). Round 32 learned its
/// danger half, unread, with the model that weighs each slot by its log-count ratio (threshold
/// 0.67): 171 and 6. Its everyday half is still unlearned, and the sixth false alarm is the
/// new model's, not a rule's; this holds 169 and 6.
const HELD_OUT40_MIN_URGENT: usize = 169;
const HELD_OUT40_MAX_FALSE_ALARMS: usize = 6;

#[test]
fn the_blind_fortieth_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 40",
        (DANGER_HELDOUT40, INNOCENT_HELDOUT40),
        HELD_OUT40_MIN_URGENT,
        HELD_OUT40_MAX_FALSE_ALARMS,
    );
}

/// Set 41 is blind: written after round 31 by people who had read nothing of the project, to
/// a brief rewritten from the one of set 40, and screened by counts only, once with the screen
/// of round 31 (168 of 180 flagged urgent, 6 false alarms among 240; the rules alone 95 and 9),
/// then with the screen of round 32 (the danger regression weighing each slot by its log-count
/// ratio, set 40's danger half learned, threshold 0.67): 170 and 3 (the rules alone 95 and 9).
/// This holds that level.
const HELD_OUT41_MIN_URGENT: usize = 170;
const HELD_OUT41_MAX_FALSE_ALARMS: usize = 3;

#[test]
fn the_blind_forty_first_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 41",
        (DANGER_HELDOUT41, INNOCENT_HELDOUT41),
        HELD_OUT41_MIN_URGENT,
        HELD_OUT41_MAX_FALSE_ALARMS,
    );
}

/// Set 42 is blind: written after round 31, to the brief of set 41, by people who had read
/// nothing of the project, and screened by counts only, with the screens of rounds 31 (164 of
/// 180 flagged urgent, 2 false alarms among 240) and 32 (171 and 1; the rules alone 99 and 7
/// both times). This holds the level of round 32.
const HELD_OUT42_MIN_URGENT: usize = 171;
const HELD_OUT42_MAX_FALSE_ALARMS: usize = 1;

#[test]
fn the_blind_forty_second_set_keeps_its_measured_level() {
    assert_blind_level(
        "held-out set 42",
        (DANGER_HELDOUT42, INNOCENT_HELDOUT42),
        HELD_OUT42_MIN_URGENT,
        HELD_OUT42_MAX_FALSE_ALARMS,
    );
}
