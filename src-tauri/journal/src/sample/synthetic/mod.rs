//! The synthetic heavy journal: its sizes, the search words it plants, and how the totals are
//! shared out over the partnerships. Built only with the `synthetic` feature, so the app never
//! carries it.

mod synth;
mod words;

use super::Counts;
use crate::error::Result;
use crate::journal::Journal;
use crate::model::Profile;
use chrono::NaiveDate;
use synth::Synth;

/// A word in most text records of the synthetic journal: a search for it hits the limit.
pub const COMMON_WORD: &str = "team";
/// A word in [`RARE_WORD_RECORDS`] learnings of the synthetic journal (all of them when it has
/// fewer) and nowhere else.
pub const RARE_WORD: &str = "kintsugi";
/// How many learnings of the synthetic journal hold [`RARE_WORD`].
pub const RARE_WORD_RECORDS: u32 = 5;
/// A phrase in one of every [`PHRASE_EVERY`] session notes, learnings and feedback entries of the
/// synthetic journal, and nowhere else: a moderate number of hits.
pub const PHRASE: &str = "psychological safety";
/// See [`PHRASE`].
pub const PHRASE_EVERY: u32 = 25;

/// The synthetic journal's owner.
pub const SYNTHETIC_OWNER: &str = "Alex Morgan";
/// The synthetic journal's owner's role.
pub const SYNTHETIC_OWNER_ROLE: &str = "Chief Operating Officer";

/// How many records [`fill_synthetic`] writes. Totals are spread over the partnerships as
/// evenly as they divide; check-ins go to goals and agenda items to sessions, so they are only
/// written when the journal has goals, respectively sessions (see [`SyntheticSize::expected`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntheticSize {
    /// Partnerships to write.
    pub partnerships: u32,
    /// Goals, all partnerships together.
    pub goals: u32,
    /// Goal check-ins, all goals together.
    pub check_ins: u32,
    /// Sessions, all partnerships together.
    pub sessions: u32,
    /// Agenda items, all sessions together.
    pub agenda_items: u32,
    /// Action items, all partnerships together.
    pub action_items: u32,
    /// Skills, all partnerships together.
    pub skills: u32,
    /// Ratings written for each skill.
    pub ratings_per_skill: u32,
    /// Learnings, all partnerships together.
    pub learnings: u32,
    /// Feedback entries, all partnerships together.
    pub feedback: u32,
    /// Sessions of the first partnership, the long-lived one, out of `sessions`; the others
    /// share the rest evenly. With 0 every partnership gets an even share.
    pub long_sessions: u32,
    /// Learnings of the first partnership (its learning log), out of `learnings`; with 0 an
    /// even share.
    pub long_learnings: u32,
    /// Ratings written for each skill of the first partnership, in place of
    /// `ratings_per_skill`; with 0 the same as the other skills.
    pub long_ratings_per_skill: u32,
}

impl SyntheticSize {
    /// Ten years of heavy use: the journal the benchmarks run on. One partnership is what a
    /// long-lived journal grows: 5,000 sessions, skills with hundreds of ratings each, a
    /// learning log of 5,000 entries.
    pub const HEAVY: Self = Self {
        partnerships: 30,
        goals: 300,
        check_ins: 1_500,
        sessions: 8_000,
        agenda_items: 30_000,
        action_items: 10_000,
        skills: 300,
        ratings_per_skill: 5,
        learnings: 20_000,
        feedback: 5_000,
        long_sessions: 5_000,
        long_learnings: 5_000,
        long_ratings_per_skill: 300,
    };

    /// A small journal of the same shape, for tests.
    pub const SMALL: Self = Self {
        partnerships: 3,
        goals: 9,
        check_ins: 30,
        sessions: 30,
        agenda_items: 200,
        action_items: 60,
        skills: 9,
        ratings_per_skill: 3,
        learnings: 60,
        feedback: 20,
        long_sessions: 15,
        long_learnings: 30,
        long_ratings_per_skill: 12,
    };

    /// Ratings of every skill together: the first partnership's skills have
    /// `long_ratings_per_skill` each (when set), the others `ratings_per_skill`.
    fn skill_ratings(&self) -> u32 {
        let first = share(self.skills, self.partnerships, 0);
        let rest = self.skills - first;
        first
            .saturating_mul(self.first_ratings_per_skill())
            .saturating_add(rest.saturating_mul(self.ratings_per_skill))
    }

    /// Ratings per skill of the first partnership.
    fn first_ratings_per_skill(&self) -> u32 {
        if self.long_ratings_per_skill == 0 {
            self.ratings_per_skill
        } else {
            self.long_ratings_per_skill
        }
    }

    /// The counts [`fill_synthetic`] returns for this size.
    pub fn expected(&self) -> Counts {
        if self.partnerships == 0 {
            return Counts::default();
        }
        Counts {
            partnerships: self.partnerships,
            goals: self.goals,
            check_ins: if self.goals == 0 { 0 } else { self.check_ins },
            sessions: self.sessions,
            agenda_items: if self.sessions == 0 {
                0
            } else {
                self.agenda_items
            },
            action_items: self.action_items,
            skills: self.skills,
            skill_ratings: self.skill_ratings(),
            learnings: self.learnings,
            feedback: self.feedback,
            agreement_versions: 0,
            records_of_learning: 0,
            // The synthetic journal has no templates of its own: they are not what benches
            // measure.
            agenda_templates: 0,
        }
    }
}

/// Fills `journal` with a synthetic journal of `size`, its sessions spread over the ten years
/// before `today`. The same `seed` and `today` give the same journal (ids and timestamps apart).
/// Writes one transaction per partnership, so memory stays bounded; if one fails, the
/// partnerships before it stay written. Meant for a new journal, for benchmarks and scale tests.
pub fn fill_synthetic(
    journal: &mut Journal,
    size: &SyntheticSize,
    seed: u64,
    today: NaiveDate,
) -> Result<Counts> {
    let mut synth = Synth::seeded(seed);
    journal.write(|tx| {
        tx.set_profile(Profile {
            my_name: SYNTHETIC_OWNER.to_owned(),
            my_role: SYNTHETIC_OWNER_ROLE.to_owned(),
        })
    })?;
    let rare = rare_positions(size.learnings);
    let parts = size.partnerships;
    let mut total = Counts::default();
    for i in 0..parts {
        let goals = (
            cumulative(size.goals, parts, i),
            cumulative(size.goals, parts, i + 1),
        );
        let sessions = range(size.sessions, size.long_sessions, parts, i);
        let learnings = range(size.learnings, size.long_learnings, parts, i);
        let plan = Plan {
            goals: goals.1 - goals.0,
            check_ins: between(size.check_ins, size.goals, goals),
            sessions: sessions.1 - sessions.0,
            agenda_items: between(size.agenda_items, size.sessions, sessions),
            action_items: share(size.action_items, parts, i),
            skills: share(size.skills, parts, i),
            ratings_per_skill: if i == 0 {
                size.first_ratings_per_skill()
            } else {
                size.ratings_per_skill
            },
            learnings: learnings.1 - learnings.0,
            first_learning: learnings.0,
            feedback: share(size.feedback, parts, i),
        };
        total += journal.write(|tx| synth.partnership(tx, &plan, &rare, today))?;
    }
    Ok(total)
}

/// `total * i / parts`, rounded down: the first `i` of `parts` shares of `total`.
fn cumulative(total: u32, parts: u32, i: u32) -> u32 {
    if parts == 0 {
        return 0;
    }
    u32::try_from(u64::from(total) * u64::from(i) / u64::from(parts)).unwrap_or(u32::MAX)
}

/// The records `from..to` of `total` that belong to partnership `i` of `parts`: the first one
/// gets `long` of them (at most all), the others share the rest evenly; with `long` 0 (or one
/// partnership) all share evenly.
fn range(total: u32, long: u32, parts: u32, i: u32) -> (u32, u32) {
    if long == 0 || parts < 2 {
        return (cumulative(total, parts, i), cumulative(total, parts, i + 1));
    }
    let long = long.min(total);
    let at = |i: u32| {
        if i == 0 {
            0
        } else {
            long + cumulative(total - long, parts - 1, i - 1)
        }
    };
    (at(i), at(i + 1))
}

/// Share `i` of `total` split into `parts`; the shares add up to `total` exactly.
fn share(total: u32, parts: u32, i: u32) -> u32 {
    cumulative(total, parts, i + 1) - cumulative(total, parts, i)
}

/// The share of `total` that belongs to the `of`-records `range.0..range.1`, in proportion.
fn between(total: u32, of: u32, range: (u32, u32)) -> u32 {
    cumulative(total, of, range.1) - cumulative(total, of, range.0)
}

/// Which learnings (by index over the whole journal) hold the rare word: evenly spread.
fn rare_positions(learnings: u32) -> Vec<u32> {
    let n = RARE_WORD_RECORDS.min(learnings);
    (0..n)
        .map(|k| cumulative(learnings, n, k) + learnings / (2 * n))
        .collect()
}

/// One partnership's share of the totals.
struct Plan {
    goals: u32,
    check_ins: u32,
    sessions: u32,
    agenda_items: u32,
    action_items: u32,
    skills: u32,
    ratings_per_skill: u32,
    learnings: u32,
    /// Index of this partnership's first learning over the whole journal.
    first_learning: u32,
    feedback: u32,
}

#[cfg(test)]
mod tests {
    use super::synth::TEN_YEARS_DAYS;
    use super::*;
    use crate::clock::ManualClock;
    use crate::model::SessionStatus;
    use crate::sample::shift;
    use crate::sample::testing::{all_sessions, count_rows, journal_on, today};
    use std::sync::Arc;

    #[test]
    fn the_small_synthetic_journal_has_exactly_the_requested_size() {
        let size = SyntheticSize::SMALL;
        let mut journal = journal_on(today());
        let counts = fill_synthetic(&mut journal, &size, 7, today()).unwrap();
        assert_eq!(counts, size.expected());
        assert_eq!(count_rows(&journal), size.expected());
    }

    #[test]
    fn uneven_sizes_still_add_up() {
        let size = SyntheticSize {
            partnerships: 4,
            goals: 7,
            check_ins: 13,
            sessions: 11,
            agenda_items: 29,
            action_items: 5,
            skills: 3,
            ratings_per_skill: 2,
            learnings: 9,
            feedback: 6,
            long_sessions: 0,
            long_learnings: 0,
            long_ratings_per_skill: 0,
        };
        let mut journal = journal_on(today());
        let counts = fill_synthetic(&mut journal, &size, 1, today()).unwrap();
        assert_eq!(counts, size.expected());
        assert_eq!(count_rows(&journal), size.expected());
    }

    #[test]
    fn one_long_lived_partnership_holds_its_share_and_the_rest_add_up() {
        let size = SyntheticSize {
            partnerships: 4,
            goals: 8,
            check_ins: 13,
            sessions: 50,
            agenda_items: 120,
            action_items: 9,
            skills: 8,
            ratings_per_skill: 2,
            learnings: 40,
            feedback: 6,
            long_sessions: 38,
            long_learnings: 25,
            long_ratings_per_skill: 30,
        };
        let mut journal = journal_on(today());
        let counts = fill_synthetic(&mut journal, &size, 3, today()).unwrap();
        assert_eq!(counts, size.expected());
        assert_eq!(count_rows(&journal), size.expected());
        assert_eq!(counts.skill_ratings, 2 * 30 + 6 * 2);
        journal
            .read(|tx| {
                let mut shares = Vec::new();
                for p in tx.partnerships()? {
                    let ratings: Vec<usize> = tx
                        .skills(Some(p.id))?
                        .iter()
                        .map(|k| tx.skill_ratings(k.id).map(|r| r.len()))
                        .collect::<Result<_>>()?;
                    shares.push((
                        tx.sessions(p.id)?.len(),
                        tx.learnings(Some(p.id))?.len(),
                        ratings,
                    ));
                }
                shares.sort();
                assert_eq!(
                    shares,
                    vec![
                        (4, 5, vec![2, 2]),
                        (4, 5, vec![2, 2]),
                        (4, 5, vec![2, 2]),
                        (38, 25, vec![30, 30]),
                    ]
                );
                Ok(())
            })
            .unwrap();
    }

    /// What a synthetic journal says, without ids and timestamps.
    fn contents(journal: &Journal) -> Vec<String> {
        journal
            .read(|tx| {
                let mut out = Vec::new();
                for p in tx.partnerships()? {
                    out.push(format!(
                        "{:?}",
                        (&p.fields.partner_name, &p.fields.agreement)
                    ));
                    for s in tx.sessions(p.id)? {
                        out.push(format!(
                            "{:?}",
                            (s.fields.starts_at, &s.fields.shared_notes)
                        ));
                        for item in tx.agenda(s.id)? {
                            out.push(item.fields.text);
                        }
                    }
                    for l in tx.learnings(Some(p.id))? {
                        out.push(format!("{} {}", l.fields.on, l.fields.text));
                    }
                }
                Ok(out)
            })
            .unwrap()
    }

    #[test]
    fn the_synthetic_journal_is_the_same_for_the_same_seed() {
        let fill = |seed| {
            let mut journal = journal_on(today());
            fill_synthetic(&mut journal, &SyntheticSize::SMALL, seed, today()).unwrap();
            contents(&journal)
        };
        assert_eq!(fill(3), fill(3));
        assert_ne!(fill(3), fill(4));
    }

    #[test]
    fn synthetic_text_has_common_rare_and_phrase_hits() {
        let mut journal = journal_on(today());
        fill_synthetic(&mut journal, &SyntheticSize::SMALL, 11, today()).unwrap();
        let learnings = journal.read(|tx| tx.learnings(None)).unwrap();
        let with = |needle: &str| {
            learnings
                .iter()
                .filter(|l| l.fields.text.contains(needle))
                .count()
        };
        assert_eq!(with(RARE_WORD), RARE_WORD_RECORDS as usize);
        assert!(with(COMMON_WORD) > learnings.len() / 3);
        let phrases = with(PHRASE)
            + all_sessions(&journal)
                .iter()
                .filter(|s| s.fields.shared_notes.contains(PHRASE))
                .count();
        assert!((2..=10).contains(&phrases), "{phrases}");
        assert!(contents(&journal).iter().all(|text| !text.contains('{')));
    }

    #[test]
    fn synthetic_sessions_span_ten_years_and_some_notes_are_long() {
        let mut journal = journal_on(today());
        fill_synthetic(&mut journal, &SyntheticSize::SMALL, 5, today()).unwrap();
        let sessions = all_sessions(&journal);
        let earliest = shift(today(), -TEN_YEARS_DAYS - 3);
        for s in &sessions {
            let on = s.fields.starts_at.date_naive();
            assert!(on >= earliest, "{on}");
            assert_eq!(
                s.fields.status == SessionStatus::Planned,
                on > today(),
                "{on}"
            );
        }
        let longest = sessions.iter().map(|s| s.fields.shared_notes.len()).max();
        assert!(longest.unwrap_or(0) >= 2_000);
    }

    /// Writes the heavy journal to a file and prints how long it took and how big it is:
    /// `cargo test --release -p twoway-journal heavy -- --ignored --nocapture`.
    #[test]
    #[ignore = "slow: writes the heavy benchmark journal"]
    fn heavy_journal_time_and_size() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("heavy.sqlite3");
        let now = today().and_hms_opt(9, 0, 0).unwrap().and_utc();
        let mut journal = Journal::open(&path, Arc::new(ManualClock::new(now))).unwrap();
        let started = std::time::Instant::now();
        let counts = fill_synthetic(&mut journal, &SyntheticSize::HEAVY, 42, today()).unwrap();
        let elapsed = started.elapsed();
        let hits = |query: &str| {
            journal
                .read(|tx| {
                    let sql = "SELECT count(*) FROM search WHERE search MATCH ?1";
                    Ok(tx
                        .prepare(sql)?
                        .query_row([query], |r| r.get::<_, i64>(0))?)
                })
                .unwrap()
        };
        println!(
            "records matching {COMMON_WORD:?}: {}, {RARE_WORD:?}: {}, {PHRASE:?} as a phrase: {}",
            hits(COMMON_WORD),
            hits(RARE_WORD),
            hits(&format!("\"{PHRASE}\""))
        );
        drop(journal);
        let bytes = std::fs::metadata(&path).unwrap().len();
        println!(
            "HEAVY: {elapsed:.2?}, {:.1} MB, {counts:?}",
            bytes as f64 / 1_000_000.0
        );
        assert_eq!(counts, SyntheticSize::HEAVY.expected());
    }
}
