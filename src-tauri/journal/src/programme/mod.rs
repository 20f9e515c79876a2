//! What a pair hands to its mentoring programme: numbers only.
//!
//! A [`ProgrammeReport`] carries, per partnership, how the pair is doing in figures: sessions
//! held against the agreed rhythm, months active, goals set and achieved per direction, skill
//! growth per direction (self and partner ratings apart), feedback given and received, the
//! learn-versus-teach balance and whether the pair wrote an agreement. It carries no text of
//! any kind from the journal: the partner is a random pair code unless the owner agrees to
//! name them, and skills are counted under a programme category from a fixed list
//! ([`ProgrammeCategory`]) only when the owner maps their own category names to it; a skill
//! whose category is not mapped is counted in the totals, under no category.
//!
//! Counts include private records (a number says nothing of what a record says); records in
//! the trash are left out. Directions are the owner's: `learn` is what the owner learns from
//! the partner, `teach` what they teach. The owner may say which side of the pair they are
//! ([`ProgrammeSide`]) so the programme can tell the junior mentors' learning from the senior
//! leaders'.
//!
//! [`merge`] combines many reports (what a coordinator receives from every pair) into the
//! programme's numbers, leaving out any group of fewer than [`MIN_GROUP`] pairs, and
//! [`dashboard`] draws them.

pub mod dashboard;
pub mod merge;

use crate::db::{ReadTx, WriteTx};
use crate::error::{Error, Problem, Result};
use crate::model::{
    CadenceUnit, Direction, GoalStatus, Partnership, PartnershipId, PartnershipStatus, Party,
};
use crate::summary::{FeedbackTally, PartnershipSummary};
use chrono::{Datelike, NaiveDate};
use rand::Rng;
use serde::{Deserialize, Serialize};

pub use merge::{MIN_GROUP, ProgrammeNumbers, merge};

/// The `format` of every report, so a coordinator's tool can tell one from other JSON.
pub const REPORT_FORMAT: &str = "twoway-programme-report";

/// The layout version of [`ProgrammeReport`] (`schema/programme-report-v1.schema.json`).
pub const REPORT_VERSION: u32 = 1;

crate::model::define_enums! {
    /// Which side of a reverse-mentoring pair the owner is.
    ProgrammeSide {
        /// The junior employee, who mentors on digital tools, trends and inclusion.
        JuniorMentor = "junior_mentor",
        /// The senior leader, who shares business insight back.
        SeniorLeader = "senior_leader",
    }
    /// The fixed list of skill categories a programme report may name. The owner's own
    /// category names never leave; each may be mapped to one of these.
    ProgrammeCategory {
        /// Social media and online presence.
        SocialMedia = "social_media",
        /// Everyday digital and collaboration tools.
        DigitalTools = "digital_tools",
        /// Generative AI and automation.
        AiAutomation = "ai_automation",
        /// Data, analytics and reporting.
        Data = "data",
        /// Trends, culture and what a new generation expects.
        Trends = "trends",
        /// Diversity, equity and inclusion.
        Inclusion = "inclusion",
        /// Communication and presenting.
        Communication = "communication",
        /// Leadership and management.
        Leadership = "leadership",
        /// Strategy, finance and how the business works.
        Business = "business",
        /// Careers and networks.
        Career = "career",
    }
}

impl ProgrammeSide {
    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            ProgrammeSide::JuniorMentor => "Junior mentor",
            ProgrammeSide::SeniorLeader => "Senior leader",
        }
    }
}

impl ProgrammeCategory {
    /// The name a person reads, the same in every report.
    pub fn label(self) -> &'static str {
        match self {
            ProgrammeCategory::SocialMedia => "Social media",
            ProgrammeCategory::DigitalTools => "Digital tools",
            ProgrammeCategory::AiAutomation => "AI and automation",
            ProgrammeCategory::Data => "Data and analytics",
            ProgrammeCategory::Trends => "Trends and culture",
            ProgrammeCategory::Inclusion => "Inclusion",
            ProgrammeCategory::Communication => "Communication",
            ProgrammeCategory::Leadership => "Leadership",
            ProgrammeCategory::Business => "Business and strategy",
            ProgrammeCategory::Career => "Career",
        }
    }

    /// The programme category whose name matches `category` (ignoring case and spaces), as
    /// a proposal when the owner has not mapped it.
    pub fn matching(category: &str) -> Option<ProgrammeCategory> {
        let wanted = category.trim();
        ProgrammeCategory::ALL
            .iter()
            .copied()
            .find(|c| c.label().eq_ignore_ascii_case(wanted))
    }
}

/// What the owner chose to put in a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportOptions {
    /// Which side of the pair the owner is, if they say.
    pub side: Option<ProgrammeSide>,
    /// Partnerships whose partner is named; every other one is a pair code.
    pub named: Vec<PartnershipId>,
    /// The owner's skill categories (as typed on their skills) mapped to programme ones.
    pub categories: Vec<CategoryMapping>,
}

/// One of the owner's skill categories counted under a programme category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CategoryMapping {
    /// The category as the owner typed it on their skills (compared ignoring case).
    pub skill_category: String,
    /// What it counts as in the report.
    pub category: ProgrammeCategory,
}

/// What the owner chooses from when making a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportChoices {
    /// The owner's own skill categories.
    pub skill_categories: Vec<SkillCategoryChoice>,
    /// The programme's fixed list, in order.
    pub programme_categories: Vec<LabelledCategory>,
}

/// One of the owner's skill categories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillCategoryChoice {
    /// As typed on the skills.
    pub name: String,
    /// The programme category whose name it matches, proposed as its mapping.
    pub proposed: Option<ProgrammeCategory>,
}

/// A programme category and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LabelledCategory {
    /// The category.
    pub category: ProgrammeCategory,
    /// Its label.
    pub label: String,
}

/// The report a pair hands to its programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProgrammeReport {
    /// Always [`REPORT_FORMAT`].
    pub format: String,
    /// Always [`REPORT_VERSION`].
    pub version: u32,
    /// The day the figures were taken.
    pub generated_on: NaiveDate,
    /// Which side of the pair the reporter is, if they said.
    pub side: Option<ProgrammeSide>,
    /// One entry per partnership.
    pub pairs: Vec<PairNumbers>,
}

/// One partnership's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PairNumbers {
    /// A random code, the same in every report of this partnership, unless `partner` names
    /// the partner.
    pub pair_code: String,
    /// The partner's name, only when the owner agreed to name them.
    pub partner: Option<String>,
    /// Active, paused or completed.
    pub status: PartnershipStatus,
    /// Days between sessions the pair agreed, roughly (a month counts 30); none without a
    /// rhythm.
    pub rhythm_days: Option<u32>,
    /// Whole months from the start to today, or to the end of a completed partnership.
    pub months_active: u32,
    /// Sessions held.
    pub sessions_held: u32,
    /// Sessions the rhythm asked for by then; none without a rhythm.
    pub sessions_expected: Option<u32>,
    /// Hours of the held sessions, to a tenth.
    pub hours_held: f64,
    /// Goals set and achieved, per direction.
    pub goals: PerDirection<GoalNumbers>,
    /// Skills and their growth, per direction.
    pub skills: PerDirection<SkillNumbers>,
    /// Skills per programme category, for the categories the owner mapped.
    pub categories: Vec<CategoryNumbers>,
    /// Feedback the owner gave.
    pub feedback_given: FeedbackNumbers,
    /// Feedback the owner received.
    pub feedback_received: FeedbackNumbers,
    /// Whether the pair wrote down an agreement.
    pub agreement: AgreementState,
}

/// A figure for each way knowledge flows, seen from the reporter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PerDirection<T> {
    /// What the reporter learns.
    pub learn: T,
    /// What the reporter teaches.
    pub teach: T,
}

impl<T> PerDirection<T> {
    fn get_mut(&mut self, direction: Direction) -> &mut T {
        match direction {
            Direction::Learn => &mut self.learn,
            Direction::Teach => &mut self.teach,
        }
    }
}

/// Goals of one direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalNumbers {
    /// Goals set (dropped ones included).
    pub set: u32,
    /// Goals achieved.
    pub achieved: u32,
}

/// Skills of one direction and how they grew.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillNumbers {
    /// Skills worked on.
    pub skills: u32,
    /// Mean change from the first to the latest self-rating, over skills rated twice or more
    /// by their learner; none without such skills.
    pub growth_self: Option<f64>,
    /// The same from the partner's ratings.
    pub growth_partner: Option<f64>,
}

/// Skills of one programme category.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CategoryNumbers {
    /// The category.
    pub category: ProgrammeCategory,
    /// Its skills per direction.
    pub skills: PerDirection<SkillNumbers>,
}

/// Feedback of one way, counted and rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FeedbackNumbers {
    /// Entries.
    pub count: u32,
    /// Mean rating (1 to 5) of the rated ones, to a hundredth.
    pub average_rating: Option<f64>,
}

crate::model::define_enums! {
    /// Where a pair's agreement stands.
    AgreementState {
        /// Nothing written down.
        None = "none",
        /// The pair wrote ground rules down, and the owner adopted no version of them.
        Written = "written",
        /// The owner adopted the version in force; the partner adopted none that matches.
        Adopted = "adopted",
        /// Both adopted the version in force.
        AgreedByBoth = "agreed_by_both",
    }
}

/// Rounds to `places` decimals, so a report carries no more precision than it means.
fn rounded(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| rounded(values.iter().sum::<f64>() / values.len() as f64, 2))
}

impl From<FeedbackTally> for FeedbackNumbers {
    fn from(tally: FeedbackTally) -> Self {
        Self {
            count: tally.count,
            average_rating: tally.average_rating.map(|r| rounded(r, 2)),
        }
    }
}

/// The settings key of a partnership's pair code.
fn pair_code_key(id: PartnershipId) -> String {
    format!("programme_pair_code:{id}")
}

/// A new pair code: `PAIR-` and eight characters no one confuses (no 0/O, 1/I/L).
fn new_pair_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    let body: String = (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("PAIR-{}-{}", &body[..4], &body[4..])
}

/// Whole months from `from` to `to` (none when `to` is earlier).
fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let months = (to.year() - from.year()) * 12 + to.month() as i32
        - from.month() as i32
        - i32::from(to.day() < from.day());
    u32::try_from(months).unwrap_or(0)
}

fn rhythm_days(partnership: &Partnership) -> Option<u32> {
    let cadence = partnership.fields.cadence?;
    let unit = match cadence.unit {
        CadenceUnit::Day => 1,
        CadenceUnit::Week => 7,
        CadenceUnit::Month => 30,
    };
    Some(cadence.every.saturating_mul(unit))
}

impl ReadTx<'_> {
    /// What the owner chooses from when making a report: their own skill categories as
    /// typed, each once (first spelling wins, compared ignoring case, trash left out), each
    /// with the programme category proposed for it; and the programme's categories.
    pub fn report_choices(&self) -> Result<ReportChoices> {
        let mut skill_categories: Vec<SkillCategoryChoice> = Vec::new();
        for skill in self.skills(None)? {
            let name = skill.fields.category.trim();
            if !name.is_empty()
                && !skill_categories
                    .iter()
                    .any(|c| c.name.eq_ignore_ascii_case(name))
            {
                skill_categories.push(SkillCategoryChoice {
                    name: name.to_owned(),
                    proposed: ProgrammeCategory::matching(name),
                });
            }
        }
        skill_categories.sort_by_key(|c| c.name.to_lowercase());
        Ok(ReportChoices {
            skill_categories,
            programme_categories: ProgrammeCategory::ALL
                .iter()
                .map(|&category| LabelledCategory {
                    category,
                    label: category.label().to_owned(),
                })
                .collect(),
        })
    }

    fn pair_numbers(
        &self,
        summary: &PartnershipSummary,
        pair_code: String,
        options: &ReportOptions,
        today: NaiveDate,
    ) -> Result<PairNumbers> {
        let partnership = &summary.partnership;
        let id = partnership.id;
        let fields = &partnership.fields;

        let mut goals = PerDirection::<GoalNumbers>::default();
        for goal in self.goals(id)? {
            let numbers = goals.get_mut(goal.fields.direction);
            numbers.set += 1;
            numbers.achieved += u32::from(goal.fields.status == GoalStatus::Achieved);
        }

        // Growth is the learner's: what the owner learns is rated by the owner (self) and
        // the partner; what the owner teaches, the partner learns, and the owner's ratings of
        // it are the partner's "partner" view. Each rater is kept apart as the journal does.
        let mut growth: Vec<(Direction, Option<ProgrammeCategory>, Party, f64)> = Vec::new();
        let mut counts: Vec<(Direction, Option<ProgrammeCategory>)> = Vec::new();
        for skill in self.skills_growth(Some(id))? {
            let direction = skill.skill.fields.direction;
            let category = options
                .categories
                .iter()
                .find(|m| {
                    m.skill_category
                        .trim()
                        .eq_ignore_ascii_case(skill.skill.fields.category.trim())
                })
                .map(|m| m.category);
            counts.push((direction, category));
            for (rater, rated) in [
                (Party::Me, &skill.self_rated),
                (Party::Partner, &skill.partner_rated),
            ] {
                if let Some(g) = rated.as_ref().filter(|g| g.ratings >= 2) {
                    growth.push((direction, category, rater, f64::from(g.change)));
                }
            }
        }
        let skill_numbers = |direction: Direction, category: Option<Option<ProgrammeCategory>>| {
            let in_scope = |d: Direction, c: Option<ProgrammeCategory>| {
                d == direction && category.is_none_or(|wanted| wanted == c)
            };
            let changes = |rater: Party| -> Vec<f64> {
                growth
                    .iter()
                    .filter(|(d, c, r, _)| in_scope(*d, *c) && *r == rater)
                    .map(|(.., change)| *change)
                    .collect()
            };
            SkillNumbers {
                skills: counts.iter().filter(|(d, c)| in_scope(*d, *c)).count() as u32,
                growth_self: mean(&changes(Party::Me)),
                growth_partner: mean(&changes(Party::Partner)),
            }
        };
        let skills = PerDirection {
            learn: skill_numbers(Direction::Learn, None),
            teach: skill_numbers(Direction::Teach, None),
        };
        let mut mapped: Vec<ProgrammeCategory> = options
            .categories
            .iter()
            .map(|m| m.category)
            .filter(|c| counts.iter().any(|(_, mapped)| *mapped == Some(*c)))
            .collect();
        mapped.sort();
        mapped.dedup();
        let categories = mapped
            .into_iter()
            .map(|category| CategoryNumbers {
                category,
                skills: PerDirection {
                    learn: skill_numbers(Direction::Learn, Some(Some(category))),
                    teach: skill_numbers(Direction::Teach, Some(Some(category))),
                },
            })
            .collect();

        let minutes_held: u64 = self
            .sessions(id)?
            .iter()
            .filter(|s| {
                s.fields.status == crate::model::SessionStatus::Held
                    && s.fields.starts_at.date_naive() <= today
            })
            .map(|s| u64::from(s.fields.duration_minutes))
            .sum();
        let active_until = match fields.status {
            PartnershipStatus::Completed => fields
                .ends_on
                .or(summary.last_held_on)
                .unwrap_or(today)
                .min(today),
            _ => today,
        };

        Ok(PairNumbers {
            partner: options
                .named
                .contains(&id)
                .then(|| fields.partner_name.clone()),
            pair_code,
            status: fields.status,
            rhythm_days: rhythm_days(partnership),
            months_active: whole_months(fields.started_on, active_until),
            sessions_held: summary.cadence.held_since_start,
            sessions_expected: summary.cadence.expected_since_start,
            hours_held: rounded(minutes_held as f64 / 60.0, 1),
            goals,
            skills,
            categories,
            feedback_given: summary.feedback_given.into(),
            feedback_received: summary.feedback_received.into(),
            agreement: match summary.agreement {
                status if status.agreed_by_both => AgreementState::AgreedByBoth,
                status if status.adopted_on.is_some() => AgreementState::Adopted,
                _ if fields.agreement.trim().is_empty() => AgreementState::None,
                _ => AgreementState::Written,
            },
        })
    }
}

impl WriteTx<'_> {
    /// The programme report of every partnership out of the trash, as of `today` (the
    /// owner's local day). A partnership reported for the first time gets its pair code,
    /// kept so every later report of it carries the same one.
    pub fn programme_report(
        &self,
        options: &ReportOptions,
        today: NaiveDate,
    ) -> Result<ProgrammeReport> {
        for mapping in &options.categories {
            if mapping.skill_category.trim().is_empty() {
                return Err(Error::invalid("categories", Problem::Empty));
            }
        }
        let mut pairs = Vec::new();
        for summary in self.partnership_summaries(today)? {
            let key = pair_code_key(summary.partnership.id);
            let pair_code = match self.setting(&key)? {
                Some(code) => code,
                None => {
                    let code = new_pair_code();
                    self.put_setting(&key, &code)?;
                    code
                }
            };
            pairs.push(self.pair_numbers(&summary, pair_code, options, today)?);
        }
        Ok(ProgrammeReport {
            format: REPORT_FORMAT.to_owned(),
            version: REPORT_VERSION,
            generated_on: today,
            side: options.side,
            pairs,
        })
    }

    /// The report as [`WriteTx::programme_report`] makes it, with the partnership each pair
    /// entry comes from, for the owner to see which code is whom before saving.
    pub fn programme_report_preview(
        &self,
        options: &ReportOptions,
        today: NaiveDate,
    ) -> Result<ReportPreview> {
        let report = self.programme_report(options, today)?;
        let partnerships = self
            .partnerships()?
            .into_iter()
            .map(|p| ReportedPartnership {
                id: p.id,
                partner_name: p.fields.partner_name,
            })
            .collect();
        Ok(ReportPreview {
            report,
            partnerships,
        })
    }
}

/// A report with the partnership of each of its pairs, shown only on this computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportPreview {
    /// The report, exactly as it would be saved.
    pub report: ProgrammeReport,
    /// The partnership of each pair, in the report's order.
    pub partnerships: Vec<ReportedPartnership>,
}

/// Which partnership a pair entry is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportedPartnership {
    /// The partnership.
    pub id: PartnershipId,
    /// Its partner, as the owner calls them.
    pub partner_name: String,
}

impl ProgrammeReport {
    /// The report as the JSON file a pair hands over.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// Reads the report file at `path`.
    pub fn read_file(path: &std::path::Path) -> Result<ProgrammeReport> {
        let text = crate::files::read_text(path)?;
        ProgrammeReport::from_json(&text).map_err(|e| match e {
            Error::NotAReport { detail } => Error::NotAReport {
                detail: crate::language::tr(
                    "error-report-in-file",
                    &[
                        ("path", (&path.display().to_string()).into()),
                        ("detail", (&detail).into()),
                    ],
                ),
            },
            other => other,
        })
    }

    /// Reads a report, naming the text's problem (never its content) when it is not one.
    pub fn from_json(text: &str) -> Result<ProgrammeReport> {
        // The format and version first, so a newer report is named as such rather than as
        // a shape this build does not know.
        #[derive(Deserialize)]
        struct Header {
            format: Option<serde_json::Value>,
            version: Option<serde_json::Value>,
        }
        let not_a_report = |detail: String| Error::NotAReport { detail };
        let at = |e: serde_json::Error| {
            crate::language::tr(
                "error-report-at",
                &[("line", e.line().into()), ("column", e.column().into())],
            )
        };
        let header: Header = serde_json::from_str(text).map_err(|e| not_a_report(at(e)))?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(REPORT_FORMAT) {
            return Err(not_a_report(crate::language::tr(
                "error-report-no-format",
                &[("format", REPORT_FORMAT.into())],
            )));
        }
        match header.version.as_ref().and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(REPORT_VERSION) => {}
            Some(v) => {
                return Err(not_a_report(crate::language::tr(
                    "error-report-version",
                    &[
                        ("found", (&v.to_string()).into()),
                        ("supported", (&REPORT_VERSION.to_string()).into()),
                    ],
                )));
            }
            None => {
                return Err(not_a_report(crate::language::tr(
                    "error-report-no-version",
                    &[],
                )));
            }
        }
        let report: ProgrammeReport =
            serde_json::from_str(text).map_err(|e| not_a_report(at(e)))?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_months_counts_only_completed_months() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(whole_months(d(2026, 1, 15), d(2026, 1, 31)), 0);
        assert_eq!(whole_months(d(2026, 1, 15), d(2026, 2, 14)), 0);
        assert_eq!(whole_months(d(2026, 1, 15), d(2026, 2, 15)), 1);
        assert_eq!(whole_months(d(2025, 11, 30), d(2026, 12, 1)), 12);
        assert_eq!(whole_months(d(2026, 3, 1), d(2026, 2, 1)), 0);
    }

    #[test]
    fn pair_codes_use_the_unambiguous_alphabet() {
        for _ in 0..50 {
            let code = new_pair_code();
            assert_eq!(code.len(), 14, "{code}");
            assert!(code.starts_with("PAIR-"));
            assert!(!code[5..].contains(['0', 'O', '1', 'I', 'L']), "{code}");
        }
    }

    #[test]
    fn programme_categories_match_their_labels_ignoring_case() {
        assert_eq!(
            ProgrammeCategory::matching(" social MEDIA "),
            Some(ProgrammeCategory::SocialMedia)
        );
        assert_eq!(ProgrammeCategory::matching("Finance"), None);
    }
}
