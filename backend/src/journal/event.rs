//! What a journal entry records, as types: the entry's kind is derived from its event, and
//! each event has one payload shape, written in one place (`JournalEvent::payload`).
//!
//! The payload is stored as the text of a JSON object with its keys in alphabetical order,
//! and the entry's hash covers that text, so the shapes below are part of the chain: the
//! golden test at the end pins them byte for byte.

use chrono::NaiveDate;
use entity::appeal::Channel;
use serde_json::{json, Value};
use uuid::Uuid;

use super::JournalKind;
use crate::appeals::category::AppealCategory;

/// A person as the journal names them: position and full name, no account id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedPerson {
    pub position: String,
    pub full_name: String,
}

impl NamedPerson {
    fn to_value(&self) -> Value {
        json!({"position": self.position, "full_name": self.full_name})
    }
}

/// One event of the journal (clauses 3.1–3.4, DESIGN.md §3 and §5).
#[derive(Debug, Clone, PartialEq)]
pub enum JournalEvent {
    /// An appeal taken out of the box at an opening got its registration number.
    Registered {
        registration_number: String,
        registered_on: NaiveDate,
        channel: Channel,
        anonymous: bool,
        categories: Vec<AppealCategory>,
        urgent: bool,
        act_number: String,
        answer_due_on: NaiveDate,
    },
    /// The director acknowledged an opening's act.
    ActAcknowledged {
        act_number: Option<String>,
        acknowledged_by: NamedPerson,
    },
    /// The content and the writer of a closed appeal were erased after the retention period.
    Erased {
        registration_number: Option<String>,
        closed_on: Option<NaiveDate>,
        erased_on: NaiveDate,
        retention_years: i32,
    },
    /// A school's box key was made.
    BoxKeyMade {
        box_key_id: Uuid,
        fingerprint: String,
        threshold: usize,
        holders: Vec<NamedPerson>,
        district_share: bool,
        replaces: Option<String>,
    },
    /// A step in the handling of a registered appeal.
    Case {
        registration_number: Option<String>,
        step: CaseStep,
    },
}

/// The official an appeal is assigned to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Official {
    pub id: Uuid,
    pub position: String,
    pub full_name: String,
}

/// A step of a case (DESIGN.md §3).
#[derive(Debug, Clone, PartialEq)]
pub enum CaseStep {
    Assigned {
        official: Official,
    },
    Reassigned {
        official: Official,
    },
    /// The appeal concerns the director: it goes to the district office.
    RoutedToDistrict,
    Unassigned,
    MeasureTaken {
        measure_id: Uuid,
        taken_on: NaiveDate,
        taken_by: String,
        summary: String,
    },
    Referred {
        referral_id: Uuid,
        body: String,
        referred_on: NaiveDate,
        method: String,
        body_reference: Option<String>,
    },
    ReplyReceived {
        referral_id: Uuid,
        received_on: NaiveDate,
        body_reference: Option<String>,
    },
    AnswerApproved {
        message_id: Uuid,
        approved_on: NaiveDate,
        approved_by: NamedPerson,
    },
    Closed {
        outcome: String,
        closed_on: NaiveDate,
        no_referral_reason_recorded: bool,
    },
}

impl CaseStep {
    fn kind(&self) -> JournalKind {
        match self {
            CaseStep::Assigned { .. }
            | CaseStep::Reassigned { .. }
            | CaseStep::RoutedToDistrict
            | CaseStep::Unassigned => JournalKind::Assignment,
            CaseStep::MeasureTaken { .. } => JournalKind::Measure,
            CaseStep::Referred { .. } | CaseStep::ReplyReceived { .. } => JournalKind::Referral,
            CaseStep::AnswerApproved { .. } => JournalKind::Answer,
            CaseStep::Closed { .. } => JournalKind::Closing,
        }
    }

    fn to_value(&self) -> Value {
        let official_value = |official: &Official| {
            json!({
                "id": official.id,
                "position": official.position,
                "full_name": official.full_name,
            })
        };
        match self {
            CaseStep::Assigned { official } => {
                json!({"type": "assigned", "official": official_value(official)})
            }
            CaseStep::Reassigned { official } => {
                json!({"type": "reassigned", "official": official_value(official)})
            }
            CaseStep::RoutedToDistrict => json!({"type": "routed_to_district"}),
            CaseStep::Unassigned => json!({"type": "unassigned"}),
            CaseStep::MeasureTaken {
                measure_id,
                taken_on,
                taken_by,
                summary,
            } => json!({
                "measure_id": measure_id,
                "taken_on": taken_on,
                "taken_by": taken_by,
                "summary": summary,
            }),
            CaseStep::Referred {
                referral_id,
                body,
                referred_on,
                method,
                body_reference,
            } => json!({
                "type": "referred",
                "referral_id": referral_id,
                "body": body,
                "referred_on": referred_on,
                "method": method,
                "body_reference": body_reference,
            }),
            CaseStep::ReplyReceived {
                referral_id,
                received_on,
                body_reference,
            } => json!({
                "type": "reply_received",
                "referral_id": referral_id,
                "received_on": received_on,
                "body_reference": body_reference,
            }),
            CaseStep::AnswerApproved {
                message_id,
                approved_on,
                approved_by,
            } => json!({
                "type": "answer_approved",
                "message_id": message_id,
                "approved_on": approved_on,
                "approved_by": approved_by.to_value(),
            }),
            CaseStep::Closed {
                outcome,
                closed_on,
                no_referral_reason_recorded,
            } => json!({
                "type": "closed",
                "outcome": outcome,
                "closed_on": closed_on,
                "no_referral_reason_recorded": no_referral_reason_recorded,
            }),
        }
    }
}

impl JournalEvent {
    /// The kind of entry the event makes.
    pub fn kind(&self) -> JournalKind {
        match self {
            JournalEvent::Registered { .. } => JournalKind::Registration,
            JournalEvent::ActAcknowledged { .. } => JournalKind::ActAcknowledgement,
            JournalEvent::Erased { .. } => JournalKind::Erasure,
            JournalEvent::BoxKeyMade { .. } => JournalKind::BoxKey,
            JournalEvent::Case { step, .. } => step.kind(),
        }
    }

    /// The entry's payload. Never appeal text.
    pub fn payload(&self) -> Value {
        match self {
            JournalEvent::Registered {
                registration_number,
                registered_on,
                channel,
                anonymous,
                categories,
                urgent,
                act_number,
                answer_due_on,
            } => json!({
                "registration_number": registration_number,
                "registered_on": registered_on,
                "channel": channel,
                "anonymous": anonymous,
                "categories": categories,
                "urgent": urgent,
                "act_number": act_number,
                "answer_due_on": answer_due_on,
            }),
            JournalEvent::ActAcknowledged {
                act_number,
                acknowledged_by,
            } => json!({
                "act_number": act_number,
                "acknowledged_by": acknowledged_by.to_value(),
            }),
            JournalEvent::Erased {
                registration_number,
                closed_on,
                erased_on,
                retention_years,
            } => json!({
                "type": "erased",
                "registration_number": registration_number,
                "closed_on": closed_on,
                "erased_on": erased_on,
                "retention_years": retention_years,
            }),
            JournalEvent::BoxKeyMade {
                box_key_id,
                fingerprint,
                threshold,
                holders,
                district_share,
                replaces,
            } => json!({
                "box_key_id": box_key_id,
                "fingerprint": fingerprint,
                "threshold": threshold,
                "holders": holders.iter().map(NamedPerson::to_value).collect::<Vec<_>>(),
                "district_share": district_share,
                "replaces": replaces,
            }),
            JournalEvent::Case {
                registration_number,
                step,
            } => json!({
                "registration_number": registration_number,
                "event": step.to_value(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeDelta, TimeZone, Utc};
    use entity::journal_entry;

    use super::*;
    use crate::chain::{link, GENESIS_HASH};
    use crate::journal::store::canonical;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn id(n: u8) -> Uuid {
        Uuid::from_bytes([n; 16])
    }

    fn director() -> NamedPerson {
        NamedPerson {
            position: "Директор".to_owned(),
            full_name: "Асанова Айгүл".to_owned(),
        }
    }

    /// A journal as the server writes it: one event of every shape, with the payload text
    /// each stored before the events were types.
    fn chain() -> Vec<(JournalEvent, &'static str)> {
        let official = Official {
            id: id(7),
            position: "Социальный педагог".to_owned(),
            full_name: "Бакиев Нурлан".to_owned(),
        };
        let case = |step: CaseStep| JournalEvent::Case {
            registration_number: Some("2026/1".to_owned()),
            step,
        };
        vec![
            (
                JournalEvent::Registered {
                    registration_number: "2026/1".to_owned(),
                    registered_on: day("2026-12-01"),
                    channel: Channel::Online,
                    anonymous: true,
                    categories: vec![
                        AppealCategory::Privacy,
                        AppealCategory::ProtectionFromViolence,
                    ],
                    urgent: true,
                    act_number: "2026/03".to_owned(),
                    answer_due_on: day("2026-12-15"),
                },
                r#"{"act_number":"2026/03","anonymous":true,"answer_due_on":"2026-12-15","categories":["privacy","protection_from_violence"],"channel":"online","registered_on":"2026-12-01","registration_number":"2026/1","urgent":true}"#,
            ),
            (
                JournalEvent::ActAcknowledged {
                    act_number: Some("2026/03".to_owned()),
                    acknowledged_by: director(),
                },
                r#"{"acknowledged_by":{"full_name":"Асанова Айгүл","position":"Директор"},"act_number":"2026/03"}"#,
            ),
            (
                case(CaseStep::Assigned {
                    official: official.clone(),
                }),
                r#"{"event":{"official":{"full_name":"Бакиев Нурлан","id":"07070707-0707-0707-0707-070707070707","position":"Социальный педагог"},"type":"assigned"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::Reassigned { official }),
                r#"{"event":{"official":{"full_name":"Бакиев Нурлан","id":"07070707-0707-0707-0707-070707070707","position":"Социальный педагог"},"type":"reassigned"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::RoutedToDistrict),
                r#"{"event":{"type":"routed_to_district"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::Unassigned),
                r#"{"event":{"type":"unassigned"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::MeasureTaken {
                    measure_id: id(8),
                    taken_on: day("2026-12-02"),
                    taken_by: "Бакиев Н.".to_owned(),
                    summary: "Беседа с классом".to_owned(),
                }),
                r#"{"event":{"measure_id":"08080808-0808-0808-0808-080808080808","summary":"Беседа с классом","taken_by":"Бакиев Н.","taken_on":"2026-12-02"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::Referred {
                    referral_id: id(9),
                    body: "idn".to_owned(),
                    referred_on: day("2026-12-01"),
                    method: "in_person".to_owned(),
                    body_reference: None,
                }),
                r#"{"event":{"body":"idn","body_reference":null,"method":"in_person","referral_id":"09090909-0909-0909-0909-090909090909","referred_on":"2026-12-01","type":"referred"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::ReplyReceived {
                    referral_id: id(9),
                    received_on: day("2026-12-03"),
                    body_reference: Some("ИДН-118".to_owned()),
                }),
                r#"{"event":{"body_reference":"ИДН-118","received_on":"2026-12-03","referral_id":"09090909-0909-0909-0909-090909090909","type":"reply_received"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::AnswerApproved {
                    message_id: id(10),
                    approved_on: day("2026-12-04"),
                    approved_by: director(),
                }),
                r#"{"event":{"approved_by":{"full_name":"Асанова Айгүл","position":"Директор"},"approved_on":"2026-12-04","message_id":"0a0a0a0a-0a0a-0a0a-0a0a-0a0a0a0a0a0a","type":"answer_approved"},"registration_number":"2026/1"}"#,
            ),
            (
                case(CaseStep::Closed {
                    outcome: "resolved".to_owned(),
                    closed_on: day("2026-12-04"),
                    no_referral_reason_recorded: false,
                }),
                r#"{"event":{"closed_on":"2026-12-04","no_referral_reason_recorded":false,"outcome":"resolved","type":"closed"},"registration_number":"2026/1"}"#,
            ),
            (
                JournalEvent::Erased {
                    registration_number: Some("2026/1".to_owned()),
                    closed_on: Some(day("2026-12-04")),
                    erased_on: day("2031-12-05"),
                    retention_years: 5,
                },
                r#"{"closed_on":"2026-12-04","erased_on":"2031-12-05","registration_number":"2026/1","retention_years":5,"type":"erased"}"#,
            ),
            (
                JournalEvent::BoxKeyMade {
                    box_key_id: id(11),
                    fingerprint: "ab12 cd34".to_owned(),
                    threshold: 3,
                    holders: vec![director()],
                    district_share: true,
                    replaces: None,
                },
                r#"{"box_key_id":"0b0b0b0b-0b0b-0b0b-0b0b-0b0b0b0b0b0b","district_share":true,"fingerprint":"ab12 cd34","holders":[{"full_name":"Асанова Айгүл","position":"Директор"}],"replaces":null,"threshold":3}"#,
            ),
        ]
    }

    #[test]
    fn every_event_writes_the_payload_text_stored_before() {
        for (event, stored) in chain() {
            assert_eq!(event.payload().to_string(), stored, "{:?}", event.kind());
        }
    }

    /// The hashes of a chain of every event, pinned: a change to the canonical bytes, to a
    /// payload shape or to the link breaks every journal written before, and this test.
    #[test]
    fn the_hashes_of_a_chain_are_pinned() {
        let school_id = id(1);
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 9, 30, 0).unwrap();
        let mut prev_hash = GENESIS_HASH.to_owned();
        let mut hashes = Vec::new();
        for (n, (event, _)) in chain().into_iter().enumerate() {
            let seq = n as i64 + 1;
            let mut model = journal_entry::Model {
                id: Uuid::nil(),
                school_id,
                seq,
                kind: event.kind().as_str().to_owned(),
                recorded_at: start + TimeDelta::microseconds(seq * 1_000_123),
                appeal_id: (seq % 2 == 1).then(|| id(2)),
                box_opening_id: (seq % 3 == 0).then(|| id(3)),
                actor_id: (seq % 4 != 0).then(|| id(4)),
                payload: event.payload().to_string(),
                prev_hash: prev_hash.clone(),
                hash: String::new(),
            };
            model.hash = link(&model.prev_hash, &canonical(&model));
            prev_hash = model.hash.clone();
            hashes.push(model.hash);
        }
        assert_eq!(hashes, PINNED);
    }

    const PINNED: [&str; 13] = [
        "0402e290e56df0ba72336903a33def3fb82d9920a07e130fb0309d3aec8436cb",
        "0dfb14a61ab7b6c1cfaa6b082e0222eb22d42f788abe9b9d1347472c73709300",
        "6f59b0d720746ff342b29a3a77c8a13fb25e32a5cd900409b17ab90355f05b5d",
        "a6908351665c329062ee84d7794d7643be6a3871620fd1e1cc7856b355959447",
        "5d149aa7acf0d380cc85502ed8aa43e5a3b62171ed1195ae655fd0c50d427ab4",
        "591226c1a3d560c0449cf6052de2134d31d34845e4289d280d6c93a82aaf51f6",
        "cd66d8d3c7ec401a2a612e77ffd616f8520013474c3acca3ccc2d5699333d4d5",
        "1882d95135d879533a12c1773b55668da9ae549b9c96cdf337cc5fbeaf8e5f93",
        "05215698d3044541df4b5d713383beeaa10e7b7631047dcbbd2900654b455f4a",
        "f80798beb6ee2b295d6ed0379893e20bff87cb796f03ee2d91c118868d0052ed",
        "3fb48a68bed03e2efe650c48c84f9c3ea19a6480a33b3c3d45d96b41871b926e",
        "c1722ec0f93f51dcb452e9e524e2610a8d42043312e25c819b4ccbdcc6740347",
        "73e92682516e37c71064d00d3f47c1fc032ba5091a54e2b3aafee5d59f70a14d",
    ];
}
