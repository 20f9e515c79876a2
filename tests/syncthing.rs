//! Device sync through real Syncthing (Debian's `syncthing`): two instances, each with its own
//! home, share one folder between two journals on this machine. Both run inside one network
//! namespace that holds only loopback, configured to reach nothing but each other on
//! 127.0.0.1 (no discovery, relays, NAT traversal, usage or crash reports, upgrade checks, GUI).
//! The test process stays outside: it only touches the journals and the two copies of the
//! folder. Edits, a trash and a restore go both ways; an edit made on both at once ends the
//! same on both, with the loser in history.
//!
//! Where a network namespace cannot be made (no root, no user namespaces), the test says it was
//! skipped and why. A missing `syncthing` is a failure: `make test` installs it.

use chrono::{Duration as Span, NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;
use twoway_journal::{Journal, ManualClock};

/// How long a change may take to reach the other journal before the test fails. A failure
/// timeout, not a speed target.
const LIMIT: Duration = Duration::from_secs(60);
/// How often the receiving journal syncs while it waits.
const POLL: Duration = Duration::from_millis(200);
/// The Syncthing folder's id, the same on both instances.
const FOLDER_ID: &str = "twoway-sync";
/// Listen ports inside the namespace, which is new and empty: nothing else listens there.
const PORTS: [u16; 2] = [22001, 22002];

/// What Syncthing logs in detail: its connections, dials, discovery, relays, NAT traversal.
const TRACE: &str = "connections,dialer,discover,beacon,relay,nat,stun,upnp,pmp";

/// The way to enter a network namespace of our own: as root directly, otherwise as root of
/// a user namespace of our own. An error saying why when neither is permitted.
fn namespace_prefix() -> Result<Vec<&'static str>, String> {
    let mut why = Vec::new();
    for prefix in [
        &["unshare", "--net"][..],
        &["unshare", "--user", "--map-root-user", "--net"][..],
    ] {
        let output = Command::new(prefix[0])
            .args(&prefix[1..])
            .args(["sh", "-c", "ip link set lo up"])
            .output();
        match output {
            Ok(output) if output.status.success() => return Ok(prefix.to_vec()),
            Ok(output) => why.push(format!(
                "`{}` failed: {}",
                prefix.join(" "),
                String::from_utf8_lossy(&output.stderr).trim()
            )),
            Err(e) => why.push(format!("`{}` cannot run: {e}", prefix.join(" "))),
        }
    }
    Err(why.join("; "))
}

/// Runs `script` with `sh` in a new network namespace whose only link, loopback, is up.
fn in_namespace(prefix: &[&str], script: &str) -> Command {
    let mut command = Command::new(prefix[0]);
    command
        .args(&prefix[1..])
        .args(["sh", "-c", &format!("ip link set lo up && {script}")]);
    command
}

fn syncthing_env<'a>(command: &'a mut Command, home: &Path) -> &'a mut Command {
    command
        .env("HOME", home)
        // Every address it dials, listens on or would announce to, in its log.
        .env("STTRACE", TRACE)
        .env("STNODEFAULTFOLDER", "1")
        .env("STNOUPGRADE", "1")
        .env("STNORESTART", "1")
        .env_remove("all_proxy")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
}

/// One side: a journal on a file, its clock, its copy of the sync folder, and the home of the
/// Syncthing instance that keeps that copy.
struct Side {
    journal: Journal,
    clock: Arc<ManualClock>,
    folder: PathBuf,
    home: PathBuf,
    syncthing_id: String,
    port: u16,
}

impl Side {
    fn new(root: &Path, name: &str, port: u16, prefix: &[&str]) -> Self {
        let folder = root.join(format!("{name}-folder"));
        // Syncthing's marker, as a folder it shares has it from the start.
        std::fs::create_dir_all(folder.join(".stfolder")).unwrap();
        let home = root.join(format!("{name}-syncthing"));
        let mut generate = in_namespace(
            prefix,
            "exec syncthing generate --skip-port-probing --home \"$ST_HOME\"",
        );
        syncthing_env(&mut generate, &home).env("ST_HOME", &home);
        let output = generate.output().unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.status.success(), "syncthing generate failed: {said}");
        let syncthing_id = said
            .lines()
            .find_map(|line| line.split("Device ID: ").nth(1))
            .unwrap_or_else(|| panic!("no device id in: {said}"))
            .trim()
            .to_owned();
        let clock = Arc::new(ManualClock::new(
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
        ));
        let mut journal =
            Journal::open(root.join(format!("{name}.twoway")), clock.clone()).unwrap();
        journal.start_sync(&folder, name, None).unwrap();
        // The first sync makes this device's subfolder and its device.json.
        journal.sync().unwrap();
        Self {
            journal,
            clock,
            folder,
            home,
            syncthing_id,
            port,
        }
    }

    /// This side's Syncthing configuration, written before its first start: it listens on
    /// 127.0.0.1 only, knows the other instance at its 127.0.0.1 address only, shares this
    /// side's copy of the folder with it, and tries nothing else.
    fn write_config(&self, other: &Side) {
        let device = |side: &Side, name: &str| {
            format!(
                r#"    <device id="{id}" name="{name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://127.0.0.1:{port}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>
"#,
                id = side.syncthing_id,
                port = side.port
            )
        };
        let config = format!(
            r#"<configuration version="36">
    <folder id="{FOLDER_ID}" label="Twoway" path="{path}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}" introducedBy=""></device>
        <device id="{them}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <markerName>.stfolder</markerName>
        <maxConflicts>10</maxConflicts>
    </folder>
{my_device}{their_device}    <gui enabled="false" tls="false" debugging="false">
        <address>127.0.0.1:{gui}</address>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <announceLANAddresses>false</announceLANAddresses>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <reconnectionIntervalS>2</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
"#,
            path = self.folder.display(),
            me = self.syncthing_id,
            them = other.syncthing_id,
            my_device = device(self, "me"),
            their_device = device(other, "other"),
            gui = self.port + 1000,
            port = self.port,
        );
        std::fs::write(self.home.join("config.xml"), config).unwrap();
    }

    fn sync(&mut self) -> twoway_journal::sync::SyncReport {
        self.journal.sync().unwrap()
    }

    fn device_folder(&self) -> PathBuf {
        let device = self.journal.sync_status().unwrap().unwrap().device;
        self.folder.join(device.to_string())
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

    fn goal(&self, id: GoalId) -> Option<Goal> {
        self.journal.read(|tx| tx.get(id)).ok()
    }

    fn edit_description(&mut self, id: GoalId, text: &str) {
        let fields = self.journal.read(|tx| tx.get(id)).unwrap().fields;
        self.journal
            .write(|tx| {
                tx.update(
                    id,
                    GoalFields {
                        description: text.into(),
                        ..fields
                    },
                )
            })
            .unwrap();
    }

    fn history(&self, id: GoalId) -> Vec<String> {
        self.journal
            .read(|tx| tx.revisions(Kind::Goal, id.into(), "description"))
            .unwrap()
            .into_iter()
            .map(|r| r.text)
            .collect()
    }
}

/// The shell that runs both Syncthing instances in one namespace. Dropping it (the test ended,
/// passed or failed) closes its input, which stops both; it is killed if they linger. Should
/// the test process die outright, the closed input stops them all the same.
struct Instances {
    child: Child,
    logs: Vec<PathBuf>,
    probe: PathBuf,
}

impl Instances {
    fn start(prefix: &[&str], root: &Path, sides: [&Side; 2]) -> Self {
        let probe = root.join("namespace.txt");
        let logs: Vec<PathBuf> = sides.iter().map(|s| s.home.join("log.txt")).collect();
        let script = r#"
            { ip -o link; echo "route: $(ip route get 192.0.2.1 2>&1)"; } > "$PROBE" 2>&1
            syncthing serve --home "$HOME_A" --no-browser --no-restart --no-upgrade \
                --no-default-folder --logflags=7 > "$LOG_A" 2>&1 &
            a=$!
            syncthing serve --home "$HOME_B" --no-browser --no-restart --no-upgrade \
                --no-default-folder --logflags=7 > "$LOG_B" 2>&1 &
            b=$!
            cat > /dev/null
            kill $a $b
            wait
        "#;
        let mut command = in_namespace(prefix, script);
        syncthing_env(&mut command, root)
            .env("PROBE", &probe)
            .env("HOME_A", &sides[0].home)
            .env("HOME_B", &sides[1].home)
            .env("LOG_A", &logs[0])
            .env("LOG_B", &logs[1])
            .stdin(Stdio::piped())
            .process_group(0);
        let child = command.spawn().expect("unshare starts");
        Self { child, logs, probe }
    }

    /// Both instances' logs, for a failure's message.
    fn logs(&self) -> String {
        self.logs
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(40).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                format!("--- {}\n{}", path.display(), tail.join("\n"))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for Instances {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let until = Instant::now() + Duration::from_secs(15);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.wait();
    }
}

/// Syncs `to` until `seen` holds, and says how long that took.
fn wait_for(
    instances: &Instances,
    to: &mut Side,
    what: &str,
    mut seen: impl FnMut(&mut Side) -> bool,
) -> Duration {
    let start = Instant::now();
    loop {
        let report = to.sync();
        assert!(report.problems.is_empty(), "{what}: {report:?}");
        if seen(to) {
            return start.elapsed();
        }
        if start.elapsed() > LIMIT {
            panic!(
                "{what}: not there after {LIMIT:?}: {report:?}\n{}",
                instances.logs()
            );
        }
        std::thread::sleep(POLL);
    }
}

/// The names and sizes of the files in a device's subfolder.
fn files(folder: &Path) -> BTreeMap<String, u64> {
    std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().unwrap().len(),
            )
        })
        .collect()
}

/// Everything in a copy of the folder, relative to it, sizes beside.
fn tree(folder: &Path) -> Vec<String> {
    let mut all = Vec::new();
    let mut stack = vec![folder.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(folder).unwrap().display().to_string();
            if entry.file_type().unwrap().is_dir() {
                all.push(format!("{relative}/"));
                stack.push(path);
            } else {
                all.push(format!("{relative} {}", entry.metadata().unwrap().len()));
            }
        }
    }
    all.sort();
    all
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[test]
fn two_journals_sync_through_real_syncthing_in_a_namespace_with_only_loopback() {
    let found = Command::new("syncthing").arg("--version").output();
    let version = match found {
        Ok(output) if output.status.success() => {
            String::from_utf8_lossy(&output.stdout).trim().to_owned()
        }
        _ => panic!(
            "`syncthing` is missing: `make deps-system` installs it (Debian's `syncthing` package)"
        ),
    };
    let prefix = match namespace_prefix() {
        Ok(prefix) => prefix,
        Err(why) => {
            eprintln!("skipped: no network namespace with only loopback can be made here: {why}");
            return;
        }
    };
    eprintln!("{version}, in a namespace made with `{}`", prefix.join(" "));
    let started = Instant::now();
    let root = tempfile::tempdir().unwrap();
    let mut a = Side::new(root.path(), "Laptop", PORTS[0], &prefix);
    let mut b = Side::new(root.path(), "Desktop", PORTS[1], &prefix);
    a.write_config(&b);
    b.write_config(&a);
    let instances = Instances::start(&prefix, root.path(), [&a, &b]);
    let instances_logs = instances.logs.clone();

    // Inside the namespace only loopback exists, and no other address has a route.
    let probe = {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(&instances.probe).unwrap_or_default();
            if text.contains("route:") || Instant::now() > until {
                break text;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let links: Vec<&str> = probe.lines().filter(|l| !l.starts_with("route:")).collect();
    assert_eq!(links.len(), 1, "{probe}");
    assert!(links[0].starts_with("1: lo:"), "{probe}");
    assert!(
        probe.contains("route: RTNETLINK answers: Network is unreachable"),
        "{probe}"
    );

    // The instances have connected and each copy holds the other device's device.json.
    let (a_device, b_device) = (a.device_folder(), b.device_folder());
    let both_there = |side: &Side, other: &Path| {
        side.folder
            .join(other.file_name().unwrap())
            .join("device.json")
            .exists()
    };
    let until = Instant::now() + LIMIT;
    while !(both_there(&a, &b_device) && both_there(&b, &a_device)) {
        assert!(
            Instant::now() < until,
            "the instances never exchanged the devices' folders\n{}",
            instances.logs()
        );
        std::thread::sleep(POLL);
    }
    eprintln!("connected after {:?}", started.elapsed());

    let mut times = Vec::new();

    // A partnership and a goal made on the laptop reach the desktop.
    let partnership = a
        .journal
        .write(|tx| {
            tx.create(PartnershipFields {
                partner_name: "Priya Natarajan".into(),
                partner_role: "Data analyst".into(),
                i_learn: vec!["LinkedIn".into()],
                i_teach: vec!["Capital allocation".into()],
                status: PartnershipStatus::Active,
                started_on: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                ends_on: None,
                cadence: None,
                agreement: "## Ground rules\n\n- What is said here stays here.".into(),
                agreement_revisit_on: None,
            })
        })
        .unwrap();
    let goal = a
        .journal
        .write(|tx| {
            tx.create(GoalFields {
                partnership_id: partnership.id,
                title: "Post on LinkedIn every week".into(),
                description: "Build a habit of *sharing* what the team learns.".into(),
                direction: Direction::Learn,
                success_criteria: "- 12 posts".into(),
                target_on: None,
                status: GoalStatus::InProgress,
                progress: 10,
                visibility: Visibility::Shared,
            })
        })
        .unwrap();
    assert_eq!(a.sync().sent, 2);
    times.push(wait_for(&instances, &mut b, "the new goal", |b| {
        b.goal(goal.id).is_some()
    }));
    assert_eq!(b.contents(), a.contents());

    // An edit on the desktop reaches the laptop; its change file's size is noted.
    b.clock.advance(Span::hours(1));
    b.edit_description(goal.id, "Edited on the desktop");
    let before = files(&b_device);
    assert_eq!(b.sync().sent, 1);
    let one_edit: u64 = files(&b_device)
        .into_iter()
        .filter(|(name, _)| name.starts_with("changes-") && !before.contains_key(name))
        .map(|(_, size)| size)
        .sum();
    times.push(wait_for(&instances, &mut a, "the desktop's edit", |a| {
        a.goal(goal.id).unwrap().fields.description == "Edited on the desktop"
    }));

    // A trash on the laptop, then a restore on the desktop.
    a.clock.advance(Span::hours(2));
    a.journal.write(|tx| tx.trash(goal.id)).unwrap();
    a.sync();
    times.push(wait_for(&instances, &mut b, "the laptop's trash", |b| {
        b.goal(goal.id).unwrap().is_trashed()
    }));
    b.clock.advance(Span::hours(3));
    b.journal.write(|tx| tx.restore(goal.id)).unwrap();
    b.sync();
    times.push(wait_for(&instances, &mut a, "the desktop's restore", |a| {
        !a.goal(goal.id).unwrap().is_trashed()
    }));
    assert_eq!(b.contents(), a.contents());

    // An edit made on both before either syncs: the desktop's, later by its clock, wins on
    // both, and the laptop's words are in the history of both.
    a.clock.advance(Span::minutes(20));
    b.clock.advance(Span::minutes(25));
    a.edit_description(goal.id, "The laptop's words");
    b.edit_description(goal.id, "The desktop's words, a little later");
    a.sync();
    b.sync();
    let later = "The desktop's words, a little later";
    let laptop_words = "The laptop's words".to_owned();
    times.push(wait_for(
        &instances,
        &mut a,
        "the race on the laptop",
        |a| {
            a.goal(goal.id).unwrap().fields.description == later
                && a.history(goal.id).contains(&laptop_words)
        },
    ));
    // The desktop has had the laptop's file in its copy for as long, so this is no step of
    // its own.
    wait_for(&instances, &mut b, "the race on the desktop", |b| {
        b.history(goal.id).contains(&laptop_words)
    });
    assert_eq!(b.goal(goal.id).unwrap().fields.description, later);
    // Each has applied the other's files: they hold the same.
    assert_eq!(a.contents(), b.contents());

    let steps = format!("{times:?}");
    let median = median(&mut times);
    eprintln!(
        "through Syncthing: median {median:?} from one journal's sync to the change seen on \
         the other (steps {steps}), one edit's change file {one_edit} bytes, whole test \
         {:?}",
        started.elapsed()
    );
    eprintln!("laptop's copy:\n  {}", tree(&a.folder).join("\n  "));
    eprintln!("desktop's copy:\n  {}", tree(&b.folder).join("\n  "));
    drop(instances);
    // Each instance listened on and dialed 127.0.0.1 only, and tried no other way out.
    for log in &instances_logs {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let dials: Vec<&str> = text.lines().filter(|l| l.contains(" dialing ")).collect();
        assert!(!dials.is_empty(), "{text}");
        for line in text.lines() {
            if line.contains(" dialing ") || line.contains("Starting listener") {
                assert!(line.contains(" tcp://127.0.0.1:"), "{line}");
            }
            for elsewhere in [
                "relay://", "quic://", "udp://", "UPnP", "NAT-PMP", "announce",
            ] {
                assert!(!line.contains(elsewhere), "{line}");
            }
        }
        for line in text.lines().filter(|l| l.contains("WARNING")) {
            eprintln!("syncthing: {line}");
        }
    }
    let _ = std::io::stderr().flush();
}
