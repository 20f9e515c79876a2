//! Criterion benchmarks of the journal on the seeded heavy journal (`SyntheticSize::HEAVY`:
//! 30 partnerships, one of them with 5,000 sessions, 8,000 sessions in all, 30,000 agenda
//! items, 20,000 learnings, ...), run with
//! `make bench` or
//! `cargo bench -p twoway-journal --bench journal`.
//!
//! The heavy journal is written once per run into a temporary folder (seed [`SEED`], today
//! [`today`]) and closed; every group opens it again as the app would. It is removed when the
//! run ends.
//!
//! Groups:
//! - `open`: `Journal::open` of the heavy file, then closing it (drop), timed together.
//! - `partnership_summary`: the dashboard figures of the partnership with the most sessions,
//!   and `partnership_summaries` of all of them.
//! - `list_sessions`: that partnership's sessions, and `session_plan` of its latest session.
//! - `create_session_with_carry_over`: `create_session` of a planned session a week after the
//!   latest one of the partnership whose carry-over brings the most uncovered agenda items. Each
//!   iteration runs in its own `Journal::write` whose closure ends by returning an error, so the
//!   transaction rolls back and every iteration sees the same journal; the rollback (and the
//!   `BEGIN IMMEDIATE` before it) is inside the timing, and `empty_write_rolled_back` measures
//!   that overhead alone.
//! - `search`: a common word, a rare word and a quoted phrase across the journal, and the common
//!   word within one partnership; 50 hits at most, as the app asks.
//! - `search_list`: a fixed list of searches (common words, rare words, phrases, prefixes;
//!   [`SEARCH_LIST`]), across the journal and within the busiest partnership: each search's
//!   hits, median and 95th percentile are printed first, and the 95th percentile of the whole
//!   list per scope; then one benchmark per group and scope.
//! - `bulk_insert`: [`BULK_ROWS`] learnings tied to one session (and its partnership), written
//!   in one transaction, into a new journal file that holds only that partnership and session:
//!   - `journal_create_learnings`: `tx.create(LearningFields)` per row inside one `Journal::write`
//!     (validation, a new UUID v7, the insert, the FTS trigger, and reading the record back);
//!   - `plain_rusqlite_no_fts`: one prepared `INSERT` per row in one `BEGIN IMMEDIATE`
//!     transaction on a plain `rusqlite::Connection`, with the same pragmas (WAL,
//!     `synchronous = NORMAL`, `foreign_keys = ON`) and the journal's own schema 1 (same tables,
//!     indexes and foreign keys) but without the search index: no FTS triggers, no validation,
//!     nothing read back. It makes the same UUID v7 ids and the same timestamp text.
//!   - `plain_rusqlite_with_fts`: the same on schema 1 + 2, so SQLite's FTS trigger runs too;
//!     the difference to `journal_create_learnings` is the journal's own work per row.
//!
//!   The rows are generated before the timing; creating the empty file and dropping it after
//!   are not timed.
//! - `agenda_insert_one_session`: appending agenda items to one session, one `tx.create` each
//!   in one write, at two sizes: the per-row cost grows with the size of the agenda.
//! - `export_import`: the whole heavy journal (`Scope::Journal`, `Audience::All`) through every
//!   export format and back:
//!   - `render_<format>`: `export::render` in memory (Markdown, Markdown folder, HTML, JSON pack,
//!     iCalendar), nothing written to disk; each export's size is printed once;
//!   - `read_pack`: `import::read_pack` of the pack's bytes (parsing, the closed-layout checks,
//!     duplicate ids); dropping the pack is not timed;
//!   - `plan_into_empty`: `import::plan` of that pack against an empty journal file (the merge
//!     runs in full and is rolled back);
//!   - `import_into_empty`: `import::import` of it into an empty journal file, a new one for
//!     every iteration (created, and closed after, outside the timing);
//!   - `replan_unchanged`: `import::plan` of the same pack against a journal that already holds
//!     it (imported once before the timing): every record unchanged, nothing to write.
//!
//!   The pack and the imported journal are made only when one of these benchmarks runs, so a
//!   run filtered to other groups does not pay for them.
//! - `backup_and_daily_care`, on a copy of the heavy journal made for the group:
//!   - `backup_to`: `Journal::backup_to` into a new file (SQLite's online backup, the copy's
//!     `integrity_check`, its sync and rename); the file is removed before each iteration,
//!     outside the timing, and the copy's size is printed once;
//!   - `open_first_of_the_day`: `Journal::open` then `daily_care` with no backup made today
//!     (the backups folder is emptied before each iteration, outside the timing): the day's
//!     backup into `backups/` and its pruning, the trash emptied of what is older than the
//!     setting allows, the history thinned;
//!   - `open_later_in_the_day`: the same with today's backup there, so `daily_care` finds it
//!     and does nothing else. The difference is what the care adds to the day's first open.
//!
//!   Closing the journal (drop) is outside the timing of both opens.
//!
//! - `programme`: `programme_report` of the heavy journal (30 partnerships), and
//!   `merge_200_reports`: reading 200 pairs' report files (from their text), merging them and
//!   drawing the dashboard and the CSV (the chart library left out: it is only inlined).
//!
//! Run as a test (`cargo test --benches`), every benchmark runs once on the small journal.
//!
//! With `TWOWAY_BENCH_ENCRYPTED=1` (`make bench-encrypted`) every journal file the benchmarks
//! make is encrypted (SQLCipher, as `twoway encrypt` leaves it) and opened with its passphrase,
//! so the two runs side by side show what encryption costs. An encrypted open includes
//! deriving the key from the passphrase with Argon2id (about half a second by design).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, SecondsFormat, Utc};
use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, TransactionBehavior};
use std::cell::OnceCell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};
use tempfile::TempDir;
use twoway_journal::encryption::{Secret, keys_path};
use twoway_journal::export::json::Pack;
use twoway_journal::export::{self, Audience, Format, Rendered, Scope};
use twoway_journal::files::Overwrite;
use twoway_journal::import::{self, ImportOptions};
use twoway_journal::model::{
    AgendaItemFields, LearningFields, Partnership, PartnershipFields, PartnershipId,
    PartnershipStatus, Party, Session, SessionFields, SessionId, SessionStatus, Visibility,
};
use twoway_journal::sample::{COMMON_WORD, PHRASE, RARE_WORD, SyntheticSize, fill_synthetic};
use twoway_journal::{Clock, Error, Journal, ManualClock, Problem};

/// The seed of the heavy journal.
const SEED: u64 = 42;
/// How many learnings `bulk_insert` writes (in a benchmark run; fewer when run as a test).
const BULK_ROWS: usize = 10_000;
/// The agenda sizes of `agenda_insert_one_session`.
const AGENDA_SIZES: [u32; 2] = [250, 1_000];
/// The most hits a search asks for, as the app does.
const SEARCH_LIMIT: u32 = 50;

/// The journal's schema, applied to the plain rusqlite side of `bulk_insert`.
const SCHEMA_TABLES: &str = include_str!("../src/db/migrations/0001_initial.sql");
const SCHEMA_SEARCH: &str = include_str!("../src/db/migrations/0002_search.sql");

/// Whether the benchmarks run on encrypted journals (`TWOWAY_BENCH_ENCRYPTED=1`).
fn encrypted() -> bool {
    std::env::var_os("TWOWAY_BENCH_ENCRYPTED").is_some_and(|v| v == "1")
}

/// The passphrase of the encrypted journals.
const PASSPHRASE: &str = "benchmarks on an encrypted journal";

/// A new journal file at `path`, encrypted when the run is.
fn new_journal(path: &Path) -> Journal {
    let mut journal = Journal::open(path, clock()).expect("a new journal");
    if encrypted() {
        journal.encrypt(PASSPHRASE).expect("the journal encrypts");
    }
    journal
}

/// The journal file at `path`, unlocked with the passphrase when it is encrypted.
fn open_journal(path: &Path) -> Journal {
    Journal::open_unlocked(path, clock(), &Secret::passphrase(PASSPHRASE))
        .expect("the journal opens")
}

/// The `today` every benchmark runs on, so the journal and its figures never change.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("a valid date")
}

fn now() -> DateTime<Utc> {
    today()
        .and_hms_opt(9, 0, 0)
        .expect("a valid time")
        .and_utc()
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(ManualClock::new(now()))
}

/// The error a benchmark's write returns on purpose, so `Journal::write` rolls back.
fn rollback() -> Error {
    Error::Invalid {
        field: "benchmark",
        problem: Problem::Other("rolled back on purpose"),
    }
}

fn expect_rollback<T: std::fmt::Debug>(result: twoway_journal::Result<T>) {
    match result {
        Err(Error::Invalid {
            field: "benchmark", ..
        }) => {}
        other => panic!("expected the deliberate rollback, got {other:?}"),
    }
}

/// Whether this is a benchmark run (`cargo bench`) rather than a test run of the benchmarks.
fn benchmarking() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}

/// The heavy journal, written once and closed; removed when dropped.
struct Heavy {
    _folder: TempDir,
    path: PathBuf,
}

impl Heavy {
    fn build(size: &SyntheticSize) -> Self {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("heavy.sqlite3");
        let started = Instant::now();
        let mut journal = new_journal(&path);
        let counts = fill_synthetic(&mut journal, size, SEED, today()).expect("the fill");
        drop(journal);
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        eprintln!(
            "heavy journal{}: written in {:.2?}, {:.1} MB, {counts:?}",
            if encrypted() { " (encrypted)" } else { "" },
            started.elapsed(),
            bytes as f64 / 1e6
        );
        Self {
            _folder: folder,
            path,
        }
    }

    fn open(&self) -> Journal {
        open_journal(&self.path)
    }
}

/// The partnership with the most sessions, with its sessions (newest first).
fn busiest_partnership(journal: &Journal) -> (Partnership, Vec<Session>) {
    journal
        .read(|tx| {
            let mut best: Option<(Partnership, Vec<Session>)> = None;
            for p in tx.partnerships()? {
                let sessions = tx.sessions(p.id)?;
                if best.as_ref().is_none_or(|(_, s)| sessions.len() > s.len()) {
                    best = Some((p, sessions));
                }
            }
            Ok(best.expect("the journal has partnerships"))
        })
        .expect("a read")
}

fn bench_open(c: &mut Criterion, heavy: &Heavy) {
    let mut group = c.benchmark_group("open");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(StdDuration::from_secs(4));
    group.bench_function("heavy_journal_open_and_close", |b| {
        b.iter(|| drop(black_box(heavy.open())));
    });
    group.finish();
}

fn bench_summary(c: &mut Criterion, heavy: &Heavy) {
    let journal = heavy.open();
    let (partnership, sessions) = busiest_partnership(&journal);
    let count = journal.read(|tx| tx.partnerships()).expect("a read").len();
    eprintln!(
        "partnership_summary: busiest partnership has {} sessions; {count} partnerships",
        sessions.len()
    );
    let mut group = c.benchmark_group("partnership_summary");
    group.bench_function("one_busiest_partnership", |b| {
        b.iter(|| {
            journal
                .read(|tx| tx.partnership_summary(black_box(partnership.id), today()))
                .expect("a summary")
        });
    });
    group.bench_function(format!("partnership_summaries_all_{count}"), |b| {
        b.iter(|| {
            journal
                .read(|tx| tx.partnership_summaries(black_box(today())))
                .expect("the summaries")
        });
    });
    group.finish();
}

fn bench_sessions(c: &mut Criterion, heavy: &Heavy) {
    let journal = heavy.open();
    let (partnership, sessions) = busiest_partnership(&journal);
    let latest = sessions.first().expect("the partnership has sessions").id;
    let plan = journal.read(|tx| tx.session_plan(latest)).expect("a plan");
    eprintln!(
        "list_sessions: {} sessions ({} KB of notes); latest session: {} agenda items, {} open \
         actions, {} agreed",
        sessions.len(),
        sessions
            .iter()
            .map(|s| s.fields.shared_notes.len() + s.fields.private_notes.len())
            .sum::<usize>()
            / 1_000,
        plan.agenda.len(),
        plan.open_actions.len(),
        plan.actions_agreed.len()
    );
    let mut group = c.benchmark_group("list_sessions");
    group.bench_function("sessions_of_busiest_partnership", |b| {
        b.iter(|| {
            journal
                .read(|tx| tx.sessions(black_box(partnership.id)))
                .expect("the sessions")
        });
    });
    group.bench_function("session_plan_of_latest_session", |b| {
        b.iter(|| {
            journal
                .read(|tx| tx.session_plan(black_box(latest)))
                .expect("the plan")
        });
    });
    group.finish();
}

/// A planned session a week after `latest`.
fn next_session(latest: &Session) -> SessionFields {
    SessionFields {
        partnership_id: latest.fields.partnership_id,
        starts_at: latest.fields.starts_at + Duration::days(7),
        duration_minutes: 60,
        status: SessionStatus::Planned,
        title: "Next session".to_owned(),
        place: "Video call".to_owned(),
        shared_notes: String::new(),
        private_notes: String::new(),
    }
}

fn bench_carry_over(c: &mut Criterion, heavy: &Heavy) {
    let mut journal = heavy.open();
    // Try every partnership (rolled back) and keep the one whose carry-over brings the most.
    let partnerships = journal.read(|tx| tx.partnerships()).expect("a read");
    let mut best: Option<(SessionFields, usize, usize)> = None;
    for p in &partnerships {
        let sessions = journal.read(|tx| tx.sessions(p.id)).expect("a read");
        let Some(latest) = sessions.first() else {
            continue;
        };
        let fields = next_session(latest);
        let mut seen = (0, 0);
        expect_rollback(journal.write(|tx| {
            let created = tx.create_session(fields.clone())?;
            seen = (created.carried_over.len(), created.open_actions.len());
            Err::<(), _>(rollback())
        }));
        if best
            .as_ref()
            .is_none_or(|(_, carried, _)| seen.0 > *carried)
        {
            best = Some((fields, seen.0, seen.1));
        }
    }
    let (fields, carried, open_actions) = best.expect("the journal has sessions");
    assert!(
        carried > 0,
        "no partnership has uncovered items to carry over"
    );
    eprintln!(
        "create_session_with_carry_over: carries {carried} agenda items, lists {open_actions} \
         open actions"
    );
    let sessions_before = journal
        .read(|tx| tx.sessions(fields.partnership_id))
        .expect("a read")
        .len();

    let mut group = c.benchmark_group("create_session_with_carry_over");
    group.bench_function("planned_after_latest_rolled_back", |b| {
        b.iter(|| {
            expect_rollback(journal.write(|tx| {
                let created = tx.create_session(black_box(fields.clone()))?;
                black_box(&created);
                Err::<(), _>(rollback())
            }));
        });
    });
    group.bench_function("empty_write_rolled_back", |b| {
        b.iter(|| expect_rollback(journal.write(|_| Err::<(), _>(rollback()))));
    });
    group.finish();

    let sessions_after = journal
        .read(|tx| tx.sessions(fields.partnership_id))
        .expect("a read")
        .len();
    assert_eq!(
        sessions_before, sessions_after,
        "every creation rolled back"
    );
}

fn bench_search(c: &mut Criterion, heavy: &Heavy) {
    let journal = heavy.open();
    let (partnership, _) = busiest_partnership(&journal);
    let phrase = format!("\"{PHRASE}\"");
    let cases: [(&str, &str, Option<PartnershipId>); 4] = [
        ("common_word_team", COMMON_WORD, None),
        ("rare_word_kintsugi", RARE_WORD, None),
        ("phrase_psychological_safety", &phrase, None),
        (
            "common_word_team_in_busiest_partnership",
            COMMON_WORD,
            Some(partnership.id),
        ),
    ];
    let mut group = c.benchmark_group("search");
    group.sample_size(50);
    for (name, query, scope) in cases {
        let hits = journal
            .read(|tx| tx.search(query, scope, SEARCH_LIMIT))
            .expect("a search")
            .len();
        eprintln!("search {name}: {hits} hits (limit {SEARCH_LIMIT})");
        group.bench_function(name, |b| {
            b.iter(|| {
                journal
                    .read(|tx| tx.search(black_box(query), scope, SEARCH_LIMIT))
                    .expect("a search")
            });
        });
    }
    group.finish();
    bench_search_list(c, &journal, partnership.id);
}

/// The fixed list of searches `search_list` runs, by group: words in most records, rare
/// words (one with no hit at all), quoted phrases, and the first letters of a word as one
/// types them (bare words match as prefixes).
const SEARCH_LIST: [(&str, &[&str]); 4] = [
    (
        "common",
        &["team", "budget", "LinkedIn", "feedback", "meeting"],
    ),
    ("rare", &["kintsugi", "neurodiversity", "zeppelin"]),
    (
        "phrase",
        &[
            "\"psychological safety\"",
            "\"capital allocation\"",
            "\"the annual budget\"",
        ],
    ),
    ("prefix", &["t", "te", "tea", "bud", "pri", "stake"]),
];

/// How many times each search of [`SEARCH_LIST`] runs for its printed percentiles.
const SEARCH_LIST_RUNS: usize = 20;

/// `search_list`: every search of [`SEARCH_LIST`], across the journal and within the busiest
/// partnership. Prints each search's hits and its median and 95th percentile over
/// [`SEARCH_LIST_RUNS`] runs, and the 95th percentile of all of them together, per scope;
/// then one criterion benchmark per group and scope (one iteration runs the group's searches
/// in turn).
fn bench_search_list(c: &mut Criterion, journal: &Journal, partnership: PartnershipId) {
    let runs = if benchmarking() { SEARCH_LIST_RUNS } else { 1 };
    let scopes = [("journal", None), ("partnership", Some(partnership))];
    let search = |query: &str, scope: Option<PartnershipId>| {
        journal
            .read(|tx| tx.search(black_box(query), scope, SEARCH_LIMIT))
            .expect("a search")
    };
    let percentile = |times: &mut Vec<StdDuration>, p: f64| {
        times.sort_unstable();
        let at = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
        times[at]
    };
    for (scope_name, scope) in scopes {
        let mut all = Vec::new();
        for (group, queries) in SEARCH_LIST {
            for query in queries {
                let hits = search(query, scope).len();
                let mut times: Vec<StdDuration> = (0..runs)
                    .map(|_| {
                        let started = Instant::now();
                        black_box(search(query, scope));
                        started.elapsed()
                    })
                    .collect();
                all.extend_from_slice(&times);
                let median = percentile(&mut times, 0.5);
                let p95 = percentile(&mut times, 0.95);
                eprintln!(
                    "search_list {scope_name} {group} {query}: {hits} hits, median {median:.2?}, \
                     p95 {p95:.2?}"
                );
            }
        }
        eprintln!(
            "search_list {scope_name}: p95 {:.2?} over {} searches of the list",
            percentile(&mut all, 0.95),
            all.len()
        );
    }
    let mut group = c.benchmark_group("search_list");
    group.sample_size(20);
    for (scope_name, scope) in scopes {
        for (name, queries) in SEARCH_LIST {
            group.bench_function(format!("{name}_in_{scope_name}"), |b| {
                b.iter(|| {
                    for query in queries {
                        black_box(search(query, scope));
                    }
                });
            });
        }
    }
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// Bulk insert
// ---------------------------------------------------------------------------------------------

const WORDS: &[&str] = &[
    "budget",
    "forecast",
    "prompt",
    "review",
    "stakeholder",
    "dashboard",
    "model",
    "meeting",
    "feedback",
    "pilot",
    "automation",
    "spreadsheet",
    "question",
    "presentation",
    "roadmap",
    "risk",
    "customer",
    "board",
    "data",
    "workflow",
];

/// `n` learnings of one to three sentences over the last ten years, the same on every call.
fn learning_rows(n: usize, partnership: PartnershipId, session: SessionId) -> Vec<LearningFields> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    (0..n)
        .map(|_| {
            let mut text = String::new();
            for s in 0..rng.random_range(1..=3) {
                if s > 0 {
                    text.push(' ');
                }
                let words: Vec<&str> = (0..rng.random_range(8..=20))
                    .map(|_| WORDS[rng.random_range(0..WORDS.len())])
                    .collect();
                text.push_str(&format!(
                    "The {COMMON_WORD} learned that {}.",
                    words.join(" ")
                ));
            }
            LearningFields {
                partnership_id: Some(partnership),
                on: today() - Duration::days(rng.random_range(0..3_650)),
                text,
                skill_id: None,
                session_id: Some(session),
                visibility: if rng.random_bool(0.2) {
                    Visibility::Private
                } else {
                    Visibility::Shared
                },
                author: Party::Me,
            }
        })
        .collect()
}

fn partnership_fields() -> PartnershipFields {
    PartnershipFields {
        partner_name: "Sam Lee".to_owned(),
        partner_role: "Analyst".to_owned(),
        i_learn: vec!["Prompting".to_owned()],
        i_teach: vec!["Budgeting".to_owned()],
        status: PartnershipStatus::Active,
        started_on: today() - Duration::days(3_650),
        ends_on: None,
        cadence: None,
        agreement: String::new(),
        agreement_revisit_on: None,
    }
}

fn session_fields(partnership: PartnershipId, status: SessionStatus) -> SessionFields {
    SessionFields {
        partnership_id: partnership,
        starts_at: now().with_timezone(&FixedOffset::east_opt(3_600).expect("an offset")),
        duration_minutes: 60,
        status,
        title: "Kick-off".to_owned(),
        place: "Video call".to_owned(),
        shared_notes: "We agreed how we work.".to_owned(),
        private_notes: String::new(),
    }
}

/// A new journal file holding one partnership and one session.
struct JournalSide {
    _folder: TempDir,
    journal: Journal,
    rows: Vec<LearningFields>,
}

fn journal_side(n: usize) -> JournalSide {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut journal = new_journal(&folder.path().join("bulk.sqlite3"));
    let (partnership, session) = journal
        .write(|tx| {
            let p = tx.create(partnership_fields())?.id;
            let s = tx.create(session_fields(p, SessionStatus::Held))?.id;
            Ok((p, s))
        })
        .expect("the parents");
    JournalSide {
        _folder: folder,
        journal,
        rows: learning_rows(n, partnership, session),
    }
}

fn journal_insert(mut side: JournalSide) -> JournalSide {
    let rows = std::mem::take(&mut side.rows);
    side.journal
        .write(|tx| {
            for row in rows {
                tx.create(row)?;
            }
            Ok(())
        })
        .expect("the bulk insert");
    side
}

/// A plain SQLite file with the journal's schema (with or without the search index), holding
/// the same partnership and session rows, and the same learnings to insert.
struct PlainSide {
    _folder: TempDir,
    conn: Connection,
    rows: Vec<LearningFields>,
}

fn plain_side(n: usize, with_search: bool) -> PlainSide {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let conn = Connection::open(folder.path().join("plain.sqlite3")).expect("a connection");
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .expect("WAL");
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("a pragma");
    conn.pragma_update(None, "foreign_keys", "ON")
        .expect("a pragma");
    conn.execute_batch(SCHEMA_TABLES).expect("schema 1");
    if with_search {
        conn.execute_batch(SCHEMA_SEARCH).expect("schema 2");
    }
    let stamp = instant_text(now());
    let partnership = PartnershipId(new_id());
    let session = SessionId(new_id());
    conn.execute(
        "INSERT INTO partnership (id, partner_name, partner_role, i_learn, i_teach, status,
             started_on, agreement, created_at, updated_at)
         VALUES (?1, 'Sam Lee', 'Analyst', 'Prompting', 'Budgeting', 'active', '2016-03-04', '',
             ?2, ?2)",
        (partnership, &stamp),
    )
    .expect("the partnership");
    conn.execute(
        "INSERT INTO session (id, partnership_id, starts_at, starts_at_utc, duration_minutes,
             status, title, place, shared_notes, private_notes, created_at, updated_at)
         VALUES (?1, ?2, '2026-03-02T10:00:00+01:00', '2026-03-02T09:00:00.000Z', 60, 'held',
             'Kick-off', 'Video call', 'We agreed how we work.', '', ?3, ?3)",
        (session, partnership, &stamp),
    )
    .expect("the session");
    PlainSide {
        _folder: folder,
        conn,
        rows: learning_rows(n, partnership, session),
    }
}

fn instant_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A UUID v7 made the way the journal makes its ids.
fn new_id() -> uuid::Uuid {
    let millis = u64::try_from(now().timestamp_millis()).unwrap_or(0);
    let random: [u8; 10] = rand::random();
    uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid()
}

fn plain_insert(mut side: PlainSide) -> PlainSide {
    let rows = std::mem::take(&mut side.rows);
    let tx = side
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("a transaction");
    {
        let stamp = instant_text(now());
        let mut insert = tx
            .prepare_cached(
                "INSERT INTO learning (id, partnership_id, \"on\", text, skill_id, session_id,
                     visibility, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .expect("a statement");
        for row in rows {
            insert
                .execute((
                    new_id().to_string(),
                    row.partnership_id,
                    row.on.format("%Y-%m-%d").to_string(),
                    row.text,
                    row.skill_id,
                    row.session_id,
                    row.visibility.as_str(),
                    &stamp,
                    &stamp,
                ))
                .expect("an insert");
        }
    }
    tx.commit().expect("a commit");
    side
}

fn count(conn: &Connection, sql: &str) -> usize {
    conn.query_row(sql, [], |row| row.get::<_, i64>(0))
        .map(|n| usize::try_from(n).unwrap_or(0))
        .expect("a count")
}

fn bench_bulk_insert(c: &mut Criterion, n: usize) {
    // Once, untimed: both sides write the same rows, and what they write is what we think.
    let journal = journal_insert(journal_side(n));
    let stored = journal
        .journal
        .read(|tx| tx.learnings(None))
        .expect("a read");
    assert_eq!(stored.len(), n);
    let plain = plain_insert(plain_side(n, true));
    assert_eq!(count(&plain.conn, "SELECT count(*) FROM learning"), n);
    assert_eq!(
        count(
            &plain.conn,
            "SELECT count(*) FROM search WHERE kind = 'learning'"
        ),
        n
    );
    let plain_texts: Vec<String> = plain
        .conn
        .prepare("SELECT text FROM learning ORDER BY seq")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("the texts");
    let mut journal_texts: Vec<String> = stored.into_iter().map(|l| l.fields.text).collect();
    let mut sorted_plain = plain_texts;
    journal_texts.sort();
    sorted_plain.sort();
    assert!(
        journal_texts == sorted_plain,
        "both sides store the same rows"
    );
    drop((journal, plain));

    let mut group = c.benchmark_group("bulk_insert");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(4))
        .throughput(Throughput::Elements(n as u64));
    group.bench_function(BenchmarkId::new("journal_create_learnings", n), |b| {
        b.iter_batched(|| journal_side(n), journal_insert, BatchSize::PerIteration);
    });
    group.bench_function(BenchmarkId::new("plain_rusqlite_no_fts", n), |b| {
        b.iter_batched(
            || plain_side(n, false),
            plain_insert,
            BatchSize::PerIteration,
        );
    });
    group.bench_function(BenchmarkId::new("plain_rusqlite_with_fts", n), |b| {
        b.iter_batched(
            || plain_side(n, true),
            plain_insert,
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// A new journal in memory with one session to hang agenda items on.
fn agenda_side() -> (Journal, SessionId) {
    let mut journal = Journal::open_in_memory(clock()).expect("a journal");
    let session = journal
        .write(|tx| {
            let p = tx.create(partnership_fields())?.id;
            Ok(tx.create(session_fields(p, SessionStatus::Planned))?.id)
        })
        .expect("the parents");
    (journal, session)
}

fn agenda_insert((mut journal, session): (Journal, SessionId), n: u32) -> Journal {
    journal
        .write(|tx| {
            for position in 0..n {
                tx.create(AgendaItemFields {
                    session_id: session,
                    position,
                    text: format!("Agenda point {position} for the {COMMON_WORD}"),
                    minutes: Some(10),
                    owner: if position % 2 == 0 {
                        Party::Me
                    } else {
                        Party::Partner
                    },
                    covered: false,
                    carried_from: None,
                    goal_id: None,
                    visibility: Visibility::Shared,
                })?;
            }
            Ok(())
        })
        .expect("the agenda");
    journal
}

fn bench_agenda_insert(c: &mut Criterion, sizes: &[u32]) {
    let mut group = c.benchmark_group("agenda_insert_one_session");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(3));
    for &n in sizes {
        group.throughput(Throughput::Elements(u64::from(n)));
        group.bench_with_input(BenchmarkId::new("append_items", n), &n, |b, &n| {
            b.iter_batched(
                agenda_side,
                |side| agenda_insert(side, n),
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// Export and import
// ---------------------------------------------------------------------------------------------

/// The formats `export_import` renders, named as in the benchmark ids.
const EXPORT_FORMATS: [(&str, Format); 5] = [
    ("markdown", Format::Markdown),
    ("markdown_folder", Format::MarkdownFolder),
    ("html", Format::Html),
    ("pack", Format::Pack),
    ("calendar", Format::Calendar),
];

/// The whole journal for oneself: everything, trash included in the pack.
fn render(journal: &Journal, format: Format) -> Rendered {
    export::render(journal, format, Scope::Journal, Audience::All, now()).expect("an export")
}

/// Files and bytes of an export, all files together.
fn export_size(rendered: &Rendered) -> (usize, usize) {
    match rendered {
        Rendered::File(text) => (1, text.len()),
        Rendered::Folder(files) => (files.len(), files.iter().map(|(_, text)| text.len()).sum()),
    }
}

/// An empty journal file in a folder of its own; the journal closes before the folder goes.
struct Scratch {
    journal: Journal,
    _folder: TempDir,
}

fn scratch_journal() -> Scratch {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let journal = new_journal(&folder.path().join("import.sqlite3"));
    Scratch {
        journal,
        _folder: folder,
    }
}

fn import_into(mut scratch: Scratch, pack: &Pack) -> Scratch {
    import::import(&mut scratch.journal, pack, &ImportOptions::default()).expect("the import");
    scratch
}

/// The records in `journal`: live, and in the trash.
fn held(journal: &Journal) -> (usize, usize) {
    journal
        .read(|tx| tx.record_counts())
        .expect("a read")
        .iter()
        .fold((0, 0), |(live, trashed), c| {
            (live + c.live as usize, trashed + c.trashed as usize)
        })
}

/// The heavy journal's pack, read back, and a journal that already holds it.
struct PackFixture {
    bytes: Vec<u8>,
    pack: Pack,
    /// An empty journal file, for planning.
    empty: Scratch,
    /// A journal the pack was imported into once.
    full: Scratch,
}

impl PackFixture {
    /// Made once, untimed, with checks that the round trip does what the benchmarks assume.
    fn build(journal: &Journal) -> Self {
        let started = Instant::now();
        let Rendered::File(text) = render(journal, Format::Pack) else {
            panic!("a pack is one file");
        };
        let bytes = text.into_bytes();
        let pack = import::read_pack(&bytes).expect("the heavy pack reads back");
        let records = pack.record_count();
        let options = ImportOptions::default();
        let empty = scratch_journal();
        let planned = import::plan(&empty.journal, &pack, &options).expect("a plan");
        assert_eq!(held(&empty.journal), (0, 0), "planning wrote nothing");
        assert_eq!(planned.added as usize, records, "every record is new");
        let mut full = scratch_journal();
        let imported = import::import(&mut full.journal, &pack, &options).expect("the import");
        assert_eq!(planned, imported, "the plan is what the import does");
        let (live, trashed) = held(&full.journal);
        assert_eq!(live + trashed, records, "the journal holds the pack");
        let again = import::plan(&full.journal, &pack, &options).expect("a plan");
        assert_eq!(
            again.unchanged as usize, records,
            "every record is unchanged"
        );
        assert!(again.writes_nothing(), "a second import writes nothing");
        eprintln!(
            "export_import: pack of {records} records ({trashed} in the trash), {:.1} MB; set \
             up in {:.2?}",
            bytes.len() as f64 / 1e6,
            started.elapsed()
        );
        Self {
            bytes,
            pack,
            empty,
            full,
        }
    }
}

fn bench_export_import(c: &mut Criterion, heavy: &Heavy) {
    let journal = heavy.open();
    let fixture: OnceCell<PackFixture> = OnceCell::new();
    let fixture = || fixture.get_or_init(|| PackFixture::build(&journal));

    // Ten samples of one iteration at least: 0.1 to 0.6 s each for a render, 0.8 to 2 s for
    // a plan or an import into an empty journal. The times are long enough that criterion does
    // not warn.
    let mut group = c.benchmark_group("export_import");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(7));
    for (name, format) in EXPORT_FORMATS {
        let mut reported = false;
        group.bench_function(format!("render_{name}"), |b| {
            if !std::mem::replace(&mut reported, true) {
                let (files, bytes) = export_size(&render(&journal, format));
                eprintln!(
                    "export_import: {name}: {files} file(s), {bytes} bytes ({:.1} MB)",
                    bytes as f64 / 1e6
                );
            }
            b.iter(|| render(&journal, black_box(format)));
        });
    }
    group.bench_function("read_pack", |b| {
        let fixture = fixture();
        b.iter_with_large_drop(|| import::read_pack(black_box(&fixture.bytes)).expect("a pack"));
    });
    group.measurement_time(StdDuration::from_secs(35));
    group.bench_function("plan_into_empty", |b| {
        let fixture = fixture();
        b.iter(|| {
            import::plan(
                &fixture.empty.journal,
                black_box(&fixture.pack),
                &ImportOptions::default(),
            )
            .expect("a plan")
        });
    });
    group.bench_function("import_into_empty", |b| {
        let fixture = fixture();
        b.iter_batched(
            scratch_journal,
            |scratch| import_into(scratch, black_box(&fixture.pack)),
            BatchSize::PerIteration,
        );
    });
    group.measurement_time(StdDuration::from_secs(7));
    group.bench_function("replan_unchanged", |b| {
        let fixture = fixture();
        b.iter(|| {
            import::plan(
                &fixture.full.journal,
                black_box(&fixture.pack),
                &ImportOptions::default(),
            )
            .expect("a plan")
        });
    });
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// Backups and the daily care
// ---------------------------------------------------------------------------------------------

fn bench_backup_and_daily_care(c: &mut Criterion, heavy: &Heavy) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("journal.sqlite3");
    std::fs::copy(&heavy.path, &path).expect("a copy of the heavy journal");
    if encrypted() {
        std::fs::copy(keys_path(&heavy.path), keys_path(&path)).expect("a copy of its keys");
    }
    let backups = twoway_journal::backups::folder_for(&path);
    let open = || open_journal(&path);

    // Ten samples of one iteration: about 0.75 s for a backup, 1 s for the first open.
    let mut group = c.benchmark_group("backup_and_daily_care");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(11));
    let target = folder.path().join("copy.sqlite3");
    let remove = |file: &std::path::Path| {
        if let Err(e) = std::fs::remove_file(file)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            panic!("{e}");
        }
    };
    {
        let journal = open();
        let mut reported = false;
        group.bench_function("backup_to", |b| {
            if !std::mem::replace(&mut reported, true) {
                journal
                    .backup_to(&target, Overwrite::Refuse)
                    .expect("a backup");
                let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
                eprintln!(
                    "backup_and_daily_care: a backup of the heavy journal: {bytes} bytes ({:.1} MB)",
                    bytes as f64 / 1e6
                );
            }
            b.iter_batched(
                || remove(&target),
                |()| {
                    journal
                        .backup_to(black_box(&target), Overwrite::Refuse)
                        .expect("a backup")
                },
                BatchSize::PerIteration,
            );
        });
        // The care of the journal's first open of the day, once, so both opens below find the
        // same journal: what it purges and thins is gone from then on.
        let mut journal = journal;
        journal.daily_care().expect("the daily care");
    }
    remove(&target);
    group.bench_function("open_first_of_the_day", |b| {
        b.iter_batched(
            || std::fs::remove_dir_all(&backups).expect("the day's backup to remove"),
            |()| {
                let mut journal = open();
                let care = journal.daily_care().expect("the daily care");
                assert!(care.backup.is_some(), "the day's backup is made");
                journal
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("open_later_in_the_day", |b| {
        b.iter_with_large_drop(|| {
            let mut journal = open();
            let care = journal.daily_care().expect("the daily care");
            assert_eq!(care.backup, None, "today's backup is there");
            journal
        });
    });
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// Programme report
// ---------------------------------------------------------------------------------------------

/// How many pairs' reports `programme` merges, as a coordinator of a large programme would.
const PROGRAMME_REPORTS: usize = 200;

fn bench_programme(c: &mut Criterion, heavy: &Heavy) {
    use twoway_journal::programme::dashboard::{ChartLibrary, dashboard_html, numbers_csv};
    use twoway_journal::programme::{ProgrammeReport, ProgrammeSide, ReportOptions, merge};
    let mut journal = heavy.open();
    let options = ReportOptions::default();
    let heavy_report = journal
        .write(|tx| tx.programme_report(&options, today()))
        .expect("a report");
    // Reports of one or two pairs each, taken in turn from the heavy journal's, each side.
    let reports: Vec<ProgrammeReport> = (0..PROGRAMME_REPORTS)
        .map(|i| {
            let pairs = &heavy_report.pairs;
            let mut report = heavy_report.clone();
            report.side = [
                Some(ProgrammeSide::JuniorMentor),
                Some(ProgrammeSide::SeniorLeader),
            ][i % 2];
            report.pairs = (0..1 + i % 2)
                .map(|k| pairs[(i + k) % pairs.len()].clone())
                .collect();
            report
        })
        .collect();
    let texts: Vec<String> = reports.iter().map(ProgrammeReport::to_json).collect();
    let chart = ChartLibrary {
        script: "",
        style: "",
    };
    let mut group = c.benchmark_group("programme");
    group.bench_function("report_of_heavy_journal", |b| {
        b.iter(|| {
            journal
                .write(|tx| tx.programme_report(black_box(&options), today()))
                .expect("a report")
        });
    });
    group.bench_function(format!("merge_{PROGRAMME_REPORTS}_reports"), |b| {
        b.iter(|| {
            let reports: Vec<ProgrammeReport> = texts
                .iter()
                .map(|text| ProgrammeReport::from_json(text).expect("a report"))
                .collect();
            let numbers = merge(&reports);
            black_box((
                dashboard_html(&numbers, Some(&chart)),
                numbers_csv(&numbers),
            ))
        });
    });
    group.finish();
}

fn main() {
    let full = benchmarking();
    let (size, bulk_rows, agenda_sizes) = if full {
        (SyntheticSize::HEAVY, BULK_ROWS, AGENDA_SIZES.to_vec())
    } else {
        (SyntheticSize::SMALL, 200, vec![20])
    };
    let heavy = Heavy::build(&size);
    let mut c = Criterion::default()
        .warm_up_time(StdDuration::from_secs(1))
        .measurement_time(StdDuration::from_secs(3))
        .configure_from_args();
    bench_open(&mut c, &heavy);
    bench_summary(&mut c, &heavy);
    bench_sessions(&mut c, &heavy);
    bench_carry_over(&mut c, &heavy);
    bench_search(&mut c, &heavy);
    bench_bulk_insert(&mut c, bulk_rows);
    bench_agenda_insert(&mut c, &agenda_sizes);
    bench_export_import(&mut c, &heavy);
    bench_backup_and_daily_care(&mut c, &heavy);
    bench_programme(&mut c, &heavy);
    c.final_summary();
    drop(heavy);
}
