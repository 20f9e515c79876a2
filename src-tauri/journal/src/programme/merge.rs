//! Many pairs' reports combined into the programme's numbers, with no group small enough to
//! single anybody out.
//!
//! The rule: every published figure covers at least [`MIN_GROUP`] pairs, or none. A breakdown
//! (by side, status, rhythm or skill category) leaves out each group of fewer pairs; and since
//! the totals minus the groups shown would give the groups left out, when those add up to
//! fewer than [`MIN_GROUP`] pairs the next smallest group is left out too, until they add up to
//! enough or to nothing. Distribution bins follow the same rule (a bin left out has no count).
//! With fewer than [`MIN_GROUP`] pairs in all, only the number of pairs and reports is given.
//!
//! A "pair" is one partnership in one report: a pair whose two partners both report counts
//! twice, since reports carry no name that could match them.

use super::{
    AgreementState, GoalNumbers, PairNumbers, PerDirection, ProgrammeCategory, ProgrammeReport,
    ProgrammeSide, SkillNumbers, mean, rounded,
};
use crate::model::PartnershipStatus;
use serde::{Deserialize, Serialize};

/// The fewest pairs any published figure may cover.
pub const MIN_GROUP: u32 = 5;

/// The `format` of the combined numbers.
pub const NUMBERS_FORMAT: &str = "twoway-programme-numbers";

/// The layout version of [`ProgrammeNumbers`] (`schema/programme-numbers-v1.schema.json`).
pub const NUMBERS_VERSION: u32 = 1;

/// The programme's numbers: what the dashboard draws and the JSON and CSV files hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeNumbers {
    /// Always [`NUMBERS_FORMAT`].
    pub format: String,
    /// Always [`NUMBERS_VERSION`].
    pub version: u32,
    /// The fewest pairs a figure covers ([`MIN_GROUP`]).
    pub min_group: u32,
    /// Reports combined.
    pub reports: u32,
    /// Pairs in them.
    pub pairs: u32,
    /// The newest report's day, if any.
    pub latest_report_on: Option<chrono::NaiveDate>,
    /// Every pair together; none with fewer than [`MIN_GROUP`] pairs.
    pub totals: Option<GroupNumbers>,
    /// The pairs grouped by side, status and rhythm.
    pub breakdowns: Vec<Breakdown>,
    /// Skills per programme category.
    pub categories: CategoryBreakdown,
    /// How many pairs fall in each band of a measure.
    pub distributions: Vec<Distribution>,
}

/// One way of grouping the pairs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    /// `side`, `status` or `rhythm`.
    pub dimension: String,
    /// What it groups by, as a person reads it.
    pub title: String,
    /// The groups shown, each of [`MIN_GROUP`] pairs or more.
    pub groups: Vec<GroupNumbers>,
    /// Pairs in groups left out.
    pub pairs_left_out: u32,
}

/// The figures of a group of pairs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupNumbers {
    /// The group's name from a fixed vocabulary (`all` for the totals).
    pub group: String,
    /// Its label.
    pub label: String,
    /// Pairs in it.
    pub pairs: u32,
    /// Sessions held.
    pub sessions_held: u32,
    /// Sessions the rhythms asked for, over the pairs with a rhythm.
    pub sessions_expected: u32,
    /// Sessions held by the pairs with a rhythm, as a percentage of what it asked for.
    pub rhythm_kept_percent: Option<f64>,
    /// Hours held.
    pub hours_held: f64,
    /// Mean months active.
    pub months_active_mean: f64,
    /// Goals set and achieved per direction (the reporter's).
    pub goals: PerDirection<GoalNumbers>,
    /// Mean of the pairs' skill growth per direction.
    pub growth: PerDirection<SkillNumbers>,
    /// Feedback the reporters gave: entries, and the mean of the pairs' mean ratings.
    pub feedback_given: super::FeedbackNumbers,
    /// Feedback they received.
    pub feedback_received: super::FeedbackNumbers,
    /// Skills learned as a percentage of skills learned and taught: 50 is an even exchange.
    pub learn_share_percent: Option<f64>,
    /// Pairs that wrote an agreement down.
    pub with_agreement: u32,
    /// Pairs whose reporter adopted a version of it (alone or with the partner).
    pub with_adopted_agreement: u32,
}

/// Skills per programme category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryBreakdown {
    /// Categories with [`MIN_GROUP`] pairs or more.
    pub groups: Vec<CategoryGroup>,
    /// Categories left out for having fewer pairs.
    pub categories_left_out: u32,
}

/// One programme category over the pairs that count skills in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryGroup {
    /// The category.
    pub category: ProgrammeCategory,
    /// Its label.
    pub label: String,
    /// Pairs counting skills in it.
    pub pairs: u32,
    /// Skills and mean growth per direction.
    pub skills: PerDirection<SkillNumbers>,
}

/// How many pairs fall in each band of one measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    /// `rhythm_kept`, `months_active` or `growth_learn_self`.
    pub measure: String,
    /// What it measures, as a person reads it.
    pub title: String,
    /// The bands, lowest first.
    pub bins: Vec<Bin>,
    /// Pairs the measure has no value for (no rhythm, no skill rated twice); none when too
    /// few to show.
    pub pairs_without_value: Option<u32>,
}

/// One band of a distribution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    /// The band, as a person reads it.
    pub label: String,
    /// Pairs in it; none when too few to show (see the module's rule).
    pub pairs: Option<u32>,
}

/// One pair with its report's side.
struct Pair<'a> {
    side: Option<ProgrammeSide>,
    numbers: &'a PairNumbers,
}

fn rhythm_kept(pair: &PairNumbers) -> Option<f64> {
    pair.sessions_expected
        .filter(|expected| *expected > 0)
        .map(|expected| 100.0 * f64::from(pair.sessions_held) / f64::from(expected))
}

fn group_numbers(group: &str, label: &str, pairs: &[&Pair<'_>]) -> GroupNumbers {
    let all = || pairs.iter().map(|p| p.numbers);
    let with_rhythm = || all().filter(|p| p.sessions_expected.is_some_and(|e| e > 0));
    let held_with_rhythm: u32 = with_rhythm().map(|p| p.sessions_held).sum();
    let expected: u32 = with_rhythm().filter_map(|p| p.sessions_expected).sum();
    let sum_goals = |pick: fn(&PerDirection<GoalNumbers>) -> GoalNumbers| {
        all().fold(GoalNumbers::default(), |total, p| {
            let g = pick(&p.goals);
            GoalNumbers {
                set: total.set + g.set,
                achieved: total.achieved + g.achieved,
            }
        })
    };
    let growth = |pick: fn(&PerDirection<SkillNumbers>) -> SkillNumbers| {
        let values = |of: fn(SkillNumbers) -> Option<f64>| -> Vec<f64> {
            all().filter_map(|p| of(pick(&p.skills))).collect()
        };
        SkillNumbers {
            skills: all().map(|p| pick(&p.skills).skills).sum(),
            growth_self: mean(&values(|s| s.growth_self)),
            growth_partner: mean(&values(|s| s.growth_partner)),
        }
    };
    let feedback = |pick: fn(&PairNumbers) -> super::FeedbackNumbers| {
        let ratings: Vec<f64> = all().filter_map(|p| pick(p).average_rating).collect();
        super::FeedbackNumbers {
            count: all().map(|p| pick(p).count).sum(),
            average_rating: mean(&ratings),
        }
    };
    let learn: u32 = all().map(|p| p.skills.learn.skills).sum();
    let teach: u32 = all().map(|p| p.skills.teach.skills).sum();
    GroupNumbers {
        group: group.to_owned(),
        label: label.to_owned(),
        pairs: pairs.len() as u32,
        sessions_held: all().map(|p| p.sessions_held).sum(),
        sessions_expected: expected,
        rhythm_kept_percent: (expected > 0)
            .then(|| rounded(100.0 * f64::from(held_with_rhythm) / f64::from(expected), 1)),
        hours_held: rounded(all().map(|p| p.hours_held).sum(), 1),
        months_active_mean: mean(
            &all()
                .map(|p| f64::from(p.months_active))
                .collect::<Vec<_>>(),
        )
        .unwrap_or(0.0),
        goals: PerDirection {
            learn: sum_goals(|g| g.learn),
            teach: sum_goals(|g| g.teach),
        },
        growth: PerDirection {
            learn: growth(|s| s.learn),
            teach: growth(|s| s.teach),
        },
        feedback_given: feedback(|p| p.feedback_given),
        feedback_received: feedback(|p| p.feedback_received),
        learn_share_percent: (learn + teach > 0)
            .then(|| rounded(100.0 * f64::from(learn) / f64::from(learn + teach), 1)),
        with_agreement: all()
            .filter(|p| p.agreement != AgreementState::None)
            .count() as u32,
        with_adopted_agreement: all()
            .filter(|p| {
                matches!(
                    p.agreement,
                    AgreementState::Adopted | AgreementState::AgreedByBoth
                )
            })
            .count() as u32,
    }
}

/// Which of `sizes` may be shown: none under [`MIN_GROUP`], and the ones left out add up to
/// zero or at least [`MIN_GROUP`] (leaving out the next smallest until they do), so that no
/// group can be worked out as the total minus the rest.
fn shown(sizes: &[u32]) -> Vec<bool> {
    let mut show: Vec<bool> = sizes.iter().map(|n| *n == 0 || *n >= MIN_GROUP).collect();
    loop {
        let left_out: u32 = sizes
            .iter()
            .zip(&show)
            .filter(|(_, s)| !**s)
            .map(|(n, _)| n)
            .sum();
        if left_out == 0 || left_out >= MIN_GROUP {
            return show;
        }
        let next = sizes
            .iter()
            .enumerate()
            .filter(|(i, n)| show[*i] && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        match next {
            Some(i) => show[i] = false,
            None => return show,
        }
    }
}

/// Groups `pairs` by `key` into the given groups (in that order), keeping only those the
/// rule lets through.
fn breakdown(
    dimension: &str,
    title: &str,
    groups: &[(&str, &str)],
    pairs: &[Pair<'_>],
    key: impl Fn(&Pair<'_>) -> &'static str,
) -> Breakdown {
    let members: Vec<Vec<&Pair<'_>>> = groups
        .iter()
        .map(|(group, _)| pairs.iter().filter(|p| key(p) == *group).collect())
        .collect();
    let sizes: Vec<u32> = members.iter().map(|m| m.len() as u32).collect();
    let show = shown(&sizes);
    Breakdown {
        dimension: dimension.to_owned(),
        title: title.to_owned(),
        groups: groups
            .iter()
            .zip(&members)
            .zip(&show)
            .filter(|((_, m), s)| **s && !m.is_empty())
            .map(|(((group, label), m), _)| group_numbers(group, label, m))
            .collect(),
        pairs_left_out: sizes
            .iter()
            .zip(&show)
            .filter(|(_, s)| !**s)
            .map(|(n, _)| n)
            .sum(),
    }
}

/// Counts `values` into bands (`edges` are the lower bounds after the first band), keeping
/// only the counts the rule lets through.
fn distribution(
    measure: &str,
    title: &str,
    labels: &[&str],
    band: impl Fn(f64) -> usize,
    values: &[Option<f64>],
) -> Distribution {
    // The pairs without a value are one more group, so the rule covers their count too.
    let mut counts = vec![0u32; labels.len() + 1];
    for value in values {
        match value {
            Some(value) => counts[band(*value).min(labels.len() - 1)] += 1,
            None => counts[labels.len()] += 1,
        }
    }
    let show = shown(&counts);
    Distribution {
        measure: measure.to_owned(),
        title: title.to_owned(),
        bins: labels
            .iter()
            .zip(&counts)
            .zip(&show)
            .map(|((label, n), s)| Bin {
                label: (*label).to_owned(),
                pairs: s.then_some(*n),
            })
            .collect(),
        pairs_without_value: show[labels.len()].then_some(counts[labels.len()]),
    }
}

fn rhythm_group(pair: &Pair<'_>) -> &'static str {
    match pair.numbers.rhythm_days {
        None => "none",
        Some(0..=7) => "weekly",
        Some(8..=14) => "fortnightly",
        Some(15..=31) => "monthly",
        Some(_) => "less_often",
    }
}

/// Combines the reports. Any set of reports can be combined; a pair appears once per report
/// that holds it.
pub fn merge(reports: &[ProgrammeReport]) -> ProgrammeNumbers {
    let pairs: Vec<Pair<'_>> = reports
        .iter()
        .flat_map(|r| {
            r.pairs.iter().map(|numbers| Pair {
                side: r.side,
                numbers,
            })
        })
        .collect();
    let enough = pairs.len() as u32 >= MIN_GROUP;
    let everyone: Vec<&Pair<'_>> = pairs.iter().collect();

    let side_groups: Vec<(&str, &str)> = ProgrammeSide::ALL
        .iter()
        .map(|s| (s.as_str(), s.label()))
        .chain([("not_stated", "Side not stated")])
        .collect();
    let breakdowns = if enough {
        vec![
            breakdown(
                "side",
                "By the reporter's side",
                &side_groups,
                &pairs,
                |p| p.side.map_or("not_stated", ProgrammeSide::as_str),
            ),
            breakdown(
                "status",
                "By where the partnership stands",
                &[
                    ("active", "Active"),
                    ("paused", "Paused"),
                    ("completed", "Completed"),
                ],
                &pairs,
                |p| match p.numbers.status {
                    PartnershipStatus::Active => "active",
                    PartnershipStatus::Paused => "paused",
                    PartnershipStatus::Completed => "completed",
                },
            ),
            breakdown(
                "rhythm",
                "By the agreed rhythm",
                &[
                    ("weekly", "Weekly or more"),
                    ("fortnightly", "Every two weeks"),
                    ("monthly", "Monthly"),
                    ("less_often", "Less often"),
                    ("none", "No rhythm agreed"),
                ],
                &pairs,
                rhythm_group,
            ),
        ]
    } else {
        Vec::new()
    };

    let mut category_groups = Vec::new();
    let mut categories_left_out = 0;
    if enough {
        // A pair may count skills in several categories, so the groups overlap and no total
        // of them is published: each needs enough pairs of its own.
        for category in ProgrammeCategory::ALL.iter().copied() {
            let in_category: Vec<_> = pairs
                .iter()
                .filter_map(|p| p.numbers.categories.iter().find(|c| c.category == category))
                .collect();
            match in_category.len() as u32 {
                0 => {}
                n if n < MIN_GROUP => categories_left_out += 1,
                n => {
                    let sum = |pick: fn(&PerDirection<SkillNumbers>) -> SkillNumbers| {
                        let values = |of: fn(SkillNumbers) -> Option<f64>| -> Vec<f64> {
                            in_category
                                .iter()
                                .filter_map(|c| of(pick(&c.skills)))
                                .collect()
                        };
                        SkillNumbers {
                            skills: in_category.iter().map(|c| pick(&c.skills).skills).sum(),
                            growth_self: mean(&values(|s| s.growth_self)),
                            growth_partner: mean(&values(|s| s.growth_partner)),
                        }
                    };
                    category_groups.push(CategoryGroup {
                        category,
                        label: category.label().to_owned(),
                        pairs: n,
                        skills: PerDirection {
                            learn: sum(|s| s.learn),
                            teach: sum(|s| s.teach),
                        },
                    });
                }
            }
        }
    }

    let distributions = if enough {
        let values = |f: fn(&PairNumbers) -> Option<f64>| -> Vec<Option<f64>> {
            pairs.iter().map(|p| f(p.numbers)).collect()
        };
        vec![
            distribution(
                "rhythm_kept",
                "Sessions held against the agreed rhythm",
                &["< 50%", "50–74%", "75–99%", "≥ 100%"],
                |v| match v {
                    v if v < 50.0 => 0,
                    v if v < 75.0 => 1,
                    v if v < 100.0 => 2,
                    _ => 3,
                },
                &values(rhythm_kept),
            ),
            distribution(
                "months_active",
                "Months active",
                &["< 3", "3–5", "6–11", "≥ 12"],
                |v| match v {
                    v if v < 3.0 => 0,
                    v if v < 6.0 => 1,
                    v if v < 12.0 => 2,
                    _ => 3,
                },
                &values(|p| Some(f64::from(p.months_active))),
            ),
            distribution(
                "growth_learn_self",
                "Growth of what the reporter learns, self-rated (levels)",
                &["< 0", "0 to < 1", "1 to < 2", "≥ 2"],
                |v| match v {
                    v if v < 0.0 => 0,
                    v if v < 1.0 => 1,
                    v if v < 2.0 => 2,
                    _ => 3,
                },
                &values(|p| p.skills.learn.growth_self),
            ),
        ]
    } else {
        Vec::new()
    };

    ProgrammeNumbers {
        format: NUMBERS_FORMAT.to_owned(),
        version: NUMBERS_VERSION,
        min_group: MIN_GROUP,
        reports: reports.len() as u32,
        pairs: pairs.len() as u32,
        latest_report_on: reports.iter().map(|r| r.generated_on).max(),
        totals: enough.then(|| group_numbers("all", "Every pair", &everyone)),
        breakdowns,
        categories: CategoryBreakdown {
            groups: category_groups,
            categories_left_out,
        },
        distributions,
    }
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn small_groups_are_left_out_and_cannot_be_worked_out_from_the_rest() {
        assert_eq!(shown(&[10, 6, 0]), [true, true, true]);
        assert_eq!(shown(&[10, 2, 0]), [false, false, true]);
        assert_eq!(shown(&[10, 6, 2]), [true, false, false]);
        assert_eq!(shown(&[10, 3, 3]), [true, false, false]);
        assert_eq!(shown(&[2]), [false]);
        assert_eq!(shown(&[]), Vec::<bool>::new());
    }
}
