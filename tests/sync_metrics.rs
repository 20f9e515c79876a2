//! How long device sync takes and how much it writes, on real files: one edit, a day of typical
//! edits, and a first full sync of the heavy synthetic journal to a new device. Prints numbers;
//! asserts only that the devices end the same. `make sync-metrics` runs it (release build).

use chrono::{Duration, Utc};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;
use twoway_journal::sample::{SyntheticSize, fill_synthetic};
use twoway_journal::{Journal, ManualClock};

/// Bytes of every file under `folder`.
fn bytes_in(folder: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![folder.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                total += meta.len();
            }
        }
    }
    total
}

fn records(journal: &Journal) -> usize {
    let set = journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    serde_json::to_value(&set.records)
        .unwrap()
        .as_object()
        .unwrap()
        .values()
        .map(|list| list.as_array().unwrap().len())
        .sum()
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

#[test]
#[ignore = "prints sync numbers; run with `make sync-metrics`"]
fn sync_numbers() {
    let root = tempfile::tempdir().unwrap();
    // One shared folder stands for what the sync tool keeps in step on both computers.
    let folder = root.path().join("Sync");
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let mut laptop =
        Journal::open(root.path().join("laptop/journal.sqlite3"), clock.clone()).unwrap();
    let mut desktop =
        Journal::open(root.path().join("desktop/journal.sqlite3"), clock.clone()).unwrap();
    fill_synthetic(
        &mut laptop,
        &SyntheticSize::HEAVY,
        42,
        chrono::Local::now().date_naive(),
    )
    .unwrap();
    let held = records(&laptop);

    let started = Instant::now();
    laptop.start_sync(&folder, "Laptop", None).unwrap();
    let sent = laptop.sync().unwrap();
    let write_ms = ms(started);
    let first_bytes = bytes_in(&folder);
    let started = Instant::now();
    desktop.start_sync(&folder, "Desktop", None).unwrap();
    let applied = desktop.sync().unwrap();
    let apply_ms = ms(started);
    assert_eq!(applied.changed as usize, held);
    println!(
        "first full sync of the heavy journal ({held} records): written in {write_ms:.0} ms ({} versions, {:.1} MB); applied on a new device in {apply_ms:.0} ms",
        sent.sent,
        first_bytes as f64 / 1e6
    );

    // One edit: a goal's description.
    let goal = laptop
        .read(|tx| {
            let p = tx.partnerships()?;
            Ok(tx.goals(p[0].id)?[0].clone())
        })
        .unwrap();
    clock.advance(Duration::minutes(15));
    let before = bytes_in(&folder);
    let started = Instant::now();
    laptop
        .write(|tx| {
            tx.update(
                goal.id,
                GoalFields {
                    description: "Post every week, and answer every comment within a day.".into(),
                    ..goal.fields.clone()
                },
            )
        })
        .unwrap();
    laptop.sync().unwrap();
    let edit_ms = ms(started);
    let edit_bytes = bytes_in(&folder) - before;
    let started = Instant::now();
    let got = desktop.sync().unwrap();
    println!(
        "one edit: sent in {edit_ms:.1} ms, {edit_bytes} bytes (its change file and device.json); applied in {:.1} ms ({} record)",
        ms(started),
        got.changed
    );

    // A day of typical edits: a session planned with five agenda items, its notes typed in
    // ten saves, six learnings, two goal edits; a sync after each pause (every save here).
    let partnership = goal.fields.partnership_id;
    let before = bytes_in(&folder);
    let (mut send_ms, mut apply_ms, mut syncs) = (0.0, 0.0, 0);
    let mut sync_both = |laptop: &mut Journal, desktop: &mut Journal| {
        let started = Instant::now();
        laptop.sync().unwrap();
        send_ms += ms(started);
        let started = Instant::now();
        desktop.sync().unwrap();
        apply_ms += ms(started);
        syncs += 1;
    };
    let session = laptop
        .write(|tx| {
            tx.create_session(SessionFields {
                partnership_id: partnership,
                starts_at: (Utc::now() + Duration::days(2)).fixed_offset(),
                duration_minutes: 45,
                status: SessionStatus::Planned,
                title: "Prompting for finance".into(),
                place: "Video call".into(),
                shared_notes: String::new(),
                private_notes: String::new(),
            })
        })
        .unwrap()
        .session;
    sync_both(&mut laptop, &mut desktop);
    for n in 0..5 {
        laptop
            .write(|tx| {
                tx.create(AgendaItemFields {
                    session_id: session.id,
                    position: n,
                    text: format!("Topic {n}: what to try next"),
                    minutes: Some(10),
                    owner: Party::Partner,
                    covered: false,
                    carried_from: None,
                    goal_id: None,
                    visibility: Visibility::Shared,
                })
            })
            .unwrap();
    }
    sync_both(&mut laptop, &mut desktop);
    let mut notes = String::new();
    for n in 0..10 {
        clock.advance(Duration::minutes(3));
        notes.push_str(&format!(
            "We tried prompt number {n}, and it worked better with examples.\n"
        ));
        laptop
            .write(|tx| {
                let fields = tx.get(session.id)?.fields;
                tx.update(
                    session.id,
                    SessionFields {
                        shared_notes: notes.clone(),
                        ..fields
                    },
                )
            })
            .unwrap();
        sync_both(&mut laptop, &mut desktop);
    }
    for n in 0..6 {
        laptop
            .write(|tx| {
                tx.create(LearningFields {
                    partnership_id: Some(partnership),
                    session_id: Some(session.id),
                    skill_id: None,
                    on: chrono::Local::now().date_naive(),
                    text: format!("Learning {n}: ask for three options, then pick."),
                    author: Party::Me,
                    visibility: Visibility::Shared,
                })
            })
            .unwrap();
        sync_both(&mut laptop, &mut desktop);
    }
    let day_bytes = bytes_in(&folder) - before;
    println!(
        "a day of typical edits (a session with 5 items, notes saved 10 times, 6 learnings): {syncs} syncs, {:.1} kB written, {send_ms:.0} ms sending and {apply_ms:.0} ms applying in all",
        day_bytes as f64 / 1e3
    );
    assert_eq!(records(&laptop), records(&desktop));
}
