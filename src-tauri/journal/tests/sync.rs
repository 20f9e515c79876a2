//! Device sync through a folder: devices that have read the same change files hold the same
//! journal, whatever order the files came in, however often, with a sync tool's leftovers
//! beside them and clocks hours apart; and no version that lost a merge is lost.

mod common;

use chrono::Duration;
use common::*;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;
use twoway_journal::sync::{SyncOptions, SyncReport};
use twoway_journal::{Journal, ManualClock};

/// One device: its journal, its clock, and its own copy of the synced folder.
struct Device {
    journal: Journal,
    clock: Arc<ManualClock>,
    folder: PathBuf,
}

impl Device {
    fn new(root: &Path, number: usize, skew_hours: i64) -> Self {
        let clock = Arc::new(ManualClock::new(t0() + Duration::hours(skew_hours)));
        let mut journal = Journal::open_in_memory(clock.clone()).unwrap();
        let folder = root.join(format!("device-{number}"));
        journal
            .start_sync(&folder, &format!("Device {number}"), None)
            .unwrap();
        Self {
            journal,
            clock,
            folder,
        }
    }

    fn sync(&mut self) -> SyncReport {
        self.sync_folding(usize::MAX)
    }

    fn sync_folding(&mut self, compact_after: usize) -> SyncReport {
        self.journal
            .sync_with(SyncOptions { compact_after })
            .unwrap()
    }

    /// Everything the journal holds, trash included, by id: what an export for oneself holds,
    /// in an order that does not depend on the order records arrived in.
    fn contents(&self) -> BTreeMap<String, serde_json::Value> {
        let set = self
            .journal
            .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
            .unwrap();
        let value = serde_json::to_value(&set.records).unwrap();
        let mut all = BTreeMap::new();
        for (list, records) in value.as_object().unwrap() {
            for record in records.as_array().unwrap() {
                let id = record["id"].as_str().unwrap().to_owned();
                all.insert(format!("{list}/{id}"), record.clone());
            }
        }
        all
    }

    /// The goals in the trash (`true`) or out of it.
    fn goals_in_trash(&self, trashed: bool) -> Vec<Goal> {
        self.goals()
            .into_iter()
            .filter(|goal| goal.is_trashed() == trashed)
            .collect()
    }

    fn goals(&self) -> Vec<Goal> {
        self.journal
            .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
            .unwrap()
            .records
            .goals
    }
}

/// What a file sync tool does: copies a file of one device's copy of the folder into another
/// device's copy, one at a time, in any order.
fn missing_files(from: &Path, to: &Path) -> Vec<PathBuf> {
    let mut missing = Vec::new();
    for device in std::fs::read_dir(from).unwrap().flatten() {
        for file in std::fs::read_dir(device.path()).unwrap().flatten() {
            let relative = file.path().strip_prefix(from).unwrap().to_owned();
            let there = to.join(&relative);
            let name = relative.to_string_lossy().into_owned();
            if !there.exists()
                || (name.ends_with("device.json")
                    && std::fs::read(&there).ok() != std::fs::read(file.path()).ok())
            {
                missing.push(relative);
            }
        }
    }
    missing.sort();
    missing
}

fn deliver(from: &Path, to: &Path, relative: &Path) {
    let target = to.join(relative);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(from.join(relative), target).unwrap();
}

/// Every file of `from`'s folder that `to`'s lacks, delivered, as a sync tool finishing does.
fn carry(from: &Path, to: &Path) {
    for relative in missing_files(from, to) {
        deliver(from, to, &relative);
    }
}

fn deliver_all(devices: &[Device]) {
    for from in devices {
        for to in devices {
            if from.folder != to.folder {
                carry(&from.folder, &to.folder);
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Op {
    NewPartnership(usize),
    NewGoal(usize, usize),
    EditGoal(usize, usize),
    TrashGoal(usize, usize),
    RestoreGoal(usize, usize),
    DeleteGoalForever(usize, usize),
    Sync(usize),
    Deliver(usize, usize, usize),
    Leftovers(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    let d = 0..3usize;
    let i = 0..8usize;
    prop_oneof![
        1 => d.clone().prop_map(Op::NewPartnership),
        3 => (d.clone(), i.clone()).prop_map(|(d, i)| Op::NewGoal(d, i)),
        6 => (d.clone(), i.clone()).prop_map(|(d, i)| Op::EditGoal(d, i)),
        2 => (d.clone(), i.clone()).prop_map(|(d, i)| Op::TrashGoal(d, i)),
        2 => (d.clone(), i.clone()).prop_map(|(d, i)| Op::RestoreGoal(d, i)),
        1 => (d.clone(), i.clone()).prop_map(|(d, i)| Op::DeleteGoalForever(d, i)),
        4 => d.clone().prop_map(Op::Sync),
        6 => (d.clone(), d.clone(), 0..16usize).prop_map(|(a, b, f)| Op::Deliver(a, b, f)),
        1 => (d, i).prop_map(|(d, i)| Op::Leftovers(d, i)),
    ]
}

/// Goals of a device that a user can act on, in a stable order.
fn nth<T: Clone>(list: &[T], i: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[i % list.len()].clone())
}

/// Runs the ops on `count` devices whose clocks are `skews` hours apart, delivers every file
/// everywhere, syncs until nothing moves, and checks the outcome.
fn run(count: usize, skews: &[i64], ops: &[Op], compact_after: usize) {
    let root = tempfile::tempdir().unwrap();
    let mut devices: Vec<Device> = (0..count)
        .map(|n| Device::new(root.path(), n, skews[n]))
        .collect();
    // Every text each goal held on a device at the moment that device synced: what went out.
    let mut sent: BTreeMap<GoalId, BTreeSet<String>> = BTreeMap::new();
    let mut deleted_forever: HashSet<GoalId> = HashSet::new();
    let mut texts = 0;
    let note_sent = |device: &Device, sent: &mut BTreeMap<GoalId, BTreeSet<String>>| {
        for goal in device.goals() {
            sent.entry(goal.id)
                .or_default()
                .insert(goal.fields.description.clone());
        }
    };
    for op in ops {
        let on = |d: usize| d % count;
        match op.clone() {
            Op::NewPartnership(d) => {
                let device = &mut devices[on(d)];
                device
                    .journal
                    .write(|tx| tx.create(partnership_fields()))
                    .unwrap();
            }
            Op::NewGoal(d, p) => {
                let device = &mut devices[on(d)];
                let partnerships = device.journal.read(|tx| tx.partnerships()).unwrap();
                if let Some(p) = nth(&partnerships, p) {
                    texts += 1;
                    let mut fields = goal_fields(p.id);
                    fields.description = format!("first text {texts}");
                    device.journal.write(|tx| tx.create(fields)).unwrap();
                }
            }
            Op::EditGoal(d, g) => {
                let device = &mut devices[on(d)];
                let live = device.goals_in_trash(false);
                if let Some(goal) = nth(&live, g) {
                    texts += 1;
                    let mut fields = goal.fields.clone();
                    fields.description = format!("text {texts} from device {}", on(d));
                    device
                        .journal
                        .write(|tx| tx.update(goal.id, fields))
                        .unwrap();
                }
            }
            Op::TrashGoal(d, g) => {
                let device = &mut devices[on(d)];
                let live = device.goals_in_trash(false);
                if let Some(goal) = nth(&live, g) {
                    device.journal.write(|tx| tx.trash(goal.id)).unwrap();
                }
            }
            Op::RestoreGoal(d, g) => {
                let device = &mut devices[on(d)];
                let trashed = device.goals_in_trash(true);
                if let Some(goal) = nth(&trashed, g) {
                    device.journal.write(|tx| tx.restore(goal.id)).unwrap();
                }
            }
            Op::DeleteGoalForever(d, g) => {
                let device = &mut devices[on(d)];
                let trashed = device.goals_in_trash(true);
                if let Some(goal) = nth(&trashed, g) {
                    device
                        .journal
                        .write(|tx| tx.delete_forever(Kind::Goal, goal.id.into()))
                        .unwrap();
                    deleted_forever.insert(goal.id);
                }
            }
            Op::Sync(d) => {
                let device = &mut devices[on(d)];
                note_sent(device, &mut sent);
                let report = device.sync_folding(compact_after);
                assert!(report.problems.is_empty(), "{:?}", report.problems);
            }
            Op::Deliver(a, b, f) => {
                let (from, to) = (&devices[on(a)].folder, &devices[on(b)].folder);
                if from != to {
                    let missing = missing_files(from, to);
                    if let Some(relative) = nth(&missing, f) {
                        deliver(from, to, &relative);
                    }
                }
            }
            Op::Leftovers(d, n) => {
                // A sync tool's conflict copy and a half-written temporary file beside the
                // real ones, in every device subfolder this copy holds.
                let folder = &devices[on(d)].folder;
                for sub in std::fs::read_dir(folder).unwrap().flatten() {
                    let dir = sub.path();
                    std::fs::write(
                        dir.join(format!(
                            "changes-{:010}.sync-conflict-20261204-101010-ABCDEFG.json",
                            n + 1
                        )),
                        b"{\"format\":\"twoway-changes\",\"version\":1,\"dev",
                    )
                    .unwrap();
                    std::fs::write(
                        dir.join(format!(".syncthing.changes-{:010}.json.tmp", n + 1)),
                        b"{\"for",
                    )
                    .unwrap();
                }
            }
        }
        // Time moves on differently on each device, more than the history's typing window.
        for (n, device) in devices.iter().enumerate() {
            device.clock.advance(Duration::minutes(11 + n as i64 * 7));
        }
    }
    for device in &devices {
        note_sent(device, &mut sent);
    }
    // The sync tool catches up and everybody syncs until nothing moves.
    for _ in 0..4 {
        for device in devices.iter_mut() {
            let report = device.sync();
            assert!(report.problems.is_empty(), "{:?}", report.problems);
        }
        deliver_all(&devices);
    }
    for device in devices.iter_mut() {
        let report = device.sync();
        assert_eq!(
            report.sent, 0,
            "a device still had something to send: {report:?}"
        );
        assert_eq!(report.changed, 0, "a device still changed: {report:?}");
        assert_eq!(report.waiting, 0, "a file still waits: {report:?}");
    }
    let first = devices[0].contents();
    for (n, device) in devices.iter().enumerate().skip(1) {
        let other = device.contents();
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "device {n} holds other records"
        );
        for (key, value) in &first {
            assert_eq!(
                value, &other[key],
                "device {n} holds another version of {key}"
            );
        }
    }
    // No text that went out is lost: each is the goal's text or in its history, everywhere
    // (unless a device caught up from a snapshot, which holds the latest versions only).
    if compact_after != usize::MAX {
        return;
    }
    for device in &devices {
        for goal in device.goals() {
            if deleted_forever.contains(&goal.id) {
                continue;
            }
            let history: BTreeSet<String> = device
                .journal
                .read(|tx| tx.revisions(Kind::Goal, goal.id.into(), "description"))
                .unwrap()
                .into_iter()
                .map(|r| r.text)
                .collect();
            for text in sent.get(&goal.id).into_iter().flatten() {
                assert!(
                    *text == goal.fields.description || history.contains(text),
                    "{text:?} of {} is lost on a device (now {:?}, history {history:?})",
                    goal.id,
                    goal.fields.description
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn devices_that_read_the_same_files_hold_the_same_journal_and_lose_no_edit(
        count in 2..=3usize,
        skews in proptest::collection::vec(-6i64..=6, 3),
        ops in proptest::collection::vec(op(), 1..60),
    ) {
        run(count, &skews, &ops, usize::MAX);
    }

    #[test]
    fn devices_that_fold_their_files_into_snapshots_still_end_the_same(
        count in 2..=3usize,
        skews in proptest::collection::vec(-6i64..=6, 3),
        ops in proptest::collection::vec(op(), 1..60),
    ) {
        run(count, &skews, &ops, 2);
    }
}

/// Two devices, each with its own copy of the folder, and a sync tool that copies everything.
fn pair(root: &Path) -> (Device, Device) {
    (Device::new(root, 0, 0), Device::new(root, 1, 0))
}

/// Syncs `from`, lets the sync tool carry its files to `to`, and syncs `to`.
fn hand_over(from: &mut Device, to: &mut Device) -> SyncReport {
    from.sync();
    carry(&from.folder, &to.folder);
    to.sync()
}

fn edit_description(device: &mut Device, goal: GoalId, text: &str) {
    let fields = device.journal.read(|tx| tx.get(goal)).unwrap().fields;
    device
        .journal
        .write(|tx| {
            tx.update(
                goal,
                GoalFields {
                    description: text.into(),
                    ..fields
                },
            )
        })
        .unwrap();
}

fn description(device: &Device, goal: GoalId) -> String {
    device
        .journal
        .read(|tx| tx.get(goal))
        .unwrap()
        .fields
        .description
}

fn history(device: &Device, goal: GoalId) -> Vec<String> {
    device
        .journal
        .read(|tx| tx.revisions(Kind::Goal, goal.into(), "description"))
        .unwrap()
        .into_iter()
        .map(|r| r.text)
        .collect()
}

#[test]
fn edits_trashes_and_restores_go_both_ways() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let goal = laptop
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap();
    let report = hand_over(&mut laptop, &mut desktop);
    assert_eq!(report.changed, 2, "{report:?}");
    assert_eq!(report.devices.len(), 1);
    assert_eq!(report.devices[0].name, "Device 0");
    assert_eq!(desktop.contents(), laptop.contents());

    desktop.clock.advance(Duration::hours(1));
    edit_description(&mut desktop, goal.id, "Edited on the desktop");
    hand_over(&mut desktop, &mut laptop);
    assert_eq!(description(&laptop, goal.id), "Edited on the desktop");

    laptop.clock.advance(Duration::hours(2));
    laptop.journal.write(|tx| tx.trash(goal.id)).unwrap();
    hand_over(&mut laptop, &mut desktop);
    assert!(
        desktop
            .journal
            .read(|tx| tx.get(goal.id))
            .unwrap()
            .is_trashed()
    );

    desktop.clock.advance(Duration::hours(3));
    desktop.journal.write(|tx| tx.restore(goal.id)).unwrap();
    hand_over(&mut desktop, &mut laptop);
    assert!(
        !laptop
            .journal
            .read(|tx| tx.get(goal.id))
            .unwrap()
            .is_trashed()
    );
    assert_eq!(desktop.contents(), laptop.contents());
    // Nothing left to do: a second round sends and changes nothing.
    let again = hand_over(&mut laptop, &mut desktop);
    assert_eq!((again.sent, again.changed), (0, 0), "{again:?}");
}

#[test]
fn an_edit_made_on_both_at_once_ends_the_same_on_both_with_the_other_in_history() {
    let root = tempfile::tempdir().unwrap();
    let (laptop, desktop) = pair(root.path());
    let mut devices = vec![laptop, desktop];
    let partnership = devices[0]
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let goal = devices[0]
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap();
    let (first, second) = devices.split_at_mut(1);
    hand_over(&mut first[0], &mut second[0]);
    devices[0].clock.advance(Duration::minutes(20));
    devices[1].clock.advance(Duration::minutes(25));
    edit_description(&mut devices[0], goal.id, "The laptop's words");
    edit_description(
        &mut devices[1],
        goal.id,
        "The desktop's words, a little later",
    );
    for device in devices.iter_mut() {
        device.sync();
    }
    deliver_all(&devices);
    for device in devices.iter_mut() {
        let report = device.sync();
        assert!(report.problems.is_empty(), "{report:?}");
    }
    for device in &devices {
        assert_eq!(
            description(device, goal.id),
            "The desktop's words, a little later"
        );
        assert!(
            history(device, goal.id).contains(&"The laptop's words".to_owned()),
            "{:?}",
            history(device, goal.id)
        );
    }
    assert_eq!(devices[0].contents(), devices[1].contents());
}

#[test]
fn a_clock_hours_ahead_wins_a_race_but_not_the_edit_made_after_it() {
    let root = tempfile::tempdir().unwrap();
    // The desktop's clock runs five hours ahead.
    let (mut laptop, mut desktop) = (
        Device::new(root.path(), 0, 0),
        Device::new(root.path(), 1, 5),
    );
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let goal = laptop
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap();
    hand_over(&mut laptop, &mut desktop);
    edit_description(&mut desktop, goal.id, "Written on the fast clock");
    hand_over(&mut desktop, &mut laptop);
    assert_eq!(description(&laptop, goal.id), "Written on the fast clock");
    // Seen that, the laptop edits again an hour later by its own clock: its edit is the later.
    laptop.clock.advance(Duration::hours(1));
    edit_description(&mut laptop, goal.id, "Written after reading it");
    hand_over(&mut laptop, &mut desktop);
    assert_eq!(description(&desktop, goal.id), "Written after reading it");
    assert_eq!(desktop.contents(), laptop.contents());
}

#[test]
fn a_session_deleted_forever_on_one_device_takes_an_item_added_on_the_other_along() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let session = laptop
        .journal
        .write(|tx| tx.create_session(session_fields(partnership.id, "2026-03-09T10:00:00+01:00")))
        .unwrap()
        .session;
    hand_over(&mut laptop, &mut desktop);
    // At once: the desktop adds an item; the laptop deletes the session forever.
    desktop
        .journal
        .write(|tx| tx.create(agenda_fields(session.id, 0, "Added on the desktop")))
        .unwrap();
    laptop.clock.advance(Duration::minutes(30));
    laptop.journal.write(|tx| tx.trash(session.id)).unwrap();
    laptop
        .journal
        .write(|tx| tx.delete_forever(Kind::Session, session.id.into()))
        .unwrap();
    laptop.sync();
    desktop.sync();
    let mut devices = vec![laptop, desktop];
    for _ in 0..3 {
        deliver_all(&devices);
        for device in devices.iter_mut() {
            assert!(device.sync().problems.is_empty());
        }
    }
    for device in &devices {
        let contents = device.contents();
        assert!(
            contents
                .keys()
                .all(|k| !k.starts_with("sessions/") && !k.starts_with("agenda_items/")),
            "{:?}",
            contents.keys()
        );
    }
    assert_eq!(devices[0].contents(), devices[1].contents());
}

#[test]
fn a_cut_or_foreign_file_is_skipped_with_a_problem_and_applied_once_it_comes_whole() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    laptop.sync();
    let relative = missing_files(&laptop.folder, &desktop.folder)
        .into_iter()
        .find(|r| r.to_string_lossy().ends_with("changes-0000000001.json"))
        .unwrap();
    let whole = std::fs::read(laptop.folder.join(&relative)).unwrap();
    let target = desktop.folder.join(&relative);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    for broken in [
        &whole[..whole.len() / 2],
        b"PK\x03\x04 not a change file",
        br#"{"format":"twoway-changes","version":7}"#,
    ] {
        std::fs::write(&target, broken).unwrap();
        let report = desktop.sync();
        assert_eq!(report.problems.len(), 1, "{report:?}");
        assert_eq!(report.changed, 0);
        assert!(!report.problems[0].problem.contains("Priya"), "{report:?}");
        assert!(
            desktop
                .journal
                .read(|tx| tx.partnerships())
                .unwrap()
                .is_empty(),
            "half applied"
        );
    }
    std::fs::write(&target, &whole).unwrap();
    let report = desktop.sync();
    assert!(report.problems.is_empty(), "{report:?}");
    assert_eq!(
        desktop
            .journal
            .read(|tx| tx.get(partnership.id))
            .unwrap()
            .fields
            .partner_name,
        "Priya Natarajan"
    );
}

#[test]
fn a_later_file_waits_for_an_earlier_one_still_on_its_way() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    laptop.sync();
    laptop.clock.advance(Duration::hours(1));
    let goal = laptop
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap();
    laptop.sync();
    // The second file arrives first.
    let files = missing_files(&laptop.folder, &desktop.folder);
    let second = files
        .iter()
        .find(|r| r.to_string_lossy().ends_with("changes-0000000002.json"))
        .unwrap();
    deliver(&laptop.folder, &desktop.folder, second);
    let report = desktop.sync();
    assert_eq!((report.changed, report.waiting), (0, 1), "{report:?}");
    carry(&laptop.folder, &desktop.folder);
    let report = desktop.sync();
    assert_eq!((report.changed, report.waiting), (2, 0), "{report:?}");
    assert!(desktop.journal.read(|tx| tx.get(goal.id)).is_ok());
}

#[test]
fn a_device_away_for_long_catches_up_from_the_snapshot() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    let partnership = laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let goal = laptop
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap();
    hand_over(&mut laptop, &mut desktop);
    hand_over(&mut desktop, &mut laptop);
    let fold = SyncOptions { compact_after: 3 };
    for n in 0..4 {
        laptop.clock.advance(Duration::hours(1));
        edit_description(&mut laptop, goal.id, &format!("Version {n}"));
        laptop.journal.sync_with(fold).unwrap();
        carry(&laptop.folder, &desktop.folder);
        desktop.sync();
        carry(&desktop.folder, &laptop.folder);
    }
    laptop.journal.sync_with(fold).unwrap();
    let own = laptop.folder.join(
        laptop
            .journal
            .sync_status()
            .unwrap()
            .unwrap()
            .device
            .to_string(),
    );
    let mut names: Vec<String> = std::fs::read_dir(&own)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.iter().any(|n| n.starts_with("snapshot-")),
        "{names:?}"
    );
    assert!(
        names.iter().filter(|n| n.starts_with("changes-")).count() < 3,
        "{names:?}"
    );
    // A new device that only ever sees the folder as it is now holds the same journal.
    let mut tablet = Device::new(root.path(), 2, 0);
    for from in [&laptop.folder, &desktop.folder] {
        for relative in missing_files(from, &tablet.folder) {
            if !relative.starts_with(
                tablet
                    .journal
                    .sync_status()
                    .unwrap()
                    .unwrap()
                    .device
                    .to_string(),
            ) {
                deliver(from, &tablet.folder, &relative);
            }
        }
    }
    let report = tablet.sync();
    assert!(
        report.problems.is_empty() && report.waiting == 0,
        "{report:?}"
    );
    assert_eq!(description(&tablet, goal.id), "Version 3");
    assert_eq!(tablet.contents(), laptop.contents());
}

#[test]
fn the_sync_folder_may_not_hold_the_journal_and_a_missing_folder_waits() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("data").join("journal.sqlite3");
    let clock = Arc::new(ManualClock::new(t0()));
    let mut journal = Journal::open(&path, clock).unwrap();
    let refused = journal
        .start_sync(&root.path().join("data"), "Laptop", None)
        .unwrap_err();
    assert!(
        refused.to_string().contains("holds the journal itself"),
        "{refused}"
    );
    let refused = journal.start_sync(root.path(), "Laptop", None).unwrap_err();
    assert!(
        refused.to_string().contains("holds the journal itself"),
        "{refused}"
    );
    assert!(journal.sync_status().unwrap().is_none());

    let folder = root.path().join("usb-stick").join("twoway");
    journal.start_sync(&folder, "Laptop", None).unwrap();
    journal.write(|tx| tx.create(partnership_fields())).unwrap();
    std::fs::remove_dir_all(root.path().join("usb-stick")).unwrap();
    let report = journal.sync().unwrap();
    assert!(report.folder_missing && report.sent == 0, "{report:?}");
    assert!(
        !root.path().join("usb-stick").exists(),
        "a missing folder is not made again"
    );
    std::fs::create_dir_all(&folder).unwrap();
    let report = journal.sync().unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    assert_eq!(journal.sync_status().unwrap().unwrap().last, Some(report));
}

/// Every byte of every file under `folder`, for a probe to be looked for.
fn all_bytes(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    let mut stack = vec![folder.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                all.push((entry.path(), std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    all
}

#[test]
fn an_encrypted_journal_seals_its_change_files_and_a_second_device_joins_with_the_passphrase() {
    use twoway_journal::Error;
    use twoway_journal::encryption::Secret;
    const PROBE: &str = "Okavango-probe-5512";
    const PASSPHRASE: &str = "a long walk by the river";
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("Sync").join("twoway");
    let open = |name: &str, passphrase: &str| {
        let clock = Arc::new(ManualClock::new(t0()));
        let mut journal =
            Journal::open(root.path().join(name).join("journal.sqlite3"), clock).unwrap();
        journal.encrypt(passphrase).unwrap();
        journal
    };
    let mut laptop = open("laptop", PASSPHRASE);
    let mut partnership = partnership_fields();
    partnership.agreement = format!("What is said here stays here. {PROBE}");
    let partnership = laptop.write(|tx| tx.create(partnership)).unwrap();
    laptop.start_sync(&folder, "Laptop", None).unwrap();
    laptop.sync().unwrap();
    // Nothing in the folder reads as the journal's text, and the keys file is there.
    assert!(folder.join("keys.json").is_file());
    for (path, bytes) in all_bytes(&folder) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(PROBE)
                && !String::from_utf8_lossy(&bytes).contains("Priya"),
            "{} holds the journal's text",
            path.display()
        );
    }
    // Encryption cannot be turned off while it syncs (the folder's files would not follow).
    assert!(matches!(
        laptop.decrypt(&Secret::passphrase(PASSPHRASE)),
        Err(Error::SyncOn)
    ));

    // A plain journal cannot join; an encrypted one needs the passphrase that seals the folder.
    let clock = Arc::new(ManualClock::new(t0()));
    let mut plain =
        Journal::open(root.path().join("plain").join("journal.sqlite3"), clock).unwrap();
    assert!(matches!(
        plain.start_sync(&folder, "Old PC", None),
        Err(Error::SyncFolderEncrypted { .. })
    ));
    let mut desktop = open("desktop", "another long passphrase");
    assert!(matches!(
        desktop.start_sync(&folder, "Desktop", None),
        Err(Error::SyncNeedsSecret { .. })
    ));
    assert!(matches!(
        desktop.start_sync(
            &folder,
            "Desktop",
            Some(&Secret::passphrase("not the right one at all"))
        ),
        Err(Error::WrongSecret)
    ));
    assert!(
        desktop.sync_status().unwrap().is_none(),
        "a refused join changes nothing"
    );
    desktop
        .start_sync(&folder, "Desktop", Some(&Secret::passphrase(PASSPHRASE)))
        .unwrap();
    let report = desktop.sync().unwrap();
    assert!(report.problems.is_empty(), "{report:?}");
    let agreement = desktop
        .read(|tx| tx.get(partnership.id))
        .unwrap()
        .fields
        .agreement;
    assert!(agreement.contains(PROBE));
    // And back: the desktop's edit reaches the laptop, still sealed on the way.
    desktop
        .write(|tx| {
            let mut fields = tx.get(partnership.id)?.fields;
            fields.partner_role = "Head of data".into();
            tx.update(partnership.id, fields)
        })
        .unwrap();
    desktop.sync().unwrap();
    assert!(laptop.sync().unwrap().changed >= 1);
    assert_eq!(
        laptop
            .read(|tx| tx.get(partnership.id))
            .unwrap()
            .fields
            .partner_role,
        "Head of data"
    );
    for (path, bytes) in all_bytes(&folder) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Head of data"),
            "{}",
            path.display()
        );
    }

    // An encrypted journal does not join a folder plain devices write to.
    let plain_folder = root.path().join("Plain");
    plain.start_sync(&plain_folder, "Old PC", None).unwrap();
    plain.sync().unwrap();
    laptop.stop_sync().unwrap();
    assert!(matches!(
        laptop.start_sync(&plain_folder, "Laptop", None),
        Err(Error::SyncFolderPlain { .. })
    ));
}

#[test]
fn the_whole_demo_journal_reaches_a_new_device_as_it_is() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    twoway_journal::sample::fill_demo(&mut laptop.journal, date("2026-03-02")).unwrap();
    // The demo's records link within their kind (items carried over from earlier ones,
    // edited since): a file applies whatever order its records come in.
    let report = hand_over(&mut laptop, &mut desktop);
    assert!(
        report.problems.is_empty() && report.waiting == 0,
        "{report:?}"
    );
    assert_eq!(desktop.contents(), laptop.contents());
    let again = hand_over(&mut desktop, &mut laptop);
    assert_eq!((again.sent, again.changed), (0, 0), "{again:?}");
}

#[test]
fn a_sync_with_nothing_new_writes_nothing_in_the_folder() {
    let root = tempfile::tempdir().unwrap();
    let (mut laptop, mut desktop) = pair(root.path());
    laptop
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    hand_over(&mut laptop, &mut desktop);
    hand_over(&mut desktop, &mut laptop);
    let before = all_bytes(&laptop.folder);
    let modified: Vec<_> = before
        .iter()
        .map(|(path, _)| std::fs::metadata(path).unwrap().modified().unwrap())
        .collect();
    laptop.clock.advance(Duration::hours(1));
    let report = laptop.sync();
    assert_eq!((report.sent, report.changed), (0, 0));
    let after = all_bytes(&laptop.folder);
    assert_eq!(before, after);
    for ((path, _), at) in before.iter().zip(modified) {
        assert_eq!(
            std::fs::metadata(path).unwrap().modified().unwrap(),
            at,
            "{} was written again",
            path.display()
        );
    }
}
