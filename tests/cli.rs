//! The command line on real files: export, import, backup and check, with their exit codes.

use std::path::Path;
use std::process::{Command, Output};
use twoway_tests::app::{AppDirs, app_binary, text, twoway};

#[test]
fn export_a_pack_import_it_twice_back_up_and_check() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    let b = dirs.path("b.sqlite3");
    let pack = dirs.path("a.json");
    let pack_arg = pack.to_string_lossy().into_owned();
    assert!(twoway(&a, &["demo"]).status.success());

    let out = twoway(
        &a,
        &[
            "export",
            "--format",
            "json",
            "--audience",
            "all",
            "--out",
            &pack_arg,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let refused = twoway(&a, &["export", "--format", "json", "--out", &pack_arg]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "an existing file is not overwritten"
    );
    assert!(text(&refused.stderr).contains("already exists"));

    let dry = twoway(&b, &["import", &pack_arg, "--dry-run"]);
    assert!(
        text(&dry.stdout).starts_with("Would import: 274 added"),
        "{}",
        text(&dry.stdout)
    );
    let first = twoway(&b, &["import", &pack_arg]);
    assert!(
        text(&first.stdout).contains("274 added"),
        "{}",
        text(&first.stdout)
    );
    let second = twoway(&b, &["import", &pack_arg]);
    assert!(text(&second.stdout).contains("0 added, 0 updated, 274 unchanged"));

    let backup = dirs.path("backup.sqlite3");
    let out = twoway(&b, &["backup", "--out", &backup.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let check = twoway(&backup, &["check"]);
    assert!(check.status.success());
    assert!(text(&check.stdout).contains("274 records"));
}

#[test]
fn a_truncated_pack_is_refused_and_nothing_is_written() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    assert!(twoway(&a, &["demo"]).status.success());
    let full = twoway(&a, &["export", "--format", "json", "--audience", "all"]);
    let cut = dirs.path("cut.json");
    std::fs::write(&cut, &full.stdout[..full.stdout.len() / 2]).unwrap();
    let b = dirs.path("b.sqlite3");
    let out = twoway(&b, &["import", &cut.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "one line: {}",
        text(&out.stderr)
    );
    assert!(
        !b.exists(),
        "the pack is refused before the journal is even opened"
    );
    // Into a journal with records: they are all still there.
    let before = text(&twoway(&a, &["check"]).stdout);
    let out = twoway(&a, &["import", &cut.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&twoway(&a, &["check"]).stdout), before);
}

#[test]
fn wrong_usage_exits_with_2_and_every_format_exports_to_standard_output() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    assert_eq!(twoway(&a, &["export"]).status.code(), Some(2));
    assert_eq!(twoway(&a, &["import"]).status.code(), Some(2));
    let folder = dirs.path("notes").to_string_lossy().into_owned();
    assert_eq!(
        twoway(
            &a,
            &["export", "--format", "html", "--folder", "--out", &folder]
        )
        .status
        .code(),
        Some(2),
        "--folder is Markdown only"
    );
    assert_eq!(
        twoway(&a, &["export", "--format", "md", "--folder"])
            .status
            .code(),
        Some(2),
        "--folder needs --out"
    );
    assert!(twoway(&a, &["demo"]).status.success());
    for (format, start) in [
        ("md", "---"),
        ("html", "<!doctype html>"),
        ("json", "{"),
        ("ics", "BEGIN:VCALENDAR"),
    ] {
        let out = twoway(&a, &["export", "--format", format]);
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        assert!(text(&out.stdout).starts_with(start), "{format}");
    }
}

#[test]
fn markdown_exports_as_a_folder_of_one_file_per_session_and_is_not_replaced_unasked() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    assert!(twoway(&a, &["demo"]).status.success());
    let folder = dirs.path("notes");
    let folder_arg = folder.to_string_lossy().into_owned();
    let args = ["export", "--format", "md", "--folder", "--out", &folder_arg];
    let out = twoway(&a, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.contains(&"index.md".to_owned()), "{names:?}");
    let sessions = names.iter().filter(|n| n.as_str() != "index.md").count();
    assert!(sessions > 5, "one file per session: {names:?}");
    assert!(
        text(&out.stdout).contains(&format!("Wrote {} files", names.len())),
        "{}",
        text(&out.stdout)
    );
    let index = std::fs::read_to_string(folder.join("index.md")).unwrap();
    assert!(index.starts_with("---\n"), "front matter first");

    std::fs::write(folder.join("index.md"), "my edits").unwrap();
    let again = twoway(&a, &args);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(folder.join("index.md")).unwrap(),
        "my edits",
        "nothing is replaced without --force"
    );
    let forced = twoway(&a, &[&args[..], &["--force"]].concat());
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert!(
        std::fs::read_to_string(folder.join("index.md"))
            .unwrap()
            .starts_with("---")
    );
}

#[test]
fn a_mistyped_journal_path_is_an_error_not_a_new_journal() {
    let dirs = AppDirs::new();
    let missing = dirs.path("typo.sqlite3");
    for args in [
        &["check"][..],
        &["export", "--format", "md"],
        &[
            "backup",
            "--out",
            &dirs.path("copy.sqlite3").to_string_lossy(),
        ],
    ] {
        let out = twoway(&missing, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("there is no journal there"),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!missing.exists(), "{args:?} created the journal");
    }
    assert!(!dirs.path("copy.sqlite3").exists());
}

/// `twoway` with environment variables set (the secrets travel there, never as arguments).
fn twoway_with(journal: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    Command::new(app_binary())
        .arg("--journal")
        .arg(journal)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("the twoway binary runs")
}

#[test]
fn encrypt_unlock_with_the_passphrase_or_the_recovery_key_change_it_and_decrypt() {
    let dirs = AppDirs::new();
    let journal = dirs.path("journal.sqlite3");
    assert!(twoway(&journal, &["demo"]).status.success());
    let plain_check = text(&twoway(&journal, &["check"]).stdout);

    let secrets = [
        ("FIRST", "a long walk by the river"),
        ("SECOND", "another long walk, at night"),
    ];
    let short = twoway_with(
        &journal,
        &[("SHORT", "short")],
        &["encrypt", "--new-passphrase-env", "SHORT"],
    );
    assert_eq!(short.status.code(), Some(1));
    assert!(
        text(&short.stderr).contains("at least 10 characters"),
        "{}",
        text(&short.stderr)
    );

    let encrypted = twoway_with(
        &journal,
        &secrets,
        &["encrypt", "--new-passphrase-env", "FIRST"],
    );
    assert!(encrypted.status.success(), "{}", text(&encrypted.stderr));
    let shown = text(&encrypted.stdout);
    let recovery = shown
        .lines()
        .map(str::trim)
        .find(|line| line.len() == 64 && line.matches('-').count() == 12)
        .unwrap_or_else(|| panic!("a recovery key in: {shown}"))
        .to_owned();
    assert!(
        !shown.contains("a long walk"),
        "the passphrase is never printed"
    );

    // Without a terminal and without a source, a plain refusal.
    let locked = twoway(&journal, &["check"]);
    assert_eq!(locked.status.code(), Some(1));
    assert!(
        text(&locked.stderr).contains("--passphrase-env"),
        "{}",
        text(&locked.stderr)
    );
    let wrong = twoway_with(&journal, &secrets, &["--passphrase-env", "SECOND", "check"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("does not open this journal"));

    let by_passphrase = twoway_with(&journal, &secrets, &["--passphrase-env", "FIRST", "check"]);
    assert_eq!(
        text(&by_passphrase.stdout),
        plain_check,
        "{}",
        text(&by_passphrase.stderr)
    );
    let key_env = [("KEY", recovery.as_str())];
    let by_key = twoway_with(&journal, &key_env, &["--recovery-key-env", "KEY", "check"]);
    assert_eq!(
        text(&by_key.stdout),
        plain_check,
        "{}",
        text(&by_key.stderr)
    );

    let changed = twoway_with(
        &journal,
        &secrets,
        &[
            "--passphrase-env",
            "FIRST",
            "passphrase",
            "--new-passphrase-env",
            "SECOND",
        ],
    );
    assert!(changed.status.success(), "{}", text(&changed.stderr));
    let old = twoway_with(&journal, &secrets, &["--passphrase-env", "FIRST", "check"]);
    assert_eq!(old.status.code(), Some(1));
    let by_new = twoway_with(&journal, &secrets, &["--passphrase-env", "SECOND", "check"]);
    assert_eq!(text(&by_new.stdout), plain_check);

    let decrypted = twoway_with(
        &journal,
        &key_env,
        &["--recovery-key-env", "KEY", "decrypt"],
    );
    assert!(decrypted.status.success(), "{}", text(&decrypted.stderr));
    assert_eq!(text(&twoway(&journal, &["check"]).stdout), plain_check);
}

/// Every record of the journal at `path`, opened with `passphrase` if it is encrypted: what
/// the conversion must keep whole.
fn records_in(path: &Path, passphrase: &str) -> twoway_journal::Result<(bool, u32)> {
    use twoway_journal::encryption::{Secret, is_encrypted};
    let clock = std::sync::Arc::new(twoway_journal::SystemClock);
    let journal =
        twoway_journal::Journal::open_unlocked(path, clock, &Secret::passphrase(passphrase))?;
    let counts = journal.read(|tx| tx.record_counts())?;
    let total = counts.iter().map(|c| c.live + c.trashed).sum();
    Ok((is_encrypted(path), total))
}

#[test]
fn a_kill_during_encryption_leaves_the_plain_or_the_encrypted_journal_whole() {
    use std::time::Instant;
    use twoway_journal::sample::{SyntheticSize, fill_synthetic};
    const PASSPHRASE: &str = "a long walk by the river";
    let dirs = AppDirs::new();
    // Big enough that the copy, its checks and the rename take a while to kill in.
    let pristine = dirs.path("pristine.sqlite3");
    {
        let clock = std::sync::Arc::new(twoway_journal::SystemClock);
        let mut journal = twoway_journal::Journal::open(&pristine, clock).unwrap();
        let size = SyntheticSize {
            partnerships: 6,
            goals: 60,
            check_ins: 300,
            sessions: 600,
            agenda_items: 6_000,
            action_items: 2_000,
            skills: 60,
            ratings_per_skill: 5,
            learnings: 4_000,
            feedback: 1_000,
            long_sessions: 0,
            long_learnings: 0,
            long_ratings_per_skill: 0,
        };
        fill_synthetic(&mut journal, &size, 7, "2026-03-02".parse().unwrap()).unwrap();
    }
    let (_, expected) = records_in(&pristine, PASSPHRASE).unwrap();
    assert!(expected > 10_000, "{expected} records");

    let attempt = |name: &str| {
        let folder = dirs.path(name);
        std::fs::create_dir_all(&folder).unwrap();
        let journal = folder.join("journal.sqlite3");
        std::fs::copy(&pristine, &journal).unwrap();
        let child = Command::new(app_binary())
            .arg("--journal")
            .arg(&journal)
            .args(["encrypt", "--new-passphrase-env", "NEW"])
            .env("NEW", PASSPHRASE)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        (journal, child)
    };
    let (journal, mut child) = attempt("whole");
    let started = Instant::now();
    assert!(child.wait().unwrap().success());
    let whole = started.elapsed();
    assert_eq!(records_in(&journal, PASSPHRASE).unwrap(), (true, expected));

    // Killed at points spread over the conversion's length, and once well past it: on a loaded
    // machine one conversion can take longer than the one measured, so "a little past" the
    // measured length may still land inside it.
    let mut seen = Vec::new();
    for k in 1..=10u32 {
        let (journal, mut child) = attempt(&format!("killed-{k}"));
        let share = if k == 10 { 2.0 } else { f64::from(k) / 9.0 };
        std::thread::sleep(whole.mul_f64(share));
        let _ = child.kill(); // SIGKILL: no handler runs.
        child.wait().unwrap();
        let (encrypted, found) = records_in(&journal, PASSPHRASE).unwrap_or_else(|e| {
            panic!("killed after {share} of {whole:?}: the journal opens neither way: {e}")
        });
        assert_eq!(
            found, expected,
            "killed after {share} of {whole:?}: every record is there"
        );
        seen.push(encrypted);
    }
    eprintln!("killed during a {whole:?} conversion; encrypted afterwards: {seen:?}");
    // The earliest kill lands before the new file is put in place, the last one after.
    assert_eq!(seen.first(), Some(&false), "{seen:?}");
    assert_eq!(seen.last(), Some(&true), "{seen:?}");
}

/// The first partnership of the journal at `path`, read with the journal crate.
fn first_partnership(path: &Path) -> String {
    let journal =
        twoway_journal::Journal::open(path, std::sync::Arc::new(twoway_journal::SystemClock))
            .unwrap();
    journal.read(|tx| tx.partnerships()).unwrap()[0]
        .id
        .to_string()
}

#[test]
fn a_record_of_learning_is_signed_countersigned_verified_and_printed() {
    let dirs = AppDirs::new();
    let alex = dirs.path("alex.sqlite3");
    let priya = dirs.path("priya.sqlite3");
    assert!(twoway(&alex, &["demo"]).status.success());
    let p = first_partnership(&alex);
    {
        let mut journal =
            twoway_journal::Journal::open(&priya, std::sync::Arc::new(twoway_journal::SystemClock))
                .unwrap();
        journal
            .write(|tx| {
                tx.set_profile(twoway_journal::model::Profile {
                    my_name: "Priya".into(),
                    my_role: String::new(),
                })?;
                let fields = serde_json::from_value::<twoway_journal::model::PartnershipFields>(
                    serde_json::json!({
                        "partner_name": "Alex", "partner_role": "", "i_learn": [],
                        "i_teach": [], "status": "active", "started_on": "2026-01-05",
                        "ends_on": null, "cadence": null, "agreement": "",
                        "agreement_revisit_on": null
                    }),
                )
                .unwrap();
                tx.create(fields)
            })
            .unwrap();
    }
    let q = first_partnership(&priya);
    let path = |name: &str| dirs.path(name).to_string_lossy().into_owned();

    let draft = twoway(&alex, &["record", "draft", "--partnership", &p]);
    assert!(draft.status.success(), "{}", text(&draft.stderr));
    assert!(text(&draft.stdout).contains("Sessions held: "));

    let signed = twoway(
        &alex,
        &[
            "record",
            "sign",
            "--partnership",
            &p,
            "--statement",
            "Priya made every session count.",
            "--out",
            &path("first.json"),
        ],
    );
    assert!(signed.status.success(), "{}", text(&signed.stderr));

    // Priya has not confirmed Alex's key yet: the signature is valid, the key unknown to her,
    // and she cannot countersign.
    let unconfirmed = twoway(&priya, &["verify", &path("first.json")]);
    assert_eq!(
        unconfirmed.status.code(),
        Some(0),
        "{}",
        text(&unconfirmed.stdout)
    );
    assert!(text(&unconfirmed.stdout).contains("a key you have not confirmed"));
    let countersign = [
        "record",
        "countersign",
        &path("first.json"),
        "--partnership",
        &q,
        "--statement",
        "Alex asked the questions that mattered.",
        "--out",
        &path("both.json"),
    ];
    assert_eq!(twoway(&priya, &countersign).status.code(), Some(1));

    let key = twoway(&alex, &["record", "key"]);
    let key_text = text(&key.stdout);
    let fingerprint = key_text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("Your key fingerprint: "))
        .expect("the fingerprint is printed")
        .to_owned();
    let confirm = twoway(
        &priya,
        &["record", "confirm-key", "--partnership", &q, &fingerprint],
    );
    assert!(confirm.status.success(), "{}", text(&confirm.stderr));
    let out = twoway(&priya, &countersign);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let confirm = twoway(
        &alex,
        &[
            "record",
            "confirm-key",
            "--partnership",
            &p,
            &path("both.json"),
        ],
    );
    assert!(confirm.status.success(), "{}", text(&confirm.stderr));
    let verified = twoway(&alex, &["verify", &path("both.json")]);
    assert_eq!(
        verified.status.code(),
        Some(0),
        "{}",
        text(&verified.stdout)
    );
    let report = text(&verified.stdout);
    assert!(report.contains("signed by you"), "{report}");
    assert!(
        report.contains(", your partner (key confirmed on "),
        "{report}"
    );
    assert!(report.contains("Every signature is valid and by you or a partner key you confirmed"));

    // One changed fact: both signatures break and verify exits 1.
    let record = std::fs::read_to_string(dirs.path("both.json")).unwrap();
    let forged = record.replacen("\"sessionsHeld\": ", "\"sessionsHeld\": 9", 1);
    assert_ne!(forged, record);
    std::fs::write(dirs.path("forged.json"), forged).unwrap();
    let broken = twoway(&alex, &["verify", &path("forged.json")]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stdout).contains("BROKEN"));
    assert_eq!(
        twoway(&alex, &["verify", &path("alex.sqlite3")])
            .status
            .code(),
        Some(1),
        "a file that is not a record"
    );

    let page = twoway(
        &alex,
        &[
            "record",
            "certificate",
            &path("both.json"),
            "--out",
            &path("record.html"),
        ],
    );
    assert!(page.status.success(), "{}", text(&page.stderr));
    let html = std::fs::read_to_string(dirs.path("record.html")).unwrap();
    assert!(html.contains(&fingerprint) && !html.to_ascii_lowercase().contains("<script"));
    assert_eq!(
        twoway(
            &alex,
            &[
                "record",
                "certificate",
                &path("forged.json"),
                "--out",
                &path("forged.html")
            ],
        )
        .status
        .code(),
        Some(1)
    );

    let usage = twoway(&alex, &["record", "sign", "--partnership", &p]);
    assert_eq!(
        usage.status.code(),
        Some(2),
        "a missing --statement and --out"
    );
}

#[test]
fn two_journals_sync_through_a_folder_and_say_how_it_stands() {
    let dirs = AppDirs::new();
    let laptop = dirs.path("laptop.sqlite3");
    let desktop = dirs.path("desktop.sqlite3");
    let folder = dirs.path("Sync/twoway");
    let folder_arg = folder.to_string_lossy().into_owned();
    assert!(twoway(&laptop, &["demo"]).status.success());
    assert!(twoway(&desktop, &["demo"]).status.success());

    let off = twoway(&laptop, &["sync"]);
    assert_eq!(off.status.code(), Some(1));
    assert!(
        text(&off.stderr).contains("sync is off"),
        "{}",
        text(&off.stderr)
    );
    let inside = twoway(
        &laptop,
        &["sync", "--folder", &dirs.path("").to_string_lossy()],
    );
    assert_eq!(inside.status.code(), Some(1));
    assert!(text(&inside.stderr).contains("holds the journal itself"));

    let first = twoway(
        &laptop,
        &["sync", "--folder", &folder_arg, "--device-name", "Laptop"],
    );
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("sent 274 changes"),
        "{}",
        text(&first.stdout)
    );
    let joined = twoway(
        &desktop,
        &["sync", "--folder", &folder_arg, "--device-name", "Desktop"],
    );
    assert!(
        text(&joined.stdout).contains("from Laptop: 1 file, 274 records changed"),
        "{}",
        text(&joined.stdout)
    );
    let back = twoway(&laptop, &["sync"]);
    assert!(
        text(&back.stdout).contains("from Desktop"),
        "{}",
        text(&back.stdout)
    );
    for journal in [&laptop, &desktop] {
        assert!(text(&twoway(journal, &["check"]).stdout).contains("548 records"));
    }
    let status = twoway(&desktop, &["sync", "--status"]);
    assert!(
        text(&status.stdout).contains("as \"Desktop\""),
        "{}",
        text(&status.stdout)
    );
    let stopped = twoway(&desktop, &["sync", "--off"]);
    assert!(text(&stopped.stdout).contains("Sync is off"));
    assert!(text(&twoway(&desktop, &["sync", "--status"]).stdout).contains("Sync is off"));
    assert!(folder.is_dir(), "turning sync off leaves the folder");
}

#[test]
fn two_partners_exchange_their_shared_packs_through_a_folder() {
    let dirs = AppDirs::new();
    let mine = dirs.path("mine.sqlite3");
    let theirs = dirs.path("theirs.sqlite3");
    let folder = dirs.path("Shared/Priya and me");
    let folder_arg = folder.to_string_lossy().into_owned();
    assert!(twoway(&mine, &["demo"]).status.success());
    assert!(twoway(&theirs, &["demo"]).status.success());
    let (my_p, their_p) = (first_partnership(&mine), first_partnership(&theirs));
    let sent = twoway(
        &theirs,
        &[
            "exchange",
            "--partnership",
            &their_p,
            "--folder",
            &folder_arg,
        ],
    );
    assert!(sent.status.success(), "{}", text(&sent.stderr));
    assert!(
        text(&sent.stdout).contains("Your shared pack is in the folder."),
        "{}",
        text(&sent.stdout)
    );
    let got = twoway(
        &mine,
        &["exchange", "--partnership", &my_p, "--folder", &folder_arg],
    );
    assert!(
        text(&got.stdout).contains("Your partner's pack came in:"),
        "{}",
        text(&got.stdout)
    );
    let again = twoway(&mine, &["exchange", "--partnership", &my_p]);
    assert!(
        text(&again.stdout).contains("Nothing new from your partner."),
        "{}",
        text(&again.stdout)
    );
    let off = twoway(&mine, &["exchange", "--partnership", &my_p, "--unlink"]);
    assert!(off.status.success());
    let refused = twoway(&mine, &["exchange", "--partnership", &my_p]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("not linked to a partner folder"),
        "{}",
        text(&refused.stderr)
    );
}

#[test]
fn a_pack_named_alone_is_for_the_window_and_a_missing_one_is_a_clear_error() {
    let dirs = AppDirs::new();
    let journal = dirs.path("journal.sqlite3");
    let missing = dirs.path("from Priya.twowaypack");
    let out = twoway(&journal, &[&missing.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        format!(
            "twoway: cannot open the pack {}: there is no such file\n",
            missing.display()
        )
    );
    assert!(!journal.exists(), "nothing was opened for a missing pack");

    let notes = dirs.path("notes.txt");
    std::fs::write(&notes, "not a pack").unwrap();
    let out = twoway(&journal, &[&notes.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("notes.txt is not a Twoway pack"),
        "{}",
        text(&out.stderr)
    );

    // A pack before a command is wrong usage; the command's name is never taken for a pack.
    let pack = dirs.path("pack.twowaypack");
    std::fs::write(&pack, "{}").unwrap();
    let out = twoway(&journal, &[&pack.to_string_lossy(), "check"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(!journal.exists());
    assert!(twoway(&journal, &["demo"]).status.success());
    assert!(twoway(&journal, &["check"]).status.success());
    let help = Command::new(app_binary()).arg("--help").output().unwrap();
    assert!(
        text(&help.stdout).contains("[PACK]..."),
        "{}",
        text(&help.stdout)
    );
}
