//! The words of the plain pages: the web client's own catalogues (`frontend/src/i18n`), read
//! once, so that a child sees the same sentences with JavaScript on or off.

use std::sync::LazyLock;

use serde_json::Value;

use crate::appeals::views::Language;

macro_rules! catalogue {
    ($lang:literal, [$($file:literal),*]) => {
        [$(($file, include_str!(concat!("../../../frontend/src/i18n/", $lang, "/", $file, ".json")))),*]
    };
}

struct Catalogue {
    files: Vec<(&'static str, Value)>,
}

impl Catalogue {
    fn load(files: &[(&'static str, &'static str)]) -> Catalogue {
        Catalogue {
            files: files
                .iter()
                .map(|(name, text)| (*name, serde_json::from_str(text).unwrap_or(Value::Null)))
                .collect(),
        }
    }

    /// `appeal.form.heading`: the file, then the path inside it.
    fn get(&self, key: &str) -> Option<&str> {
        let (file, path) = key.split_once('.')?;
        let mut value = &self.files.iter().find(|(name, _)| *name == file)?.1;
        for part in path.split('.') {
            value = value.get(part)?;
        }
        value.as_str()
    }
}

static CATALOGUES: LazyLock<[Catalogue; 3]> = LazyLock::new(|| {
    [
        Catalogue::load(&catalogue!("ky", ["appeal", "track", "common", "errors"])),
        Catalogue::load(&catalogue!("ru", ["appeal", "track", "common", "errors"])),
        Catalogue::load(&catalogue!("en", ["appeal", "track", "common", "errors"])),
    ]
});

fn catalogue(lang: Language) -> &'static Catalogue {
    &CATALOGUES[match lang {
        Language::Ky => 0,
        Language::Ru => 1,
        Language::En => 2,
    }]
}

/// The sentence under `key` in `lang` (English, then the key itself, when it is missing),
/// with `{{name}}` filled from `values` and the client's markup tags (`<date>`) taken out.
pub fn text(lang: Language, key: &str, values: &[(&str, &str)]) -> String {
    let raw = catalogue(lang)
        .get(key)
        .or_else(|| catalogue(Language::En).get(key))
        .unwrap_or(key);
    let mut out = raw.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    strip_tags(&out)
}

/// The plural form of `key` for `count`, by the language's rules (`_one`, `_few`, `_many`,
/// `_other`), with `{{count}}` filled.
pub fn plural(lang: Language, key: &str, count: i64) -> String {
    let form = plural_form(lang, count);
    let number = count.to_string();
    let values = [("count", number.as_str())];
    let key_with_form = format!("{key}_{form}");
    if catalogue(lang).get(&key_with_form).is_some() {
        text(lang, &key_with_form, &values)
    } else {
        text(lang, &format!("{key}_other"), &values)
    }
}

fn plural_form(lang: Language, count: i64) -> &'static str {
    let n = count.unsigned_abs();
    match lang {
        Language::Ru => match (n % 10, n % 100) {
            (1, rest) if rest != 11 => "one",
            (2..=4, rest) if !(12..=14).contains(&rest) => "few",
            _ => "many",
        },
        Language::Ky | Language::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// The message of a problem code, as the web client shows it.
pub fn problem(lang: Language, code: &str) -> String {
    let key = format!("errors.codes.{code}");
    if catalogue(lang).get(&key).is_some() {
        text(lang, &key, &[])
    } else {
        text(lang, "errors.unknown", &[])
    }
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        match rest[start..].find('>') {
            Some(end)
                if rest[start + 1..start + end]
                    .trim_start_matches('/')
                    .chars()
                    .all(|c| c.is_ascii_alphabetic()) =>
            {
                rest = &rest[start + end + 1..];
            }
            _ => {
                out.push('<');
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the plain pages use exists in the three catalogues: a renamed key in the web
    /// client fails here, not on a child's screen.
    #[test]
    fn every_key_of_the_plain_pages_is_in_every_language() {
        for lang in [Language::Ky, Language::Ru, Language::En] {
            for key in super::super::KEYS {
                assert!(catalogue(lang).get(key).is_some(), "{lang:?} {key}");
            }
            for key in super::super::PLURAL_KEYS {
                assert!(
                    catalogue(lang).get(&format!("{key}_other")).is_some(),
                    "{lang:?} {key}"
                );
            }
        }
    }

    #[test]
    fn values_are_filled_and_markup_tags_dropped() {
        assert_eq!(
            strip_tags("Sent on <date>4 December</date>, a < b"),
            "Sent on 4 December, a < b"
        );
        assert!(plural(Language::Ru, "appeal.receipt.next_answer", 5).contains('5'));
        assert_eq!(plural_form(Language::Ru, 3), "few");
        assert_eq!(plural_form(Language::Ru, 11), "many");
        assert_eq!(plural_form(Language::Ru, 21), "one");
    }
}
