//! Records of learning, signed by both partners.
//!
//! A record says, for one partnership and optionally one period, how many sessions were held
//! and for how many hours, which skills each side learned with their first and latest ratings
//! (the owner's and the partner's ratings kept apart), and which goals each side achieved. It
//! is an Open Badges 3.0 `OpenBadgeCredential` in JSON, signed with W3C Data Integrity proofs
//! (`eddsa-jcs-2022`, see [`proof`](self#signatures)).
//!
//! ## The flow
//!
//! 1. [`ReadTx::record_draft`]: every candidate item, each with an id. Nothing private is a
//!    candidate: a skill, rating, goal or check-in that is private, or belongs to a record that
//!    is, never appears (the privacy rule of the shared export, `stays_private`).
//! 2. [`WriteTx::sign_record`] with a [`RecordChoice`]: the items chosen, the period, and the
//!    owner's statement about their partner. The record is signed with the journal's key
//!    (made on first use) and goes to the partner as a file.
//! 3. [`WriteTx::countersign_record`] in the partner's journal: the first signature must be
//!    valid and by the key they confirmed as this partnership's partner; their statement and
//!    signature are added, and the file comes back.
//! 4. [`ReadTx::verify_record`] at either end: per signature, who signed (me, my confirmed
//!    partner, or a key not confirmed, with its fingerprint) and whether it is valid.
//!    [`certificate_html`] prints it.
//!
//! Keys are confirmed once per partnership by comparing fingerprints
//! ([`WriteTx::confirm_partner_key`], [`WriteTx::confirm_key_from_record`]).
//!
//! ## Signatures
//!
//! The record carries a proof set: `proof` is an array, and each proof signs the record without
//! `proof`. The content both partners sign is therefore the same. The statement each partner
//! writes about the other cannot be part of it (the second is written after the first
//! signature), so each signer's statement is a `statement` key of their own proof, which their
//! signature covers as it covers the rest of the proof's options.
//!
//! ## The credential
//!
//! `credentialSubject` is an `AchievementSubject` whose `achievement` describes the partnership
//! in words (`description`, `criteria.narrative`); the same facts in structured form are under
//! `credentialSubject.learningRecord`, naming the two sides by role (`issuer`, the one who
//! signed first, and `partner`) so the record reads the same from both journals. The JSON
//! Schema in `schema/open-badge-credential.schema.json` describes the whole shape.

mod certificate;
mod keys;
mod proof;
mod stored;
mod verify;

pub use certificate::certificate_html;
pub use keys::{
    KeyInfo, PartnerKey, did_key, fingerprint, key_of_did, normalize_fingerprint,
    verification_method,
};
pub use proof::{CRYPTOSUITE, PROOF_PURPOSE, PROOF_TYPE, STATEMENT};
pub use stored::KeptRecord;
pub(crate) use stored::later_signed;
pub use verify::{ProofReport, Role, Signer, Verification};

use crate::db::{ReadTx, WriteTx, date_text};
use crate::error::{Error, Problem, Result};
use crate::model::{Direction, GoalStatus, PartnershipId, Party, SessionStatus};
use crate::store::{Growth, growth, validate};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use uuid::Uuid;

/// The `@context` of every record: Verifiable Credentials 2.0, then Open Badges 3.0.
pub const CONTEXT: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// The longest statement a partner may write about the other, in UTF-8 bytes.
pub const MAX_STATEMENT_BYTES: usize = 2000;

/// The days a record covers, both included; an open end reaches as far as the partnership.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Period {
    /// The first day, if the record starts later than the partnership.
    pub from: Option<NaiveDate>,
    /// The last day, if the record ends before today.
    pub to: Option<NaiveDate>,
}

impl Period {
    /// The whole partnership.
    pub const WHOLE: Period = Period {
        from: None,
        to: None,
    };

    /// Whether `on` is inside the period.
    pub fn contains(self, on: NaiveDate) -> bool {
        self.from.is_none_or(|from| on >= from) && self.to.is_none_or(|to| on <= to)
    }

    fn is_whole(self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    fn check(self) -> Result<()> {
        validate::not_before("to", self.to, "from", self.from)
    }
}

/// What a candidate item of a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A skill learned, with its ratings.
    Skill,
    /// A goal achieved.
    Goal,
}

/// One item a record may include.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Candidate {
    /// The skill's or goal's id: what [`RecordChoice::include`] names.
    pub id: Uuid,
    /// A skill or a goal.
    pub kind: ItemKind,
    /// The skill's name or the goal's title.
    pub title: String,
    /// The skill's category (empty for a goal).
    pub category: String,
    /// Who learned it: `me` (the owner learned it), `partner` (the partner learned it from the
    /// owner).
    pub learner: Party,
    /// The owner's ratings in the period, first against latest (shared ratings only).
    pub self_rated: Option<Growth>,
    /// The partner's ratings in the period, first against latest (shared ratings only).
    pub partner_rated: Option<Growth>,
    /// For a goal, the day it was achieved: its latest shared check-in, else the day it was
    /// last changed.
    pub achieved_on: Option<NaiveDate>,
}

/// What a record of one partnership could say, before anything is signed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordDraft {
    /// The partnership.
    pub partnership: PartnershipId,
    /// The owner's name, as the record names the issuer.
    pub my_name: String,
    /// The partner's name.
    pub partner_name: String,
    /// The days it covers.
    pub period: Period,
    /// Sessions held in the period (status held, by their local start day).
    pub sessions_held: u32,
    /// The held sessions' planned durations added up, in minutes.
    pub minutes_held: u32,
    /// Every item the record may include: skills first (by name), then goals achieved.
    pub candidates: Vec<Candidate>,
}

/// What the owner chose to sign.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordChoice {
    /// The candidates to include, by [`Candidate::id`]; each must be one of the draft's.
    pub include: Vec<Uuid>,
    /// What the owner says about their partner (at most [`MAX_STATEMENT_BYTES`]).
    pub statement: String,
    /// The days the record covers.
    pub period: Period,
}

/// A signed record, ready to be written to a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SignedRecord {
    /// The credential's id (`urn:uuid:…`).
    pub id: String,
    /// The credential as JSON, as it is saved.
    pub json: String,
}

/// The one rule for a statement: it says something, in at most [`MAX_STATEMENT_BYTES`].
fn check_statement(statement: &str) -> Result<()> {
    validate::required("statement", statement)?;
    validate::at_most("statement", statement, MAX_STATEMENT_BYTES)
}

fn learner(direction: Direction) -> Party {
    match direction {
        Direction::Learn => Party::Me,
        Direction::Teach => Party::Partner,
    }
}

fn refused(what: &'static str) -> Error {
    Error::invalid("record", Problem::Other(what))
}

/// A record's JSON as an object, if it is an Open Badges credential at all.
pub(crate) fn parse_record(text: &str) -> Result<Map<String, Value>> {
    let value: Value = serde_json::from_str(text).map_err(|_| refused("problem-not-json"))?;
    let Value::Object(record) = value else {
        return Err(refused("problem-not-a-credential"));
    };
    let is_badge = record
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|types| types.iter().any(|t| t == "OpenBadgeCredential"));
    if !is_badge {
        return Err(refused("problem-not-a-credential"));
    }
    Ok(record)
}

/// The record as it is saved: indented JSON (the signatures do not depend on the layout).
fn to_json(record: Map<String, Value>) -> String {
    let mut text = serde_json::to_string_pretty(&Value::Object(record)).unwrap_or_default();
    text.push('\n');
    text
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn role(party: Party) -> &'static str {
    match party {
        Party::Me => "issuer",
        Party::Partner => "partner",
    }
}

fn growth_json(rated_by: Party, growth: &Growth) -> Value {
    json!({
        "ratedBy": role(rated_by),
        "first": { "level": growth.baseline, "on": date_text(growth.baseline_on) },
        "latest": { "level": growth.latest, "on": date_text(growth.latest_on) },
        "ratings": growth.ratings,
    })
}

/// Hours as a person reads them: `14.5`, `2`.
pub(crate) fn hours(minutes: u32) -> String {
    let tenths = (u64::from(minutes) * 10 + 30) / 60;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

fn period_words(period: Period) -> String {
    match (period.from, period.to) {
        (None, None) => String::new(),
        (Some(from), None) => format!(" since {}", date_text(from)),
        (None, Some(to)) => format!(" until {}", date_text(to)),
        (Some(from), Some(to)) => format!(" from {} to {}", date_text(from), date_text(to)),
    }
}

/// The unsigned credential: what both partners sign.
fn credential(
    draft: &RecordDraft,
    chosen: &[&Candidate],
    id: Uuid,
    achievement: Uuid,
    issuer: &str,
    now: DateTime<Utc>,
) -> Map<String, Value> {
    let name_of = |party: Party| match party {
        Party::Me => draft.my_name.as_str(),
        Party::Partner => draft.partner_name.as_str(),
    };
    let mut skills = Vec::new();
    let mut goals = Vec::new();
    let mut narrative = vec![format!(
        "Sessions held{}: {} ({} hours).",
        period_words(draft.period),
        draft.sessions_held,
        hours(draft.minutes_held)
    )];
    for side in [Party::Me, Party::Partner] {
        let items: Vec<&&Candidate> = chosen.iter().filter(|c| c.learner == side).collect();
        if items.is_empty() {
            continue;
        }
        narrative.push(format!("What {} learned:", name_of(side)));
        for c in items {
            match c.kind {
                ItemKind::Skill => {
                    let ratings: Vec<Value> = [
                        (Party::Me, &c.self_rated),
                        (Party::Partner, &c.partner_rated),
                    ]
                    .into_iter()
                    .filter_map(|(by, g)| g.as_ref().map(|g| growth_json(by, g)))
                    .collect();
                    let rated: Vec<String> = [
                        (Party::Me, &c.self_rated),
                        (Party::Partner, &c.partner_rated),
                    ]
                    .into_iter()
                    .filter_map(|(by, g)| {
                        g.as_ref().map(|g| {
                            format!("rated by {} {} → {}", name_of(by), g.baseline, g.latest)
                        })
                    })
                    .collect();
                    narrative.push(if rated.is_empty() {
                        format!("- Skill: {}", c.title)
                    } else {
                        format!("- Skill: {} ({})", c.title, rated.join("; "))
                    });
                    skills.push(json!({
                        "id": format!("urn:uuid:{}", c.id),
                        "name": c.title,
                        "category": c.category,
                        "learner": role(c.learner),
                        "ratings": ratings,
                    }));
                }
                ItemKind::Goal => {
                    let mut goal = json!({
                        "id": format!("urn:uuid:{}", c.id),
                        "title": c.title,
                        "learner": role(c.learner),
                    });
                    if let Some(on) = c.achieved_on {
                        goal["achievedOn"] = date_text(on).into();
                    }
                    narrative.push(format!("- Goal achieved: {}", c.title));
                    goals.push(goal);
                }
            }
        }
    }
    let mut period = Map::new();
    if let Some(from) = draft.period.from {
        period.insert("from".into(), date_text(from).into());
    }
    if let Some(to) = draft.period.to {
        period.insert("to".into(), date_text(to).into());
    }
    let Value::Object(document) = json!({
        "@context": CONTEXT,
        "id": format!("urn:uuid:{id}"),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": issuer, "type": ["Profile"], "name": draft.my_name },
        "validFrom": instant(now),
        "name": format!("Record of learning: {} and {}", draft.my_name, draft.partner_name),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": format!("urn:uuid:{achievement}"),
                "type": ["Achievement"],
                "name": "Reverse mentoring: a record of learning",
                "description": format!(
                    "{} and {} learned from each other in a reverse-mentoring partnership{}: {} \
                     sessions, {} hours.",
                    draft.my_name,
                    draft.partner_name,
                    period_words(draft.period),
                    draft.sessions_held,
                    hours(draft.minutes_held)
                ),
                "criteria": { "narrative": narrative.join("\n") },
            },
            "learningRecord": {
                "issuerName": draft.my_name,
                "partnerName": draft.partner_name,
                "period": period,
                "sessionsHeld": draft.sessions_held,
                "minutesHeld": draft.minutes_held,
                "skills": skills,
                "goals": goals,
            },
        },
    }) else {
        unreachable!("a JSON object literal")
    };
    document
}

impl ReadTx<'_> {
    /// What a record of `partnership` over `period` could include: the sessions held and their
    /// hours, and every skill and achieved goal that is not private (nor under a private
    /// record), each skill with the shared ratings given in the period. With a period, a skill
    /// is a candidate when it was rated in it and a goal when it was achieved in it.
    pub fn record_draft(&self, partnership: PartnershipId, period: Period) -> Result<RecordDraft> {
        period.check()?;
        let p = self.require_live("partnership", partnership)?;
        let held: Vec<_> = self
            .sessions(partnership)?
            .into_iter()
            .filter(|s| {
                s.fields.status == SessionStatus::Held
                    && period.contains(s.fields.starts_at.date_naive())
            })
            .collect();
        let minutes_held = held
            .iter()
            .fold(0u32, |sum, s| sum.saturating_add(s.fields.duration_minutes));
        let mut candidates = Vec::new();
        for skill in self.skills_growth(Some(partnership))? {
            if self.private_or_under_private(&skill.skill.fields)? {
                continue;
            }
            let mut shared = Vec::new();
            for rating in &skill.history {
                if period.contains(rating.fields.on)
                    && !self.private_or_under_private(&rating.fields)?
                {
                    shared.push(rating);
                }
            }
            if !period.is_whole() && shared.is_empty() {
                continue;
            }
            let by = |rater: Party| {
                shared
                    .iter()
                    .copied()
                    .filter(|r| r.fields.rater == rater)
                    .collect::<Vec<_>>()
            };
            candidates.push(Candidate {
                id: skill.skill.id.into(),
                kind: ItemKind::Skill,
                title: skill.skill.fields.name.clone(),
                category: skill.skill.fields.category.clone(),
                learner: learner(skill.skill.fields.direction),
                self_rated: growth(&by(Party::Me)),
                partner_rated: growth(&by(Party::Partner)),
                achieved_on: None,
            });
        }
        for goal in self.goals(partnership)? {
            if goal.fields.status != GoalStatus::Achieved
                || self.private_or_under_private(&goal.fields)?
            {
                continue;
            }
            let mut achieved_on = goal.updated_at.date_naive();
            for check_in in self.check_ins(goal.id)? {
                if !self.private_or_under_private(&check_in.fields)? {
                    achieved_on = check_in.fields.on;
                }
            }
            if !period.contains(achieved_on) {
                continue;
            }
            candidates.push(Candidate {
                id: goal.id.into(),
                kind: ItemKind::Goal,
                title: goal.fields.title.clone(),
                category: String::new(),
                learner: learner(goal.fields.direction),
                self_rated: None,
                partner_rated: None,
                achieved_on: Some(achieved_on),
            });
        }
        Ok(RecordDraft {
            partnership,
            my_name: self.profile()?.my_name,
            partner_name: p.fields.partner_name,
            period,
            sessions_held: u32::try_from(held.len()).unwrap_or(u32::MAX),
            minutes_held,
            candidates,
        })
    }
}

impl WriteTx<'_> {
    /// Signs a record of `partnership` with what `choice` includes, and the owner's statement
    /// in the signature. Every included id must be a candidate of the draft (nothing private
    /// can be, so nothing private can be signed); the owner's name must be set (the record
    /// names its issuer). The journal's key pair is made here on first use.
    pub fn sign_record(
        &self,
        partnership: PartnershipId,
        choice: &RecordChoice,
    ) -> Result<SignedRecord> {
        check_statement(&choice.statement)?;
        let draft = self.record_draft(partnership, choice.period)?;
        for id in &choice.include {
            if !draft.candidates.iter().any(|c| c.id == *id) {
                return Err(Error::invalid(
                    "include",
                    Problem::Other("problem-not-a-candidate"),
                ));
            }
        }
        validate::required_line("my_name", &draft.my_name)?;
        let chosen: Vec<&Candidate> = draft
            .candidates
            .iter()
            .filter(|c| choice.include.contains(&c.id))
            .collect();
        let key = self.signing_key()?;
        let id: Uuid = self.new_id();
        let achievement: Uuid = self.new_id();
        let document = credential(
            &draft,
            &chosen,
            id,
            achievement,
            &did_key(&key.verifying_key()),
            self.now(),
        );
        let signature = proof::make_proof(&document, &key, self.now(), &choice.statement);
        let mut record = document;
        record.insert("proof".into(), Value::Array(vec![signature]));
        let signed = SignedRecord {
            id: format!("urn:uuid:{id}"),
            json: to_json(record),
        };
        self.keep_record(partnership, &signed)?;
        Ok(signed)
    }

    /// Countersigns the record `record` (JSON) a partner of `partnership` signed: every
    /// signature on it must be valid, one by its issuer, and the issuer's key must be the one
    /// the owner confirmed for this partnership; the owner's `statement` goes in their own
    /// signature, beside the first. A record the owner signed already is refused.
    pub fn countersign_record(
        &self,
        partnership: PartnershipId,
        record: &str,
        statement: &str,
    ) -> Result<SignedRecord> {
        check_statement(statement)?;
        self.require_live("partnership", partnership)?;
        let record = parse_record(record)?;
        let verification = self.verify_parsed(&record)?;
        if !verification.all_valid() {
            return Err(refused("problem-signature-broken-not-countersigned"));
        }
        if verification.proofs.iter().any(|p| p.signer == Signer::Me) {
            return Err(refused("problem-signed-already"));
        }
        // Checked against this partnership's confirmations (the report names only the first
        // partnership a key was confirmed for).
        let confirmed = self.partner_keys(partnership)?;
        let by_confirmed_partner = verification.proofs.iter().any(|p| {
            p.role == Role::Issuer
                && p.key
                    .as_ref()
                    .is_some_and(|k| confirmed.iter().any(|c| c.fingerprint == k.fingerprint))
        });
        if !by_confirmed_partner {
            return Err(refused("problem-signer-not-confirmed"));
        }
        let key = self.signing_key()?;
        let (document, mut proofs) = proof::split(&record);
        proofs.push(proof::make_proof(&document, &key, self.now(), statement));
        let mut signed = document;
        signed.insert("proof".into(), Value::Array(proofs));
        let signed = SignedRecord {
            id: verification.id,
            json: to_json(signed),
        };
        self.keep_record(partnership, &signed)?;
        Ok(signed)
    }

    /// Confirms, as the partner's in `partnership`, the key that validly signed the record
    /// `record` (JSON) and is not the owner's own: the owner compared its fingerprint with the
    /// one their partner read out. A record with no such signature, or with several, is
    /// refused (confirm by fingerprint then).
    pub fn confirm_key_from_record(
        &self,
        partnership: PartnershipId,
        record: &str,
        today: NaiveDate,
    ) -> Result<PartnerKey> {
        let record = parse_record(record)?;
        let verification = self.verify_parsed(&record)?;
        let mut others: Vec<&KeyInfo> = Vec::new();
        for proof in &verification.proofs {
            if let (true, Some(key)) = (proof.valid && proof.signer != Signer::Me, &proof.key)
                && !others.contains(&key)
            {
                others.push(key);
            }
        }
        match others.as_slice() {
            [key] => self.confirm_partner_key(partnership, &key.did, today),
            [] => Err(refused("problem-no-partner-signature")),
            _ => Err(refused("problem-several-signers")),
        }
    }
}
