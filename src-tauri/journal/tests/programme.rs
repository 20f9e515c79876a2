//! The programme report: numbers only, right, stable and described by its schema; merged
//! reports never publish a group small enough to single anybody out; and no text from the
//! journal, private or shared, reaches a report, the combined numbers or the dashboard.

mod common;

use common::*;
use proptest::prelude::*;
use serde_json::Value;
use twoway_journal::model::*;
use twoway_journal::programme::dashboard::{ChartLibrary, dashboard_html, numbers_csv};
use twoway_journal::programme::*;
use twoway_journal::sample::fill_demo;

const REPORT_SCHEMA: &str = include_str!("../schema/programme-report-v1.schema.json");
const NUMBERS_SCHEMA: &str = include_str!("../schema/programme-numbers-v1.schema.json");

fn validator(schema: &str) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&serde_json::from_str(schema).expect("the schema is JSON"))
        .expect("the schema compiles")
}

fn assert_valid(schema: &str, value: &Value, what: &str) {
    let errors: Vec<String> = validator(schema)
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} breaks its schema:\n{}",
        errors.join("\n")
    );
}

fn today() -> chrono::NaiveDate {
    date("2026-12-03")
}

fn report(t: &mut TestJournal, options: &ReportOptions) -> ProgrammeReport {
    t.journal
        .write(|tx| tx.programme_report(options, today()))
        .unwrap()
}

#[test]
fn the_demo_journal_reports_every_partnership_by_code_and_validates() {
    let mut t = TestJournal::new();
    fill_demo(&mut t.journal, today()).unwrap();
    let partnerships = t.journal.read(|tx| tx.partnerships()).unwrap();
    let first = report(&mut t, &ReportOptions::default());
    assert_eq!(first.pairs.len(), partnerships.len());
    assert_eq!(first.generated_on, today());
    let json: Value = serde_json::from_str(&first.to_json()).unwrap();
    assert_valid(REPORT_SCHEMA, &json, "the demo report");
    for (pair, p) in first.pairs.iter().zip(&partnerships) {
        assert_eq!(pair.partner, None);
        assert!(!first.to_json().contains(&p.fields.partner_name));
        assert!(pair.sessions_held > 0, "{pair:?}");
    }

    // The same codes every time; naming one partner names only that one.
    let named = ReportOptions {
        named: vec![partnerships[0].id],
        ..ReportOptions::default()
    };
    let second = report(&mut t, &named);
    let codes = |r: &ProgrammeReport| {
        r.pairs
            .iter()
            .map(|p| p.pair_code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&first), codes(&second));
    assert_eq!(
        second.pairs[0].partner.as_deref(),
        Some(partnerships[0].fields.partner_name.as_str())
    );
    assert!(second.pairs[1..].iter().all(|p| p.partner.is_none()));
    assert_eq!(
        ProgrammeReport::from_json(&second.to_json()).unwrap(),
        second
    );
}

#[test]
fn a_report_counts_goals_skills_growth_feedback_and_sessions_per_direction() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let id = p.id;
    for starts in ["2026-01-05T10:00:00+01:00", "2026-01-19T10:00:00+01:00"] {
        t.session_on(id, starts, SessionStatus::Held);
    }
    t.session_on(id, "2026-02-02T10:00:00+01:00", SessionStatus::Cancelled);
    t.journal
        .write(|tx| {
            let mut goal = goal_fields(id);
            goal.status = GoalStatus::Achieved;
            tx.create(goal.clone())?;
            goal.status = GoalStatus::Open;
            goal.visibility = Visibility::Private;
            tx.create(goal.clone())?;
            goal.direction = Direction::Teach;
            goal.status = GoalStatus::Achieved;
            tx.create(goal)?;

            let mut social = skill_fields(Some(id), Direction::Learn);
            social.category = "social media".into();
            let learned = tx.create(social)?;
            tx.create(rating_fields(learned.id, "2026-01-05", 1, Party::Me))?;
            tx.create(rating_fields(learned.id, "2026-03-05", 4, Party::Me))?;
            tx.create(rating_fields(learned.id, "2026-01-05", 2, Party::Partner))?;
            tx.create(rating_fields(learned.id, "2026-03-05", 3, Party::Partner))?;
            let mut finance = skill_fields(Some(id), Direction::Teach);
            finance.category = "Finance".into();
            let taught = tx.create(finance)?;
            // One rating is no growth yet.
            tx.create(rating_fields(taught.id, "2026-01-05", 2, Party::Me))?;
            tx.create(feedback_fields(id, Party::Me, Some(4)))?;
            tx.create(feedback_fields(id, Party::Partner, Some(5)))?;
            tx.create(feedback_fields(id, Party::Partner, Some(2)))?;
            Ok(())
        })
        .unwrap();

    let options = ReportOptions {
        side: Some(ProgrammeSide::SeniorLeader),
        named: Vec::new(),
        categories: vec![CategoryMapping {
            skill_category: "Social Media".into(),
            category: ProgrammeCategory::SocialMedia,
        }],
    };
    let r = report(&mut t, &options);
    assert_eq!(r.side, Some(ProgrammeSide::SeniorLeader));
    let pair = &r.pairs[0];
    assert_eq!(pair.sessions_held, 2);
    assert_eq!(pair.hours_held, 1.5);
    assert_eq!(pair.rhythm_days, Some(14));
    assert_eq!(pair.months_active, 10, "5 January to 3 December");
    assert_eq!(
        pair.goals.learn,
        GoalNumbers {
            set: 2,
            achieved: 1
        }
    );
    assert_eq!(
        pair.goals.teach,
        GoalNumbers {
            set: 1,
            achieved: 1
        }
    );
    assert_eq!(pair.skills.learn.skills, 1);
    assert_eq!(pair.skills.learn.growth_self, Some(3.0));
    assert_eq!(pair.skills.learn.growth_partner, Some(1.0));
    assert_eq!(pair.skills.teach.skills, 1);
    assert_eq!(pair.skills.teach.growth_self, None);
    assert_eq!(pair.categories.len(), 1, "Finance is not mapped");
    assert_eq!(pair.categories[0].category, ProgrammeCategory::SocialMedia);
    assert_eq!(pair.categories[0].skills.learn.skills, 1);
    assert_eq!(pair.categories[0].skills.teach.skills, 0);
    assert_eq!(pair.feedback_given.count, 1);
    assert_eq!(pair.feedback_received.count, 2);
    assert_eq!(pair.feedback_received.average_rating, Some(3.5));
    assert_eq!(pair.agreement, AgreementState::Written);
    let json = r.to_json();
    assert!(!json.contains("Finance") && !json.contains("Prompt writing"));
}

#[test]
fn a_file_that_is_not_a_report_is_refused_without_quoting_it() {
    for text in [
        "{\"secret\": \"Zqmystery\"}",
        "Zqmystery",
        "{\"format\":\"twoway-pack\",\"version\":1}",
    ] {
        let error = ProgrammeReport::from_json(text).unwrap_err().to_string();
        assert!(error.contains("programme report"), "{error}");
        assert!(!error.contains("Zqmystery"), "{error}");
    }
    let mut newer: Value = serde_json::from_str(&sample_report(0).to_json()).unwrap();
    newer["version"] = 2.into();
    let error = ProgrammeReport::from_json(&newer.to_string())
        .unwrap_err()
        .to_string();
    assert!(error.contains("version 2"), "{error}");
}

#[test]
fn fewer_than_five_pairs_publish_nothing_but_the_count() {
    let numbers = merge(&[sample_report(4)]);
    assert_eq!(numbers.pairs, 4);
    assert!(numbers.totals.is_none());
    assert!(numbers.breakdowns.is_empty() && numbers.distributions.is_empty());
    assert!(numbers.categories.groups.is_empty());
    let page = dashboard_html(&numbers, None);
    assert!(page.contains("Figures are shown from 5 pairs on"));
    assert_valid(
        NUMBERS_SCHEMA,
        &serde_json::to_value(&numbers).unwrap(),
        "the numbers of four pairs",
    );
}

#[test]
fn the_dashboard_is_self_contained_and_its_csv_has_a_row_per_group() {
    let reports: Vec<_> = (0..40).map(|seed| sample_report(seed % 7 + 1)).collect();
    let numbers = merge(&reports);
    assert!(numbers.totals.is_some());
    assert_valid(
        NUMBERS_SCHEMA,
        &serde_json::to_value(&numbers).unwrap(),
        "the numbers of forty reports",
    );
    let library = ChartLibrary {
        script: "window.uPlot = function () {};",
        style: ".uplot { display: block; }",
    };
    let page = dashboard_html(&numbers, Some(&library));
    assert!(page.contains("default-src 'none'"));
    assert!(page.contains("window.uPlot"), "the library is inlined");
    for external in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
        "<link",
        "<iframe",
    ] {
        assert!(!page.contains(external), "{external} in the page");
    }
    let csv = numbers_csv(&numbers);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[..3], ["dimension", "group", "pairs"]);
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == header.len()));
    assert_eq!(
        rows[0][..3],
        ["all", "all", numbers.pairs.to_string().as_str()]
    );
    let groups: usize = numbers.breakdowns.iter().map(|b| b.groups.len()).sum();
    let bins: usize = numbers.distributions.iter().map(|d| d.bins.len()).sum();
    assert_eq!(
        rows.len(),
        1 + groups + numbers.categories.groups.len() + bins
    );
}

/// A report of `pairs` partnerships with figures that vary with their index.
fn sample_report(pairs: u32) -> ProgrammeReport {
    let pair = |i: u32| PairNumbers {
        pair_code: "PAIR-ABCD-EFGH".into(),
        partner: None,
        status: [
            PartnershipStatus::Active,
            PartnershipStatus::Paused,
            PartnershipStatus::Completed,
        ][i as usize % 3],
        rhythm_days: [Some(7), Some(14), Some(30), None][i as usize % 4],
        months_active: i * 2,
        sessions_held: i + 3,
        sessions_expected: Some(i + 4),
        hours_held: f64::from(i) + 0.5,
        goals: PerDirection {
            learn: GoalNumbers {
                set: 3,
                achieved: i % 3,
            },
            teach: GoalNumbers {
                set: 2,
                achieved: 1,
            },
        },
        skills: PerDirection {
            learn: SkillNumbers {
                skills: 2,
                growth_self: Some(f64::from(i % 4)),
                growth_partner: None,
            },
            teach: SkillNumbers::default(),
        },
        categories: vec![CategoryNumbers {
            category: ProgrammeCategory::ALL[i as usize % 3],
            skills: PerDirection::default(),
        }],
        feedback_given: FeedbackNumbers {
            count: 2,
            average_rating: Some(4.0),
        },
        feedback_received: FeedbackNumbers::default(),
        agreement: AgreementState::Written,
    };
    ProgrammeReport {
        format: REPORT_FORMAT.into(),
        version: REPORT_VERSION,
        generated_on: today(),
        side: [
            Some(ProgrammeSide::JuniorMentor),
            Some(ProgrammeSide::SeniorLeader),
            None,
        ][pairs as usize % 3],
        pairs: (0..pairs).map(pair).collect(),
    }
}

fn pair_strategy() -> impl Strategy<Value = PairNumbers> {
    (
        0usize..3,
        proptest::option::of(1u32..60),
        0u32..30,
        0u32..40,
        proptest::option::of(0u32..40),
        proptest::option::of(-4i8..=4),
        prop::collection::vec(0usize..ProgrammeCategory::ALL.len(), 0..3),
    )
        .prop_map(
            |(status, rhythm_days, months_active, held, expected, growth, categories)| {
                PairNumbers {
                    pair_code: "PAIR-ABCD-EFGH".into(),
                    partner: None,
                    status: PartnershipStatus::ALL[status],
                    rhythm_days,
                    months_active,
                    sessions_held: held,
                    sessions_expected: expected,
                    hours_held: f64::from(held),
                    goals: PerDirection::default(),
                    skills: PerDirection {
                        learn: SkillNumbers {
                            skills: 1,
                            growth_self: growth.map(f64::from),
                            growth_partner: None,
                        },
                        teach: SkillNumbers::default(),
                    },
                    categories: categories
                        .into_iter()
                        .map(|c| CategoryNumbers {
                            category: ProgrammeCategory::ALL[c],
                            skills: PerDirection::default(),
                        })
                        .collect(),
                    feedback_given: FeedbackNumbers::default(),
                    feedback_received: FeedbackNumbers::default(),
                    agreement: AgreementState::None,
                }
            },
        )
}

fn reports_strategy() -> impl Strategy<Value = Vec<ProgrammeReport>> {
    let report = (
        proptest::option::of(0usize..2),
        prop::collection::vec(pair_strategy(), 0..6),
    )
        .prop_map(|(side, pairs)| ProgrammeReport {
            format: REPORT_FORMAT.into(),
            version: REPORT_VERSION,
            generated_on: today(),
            side: side.map(|s| ProgrammeSide::ALL[s]),
            pairs,
        });
    prop::collection::vec(report, 0..30)
}

/// The small-group rule, checked on what is published.
fn assert_no_small_group(numbers: &ProgrammeNumbers) -> Result<(), TestCaseError> {
    let min = MIN_GROUP;
    prop_assert_eq!(numbers.totals.is_some(), numbers.pairs >= min);
    let small = |n: u32| n > 0 && n < min;
    for b in &numbers.breakdowns {
        let shown: u32 = b.groups.iter().map(|g| g.pairs).sum();
        prop_assert_eq!(shown + b.pairs_left_out, numbers.pairs, "{}", b.dimension);
        prop_assert!(
            !small(b.pairs_left_out),
            "{} leaves out {}",
            b.dimension,
            b.pairs_left_out
        );
        for g in &b.groups {
            prop_assert!(
                g.pairs >= min,
                "{} {} has {}",
                b.dimension,
                g.group,
                g.pairs
            );
        }
    }
    for c in &numbers.categories.groups {
        prop_assert!(c.pairs >= min);
    }
    for d in &numbers.distributions {
        let shown: u32 =
            d.bins.iter().filter_map(|b| b.pairs).sum::<u32>() + d.pairs_without_value.unwrap_or(0);
        let hidden = numbers.pairs - shown;
        prop_assert!(!small(hidden), "{} hides {}", d.measure, hidden);
        prop_assert!(!d.pairs_without_value.is_some_and(small), "{}", d.measure);
        for bin in &d.bins {
            prop_assert!(!bin.pairs.is_some_and(small), "{} {}", d.measure, bin.label);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_published_figure_covers_fewer_than_five_pairs(reports in reports_strategy()) {
        let numbers = merge(&reports);
        prop_assert_eq!(numbers.pairs as usize, reports.iter().map(|r| r.pairs.len()).sum::<usize>());
        assert_no_small_group(&numbers)?;
    }
}

/// How much of each kind a generated journal holds; every text in it is a probe word.
#[derive(Clone, Debug)]
struct ProbeJournal {
    partnerships: Vec<ProbePartnership>,
    side: Option<usize>,
    /// Which of the probe categories are mapped to a programme category.
    mapped: Vec<bool>,
}

type ProbeSkill = (Direction, usize, Vec<(u8, bool)>);

#[derive(Clone, Debug)]
struct ProbePartnership {
    private: Vec<bool>,
    sessions: Vec<(SessionStatus, u32)>,
    /// Direction, category index, and ratings (level, by the partner).
    skills: Vec<ProbeSkill>,
    goals: Vec<(Direction, usize)>,
    feedback: Vec<(bool, Option<u8>)>,
}

fn probe_journal() -> impl Strategy<Value = ProbeJournal> {
    let direction = prop_oneof![Just(Direction::Learn), Just(Direction::Teach)];
    let status = prop_oneof![
        Just(SessionStatus::Held),
        Just(SessionStatus::Planned),
        Just(SessionStatus::Cancelled)
    ];
    let partnership = (
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec((status, 0u32..300), 0..5),
        prop::collection::vec(
            (
                direction.clone(),
                0usize..3,
                prop::collection::vec((1u8..=5, any::<bool>()), 0..4),
            ),
            0..4,
        ),
        prop::collection::vec((direction, 0usize..4), 0..4),
        prop::collection::vec((any::<bool>(), proptest::option::of(1u8..=5)), 0..3),
    )
        .prop_map(
            |(private, sessions, skills, goals, feedback)| ProbePartnership {
                private,
                sessions,
                skills,
                goals,
                feedback,
            },
        );
    (
        prop::collection::vec(partnership, 1..4),
        proptest::option::of(0usize..2),
        prop::collection::vec(any::<bool>(), 3),
    )
        .prop_map(|(partnerships, side, mapped)| ProbeJournal {
            partnerships,
            side,
            mapped,
        })
}

/// Distinct probe words of letters that no figure, code or fixed label holds.
struct Probes(Vec<String>, usize);

impl Probes {
    fn next(&mut self) -> String {
        const LETTERS: &[u8] = b"qxzjwvkyf";
        let mut n = self.1;
        self.1 += 1;
        let mut word = String::from("Qz");
        for _ in 0..6 {
            word.push(char::from(LETTERS[n % LETTERS.len()]));
            n /= LETTERS.len();
        }
        self.0.push(word.clone());
        word
    }
}

fn visibility(private: bool) -> Visibility {
    if private {
        Visibility::Private
    } else {
        Visibility::Shared
    }
}

/// Fills a journal after `spec`, a probe word in every text field; returns the probes and
/// the report options (the probe categories mapped as `spec` says).
fn fill_probe_journal(t: &mut TestJournal, spec: &ProbeJournal) -> (Vec<String>, ReportOptions) {
    let mut probes = Probes(Vec::new(), 0);
    let categories: Vec<String> = (0..3).map(|_| probes.next()).collect();
    t.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: probes.next(),
                my_role: probes.next(),
            })?;
            for p in &spec.partnerships {
                let mut fields = partnership_fields();
                fields.partner_name = probes.next();
                fields.partner_role = probes.next();
                fields.i_learn = vec![probes.next()];
                fields.i_teach = vec![probes.next()];
                fields.agreement = if p.private[0] {
                    String::new()
                } else {
                    probes.next()
                };
                let partnership = tx.create(fields)?;
                let id = partnership.id;
                for (i, (status, day)) in p.sessions.iter().enumerate() {
                    let starts = date("2026-01-05") + chrono::Days::new(u64::from(*day));
                    let mut fields = session_fields(id, &format!("{starts}T10:00:00+01:00"));
                    fields.status = *status;
                    fields.title = probes.next();
                    fields.place = probes.next();
                    fields.shared_notes = probes.next();
                    fields.private_notes = probes.next();
                    let session = tx.create_session(fields)?.session;
                    let mut agenda = agenda_fields(session.id, 99, &probes.next());
                    agenda.visibility = visibility(p.private[i % 8]);
                    tx.create(agenda)?;
                    let mut action = action_fields(id, Some("2026-02-01"));
                    action.text = probes.next();
                    action.visibility = visibility(p.private[(i + 1) % 8]);
                    tx.create(action)?;
                }
                for (i, (direction, status)) in p.goals.iter().enumerate() {
                    let mut goal = goal_fields(id);
                    goal.direction = *direction;
                    goal.status = GoalStatus::ALL[*status];
                    goal.title = probes.next();
                    goal.description = probes.next();
                    goal.success_criteria = probes.next();
                    goal.visibility = visibility(p.private[(i + 2) % 8]);
                    let goal = tx.create(goal)?;
                    let mut check_in = check_in_fields(goal.id, "2026-02-02", 40);
                    check_in.note = probes.next();
                    tx.create(check_in)?;
                }
                for (i, (direction, category, ratings)) in p.skills.iter().enumerate() {
                    let mut skill = skill_fields(Some(id), *direction);
                    skill.name = probes.next();
                    skill.category = categories[*category].clone();
                    skill.visibility = visibility(p.private[(i + 3) % 8]);
                    let skill = tx.create(skill)?;
                    for (j, (level, partner)) in ratings.iter().enumerate() {
                        let rater = if *partner { Party::Partner } else { Party::Me };
                        let on = date("2026-01-05") + chrono::Days::new(j as u64 * 20);
                        let mut rating = rating_fields(skill.id, &on.to_string(), *level, rater);
                        rating.note = probes.next();
                        rating.visibility = visibility(p.private[(i + j) % 8]);
                        tx.create(rating)?;
                    }
                }
                for (i, (partner, rating)) in p.feedback.iter().enumerate() {
                    let author = if *partner { Party::Partner } else { Party::Me };
                    let mut feedback = feedback_fields(id, author, *rating);
                    feedback.went_well = probes.next();
                    feedback.to_improve = probes.next();
                    feedback.visibility = visibility(p.private[(i + 4) % 8]);
                    tx.create(feedback)?;
                    let mut learning = learning_fields(Some(id));
                    learning.text = probes.next();
                    tx.create(learning)?;
                }
            }
            Ok(())
        })
        .unwrap();
    let options = ReportOptions {
        side: spec.side.map(|s| ProgrammeSide::ALL[s]),
        named: Vec::new(),
        categories: categories
            .iter()
            .zip(&spec.mapped)
            .enumerate()
            .filter(|(_, (_, mapped))| **mapped)
            .map(|(i, (name, _))| CategoryMapping {
                skill_category: name.clone(),
                category: ProgrammeCategory::ALL[i],
            })
            .collect(),
    };
    (probes.0, options)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_text_from_the_journal_reaches_a_report_or_the_dashboard(spec in probe_journal()) {
        let mut t = TestJournal::new();
        let (probes, options) = fill_probe_journal(&mut t, &spec);
        let report = report(&mut t, &options);
        let json = report.to_json();
        // Five copies, so the dashboard publishes its figures.
        let numbers = merge(&vec![report.clone(); 5]);
        let library = ChartLibrary { script: "", style: "" };
        let outputs = [
            json.clone(),
            serde_json::to_string(&numbers).unwrap(),
            numbers_csv(&numbers),
            dashboard_html(&numbers, Some(&library)),
        ];
        for probe in &probes {
            for output in &outputs {
                prop_assert!(!output.contains(probe.as_str()), "{probe} reached an output");
            }
        }
        assert_no_small_group(&numbers)?;

        // The scan can fail: naming the partners puts their probe names in the report.
        let all = t.journal.read(|tx| tx.partnerships()).unwrap();
        let named = ReportOptions { named: all.iter().map(|p| p.id).collect(), ..options };
        let named_json = report_named(&mut t, &named);
        for p in &all {
            prop_assert!(named_json.contains(&p.fields.partner_name));
        }
    }
}

fn report_named(t: &mut TestJournal, options: &ReportOptions) -> String {
    report(t, options).to_json()
}

#[test]
fn the_choices_list_each_skill_category_once_with_the_programme_one_it_matches() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    t.journal
        .write(|tx| {
            for (category, direction) in [
                ("Social media", Direction::Learn),
                ("social MEDIA", Direction::Teach),
                ("Finance", Direction::Teach),
                ("", Direction::Learn),
            ] {
                let mut skill = skill_fields(Some(p.id), direction);
                skill.category = category.into();
                tx.create(skill)?;
            }
            Ok(())
        })
        .unwrap();
    let choices = t.journal.read(|tx| tx.report_choices()).unwrap();
    let listed: Vec<(&str, Option<ProgrammeCategory>)> = choices
        .skill_categories
        .iter()
        .map(|c| (c.name.as_str(), c.proposed))
        .collect();
    assert_eq!(
        listed,
        [
            ("Finance", None),
            ("Social media", Some(ProgrammeCategory::SocialMedia))
        ]
    );
    assert_eq!(
        choices.programme_categories.len(),
        ProgrammeCategory::ALL.len()
    );
    assert_eq!(choices.programme_categories[0].label, "Social media");
}
