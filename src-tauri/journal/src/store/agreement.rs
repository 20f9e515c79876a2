//! The agreement as versions: the partnership holds the working draft; "adopt this version"
//! copies it into an [`AgreementVersion`] that never changes afterwards. The partner's adopted
//! versions arrive through their pack. A version of mine and one of theirs with the same text
//! and revisit date mean the pair agreed to it both; a different one of theirs stays theirs,
//! shown beside mine and never merged into my draft unless I adopt it.

use super::{Entity, Link, link_field, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_date, get_opt_date};
use crate::error::{Error, Problem, Result};
use crate::history::{DiffPart, compare};
use crate::language::tr;
use crate::model::{
    AgreementVersion, AgreementVersionFields, AgreementVersionId, Partnership, PartnershipId, Party,
};
use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

impl Entity for AgreementVersionFields {
    const LINKS: &'static [Link<Self>] =
        &[link_field!(required partnership_id -> Partnership, Live, fixed)];
    const LABEL: &'static str = "'Agreement adopted on ' || adopted_on";
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "text",
        "revisit_on",
        "adopted_on",
        "adopted_by",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.text.clone().into_sql(),
            self.revisit_on.into_sql(),
            self.adopted_on.into_sql(),
            self.adopted_by.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            text: row.get(i + 1)?,
            revisit_on: get_opt_date(row, i + 2)?,
            adopted_on: get_date(row, i + 3)?,
            adopted_by: row.get(i + 4)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, previous: Option<&Self>) -> Result<()> {
        validate::required("text", &self.text)?;
        // What both agreed to stays as it was: a change is a new version.
        if let Some(previous) = previous {
            validate::unchanged("text", &self.text, Some(&previous.text))?;
            validate::unchanged("revisit_on", &self.revisit_on, Some(&previous.revisit_on))?;
            validate::unchanged("adopted_on", &self.adopted_on, Some(&previous.adopted_on))?;
            validate::unchanged("adopted_by", &self.adopted_by, Some(&previous.adopted_by))?;
        }
        Ok(())
    }
}

/// A section reverse-mentoring guides recommend an agreement to have. Offered as a checklist
/// while drafting; none is required.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum AgreementSection {
    /// What the pair wants out of the partnership, each way.
    Goals,
    /// How the two work together.
    GroundRules,
    /// What stays between them.
    Confidentiality,
    /// Topics off limits, and how to say no.
    Boundaries,
    /// How often and how long they meet.
    Rhythm,
    /// How feedback is given.
    Feedback,
    /// How long the partnership runs and how it ends.
    Timeframe,
}

impl AgreementSection {
    /// Every section, in the order a draft usually takes them.
    pub const ALL: [Self; 7] = [
        Self::Goals,
        Self::GroundRules,
        Self::Confidentiality,
        Self::Boundaries,
        Self::Rhythm,
        Self::Feedback,
        Self::Timeframe,
    ];

    /// The heading a draft gets when the section is added, in the app's language.
    pub fn heading(self) -> String {
        tr(
            match self {
                Self::Goals => "agreement-section-goals",
                Self::GroundRules => "agreement-section-ground-rules",
                Self::Confidentiality => "agreement-section-confidentiality",
                Self::Boundaries => "agreement-section-boundaries",
                Self::Rhythm => "agreement-section-rhythm",
                Self::Feedback => "agreement-section-feedback",
                Self::Timeframe => "agreement-section-timeframe",
            },
            &[],
        )
    }

    /// Words that, in a heading, show the draft already has the section (lower case), in
    /// every language Twoway speaks: a draft may have been started in another one.
    fn heading_words(self) -> &'static [&'static str] {
        match self {
            Self::Goals => &[
                "goal",
                "aim",
                "objective",
                "what we want",
                "purpose",
                "why we",
                "ziel",
                "zweck",
                "warum wir",
            ],
            Self::GroundRules => &[
                "ground rule",
                "rules",
                "how we work",
                "working together",
                "grundregel",
                "regeln",
                "zusammenarbeit",
                "wie wir arbeiten",
            ],
            Self::Confidentiality => &[
                "confidential",
                "privacy",
                "between us",
                "vertraulich",
                "unter uns",
            ],
            Self::Boundaries => &[
                "boundar",
                "off limits",
                "off-limits",
                "limits",
                "grenze",
                "tabu",
            ],
            Self::Rhythm => &[
                "rhythm",
                "how often",
                "meet",
                "schedule",
                "sessions",
                "cadence",
                "rhythmus",
                "wie oft",
                "treffen",
            ],
            Self::Feedback => &["feedback", "rückmeldung"],
            Self::Timeframe => &[
                "timeframe",
                "time frame",
                "duration",
                "how we end",
                "ending",
                "closing",
                "zeitraum",
                "dauer",
                "abschluss",
                "wie wir enden",
            ],
        }
    }

    /// Whether `text` (Markdown) has a heading for this section.
    pub fn covered_by(self, text: &str) -> bool {
        text.lines()
            .filter_map(|line| line.trim_start().strip_prefix('#'))
            .map(|heading| heading.trim_start_matches('#').trim().to_lowercase())
            .any(|heading| {
                self.heading_words()
                    .iter()
                    .any(|word| heading.contains(word))
            })
    }
}

/// One line of the drafting checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SectionCheck {
    /// The section.
    pub section: AgreementSection,
    /// Its heading, as "add this section" writes it.
    pub heading: String,
    /// The draft has a heading for it.
    pub covered: bool,
}

/// An adopted version, with how it stands against the other side's and the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AdoptedVersion {
    /// The version.
    pub version: AgreementVersion,
    /// Its number among the versions its side adopted, from 1 for the oldest.
    pub number: u32,
    /// The other side adopted the same text and revisit date.
    pub agreed_by_both: bool,
    /// It holds what the working draft holds now.
    pub matches_draft: bool,
}

/// Where a partnership's agreement stands, for the summary and the home view's card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementStatus {
    /// The day the owner adopted the version in force (their newest); `None`: never adopted.
    pub adopted_on: Option<NaiveDate>,
    /// The partner adopted the same version.
    pub agreed_by_both: bool,
    /// The draft holds changes not adopted yet.
    pub draft_changed: bool,
    /// The partner's newest version is not the one in force.
    pub partner_adopted_other: bool,
    /// When to revisit it: the version in force says, or the draft before any is adopted.
    pub revisit_on: Option<NaiveDate>,
    /// That day has come.
    pub revisit_due: bool,
}

/// A partnership's agreement: the working draft, every adopted version of both sides, where it
/// stands, and the drafting checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Agreement {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The versions the owner adopted, newest first.
    pub mine: Vec<AdoptedVersion>,
    /// The versions the partner adopted (from their pack), newest first.
    pub theirs: Vec<AdoptedVersion>,
    /// Where it stands.
    pub status: AgreementStatus,
    /// The recommended sections, and which the draft has.
    pub sections: Vec<SectionCheck>,
}

/// Two texts of an agreement compared: the words that changed, and the revisit dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementComparison {
    /// From the first text to the second, word by word.
    pub parts: Vec<DiffPart>,
    /// The first text's revisit date.
    pub revisit_from: Option<NaiveDate>,
    /// The second text's revisit date.
    pub revisit_to: Option<NaiveDate>,
}

/// Whether two versions hold the same terms: text and revisit date. Line endings and the
/// white space around the whole text do not count: a copy through another system may change
/// them.
pub(crate) fn same_terms(a: &AgreementVersionFields, b: &AgreementVersionFields) -> bool {
    same((&a.text, a.revisit_on), (&b.text, b.revisit_on))
}

fn same(
    (text_a, revisit_a): (&str, Option<NaiveDate>),
    (text_b, revisit_b): (&str, Option<NaiveDate>),
) -> bool {
    let normal = |text: &str| text.replace("\r\n", "\n").trim().to_owned();
    revisit_a == revisit_b && normal(text_a) == normal(text_b)
}

fn terms(version: &AgreementVersion) -> (&str, Option<NaiveDate>) {
    (&version.fields.text, version.fields.revisit_on)
}

fn draft_terms(partnership: &Partnership) -> (&str, Option<NaiveDate>) {
    (
        &partnership.fields.agreement,
        partnership.fields.agreement_revisit_on,
    )
}

/// Whether `version` holds what `partnership`'s working draft holds now.
pub(crate) fn holds_draft(version: &AgreementVersion, partnership: &Partnership) -> bool {
    same(terms(version), draft_terms(partnership))
}

/// The version of `partnership`'s agreement in force among `versions`: the owner's newest
/// out of the trash.
pub(crate) fn in_force<'a>(
    partnership: PartnershipId,
    versions: impl IntoIterator<Item = &'a AgreementVersion>,
) -> Option<&'a AgreementVersion> {
    versions
        .into_iter()
        .filter(|v| {
            v.fields.partnership_id == partnership
                && v.fields.adopted_by == Party::Me
                && !v.is_trashed()
        })
        .max_by_key(|v| (v.fields.adopted_on, v.created_at, v.id))
}

/// The day `partnership`'s agreement is to be revisited, given the version in force: that
/// version says, or the draft before any version is adopted.
pub(crate) fn revisit_on(
    partnership: &Partnership,
    in_force: Option<&AgreementVersion>,
) -> Option<NaiveDate> {
    match in_force {
        Some(version) => version.fields.revisit_on,
        None => partnership.fields.agreement_revisit_on,
    }
}

impl ReadTx<'_> {
    /// The adopted versions of a partnership's agreement, both sides, newest first.
    pub fn agreement_versions(&self, partnership: PartnershipId) -> Result<Vec<AgreementVersion>> {
        self.list_where(
            "partnership_id = ?1",
            [partnership],
            "adopted_on DESC, created_at DESC, seq DESC",
        )
    }

    /// A partnership's agreement as of `today` (the user's local date).
    pub fn agreement(&self, partnership: PartnershipId, today: NaiveDate) -> Result<Agreement> {
        let p = self.get(partnership)?;
        let versions = self.agreement_versions(partnership)?;
        let (mine, theirs) = by_side(&versions);
        let view =
            |own: &[&AgreementVersion], other: &[&AgreementVersion]| -> Vec<AdoptedVersion> {
                own.iter()
                    .enumerate()
                    .map(|(i, v)| AdoptedVersion {
                        version: (*v).clone(),
                        number: u32::try_from(own.len() - i).unwrap_or(u32::MAX),
                        agreed_by_both: other.iter().any(|o| same(terms(v), terms(o))),
                        matches_draft: holds_draft(v, &p),
                    })
                    .collect()
            };
        Ok(Agreement {
            partnership_id: partnership,
            mine: view(&mine, &theirs),
            theirs: view(&theirs, &mine),
            status: status(&p, &mine, &theirs, today),
            sections: AgreementSection::ALL
                .iter()
                .map(|&section| SectionCheck {
                    section,
                    heading: section.heading(),
                    covered: section.covered_by(&p.fields.agreement),
                })
                .collect(),
        })
    }

    /// Where `partnership`'s agreement stands as of `today`.
    pub fn agreement_status(
        &self,
        partnership: &Partnership,
        today: NaiveDate,
    ) -> Result<AgreementStatus> {
        let versions = self.agreement_versions(partnership.id)?;
        let (mine, theirs) = by_side(&versions);
        Ok(status(partnership, &mine, &theirs, today))
    }

    /// The day `partnership`'s agreement is to be revisited (see [`revisit_on`]).
    pub fn agreement_revisit_on(&self, partnership: &Partnership) -> Result<Option<NaiveDate>> {
        let versions = self.agreement_versions(partnership.id)?;
        Ok(revisit_on(partnership, in_force(partnership.id, &versions)))
    }

    /// The differences from one text of a partnership's agreement to another; `None` names
    /// the working draft.
    pub fn compare_agreement(
        &self,
        partnership: PartnershipId,
        from: Option<AgreementVersionId>,
        to: Option<AgreementVersionId>,
    ) -> Result<AgreementComparison> {
        let p = self.get(partnership)?;
        let text_of = |version: Option<AgreementVersionId>| -> Result<(String, Option<NaiveDate>)> {
            match version {
                None => Ok((p.fields.agreement.clone(), p.fields.agreement_revisit_on)),
                Some(id) => {
                    let v = self.get(id)?;
                    if v.fields.partnership_id != partnership {
                        return Err(Error::invalid(
                            "version",
                            Problem::Other("problem-other-partnership-agreement"),
                        ));
                    }
                    Ok((v.fields.text, v.fields.revisit_on))
                }
            }
        };
        let (old, revisit_from) = text_of(from)?;
        let (new, revisit_to) = text_of(to)?;
        Ok(AgreementComparison {
            parts: compare(&old, &new),
            revisit_from,
            revisit_to,
        })
    }
}

/// `versions` split into the owner's and the partner's, each in the order given.
fn by_side(versions: &[AgreementVersion]) -> (Vec<&AgreementVersion>, Vec<&AgreementVersion>) {
    versions
        .iter()
        .partition(|v| v.fields.adopted_by == Party::Me)
}

fn status(
    p: &Partnership,
    mine: &[&AgreementVersion],
    theirs: &[&AgreementVersion],
    today: NaiveDate,
) -> AgreementStatus {
    let in_force = in_force(p.id, mine.iter().copied());
    let revisit_on = revisit_on(p, in_force);
    AgreementStatus {
        adopted_on: in_force.map(|v| v.fields.adopted_on),
        agreed_by_both: in_force.is_some_and(|v| theirs.iter().any(|o| same(terms(v), terms(o)))),
        draft_changed: match in_force {
            Some(v) => !holds_draft(v, p),
            None => !p.fields.agreement.trim().is_empty(),
        },
        partner_adopted_other: theirs
            .first()
            .is_some_and(|o| in_force.is_none_or(|v| !same(terms(v), terms(o)))),
        revisit_on,
        revisit_due: revisit_on.is_some_and(|day| day <= today),
    }
}

impl WriteTx<'_> {
    /// Adopts the working draft of `partnership`'s agreement as it stands, on `today`.
    /// Refused for an empty draft, and for a draft the owner's newest version already holds.
    pub fn adopt_agreement(
        &self,
        partnership: PartnershipId,
        today: NaiveDate,
    ) -> Result<AgreementVersion> {
        let p = self.get(partnership)?;
        if p.fields.agreement.trim().is_empty() {
            return Err(Error::invalid(
                "agreement",
                Problem::Other("problem-agreement-empty"),
            ));
        }
        let versions = self.agreement_versions(partnership)?;
        if in_force(partnership, &versions).is_some_and(|v| holds_draft(v, &p)) {
            return Err(Error::invalid(
                "agreement",
                Problem::Other("problem-agreement-adopted-already"),
            ));
        }
        self.create(AgreementVersionFields {
            partnership_id: partnership,
            text: p.fields.agreement,
            revisit_on: p.fields.agreement_revisit_on,
            adopted_on: today,
            adopted_by: Party::Me,
        })
    }

    /// Adopts a version the partner adopted: it becomes the working draft (the draft it
    /// replaces stays in the draft's history) and the owner's version of `today`, so both
    /// agreed to it.
    pub fn adopt_partner_agreement(
        &self,
        version: AgreementVersionId,
        today: NaiveDate,
    ) -> Result<AgreementVersion> {
        let theirs = self.get(version)?;
        if theirs.fields.adopted_by != Party::Partner {
            return Err(Error::invalid(
                "version",
                Problem::Other("problem-not-partner-version"),
            ));
        }
        let mut p = self.get(theirs.fields.partnership_id)?;
        p.fields.agreement = theirs.fields.text;
        p.fields.agreement_revisit_on = theirs.fields.revisit_on;
        self.update(p.id, p.fields)?;
        self.adopt_agreement(p.id, today)
    }
}
