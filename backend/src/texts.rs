//! The texts the server writes itself — mails and the one sentence it adds to a case — in
//! Kyrgyz, Russian and English, in one place. (What a person reads on a page comes from the
//! web client's catalogues, also for the plain pages.) Each function takes the language code
//! of the school or the writer and answers `(subject, body)` for a mail.

use chrono::NaiveDate;

use crate::reports::month::Month;

/// The alert to the director and the working group that an urgent appeal was dropped: in the
/// three languages at once (the recipients' languages are not known), without its content.
pub fn urgent_alert(school_name: &str, submitted_on: NaiveDate) -> (String, String) {
    let subject = format!("Ishenim: an urgent appeal is waiting — {school_name}");
    let body = format!(
        "Шашылыш кайрылуу / Срочное обращение / Urgent appeal — {school_name}, {submitted_on}\n\n\
         Ишеним кутучасына шашылыш кайрылуу түштү. Анын мазмуну кутуча ачылганга чейин мөөрлөнгөн; \
         жумушчу топ азыр кезексиз ачууну өткөрө алат. Кутучанын сырсөзүңүздү алып келиңиз.\n\n\
         В ящик доверия поступило срочное обращение. Его содержание запечатано до вскрытия ящика; \
         рабочая группа может провести внеочередное вскрытие сейчас. Возьмите с собой парольную фразу ящика.\n\n\
         An urgent appeal was dropped into the trust box. Its content stays sealed until the box \
         is opened; the working group may hold an extraordinary opening now. Bring your box passphrase.\n"
    );
    (subject, body)
}

/// The notice to the working group that a member has started an opening of the box and the
/// others are expected: in the three languages at once (the recipients' languages are not
/// known), with nothing of any appeal.
pub fn opening_started(school_name: &str, extraordinary: bool) -> (String, String) {
    let (ky, ru, en) = if extraordinary {
        (
            "кезексиз ачуу",
            "внеочередное вскрытие",
            "an extraordinary opening",
        )
    } else {
        ("ачуу", "вскрытие", "an opening")
    };
    let subject = format!("Ishenim: the box is being opened — {school_name}");
    let body = format!(
        "Кутуча ачылууда / Вскрытие ящика / The box is being opened — {school_name}\n\n\
         Жумушчу топтун мүчөсү кутучанын {ky} баштады. Ишенимге кирип, катышканыңызды \
         ырастаңыз; кутучанын сырсөзүн алып келиңиз.\n\n\
         Член рабочей группы начал {ru} ящика. Войдите в Ишеним и подтвердите своё участие; \
         возьмите с собой парольную фразу ящика.\n\n\
         A member of the working group has started {en} of the box. Sign in to Ishenim and \
         confirm that you take part; bring your box passphrase.\n"
    );
    (subject, body)
}

/// The notice to a signed writer that an answer is ready: no text of the appeal or answer.
pub fn answer_notice(language: &str, school_name: &str, number: &str) -> (String, String) {
    match language {
        "ru" => (
            format!("Ishenim: ответ на ваше обращение № {number}"),
            format!(
                "Здравствуйте!\n\nНа ваше обращение № {number} в «{school_name}» подготовлен ответ. \
                 Прочитайте его на странице «Проверить обращение» по вашей квитанции.\n\n\
                 Это письмо не содержит текста обращения или ответа.\n"
            ),
        ),
        "en" => (
            format!("Ishenim: your appeal No. {number} has an answer"),
            format!(
                "Hello,\n\nThere is an answer to your appeal No. {number} to {school_name}. \
                 Read it on the \"Check my appeal\" page with your receipt.\n\n\
                 This mail does not carry the text of the appeal or of the answer.\n"
            ),
        ),
        _ => (
            format!("Ishenim: № {number} кайрылууңузга жооп бар"),
            format!(
                "Саламатсызбы!\n\n«{school_name}» мектебине жазган № {number} кайрылууңузга жооп даяр. \
                 Аны квитанцияңыз менен «Кайрылууну текшерүү» баракчасынан окуңуз.\n\n\
                 Бул катта кайрылуунун да, жооптун да тексти жок.\n"
            ),
        ),
    }
}

/// The weekly reminder of answer deadlines: overdue cases and those due within two working
/// days, by registration number.
pub fn deadlines_mail(
    language: &str,
    school: &str,
    overdue: &[String],
    soon: &[String],
) -> (String, String) {
    let overdue = overdue.join(", ");
    let soon = soon.join(", ");
    match language {
        "ru" => (
            format!("Ishenim: сроки ответов на обращения в «{school}»"),
            format!(
                "Здравствуйте!\n\nПросрочены: {}\nСрок в ближайшие два рабочих дня: {}\n\n\
                 Откройте обращения в Ishenim. Это письмо не содержит текста обращений.\n",
                or_none(&overdue, "нет"),
                or_none(&soon, "нет")
            ),
        ),
        "en" => (
            format!("Ishenim: answer deadlines at {school}"),
            format!(
                "Hello,\n\nOverdue: {}\nDue within two working days: {}\n\n\
                 Open the cases in Ishenim. This mail does not carry the appeals' text.\n",
                or_none(&overdue, "none"),
                or_none(&soon, "none")
            ),
        ),
        _ => (
            format!("Ishenim: «{school}» мектебиндеги кайрылууларга жооп берүү мөөнөттөрү"),
            format!(
                "Саламатсызбы!\n\nМөөнөтү өткөн: {}\nЭки жумуш күндүн ичинде: {}\n\n\
                 Кайрылууларды Ishenim'де ачыңыз. Бул катта кайрылуулардын тексти жок.\n",
                or_none(&overdue, "жок"),
                or_none(&soon, "жок")
            ),
        ),
    }
}

/// The reminder that a month's report is not published yet.
pub fn report_reminder(language: &str, school: &str, month: Month) -> (String, String) {
    let by = month.publish_by();
    match language {
        "ru" => (
            format!("Ishenim: отчёт за {month} ещё не опубликован"),
            format!(
                "Здравствуйте!\n\nЕжемесячный отчёт «{school}» за {month} нужно опубликовать до {by}. \
                 Черновик готов в Ishenim: добавьте пояснение и опубликуйте.\n"
            ),
        ),
        "en" => (
            format!("Ishenim: the report of {month} is not published yet"),
            format!(
                "Hello,\n\nThe monthly report of {school} for {month} is due by {by}. \
                 The draft is ready in Ishenim: add the narrative and publish it.\n"
            ),
        ),
        _ => (
            format!("Ishenim: {month} айынын отчёту али жарыялана элек"),
            format!(
                "Саламатсызбы!\n\n«{school}» мектебинин {month} айы үчүн айлык отчёту {by} чейин \
                 жарыялануусу керек. Долбоору Ishenim'де даяр: түшүндүрмө кошуп, жарыялаңыз.\n"
            ),
        ),
    }
}

/// The internal note's opening words when an urgent case is closed without a referral.
pub fn no_referral_prefix(language: &str) -> &'static str {
    match language {
        "ru" => "Передача в компетентный орган не потребовалась:",
        "en" => "No referral was needed:",
        _ => "Тийиштүү органга өткөрүүнүн кереги болгон жок:",
    }
}

fn or_none<'a>(list: &'a str, none: &'a str) -> &'a str {
    if list.is_empty() {
        none
    } else {
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mail, in every language, names the school and leaves no placeholder unfilled.
    #[test]
    fn every_mail_names_the_school_in_each_language() {
        let month = Month::parse("2026-11").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let overdue = vec!["2026/3".to_owned()];
        let mut mails = vec![
            urgent_alert("Школа № 31", day),
            opening_started("Школа № 31", false),
            opening_started("Школа № 31", true),
        ];
        for language in ["ky", "ru", "en"] {
            mails.push(answer_notice(language, "Школа № 31", "2026/3"));
            mails.push(deadlines_mail(language, "Школа № 31", &overdue, &[]));
            mails.push(report_reminder(language, "Школа № 31", month));
            assert!(!no_referral_prefix(language).is_empty());
        }
        for (subject, body) in mails {
            assert!(subject.starts_with("Ishenim: "), "{subject}");
            assert!(
                subject.contains("Школа № 31") || body.contains("Школа № 31"),
                "{subject}\n{body}"
            );
            assert!(!subject.contains('{') && !body.contains('{'), "{body}");
        }
    }
}
