//! Nothing lost: the command line killed (SIGKILL) at random moments, a full disk and a
//! read-only disk, on real files and real file systems.
//!
//! - The kill test runs every command that writes a file (import, backup, each export form)
//!   and kills it at a moment drawn by a seeded generator across the command's measured
//!   duration, a few hundred times in all. After each kill the next start of the journal (the
//!   command line's `check`) must find it sound and holding either the state before or the
//!   state after the command, the command's target must be absent or whole, and no temporary
//!   file of the journal may remain, in the journal's folder, its backups folder or the
//!   target's folder. `TWOWAY_KILL_SEED` replays another seed; the seed is printed.
//! - The full-disk and read-only tests mount a small tmpfs of their own (and unmount it when
//!   they end, even on a panic). Where mounting is not allowed they say so and pass, unless
//!   `CI` is set: there they must run.

#![cfg(target_os = "linux")]

use rusqlite::{Connection, OpenFlags};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use twoway_journal::files::TEMP_PREFIX;
use twoway_journal::model::Kind;
use twoway_journal::sample::{SyntheticSize, fill_synthetic};
use twoway_journal::{Journal, SystemClock};
use twoway_tests::app::{app_binary, text, twoway};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Runs a command that must succeed; returns its standard output.
fn ok(journal: &Path, args: &[&str]) -> String {
    let out = twoway(journal, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// The number of records `check` reports for a sound journal; panics when it is not sound.
fn checked_records(journal: &Path) -> u32 {
    let out = ok(journal, &["check"]);
    let records = out
        .trim_end()
        .strip_suffix(" records.")
        .and_then(|rest| rest.rsplit(' ').next())
        .and_then(|n| n.parse().ok());
    records.unwrap_or_else(|| panic!("check said {out:?}"))
}

/// A connection that reads a file as it is and writes nothing beside it (no `-wal`, no `-shm`).
fn read_as_is(path: &Path) -> Connection {
    let uri = format!("file:{}?immutable=1", path.display());
    Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )
    .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()))
}

/// The ids of every record of every kind in the journal on `conn`, each with its kind.
fn ids_on(conn: &Connection) -> BTreeSet<(Kind, String)> {
    let mut ids = BTreeSet::new();
    for &kind in Kind::ALL {
        let mut stmt = conn
            .prepare(&format!("SELECT id FROM {}", kind.table()))
            .unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        ids.extend(rows.map(|id| (kind, id.unwrap())));
    }
    ids
}

/// The ids of a journal that is not in use, read without writing anything beside it (its
/// `-wal`, if one was left, is read too).
fn ids_of(journal: &Path) -> BTreeSet<(Kind, String)> {
    if !Path::new(&format!("{}-wal", journal.display())).exists() {
        return ids_on(&read_as_is(journal));
    }
    let conn = Connection::open_with_flags(journal, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", journal.display()));
    ids_on(&conn)
}

/// A copy of a journal (an explicit or automatic backup) that is a sound Twoway journal: its
/// integrity check passes; returns its ids.
fn sound_copy(path: &Path) -> BTreeSet<(Kind, String)> {
    let conn = read_as_is(path);
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, twoway_journal::APPLICATION_ID, "{}", path.display());
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(verdict, "ok", "{} is damaged", path.display());
    ids_on(&conn)
}

/// The journal's temporary files and folders (by their prefix) in `folders`.
fn temporaries(folders: &[&Path]) -> Vec<PathBuf> {
    folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok())
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .map(|e| e.path())
        .collect()
}

/// Every file under `folder`, recursively, with its bytes' hash.
fn hashes(folder: &Path) -> BTreeMap<PathBuf, u64> {
    use std::hash::{Hash, Hasher};
    let mut found = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(hashes(&path));
        } else {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(&path).unwrap().hash(&mut hasher);
            found.insert(path, hasher.finish());
        }
    }
    found
}

/// Every path under `folder`, recursively.
fn tree(folder: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(tree(&path));
        }
        found.insert(path);
    }
    found
}

/// A file's text without what changes from one export to the next: the time it was made.
fn without_stamp(text: &str) -> String {
    text.lines()
        // Case-blind: the HTML header says "Exported … 18:09 (UTC)", to the minute, so runs on
        // either side of a minute would differ.
        .filter(|l| !l.to_lowercase().contains("exported") && !l.starts_with("DTSTAMP:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A small deterministic generator (SplitMix64), so a run can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A duration drawn evenly from `0..=max`.
    fn up_to(&mut self, max: Duration) -> Duration {
        let micros = u64::try_from(max.as_micros()).unwrap_or(u64::MAX);
        Duration::from_micros(self.next() % (micros + 1))
    }
}

// ---------------------------------------------------------------------------------------------
// A tmpfs of the test's own
// ---------------------------------------------------------------------------------------------

/// A tmpfs mounted on a temporary folder, unmounted when dropped (a failing test included).
struct Tmpfs {
    mount_point: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Result<Self, String> {
        let mount_point = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755")])
            .arg("twoway-test")
            .arg(mount_point.path())
            .output()
            .map_err(|e| format!("mount: {e}"))?;
        if !out.status.success() {
            let said = text(&out.stderr);
            return Err(said.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        Ok(Self { mount_point })
    }

    fn path(&self) -> &Path {
        self.mount_point.path()
    }

    /// Remounts it read-only (`ro`) or writable (`rw`).
    fn remount(&self, mode: &str) {
        let out = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.path())
            .output()
            .expect("mount runs");
        assert!(
            out.status.success(),
            "remount,{mode}: {}",
            text(&out.stderr)
        );
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(self.path())
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Something still holds a file there: detach it now, it goes when released.
            let _ = Command::new("umount").arg("-l").arg(self.path()).status();
        }
    }
}

/// A tmpfs of `size`, or `None` (the test is skipped, and says why) where mounting is not
/// allowed. Under CI (`CI` set) the test must run, so there it fails instead.
fn tmpfs(size: &str, test: &str) -> Option<Tmpfs> {
    match Tmpfs::mount(size) {
        Ok(disk) => Some(disk),
        Err(why) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{test} must run under CI, but a tmpfs cannot be mounted here: {why}"
            );
            eprintln!(
                "{test}: SKIPPED: a tmpfs cannot be mounted here ({why}); run it as root, or \
                 where mounting is allowed"
            );
            None
        }
    }
}

/// Writes zeros to `path` until the disk holding it is full, then gives `leave` bytes back.
fn fill_disk(path: &Path, leave: u64) {
    let mut file = std::fs::File::create(path).unwrap();
    for chunk in [1 << 20, 4096] {
        let zeros = vec![0u8; chunk];
        loop {
            match file.write_all(&zeros) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
    }
    // A write cut short keeps what fitted: the file's length is what it takes.
    let written = file.metadata().unwrap().len();
    file.set_len(written.saturating_sub(leave)).unwrap();
    file.sync_all().unwrap();
}

// ---------------------------------------------------------------------------------------------
// Killed at random moments
// ---------------------------------------------------------------------------------------------

/// The heavy-enough journal of the kill test: long enough to write that a command is killed
/// in the middle of its work, small enough for a few hundred runs in about a minute.
const KILL_SIZE: SyntheticSize = SyntheticSize {
    partnerships: 3,
    goals: 15,
    check_ins: 60,
    sessions: 75,
    agenda_items: 750,
    action_items: 250,
    skills: 15,
    ratings_per_skill: 4,
    learnings: 500,
    feedback: 120,
    long_sessions: 0,
    long_learnings: 0,
    long_ratings_per_skill: 0,
};

const KILL_SEED: u64 = 0x7770_2026;

/// What a command writes, and how to tell it is whole.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Writes {
    /// A JSON pack, Markdown, HTML or iCalendar file.
    File,
    /// A new Markdown folder.
    NewFolder,
    /// Markdown files into a folder that exists.
    IntoFolder,
    /// A copy of the journal; every other run is the first open of the day, which makes the
    /// day's backup first.
    Backup,
    /// The records of a pack, merged into another journal.
    Import,
}

struct Case {
    name: &'static str,
    args: Vec<String>,
    writes: Writes,
    target: PathBuf,
    runs: u32,
}

/// What one kind of command did over its runs.
#[derive(Default, Debug)]
struct Tally {
    killed: u32,
    finished: u32,
    /// Killed with one of its temporary files on disk (in the middle of writing).
    mid_write: u32,
    /// Killed after it had finished its target (the state after).
    killed_after: u32,
}

/// The journals and folders of the kill test.
struct KillBench {
    root: tempfile::TempDir,
    heavy: PathBuf,
    heavy_ids: BTreeSet<(Kind, String)>,
    out: PathBuf,
    /// The journal imported into, reset to `base` before each run.
    target: PathBuf,
    base: PathBuf,
    before_import: BTreeSet<(Kind, String)>,
    after_import: BTreeSet<(Kind, String)>,
}

impl KillBench {
    fn build() -> Self {
        let root = tempfile::tempdir().unwrap();
        let heavy = root.path().join("heavy").join("journal.sqlite3");
        let mut journal = Journal::open(&heavy, Arc::new(SystemClock)).unwrap();
        let today = chrono::Local::now().date_naive();
        fill_synthetic(&mut journal, &KILL_SIZE, 11, today).unwrap();
        drop(journal);
        // The first open of the day makes the day's backup: the runs below are later opens.
        let records = checked_records(&heavy);
        let heavy_ids = ids_of(&heavy);
        assert_eq!(records as usize, heavy_ids.len());

        let out = root.path().join("out");
        std::fs::create_dir(&out).unwrap();
        // The pack imported is one partnership's, everything of it.
        let (_, partnership) = heavy_ids
            .iter()
            .find(|(kind, _)| *kind == Kind::Partnership)
            .unwrap();
        let pack = root.path().join("pack.json");
        ok(
            &heavy,
            &[
                "export",
                "--format",
                "json",
                "--audience",
                "all",
                "--partnership",
                partnership,
                "--out",
                &arg(&pack),
            ],
        );
        let pack_text = std::fs::read_to_string(&pack).unwrap();
        let pack_ids: BTreeSet<_> = heavy_ids
            .iter()
            .filter(|(_, id)| pack_text.contains(&format!("\"id\": \"{id}\"")))
            .cloned()
            .collect();

        // The journal a pack is imported into holds records of its own, and its day's backup.
        let base = root.path().join("base").join("journal.sqlite3");
        ok(&base, &["demo"]);
        let target = root.path().join("target").join("journal.sqlite3");
        std::fs::create_dir(target.parent().unwrap()).unwrap();
        std::fs::copy(&base, &target).unwrap();
        checked_records(&target);
        let before_import = ids_of(&base);
        let after_import: BTreeSet<_> = before_import.union(&pack_ids).cloned().collect();
        let pack_records = twoway_journal::import::read_pack_file(&pack)
            .unwrap()
            .record_count();
        assert_eq!(
            pack_ids.len(),
            pack_records,
            "the pack's records are the heavy journal's"
        );
        assert!(pack_records > heavy_ids.len() / 4, "{pack_records} records");
        Self {
            root,
            heavy,
            heavy_ids,
            out,
            target,
            base,
            before_import,
            after_import,
        }
    }

    fn cases(&self) -> Vec<Case> {
        let root = self.root.path();
        let pack = arg(&root.join("pack.json"));
        let export = |name: &'static str, format: &str, file: &str, runs| {
            let target = self.out.join(file);
            Case {
                name,
                args: ["export", "--format", format, "--audience", "all", "--out"]
                    .into_iter()
                    .map(str::to_owned)
                    .chain([arg(&target)])
                    .collect(),
                writes: Writes::File,
                target,
                runs,
            }
        };
        let folder = |name: &'static str, into: &str, writes, runs| {
            let target = self.out.join(into);
            Case {
                name,
                args: [
                    "export",
                    "--format",
                    "md",
                    "--folder",
                    "--audience",
                    "all",
                    "--force",
                    "--out",
                ]
                .into_iter()
                .map(str::to_owned)
                .chain([arg(&target)])
                .collect(),
                writes,
                target,
                runs,
            }
        };
        let copy = self.out.join("copy.sqlite3");
        vec![
            Case {
                name: "import",
                args: vec!["import".into(), pack],
                writes: Writes::Import,
                target: self.target.clone(),
                runs: 55,
            },
            Case {
                name: "backup",
                args: vec!["backup".into(), "--out".into(), arg(&copy)],
                writes: Writes::Backup,
                target: copy,
                runs: 35,
            },
            export("json pack", "json", "pack.json", 30),
            export("markdown file", "md", "journal.md", 30),
            export("html", "html", "journal.html", 10),
            export("calendar", "ics", "journal.ics", 10),
            folder("markdown folder", "folder", Writes::NewFolder, 35),
            folder("markdown into a folder", "into", Writes::IntoFolder, 25),
        ]
    }

    /// The journal a case's command runs on.
    fn journal_of(&self, case: &Case) -> &Path {
        if case.writes == Writes::Import {
            &self.target
        } else {
            &self.heavy
        }
    }

    /// Puts things back as they were before the command: no target, and for an import the
    /// journal without the pack. With `new_day`, a backup runs as the first open of the day:
    /// it makes the day's backup before the one asked for.
    fn prepare(&self, case: &Case, new_day: bool) {
        match case.writes {
            Writes::Import => {
                for suffix in ["-wal", "-shm"] {
                    let mut side = self.target.as_os_str().to_owned();
                    side.push(suffix);
                    let _ = std::fs::remove_file(side);
                }
                std::fs::copy(&self.base, &self.target).unwrap();
            }
            Writes::Backup => {
                let _ = std::fs::remove_file(&case.target);
                if new_day {
                    let _ = std::fs::remove_dir_all(self.backups(&self.heavy));
                }
            }
            Writes::File => {
                let _ = std::fs::remove_file(&case.target);
            }
            Writes::NewFolder => {
                let _ = std::fs::remove_dir_all(&case.target);
            }
            Writes::IntoFolder => {
                let _ = std::fs::remove_dir_all(&case.target);
                std::fs::create_dir(&case.target).unwrap();
            }
        }
    }

    fn backups(&self, journal: &Path) -> PathBuf {
        twoway_journal::backups::folder_for(journal)
    }

    /// Every folder a temporary file of the case's command may be in.
    fn folders(&self, case: &Case) -> Vec<PathBuf> {
        let journal = self.journal_of(case);
        let mut folders = vec![
            journal.parent().unwrap().to_owned(),
            self.backups(journal),
            self.out.clone(),
        ];
        if case.writes == Writes::IntoFolder {
            folders.push(case.target.clone());
        }
        folders
    }
}

/// The normalized content of what a case wrote, to compare with the complete one.
#[derive(PartialEq, Eq, Debug)]
enum Content {
    Absent,
    File(String),
    Folder(BTreeMap<String, String>),
    Records(BTreeSet<(Kind, String)>),
}

fn content_of(case: &Case) -> Content {
    let target = &case.target;
    match case.writes {
        Writes::File => match std::fs::read(target) {
            Ok(bytes) => Content::File(without_stamp(
                &String::from_utf8(bytes).expect("an export is UTF-8"),
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Content::Absent,
            Err(e) => panic!("{}: {e}", target.display()),
        },
        Writes::NewFolder | Writes::IntoFolder => {
            if !target.exists() {
                return Content::Absent;
            }
            let files = std::fs::read_dir(target)
                .unwrap()
                .map(|e| {
                    let e = e.unwrap();
                    let text = std::fs::read_to_string(e.path()).unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        without_stamp(&text),
                    )
                })
                .collect();
            Content::Folder(files)
        }
        Writes::Backup => {
            if target.exists() {
                Content::Records(sound_copy(target))
            } else {
                Content::Absent
            }
        }
        Writes::Import => Content::Records(ids_of(target)),
    }
}

/// Whether `found` is all or nothing of `whole`: absent, or complete. Files written into an
/// existing folder are renamed into it one by one, so there each file is absent or whole.
fn all_or_nothing(case: &Case, found: &Content, whole: &Content) -> bool {
    match (case.writes, found, whole) {
        (Writes::IntoFolder, Content::Folder(found), Content::Folder(whole)) => found
            .iter()
            .all(|(name, text)| whole.get(name) == Some(text)),
        // The journal itself: the state before or after, checked by the caller.
        (Writes::Import, _, _) => true,
        (_, found, whole) => found == &Content::Absent || found == whole,
    }
}

/// Runs `args` on `journal` and kills it after `delay`; whether it was killed (else it
/// finished, successfully: anything else fails the test).
fn run_and_kill(journal: &Path, args: &[String], delay: Duration) -> bool {
    let mut child = Command::new(app_binary())
        .arg("--journal")
        .arg(journal)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the twoway binary starts");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        let left = delay.saturating_sub(started.elapsed());
        if left.is_zero() {
            // SIGKILL.
            child.kill().unwrap();
            break;
        }
        std::thread::sleep(left.min(Duration::from_millis(1)));
    }
    let out = child.wait_with_output().unwrap();
    match out.status.signal() {
        Some(9) => true,
        _ => {
            assert!(
                out.status.success(),
                "{args:?} failed on its own: {}",
                text(&out.stderr)
            );
            false
        }
    }
}

#[test]
fn commands_killed_at_random_moments_lose_nothing_and_leave_nothing() {
    let started = Instant::now();
    let seed = std::env::var("TWOWAY_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(KILL_SEED);
    // Two halves side by side, each on journals and folders of its own, with a generator of
    // its own (seeded from the seed and its number).
    let halves: [&[&str]; 2] = [
        &["import", "json pack", "markdown file", "calendar"],
        &[
            "backup",
            "markdown folder",
            "markdown into a folder",
            "html",
        ],
    ];
    let (runs, mid_write) = std::thread::scope(|scope| {
        let halves: Vec<_> = (0..)
            .zip(halves)
            .map(|(half, names)| scope.spawn(move || kill_runs(seed, half, names)))
            .collect();
        halves
            .into_iter()
            .map(|half| half.join().expect("a half of the kill test"))
            .fold((0, 0), |(r, m), (runs, mid)| (r + runs, m + mid))
    });
    eprintln!(
        "kill test: seed {seed}, {runs} runs, {mid_write} killed while writing, in {:.1?}",
        started.elapsed()
    );
    assert!(
        mid_write > 0,
        "no run was killed while a temporary file was on disk: the kills missed the writes"
    );
}

/// The runs of the cases named `names`, on a bench of their own, with the generator of half
/// number `half`; how many runs there were, and how many were killed while writing.
fn kill_runs(seed: u64, half: u64, names: &[&str]) -> (u32, u32) {
    let started = Instant::now();
    let bench = KillBench::build();
    let cases: Vec<Case> = bench
        .cases()
        .into_iter()
        .filter(|case| names.contains(&case.name))
        .collect();
    assert_eq!(cases.len(), names.len(), "{names:?}");
    let mut rng = Rng(seed.wrapping_add(half));
    eprintln!(
        "kill test: journal of {} records ({:.1} MB), built in {:.1?}",
        bench.heavy_ids.len(),
        std::fs::metadata(&bench.heavy).unwrap().len() as f64 / 1e6,
        started.elapsed()
    );
    let mut runs = 0;
    let mut mid_write = 0;
    for case in cases {
        let journal = bench.journal_of(&case);
        let folders = bench.folders(&case);
        let folders: Vec<&Path> = folders.iter().map(PathBuf::as_path).collect();

        // Three runs to the end: how long the command takes (the median), and what it writes
        // whole.
        let mut durations = Vec::new();
        let mut before = Content::Absent;
        for _ in 0..3 {
            bench.prepare(&case, true);
            before = content_of(&case);
            let at = Instant::now();
            assert!(!run_and_kill(journal, &case.args, Duration::from_secs(600)));
            durations.push(at.elapsed());
        }
        durations.sort();
        let duration = durations[1];
        let whole = content_of(&case);
        assert_ne!(
            before, whole,
            "{}: the command changes something",
            case.name
        );
        if case.writes == Writes::Import {
            assert_eq!(before, Content::Records(bench.before_import.clone()));
            assert_eq!(whole, Content::Records(bench.after_import.clone()));
        }
        if case.writes == Writes::Backup {
            assert_eq!(whole, Content::Records(bench.heavy_ids.clone()));
        }
        if let (Writes::File, Some("json")) = (
            case.writes,
            case.target.extension().and_then(|e| e.to_str()),
        ) {
            twoway_journal::import::read_pack_file(&case.target).expect("the pack reads back");
        }

        let case_started = Instant::now();
        let mut tally = Tally::default();
        for run in 0..case.runs {
            bench.prepare(&case, run % 2 == 0);
            // The first run is killed at once, so every command is seen killed at its start;
            // the others across its duration and a fifth beyond, so its end is killed too.
            let delay = if run == 0 {
                Duration::ZERO
            } else {
                rng.up_to(duration + duration / 5)
            };
            let killed = run_and_kill(journal, &case.args, delay);
            let context = format!(
                "{} run {run} (seed {seed}, half {half}, after {delay:?})",
                case.name
            );
            if killed {
                tally.killed += 1;
                if !temporaries(&folders).is_empty() {
                    tally.mid_write += 1;
                }
            } else {
                tally.finished += 1;
            }

            // The next start: the journal opens and is sound, in the state before or after.
            let records = checked_records(journal);
            assert!(
                temporaries(&folders).is_empty(),
                "{context}: temporary files left after the next start: {:?}",
                temporaries(&folders)
            );
            let found = content_of(&case);
            assert!(
                all_or_nothing(&case, &found, &whole),
                "{context}: the target is neither absent nor whole"
            );
            if case.writes == Writes::Import {
                assert!(
                    found == before || found == whole,
                    "{context}: the journal holds neither the state before nor after"
                );
                let expected = if found == whole {
                    bench.after_import.len()
                } else {
                    bench.before_import.len()
                };
                assert_eq!(records as usize, expected, "{context}");
            } else {
                assert_eq!(records as usize, bench.heavy_ids.len(), "{context}");
                assert_eq!(ids_of(journal), bench.heavy_ids, "{context}");
            }
            if killed && found == whole && found != Content::Absent {
                tally.killed_after += 1;
            }
            // Every automatic backup there is whole (the day's, and those before an import).
            if matches!(case.writes, Writes::Import | Writes::Backup) {
                for entry in std::fs::read_dir(bench.backups(journal)).unwrap() {
                    sound_copy(&entry.unwrap().path());
                }
            }
        }
        eprintln!(
            "kill test: {:<24} {:>3} runs over {duration:>8.1?} in {:>6.1?}: {tally:?}",
            case.name,
            case.runs,
            case_started.elapsed()
        );
        assert!(tally.killed > 0, "{}: never killed", case.name);
        runs += case.runs;
        mid_write += tally.mid_write;
    }
    (runs, mid_write)
}

// ---------------------------------------------------------------------------------------------
// A full disk
// ---------------------------------------------------------------------------------------------

/// The one line a write refused for a full disk ends with, naming `folder`.
fn full_disk_message(folder: &Path) -> String {
    format!(
        "twoway: the disk holding {} is full; nothing was changed",
        folder.display()
    )
}

/// The one line a write refused for read-only media ends with, naming `folder`.
fn read_only_message(folder: &Path) -> String {
    format!(
        "twoway: {} cannot be written (it is read-only, or you may not write there); nothing \
         was changed",
        folder.display()
    )
}

/// The command failed (exit 1) with `message` as the last line of its standard error.
fn assert_refused(out: &Output, message: &str, what: &str) {
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
    assert_eq!(stderr.lines().last(), Some(message), "{what}: {stderr}");
}

#[test]
fn a_full_disk_refuses_every_write_in_plain_words_and_loses_nothing() {
    let Some(disk) = tmpfs("12m", "the full-disk test") else {
        return;
    };
    let elsewhere = tempfile::tempdir().unwrap();
    let journal = disk.path().join("journal").join("journal.sqlite3");
    let journal_folder = journal.parent().unwrap().to_owned();
    let backups = twoway_journal::backups::folder_for(&journal);
    ok(&journal, &["demo"]);
    // The first open of the day makes the day's backup while there is room.
    let records = checked_records(&journal);
    let ids = ids_of(&journal);
    // A pack of another journal, to import.
    let other = elsewhere.path().join("other.sqlite3");
    ok(&other, &["demo"]);
    let pack = arg(&elsewhere.path().join("pack.json"));
    ok(
        &other,
        &[
            "export",
            "--format",
            "json",
            "--audience",
            "all",
            "--out",
            &pack,
        ],
    );
    let intact = |what: &str| {
        assert_eq!(checked_records(&journal), records, "{what}");
        assert_eq!(ids_of(&journal), ids, "{what}");
    };

    // Almost full: room to open the journal (SQLite's 32 KiB index of its log), not to write
    // a copy of it or an export (about 70 kB of Markdown).
    let filler = disk.path().join("filler");
    fill_disk(&filler, 48 * 1024);
    let before = tree(disk.path());
    let copy = disk.path().join("copy.sqlite3");
    let file = disk.path().join("journal.md");
    let folder = disk.path().join("journal");
    let md = |out: &Path, folder: bool| {
        let mut args = vec!["export", "--format", "md", "--audience", "all"];
        if folder {
            args.push("--folder");
        }
        let out = arg(out);
        twoway(&journal, &[&args[..], &["--out", &out]].concat())
    };
    assert_refused(
        &twoway(&journal, &["import", &pack]),
        &full_disk_message(&backups),
        "an import, whose backup first finds no room",
    );
    intact("after the import");
    assert_refused(
        &twoway(&journal, &["backup", "--out", &arg(&copy)]),
        &full_disk_message(disk.path()),
        "a backup",
    );
    assert_refused(
        &md(&file, false),
        &full_disk_message(disk.path()),
        "a Markdown file",
    );
    let into = folder.join("export");
    assert_refused(
        &md(&into, true),
        &full_disk_message(&into),
        "a Markdown folder",
    );
    assert_eq!(
        tree(disk.path()),
        before,
        "no partial file or folder is left"
    );
    intact("after the exports");

    // The journal elsewhere, exporting onto the full disk.
    let outside = elsewhere.path().join("journal.sqlite3");
    std::fs::copy(&journal, &outside).unwrap();
    for (out, folder, names) in [(&file, false, disk.path()), (&into, true, into.as_path())] {
        let mut args = vec!["export", "--format", "md"];
        if folder {
            args.push("--folder");
        }
        let out = arg(out);
        assert_refused(
            &twoway(&outside, &[&args[..], &["--out", &out]].concat()),
            &full_disk_message(names),
            "an export onto the full disk",
        );
    }
    assert_eq!(
        tree(disk.path()),
        before,
        "no partial file or folder is left"
    );

    // Room for the backup before an import, not for the import itself.
    let journal_bytes = std::fs::metadata(&journal).unwrap().len();
    fill_disk(&filler, journal_bytes + 160 * 1024);
    let out = twoway(&journal, &["import", &pack]);
    assert_refused(
        &out,
        &full_disk_message(&journal_folder),
        "an import that fills the disk",
    );
    intact("after the import that filled the disk");
    let made: Vec<PathBuf> = tree(disk.path()).difference(&before).cloned().collect();
    assert_eq!(made.len(), 1, "only the backup before the import: {made:?}");
    assert!(made[0].starts_with(&backups), "{made:?}");
    assert_eq!(sound_copy(&made[0]), ids, "the backup is whole");
    std::fs::remove_file(&made[0]).unwrap();

    // Full to the last byte: the journal still opens (to read, search and export elsewhere),
    // every write is refused in plain words, and nothing is written beside it.
    fill_disk(&filler, 0);
    let before = hashes(disk.path());
    intact("on a disk full to the last byte");
    let exported = elsewhere.path().join("rescued.md");
    ok(
        &journal,
        &["export", "--format", "md", "--out", &arg(&exported)],
    );
    assert!(
        std::fs::read_to_string(&exported)
            .unwrap()
            .starts_with("---\n")
    );
    assert_refused(
        &twoway(&journal, &["import", &pack]),
        &full_disk_message(&journal_folder),
        "an import on a disk full to the last byte",
    );
    assert_eq!(hashes(disk.path()), before, "nothing changed on the disk");
    intact("at the end");
}

// ---------------------------------------------------------------------------------------------
// A read-only disk
// ---------------------------------------------------------------------------------------------

#[test]
fn a_journal_on_a_read_only_disk_opens_exports_and_searches_and_refuses_writes() {
    let Some(disk) = tmpfs("12m", "the read-only test") else {
        return;
    };
    let elsewhere = tempfile::tempdir().unwrap();
    let journal = disk.path().join("journal").join("journal.sqlite3");
    let journal_folder = journal.parent().unwrap().to_owned();
    ok(&journal, &["demo"]);
    let records = checked_records(&journal);
    let ids = ids_of(&journal);
    let backup = std::fs::read_dir(twoway_journal::backups::folder_for(&journal))
        .unwrap()
        .next()
        .expect("the day's backup")
        .unwrap()
        .path();
    let other = elsewhere.path().join("other.sqlite3");
    ok(&other, &["demo"]);
    let pack = arg(&elsewhere.path().join("pack.json"));
    ok(&other, &["export", "--format", "json", "--out", &pack]);

    // A journal as a writer killed mid-work leaves it: its last commits are in its `-wal`
    // only, with the `-shm` index beside it.
    let crashed = disk.path().join("crashed").join("journal.sqlite3");
    std::fs::create_dir(crashed.parent().unwrap()).unwrap();
    let live = elsewhere.path().join("live.sqlite3");
    let mut writer = Journal::open(&live, Arc::new(SystemClock)).unwrap();
    twoway_journal::sample::fill_demo(&mut writer, chrono::Local::now().date_naive()).unwrap();
    let live_records = writer
        .read(|tx| tx.record_counts())
        .unwrap()
        .iter()
        .map(|c| c.live + c.trashed)
        .sum::<u32>();
    for suffix in ["", "-wal", "-shm"] {
        let name = |path: &Path| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        };
        std::fs::copy(name(&live), name(&crashed)).unwrap();
    }
    assert!(
        std::fs::metadata(format!("{}-wal", crashed.display()))
            .unwrap()
            .len()
            > 0,
        "the copy's last commits are in its log"
    );
    drop(writer);

    let before = hashes(disk.path());
    disk.remount("ro");

    // It opens, sound, and exports to a writable folder elsewhere.
    assert_eq!(checked_records(&journal), records);
    assert_eq!(
        checked_records(&crashed),
        live_records,
        "the log is read too"
    );
    for (format, name) in [
        ("md", "journal.md"),
        ("html", "journal.html"),
        ("json", "journal.json"),
        ("ics", "journal.ics"),
    ] {
        let out = elsewhere.path().join(name);
        ok(
            &journal,
            &["export", "--format", format, "--out", &arg(&out)],
        );
        assert!(std::fs::metadata(&out).unwrap().len() > 1000, "{format}");
    }
    twoway_journal::import::read_pack_file(&elsewhere.path().join("journal.json"))
        .expect("the pack reads back");
    let folder = elsewhere.path().join("folder");
    ok(
        &journal,
        &[
            "export",
            "--format",
            "md",
            "--folder",
            "--out",
            &arg(&folder),
        ],
    );
    assert!(folder.join("index.md").exists());
    let copy = elsewhere.path().join("copy.sqlite3");
    ok(&journal, &["backup", "--out", &arg(&copy)]);
    assert_eq!(sound_copy(&copy), ids);

    // Search (the window's: the command line has none) and reading work; an edit is refused.
    let mut opened = Journal::open(&journal, Arc::new(SystemClock)).unwrap();
    assert!(opened.is_read_only());
    let hits = opened.read(|tx| tx.search("LinkedIn", None, 50)).unwrap();
    assert!(!hits.is_empty(), "search finds the demo's LinkedIn");
    let edit = opened
        .write(|tx| {
            tx.set_profile(twoway_journal::model::Profile {
                my_name: "Someone else".into(),
                my_role: String::new(),
            })
        })
        .unwrap_err();
    assert_eq!(
        format!("twoway: {edit}"),
        read_only_message(&journal_folder)
    );
    drop(opened);

    // Every command that writes into it is refused in plain words.
    assert_refused(
        &twoway(&journal, &["import", &pack]),
        &read_only_message(&journal_folder),
        "an import",
    );
    assert_refused(
        &twoway(&journal, &["backups", "restore", &arg(&backup)]),
        &read_only_message(&journal_folder),
        "a restore",
    );
    assert_refused(
        &twoway(
            &journal,
            &["backup", "--out", &arg(&disk.path().join("copy.sqlite3"))],
        ),
        &read_only_message(disk.path()),
        "a backup onto the read-only disk",
    );

    assert_eq!(hashes(disk.path()), before, "not one byte changed");
    disk.remount("rw");
}
