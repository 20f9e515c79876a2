//! The `twoway` binary: without a subcommand it opens the window; with one it works on the
//! journal headless and exits (0 done, 1 error with a one-line message, 2 wrong usage).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod secrets;

use clap::{Parser, Subcommand};
use secrets::{NewPassphraseSource, SecretSource};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use twoway_journal::export::{Audience, Format as ExportFormat, Rendered, Scope};
use twoway_journal::files::Overwrite;
use twoway_journal::model::{PartnershipId, SessionId};
use twoway_journal::programme;
use twoway_journal::recognition::{Period, RecordChoice, Signer, Verification};
use twoway_journal::{Journal, SystemClock};

/// Twoway: a private journal for reverse mentoring.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The journal file to use (default: journal.sqlite3 in the app's data folder, or in
    /// $TWOWAY_DATA_DIR when set).
    #[arg(long, value_name = "PATH", global = true)]
    journal: Option<PathBuf>,

    #[command(flatten)]
    secret: SecretSource,

    /// Started by the system at login (the autostart entry passes it): the window stays hidden
    /// when Twoway keeps running in the background.
    #[arg(long = "at-login", hide = true)]
    at_login: bool,

    /// Packs to import (`.twowaypack`, or `.json` as packs were named before): the window
    /// opens its import dialog on each in turn. A double-click on a pack starts Twoway so.
    #[arg(value_name = "PACK")]
    packs: Vec<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Export the journal, a partnership or a session (to standard output without --out).
    Export {
        #[arg(long, value_enum)]
        format: Format,
        /// Only this partnership.
        #[arg(long, value_name = "ID", conflicts_with = "session")]
        partnership: Option<PartnershipId>,
        /// Only this session.
        #[arg(long, value_name = "ID")]
        session: Option<SessionId>,
        /// `shared` leaves everything private out; `all` is for yourself.
        #[arg(long, value_enum, default_value = "shared")]
        audience: AudienceArg,
        /// The file to write (atomically), or with --folder the folder to write into.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Markdown as a folder: an index and one file per session (needs --out).
        #[arg(long, requires = "out")]
        folder: bool,
        /// Replace existing files.
        #[arg(long)]
        force: bool,
    },
    /// Merge a JSON pack into the journal (one transaction: all of it or nothing).
    Import {
        file: PathBuf,
        /// The pack is your partner's: flip me/partner and learn/teach.
        #[arg(long, requires = "partnership")]
        from_partner: bool,
        /// The local partnership a partner's pack belongs to.
        #[arg(long, value_name = "ID")]
        partnership: Option<PartnershipId>,
        /// Show what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Copy the journal with SQLite's online backup.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// List or restore the automatic backups (kept in `backups/` beside the journal).
    Backups {
        #[command(subcommand)]
        action: BackupsAction,
    },
    /// Check the journal's integrity and schema version.
    Check,
    /// Fill an empty journal with the sample story (three reverse-mentoring partnerships).
    Demo,
    /// Encrypt the journal and its backups under a passphrase, and print the recovery key once.
    /// Without both the passphrase and the recovery key nobody can open it, you included.
    Encrypt {
        #[command(flatten)]
        new: NewPassphraseSource,
    },
    /// Turn encryption off: the journal and its backups become plain files again.
    Decrypt,
    /// Write a report for your mentoring programme: numbers only, no text from the journal.
    /// `twoway report merge` combines many pairs' reports into a programme dashboard.
    #[command(args_conflicts_with_subcommands = true)]
    Report {
        #[command(subcommand)]
        merge: Option<ReportAction>,
        /// The report file to write (JSON; standard output without it).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Which side of the pair you are.
        #[arg(long, value_enum)]
        side: Option<SideArg>,
        /// Name your partners (otherwise each pair is a random code).
        #[arg(long)]
        name_partners: bool,
        /// Count the skills of your category NAME under a programme category (repeatable),
        /// one of: social_media, digital_tools, ai_automation, data, trends, inclusion,
        /// communication, leadership, business, career.
        #[arg(long, value_name = "NAME=CATEGORY")]
        category: Vec<String>,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Change the passphrase (the journal is not re-encrypted; the recovery key stays).
    Passphrase {
        #[command(flatten)]
        new: NewPassphraseSource,
    },
    /// Records of learning signed by both partners (Open Badges 3.0 credentials).
    Record {
        #[command(subcommand)]
        action: RecordAction,
    },
    /// Check every signature of a signed record of learning and say who made it (exit 0 when
    /// every signature is valid, 1 otherwise).
    Verify { file: PathBuf },
    /// Exchange a partnership's shared pack with your partner through a folder you both reach:
    /// yours goes there when it changed, theirs comes in (as `import --from-partner`).
    Exchange {
        /// The partnership.
        #[arg(long, value_name = "ID")]
        partnership: PartnershipId,
        /// Link the partnership to this folder (made when missing), then exchange.
        #[arg(long, value_name = "PATH", conflicts_with = "unlink")]
        folder: Option<PathBuf>,
        /// Stop exchanging; the folder is left as it is.
        #[arg(long)]
        unlink: bool,
    },
    /// Sync the journal with your other devices through a folder your file sync keeps in step
    /// (Syncthing, Nextcloud, Dropbox, a network share, a USB stick). The journal itself never
    /// goes in it. Exit 1 when a file in the folder could not be applied.
    Sync {
        /// Turn sync on with this folder (made when missing), or move it there, then sync.
        #[arg(long, value_name = "PATH", conflicts_with_all = ["off", "status"])]
        folder: Option<PathBuf>,
        /// The name this device goes by on the others (this computer's name without it).
        #[arg(long, value_name = "NAME", requires = "folder")]
        device_name: Option<String>,
        /// Joining a folder of encrypted journals: read the passphrase of the journal that
        /// started syncing there from the environment variable NAME (this journal's own
        /// passphrase without it).
        #[arg(long, value_name = "NAME", requires = "folder")]
        folder_passphrase_env: Option<String>,
        /// Turn sync off; the folder is left as it is.
        #[arg(long, conflicts_with = "status")]
        off: bool,
        /// Say how sync stands, without syncing.
        #[arg(long)]
        status: bool,
    },
}

#[derive(Subcommand)]
enum RecordAction {
    /// Show what a record of a partnership could include, each item with its id.
    Draft {
        #[arg(long, value_name = "ID")]
        partnership: PartnershipId,
        #[command(flatten)]
        period: PeriodArgs,
    },
    /// Sign a record of a partnership, with your statement about your partner, and write it
    /// for them to countersign.
    Sign {
        #[arg(long, value_name = "ID")]
        partnership: PartnershipId,
        /// What you say about your partner (at most 2,000 bytes).
        #[arg(long)]
        statement: String,
        /// The items to include, by the ids `record draft` shows (all of them without it).
        #[arg(long, value_name = "ID", num_args = 1..)]
        include: Vec<uuid::Uuid>,
        #[command(flatten)]
        period: PeriodArgs,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Countersign a record your partner signed (their key must be confirmed), with your
    /// statement about them.
    Countersign {
        file: PathBuf,
        /// Your partnership with the one who signed it.
        #[arg(long, value_name = "ID")]
        partnership: PartnershipId,
        /// What you say about your partner (at most 2,000 bytes).
        #[arg(long)]
        statement: String,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Write the printable certificate (one HTML page) of a record whose signatures are valid.
    Certificate {
        file: PathBuf,
        /// The page to write.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print this journal's key fingerprint (the key pair is made on first use), for your
    /// partner to compare.
    Key,
    /// Confirm your partner's key: the fingerprint they read out to you, or the one key that
    /// signed a record file other than yours.
    ConfirmKey {
        #[arg(long, value_name = "ID")]
        partnership: PartnershipId,
        /// A record file, or a fingerprint (`ABCD-EFGH-…`) or did:key.
        #[arg(value_name = "FILE-or-FINGERPRINT")]
        key: String,
    },
}

/// The days a record covers (both included; the whole partnership without them).
#[derive(clap::Args)]
struct PeriodArgs {
    /// The first day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<chrono::NaiveDate>,
    /// The last day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<chrono::NaiveDate>,
}

impl PeriodArgs {
    fn period(&self) -> Period {
        Period {
            from: self.from,
            to: self.to,
        }
    }
}

#[derive(Subcommand)]
enum ReportAction {
    /// Combine pairs' reports into a dashboard (HTML), with the numbers beside it as JSON and
    /// CSV (the same name, other extensions). Groups of fewer than five pairs are left out.
    Merge {
        /// The reports, as the pairs sent them.
        #[arg(required = true)]
        reports: Vec<PathBuf>,
        /// The dashboard to write, such as programme.html.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace existing files.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SideArg {
    /// The junior mentor.
    Junior,
    /// The senior leader.
    Senior,
}

#[derive(Subcommand)]
enum BackupsAction {
    /// List the backups, newest first: when, why, size and records.
    List,
    /// Replace the journal with a backup (the journal is backed up first).
    Restore {
        /// The backup to restore (a file in the backups folder, or any Twoway journal).
        file: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Html,
    Json,
    Ics,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum AudienceArg {
    Shared,
    All,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        // `twoway PACK check`: clap takes a command after a pack for one more pack.
        if let Some(name) = cli
            .packs
            .iter()
            .find_map(|p| p.to_str().filter(|s| is_command(s)))
        {
            usage_error(&format!(
                "{name} is a command: it comes before anything else but options, and a pack to \
                 import on the command line goes to `twoway import FILE`"
            ));
        }
        let packs = match opened_packs(&cli.packs) {
            Ok(packs) => packs,
            Err(message) => {
                eprintln!("twoway: {message}");
                return ExitCode::FAILURE;
            }
        };
        return window(cli.journal.as_deref(), cli.at_login, packs);
    };
    if let Some(pack) = cli.packs.first() {
        usage_error(&format!(
            "{} names a pack to import in the window; a command takes none before it \
             (`twoway import FILE` imports on the command line)",
            pack.display()
        ));
    }
    let journal = cli
        .journal
        .unwrap_or_else(twoway_journal::default_journal_path);
    match command {
        Command::Demo => report(demo(&journal, &cli.secret)),
        Command::Check => report(check(&journal, &cli.secret)),
        Command::Backups { action } => report(backups(&journal, &cli.secret, action)),
        Command::Encrypt { new } => report(encrypt(&journal, &new)),
        Command::Decrypt => report(decrypt(&journal, &cli.secret)),
        Command::Passphrase { new } => report(passphrase(&journal, &cli.secret, &new)),
        Command::Report {
            merge:
                Some(ReportAction::Merge {
                    reports,
                    out,
                    force,
                }),
            ..
        } => report(merge_reports(&reports, &out, Overwrite::replacing(force))),
        Command::Report {
            merge: None,
            out,
            side,
            name_partners,
            category,
            force,
        } => {
            let categories = category
                .iter()
                .map(|mapping| parse_category(mapping))
                .collect::<Result<Vec<_>, _>>()
                .unwrap_or_else(|message| usage_error(&message));
            let options = programme::ReportOptions {
                side: side.map(|side| match side {
                    SideArg::Junior => programme::ProgrammeSide::JuniorMentor,
                    SideArg::Senior => programme::ProgrammeSide::SeniorLeader,
                }),
                named: Vec::new(),
                categories,
            };
            report(programme_report(
                &journal,
                &cli.secret,
                options,
                name_partners,
                out.as_deref(),
                Overwrite::replacing(force),
            ))
        }
        Command::Backup { out, force } => {
            report(open_existing(&journal, &cli.secret).and_then(|j| {
                j.backup_to(&out, Overwrite::replacing(force))?;
                Ok(format!(
                    "Backed up {} to {}.",
                    journal.display(),
                    out.display()
                ))
            }))
        }
        Command::Export {
            format,
            partnership,
            session,
            audience,
            out,
            folder,
            force,
        } => {
            let format = match (format, folder) {
                (Format::Md, true) => ExportFormat::MarkdownFolder,
                (_, true) => usage_error("--folder is for --format md"),
                (Format::Md, false) => ExportFormat::Markdown,
                (Format::Html, false) => ExportFormat::Html,
                (Format::Json, false) => ExportFormat::Pack,
                (Format::Ics, false) => ExportFormat::Calendar,
            };
            let scope = match (partnership, session) {
                (Some(p), _) => Scope::Partnership(p),
                (None, Some(s)) => Scope::Session(s),
                (None, None) => Scope::Journal,
            };
            let audience = match audience {
                AudienceArg::Shared => Audience::Shared,
                AudienceArg::All => Audience::All,
            };
            report(export(
                &journal,
                &cli.secret,
                format,
                scope,
                audience,
                out.as_deref(),
                Overwrite::replacing(force),
            ))
        }
        Command::Record { action } => report(record(&journal, &cli.secret, action)),
        Command::Verify { file } => verify(&journal, &cli.secret, &file),
        Command::Exchange {
            partnership,
            folder,
            unlink,
        } => report(exchange(&journal, &cli.secret, partnership, folder, unlink)),
        Command::Sync {
            folder,
            device_name,
            folder_passphrase_env,
            off,
            status,
        } => {
            let action = match (folder, off, status) {
                (Some(folder), _, _) => SyncAction::Start {
                    folder,
                    device_name,
                    folder_passphrase_env,
                },
                (None, true, _) => SyncAction::Stop,
                (None, false, true) => SyncAction::Status,
                (None, false, false) => SyncAction::Sync,
            };
            sync(&journal, &cli.secret, action)
        }
        Command::Import {
            file,
            from_partner,
            partnership,
            dry_run,
        } => {
            let options = twoway_journal::import::ImportOptions {
                from_partner,
                into_partnership: partnership,
            };
            report(import(&journal, &cli.secret, &file, &options, dry_run))
        }
    }
}

fn exchange(
    path: &std::path::Path,
    secret: &SecretSource,
    partnership: PartnershipId,
    folder: Option<PathBuf>,
    unlink: bool,
) -> twoway_journal::Result<String> {
    let mut journal = open_existing(path, secret)?;
    if unlink {
        journal.link_partner_folder(partnership, None)?;
        return Ok(
            "No longer exchanging through a folder; the folder is left as it is.".to_owned(),
        );
    }
    if let Some(folder) = &folder {
        journal.link_partner_folder(partnership, Some(folder))?;
    }
    let done = journal.exchange_with_partner(partnership)?;
    let mut lines = vec![if done.sent {
        "Your shared pack is in the folder.".to_owned()
    } else {
        "Your shared pack in the folder is up to date.".to_owned()
    }];
    match (&done.received, &done.problem) {
        (_, Some(problem)) => {
            lines.push(format!("Your partner's pack could not be taken: {problem}"))
        }
        (Some(plan), None) => lines.push(format!(
            "Your partner's pack came in: {} added, {} updated, {} the same meeting as yours.",
            plan.added, plan.updated, plan.same_meeting
        )),
        (None, None) => lines.push("Nothing new from your partner.".to_owned()),
    }
    Ok(lines.join("\n"))
}

/// What `twoway sync` was asked to do.
enum SyncAction {
    Start {
        folder: PathBuf,
        device_name: Option<String>,
        folder_passphrase_env: Option<String>,
    },
    Stop,
    Status,
    Sync,
}

fn sync(path: &std::path::Path, secret: &SecretSource, action: SyncAction) -> ExitCode {
    let result = (|| {
        let mut journal = open_existing(path, secret)?;
        match action {
            SyncAction::Stop => {
                journal.stop_sync()?;
                return Ok((
                    "Sync is off. The sync folder is left as it is.".to_owned(),
                    false,
                ));
            }
            SyncAction::Status => {
                return Ok((sync_status_text(journal.sync_status()?.as_ref()), false));
            }
            SyncAction::Start {
                folder,
                device_name,
                folder_passphrase_env,
            } => {
                let folder_secret = match folder_passphrase_env {
                    Some(name) => Some(twoway_journal::encryption::Secret::passphrase(
                        std::env::var(&name).map_err(|_| twoway_journal::Error::Io {
                            context: "no passphrase".to_owned(),
                            source: std::io::Error::other(format!(
                                "the environment variable {name} is not set"
                            )),
                        })?,
                    )),
                    None => None,
                };
                let name = device_name.unwrap_or_else(twoway_app::sync::this_computer_name);
                match journal.start_sync(&folder, &name, folder_secret.as_ref()) {
                    // Joining a folder sealed by another journal: with this one's passphrase.
                    Err(twoway_journal::Error::SyncNeedsSecret { .. })
                        if folder_secret.is_none() =>
                    {
                        journal.start_sync(&folder, &name, Some(&secret.secret(path)?))?;
                    }
                    started => {
                        started?;
                    }
                }
            }
            SyncAction::Sync => {}
        }
        let report = journal.sync()?;
        let status = journal.sync_status()?;
        let problems = !report.problems.is_empty();
        for problem in &report.problems {
            eprintln!(
                "twoway: {}/{}: {}",
                problem.device, problem.file, problem.problem
            );
        }
        Ok((sync_status_text(status.as_ref()), problems))
    })();
    match result {
        Ok((message, problems)) => {
            println!("{message}");
            if problems {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => report(Err(e)),
    }
}

/// How sync stands, in a few lines.
fn sync_status_text(status: Option<&twoway_journal::sync::SyncStatus>) -> String {
    let Some(status) = status else {
        return "Sync is off. Turn it on with `twoway sync --folder PATH`.".to_owned();
    };
    let mut lines = vec![format!(
        "Syncing through {} as \"{}\" (device {}).",
        status.folder.display(),
        status.device_name,
        status.device
    )];
    let Some(last) = &status.last else {
        lines.push("Not synced yet.".to_owned());
        return lines.join("\n");
    };
    let when = last
        .at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M");
    if last.folder_missing {
        lines.push(format!(
            "Last sync {when}: the folder was not there; edits go out at the next sync."
        ));
        return lines.join("\n");
    }
    lines.push(format!(
        "Last sync {when}: sent {} change{}, {} record{} changed here.",
        last.sent,
        if last.sent == 1 { "" } else { "s" },
        last.changed,
        if last.changed == 1 { "" } else { "s" },
    ));
    for device in &last.devices {
        let name = if device.name.is_empty() {
            device.device.to_string()
        } else {
            device.name.clone()
        };
        lines.push(format!(
            "  from {name}: {} file{}, {} record{} changed",
            device.files,
            if device.files == 1 { "" } else { "s" },
            device.changed,
            if device.changed == 1 { "" } else { "s" },
        ));
    }
    if last.kept_in_history > 0 {
        lines.push(format!(
            "  {} earlier version{} from other devices kept in history",
            last.kept_in_history,
            if last.kept_in_history == 1 { "" } else { "s" },
        ));
    }
    if last.waiting > 0 {
        lines.push(format!(
            "  {} file{} wait{} for earlier ones still on their way",
            last.waiting,
            if last.waiting == 1 { "" } else { "s" },
            if last.waiting == 1 { "s" } else { "" },
        ));
    }
    lines.join("\n")
}

/// Whether `name` is one of the subcommands.
fn is_command(name: &str) -> bool {
    use clap::CommandFactory;
    Cli::command()
        .get_subcommands()
        .any(|c| c.get_name() == name || c.get_all_aliases().any(|a| a == name))
}

/// The packs named on the command line, as absolute paths, or why the first one that cannot
/// be opened (missing, a folder, not named like a pack) cannot.
fn opened_packs(packs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    if packs.is_empty() {
        return Ok(Vec::new());
    }
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot tell the current folder: {e}"))?;
    packs
        .iter()
        .map(|pack| twoway_app::opened_pack::pack_argument(pack, &cwd))
        .collect()
}

/// Opens the window on `journal`, or without one on the journal opened last, with `packs` for
/// its import dialog.
fn window(journal: Option<&std::path::Path>, at_login: bool, packs: Vec<PathBuf>) -> ExitCode {
    match twoway_app::run(journal, at_login, packs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("twoway: {e}");
            if std::env::var_os("DISPLAY").is_none()
                && std::env::var_os("WAYLAND_DISPLAY").is_none()
            {
                eprintln!(
                    "twoway: no display found; on a machine without one, run `xvfb-run make run`"
                );
            }
            ExitCode::FAILURE
        }
    }
}

/// Exits with clap's usage error (code 2) for a combination clap cannot express.
fn usage_error(message: &str) -> ! {
    use clap::CommandFactory;
    Cli::command()
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

fn report(result: twoway_journal::Result<String>) -> ExitCode {
    match result {
        Ok(message) => {
            if !message.is_empty() {
                println!("{message}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("twoway: {e}");
            ExitCode::FAILURE
        }
    }
}

fn demo(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<String> {
    let mut journal = unlocked(path, secret)?;
    let today = chrono::Local::now().date_naive();
    let counts = twoway_journal::sample::fill_demo(&mut journal, today)?;
    Ok(format!(
        "Filled {} with the sample journal: {} partnerships, {} sessions, {} learnings.",
        path.display(),
        counts.partnerships,
        counts.sessions,
        counts.learnings
    ))
}

/// Opens the journal and, on its first open of the day, takes the day's backup and empties
/// the trash of what is too old. A failure of that care is said on standard error; the
/// command still runs, since it may be what the user needs to recover.
fn open(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<Journal> {
    let mut journal = unlocked(path, secret)?;
    if let Err(e) = journal.daily_care() {
        eprintln!("twoway: the day's backup was not made: {e}");
    }
    Ok(journal)
}

/// The journal at `path`, which must exist already: a mistyped `--journal` must not become a
/// new, empty journal that `check` calls sound and `export` exports. (`demo` fills a new one,
/// and `import` may restore a pack into a new one.)
fn open_existing(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<Journal> {
    if !path.exists() {
        return Err(twoway_journal::Error::Io {
            context: format!("cannot open {}", path.display()),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "there is no journal there (check the path, or run `twoway demo` to start one)",
            ),
        });
    }
    open(path, secret)
}

/// The journal at `path`, unlocked with the secret the options name (or the terminal asks
/// for) when it is encrypted.
fn unlocked(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<Journal> {
    let clock = Arc::new(SystemClock);
    if twoway_journal::encryption::is_encrypted(path) {
        Journal::open_unlocked(path, clock, &secret.secret(path)?)
    } else {
        Journal::open(path, clock)
    }
}

fn encrypt(path: &std::path::Path, new: &NewPassphraseSource) -> twoway_journal::Result<String> {
    let mut journal = open_existing(path, &SecretSource::default())?;
    if journal.is_encrypted() {
        return Ok(format!("{} is encrypted already.", path.display()));
    }
    eprintln!(
        "Without both the passphrase and the recovery key, nobody can open the journal, you \
         included."
    );
    let done = journal.encrypt(&new.passphrase()?)?;
    let backups = match done.backups_converted {
        0 => String::new(),
        1 => " Its one backup was replaced by an encrypted one.".to_owned(),
        n => format!(" Its {n} backups were replaced by encrypted ones."),
    };
    Ok(format!(
        "Encrypted {}.{backups}\n\nThe recovery key, shown this once (keep it apart from this \
         computer, on paper or in a password manager):\n\n    {}\n\nThe passphrase or this key \
         opens the journal; `--recovery-key-env NAME` gives the key to any command.",
        path.display(),
        done.recovery_key.as_str()
    ))
}

fn decrypt(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<String> {
    if !twoway_journal::encryption::is_encrypted(path) {
        return Ok(format!("{} is not encrypted.", path.display()));
    }
    // Asked for once: it both opens the journal and confirms turning encryption off.
    let given = secret.secret(path)?;
    let mut journal = Journal::open_unlocked(path, Arc::new(SystemClock), &given)?;
    let backups = journal.decrypt(&given)?;
    Ok(format!(
        "{} is no longer encrypted ({backups} backups converted); its keys file was removed.",
        path.display()
    ))
}

fn passphrase(
    path: &std::path::Path,
    secret: &SecretSource,
    new: &NewPassphraseSource,
) -> twoway_journal::Result<String> {
    if !twoway_journal::encryption::is_encrypted(path) {
        return Err(twoway_journal::Error::Invalid {
            field: "journal",
            problem: twoway_journal::Problem::Other("is not encrypted (see `twoway encrypt`)"),
        });
    }
    let given = secret.secret(path)?;
    let journal = Journal::open_unlocked(path, Arc::new(SystemClock), &given)?;
    journal.change_passphrase(&given, &new.passphrase()?)?;
    Ok(format!(
        "The passphrase of {} is changed; the recovery key is the same.",
        path.display()
    ))
}

fn backups(
    path: &std::path::Path,
    secret: &SecretSource,
    action: BackupsAction,
) -> twoway_journal::Result<String> {
    let mut journal = open_existing(path, secret)?;
    match action {
        BackupsAction::List => {
            let backups = journal.backups()?;
            if backups.is_empty() {
                return Ok(format!("No backups of {} yet.", path.display()));
            }
            let lines: Vec<String> = backups
                .iter()
                .map(|b| {
                    let records = b
                        .records
                        .map_or_else(|| "unreadable".to_owned(), |n| format!("{n} records"));
                    let reason = match b.reason {
                        twoway_journal::backups::Reason::Daily => "daily",
                        twoway_journal::backups::Reason::BeforeImport => "before an import",
                        twoway_journal::backups::Reason::BeforeRestore => "before a restore",
                    };
                    format!(
                        "{}  {reason:<16}  {:>9}  {records:<12}  {}",
                        b.made_at
                            .with_timezone(&chrono::Local)
                            .format("%Y-%m-%d %H:%M"),
                        format!("{:.1} MB", f64::from(b.bytes) / 1_000_000.0),
                        b.path
                    )
                })
                .collect();
            Ok(lines.join("\n"))
        }
        BackupsAction::Restore { file } => {
            let before = journal.restore_backup(&file)?;
            Ok(match before {
                Some(before) => format!(
                    "Restored {} from {}; the journal as it was is in {}.",
                    path.display(),
                    file.display(),
                    before.display()
                ),
                None => format!("Restored {} from {}.", path.display(), file.display()),
            })
        }
    }
}

fn check(path: &std::path::Path, secret: &SecretSource) -> twoway_journal::Result<String> {
    // Opening already refuses a file that is not a journal, is damaged or is too new.
    let journal = open_existing(path, secret)?;
    if let Some(problem) = journal.integrity_problem()? {
        return Err(twoway_journal::Error::Corrupt {
            path: path.to_owned(),
            detail: problem,
        });
    }
    let counts = journal.read(|tx| tx.record_counts())?;
    let records: u32 = counts.iter().map(|c| c.live + c.trashed).sum();
    Ok(format!(
        "{} is a sound Twoway journal (schema {}), {records} records.",
        path.display(),
        twoway_journal::SCHEMA_VERSION
    ))
}

fn export(
    path: &std::path::Path,
    secret: &SecretSource,
    format: ExportFormat,
    scope: Scope,
    audience: Audience,
    out: Option<&std::path::Path>,
    overwrite: Overwrite,
) -> twoway_journal::Result<String> {
    let journal = open_existing(path, secret)?;
    let rendered =
        twoway_journal::export::render(&journal, format, scope, audience, chrono::Utc::now())?;
    match (out, rendered) {
        (None, Rendered::File(text)) => {
            // A closed pipe (`twoway export … | head`) is the reader's choice, not an error.
            use std::io::Write;
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(twoway_journal::Error::Io {
                        context: "cannot write the export".into(),
                        source: e,
                    })
                }
                _ => Ok(String::new()),
            }
        }
        (None, Rendered::Folder(_)) => usage_error("--folder needs --out"),
        (Some(out), rendered) => {
            let written = rendered.write_to(out, overwrite, journal.folder())?;
            Ok(if written.files == 1 {
                format!("Wrote {}.", written.path)
            } else {
                format!("Wrote {} files into {}.", written.files, written.path)
            })
        }
    }
}

fn import(
    path: &std::path::Path,
    secret: &SecretSource,
    file: &std::path::Path,
    options: &twoway_journal::import::ImportOptions,
    dry_run: bool,
) -> twoway_journal::Result<String> {
    use twoway_journal::import;
    let pack = import::read_pack_file(file)?;
    let mut journal = open(path, secret)?;
    let plan = if dry_run {
        import::plan(&journal, &pack, options)
    } else {
        import::import(&mut journal, &pack, options)
    }?;
    Ok(format!(
        "{}: {} added, {} updated, {} unchanged, {} conflicts (local kept).",
        if dry_run { "Would import" } else { "Imported" },
        plan.added,
        plan.updated,
        plan.unchanged,
        plan.conflicts
    ))
}

/// Reads a record file as text.
fn read_record(file: &std::path::Path) -> twoway_journal::Result<String> {
    twoway_journal::files::read_text(file)
}

fn record(
    path: &std::path::Path,
    secret: &SecretSource,
    action: RecordAction,
) -> twoway_journal::Result<String> {
    use twoway_journal::files::write_atomically;
    let mut journal = open_existing(path, secret)?;
    match action {
        RecordAction::Draft {
            partnership,
            period,
        } => {
            let draft = journal.read(|tx| tx.record_draft(partnership, period.period()))?;
            Ok(draft_text(&draft))
        }
        RecordAction::Sign {
            partnership,
            statement,
            include,
            period,
            out,
            force,
        } => {
            let period = period.period();
            let include = if include.is_empty() {
                let draft = journal.read(|tx| tx.record_draft(partnership, period))?;
                draft.candidates.iter().map(|c| c.id).collect()
            } else {
                include
            };
            let choice = RecordChoice {
                include,
                statement,
                period,
            };
            let signed = journal.write(|tx| tx.sign_record(partnership, &choice))?;
            write_atomically(&out, signed.json.as_bytes(), Overwrite::replacing(force))?;
            Ok(format!(
                "Signed {} and wrote it to {}; send it to your partner to countersign.",
                signed.id,
                out.display()
            ))
        }
        RecordAction::Countersign {
            file,
            partnership,
            statement,
            out,
            force,
        } => {
            let text = read_record(&file)?;
            let signed =
                journal.write(|tx| tx.countersign_record(partnership, &text, &statement))?;
            write_atomically(&out, signed.json.as_bytes(), Overwrite::replacing(force))?;
            Ok(format!(
                "Countersigned {} and wrote it to {}; send it back to your partner.",
                signed.id,
                out.display()
            ))
        }
        RecordAction::Certificate { file, out, force } => {
            let text = read_record(&file)?;
            let verification = journal.read(|tx| tx.verify_record(&text))?;
            let page = twoway_journal::recognition::certificate_html(&text, &verification)?;
            write_atomically(&out, page.as_bytes(), Overwrite::replacing(force))?;
            Ok(format!("Wrote {}.", out.display()))
        }
        RecordAction::Key => {
            let key = journal.write(|tx| tx.ensure_my_key())?;
            Ok(format!(
                "Your key fingerprint: {}\n(key {})\nRead the fingerprint to your partner; \
                 they confirm it with `twoway record confirm-key`.",
                key.fingerprint, key.did
            ))
        }
        RecordAction::ConfirmKey { partnership, key } => {
            let today = chrono::Local::now().date_naive();
            let file = std::path::Path::new(&key);
            let confirmed = if file.is_file() {
                let text = read_record(file)?;
                journal.write(|tx| tx.confirm_key_from_record(partnership, &text, today))?
            } else {
                journal.write(|tx| tx.confirm_partner_key(partnership, &key, today))?
            };
            Ok(format!(
                "Confirmed {} as your partner's key in partnership {partnership}. It must be \
                 the fingerprint your partner reads from `twoway record key`.",
                confirmed.fingerprint
            ))
        }
    }
}

/// The candidates of a draft, one a line, with the ids `record sign --include` takes.
fn draft_text(draft: &twoway_journal::recognition::RecordDraft) -> String {
    use std::fmt::Write as _;
    use twoway_journal::model::Party;
    use twoway_journal::recognition::ItemKind;
    let period = match (draft.period.from, draft.period.to) {
        (None, None) => "the whole partnership".to_owned(),
        (Some(from), None) => format!("since {from}"),
        (None, Some(to)) => format!("until {to}"),
        (Some(from), Some(to)) => format!("{from} to {to}"),
    };
    let mut out = format!(
        "Record of learning: {} and {} ({period})\nSessions held: {} ({} minutes)\n",
        draft.my_name, draft.partner_name, draft.sessions_held, draft.minutes_held
    );
    if draft.candidates.is_empty() {
        out.push_str("No skills or achieved goals to include.");
        return out;
    }
    out.push_str("Items (all are included unless `record sign` names some with --include):\n");
    for c in &draft.candidates {
        let learner = match c.learner {
            Party::Me => "I learned".to_owned(),
            Party::Partner => format!("{} learned", draft.partner_name),
        };
        let kind = match c.kind {
            ItemKind::Skill => "skill",
            ItemKind::Goal => "goal ",
        };
        let _ = write!(out, "  {}  {kind}  {}  ({learner}", c.id, c.title);
        for (who, growth) in [("me", &c.self_rated), ("partner", &c.partner_rated)] {
            if let Some(g) = growth {
                let _ = write!(out, "; rated by {who} {} → {}", g.baseline, g.latest);
            }
        }
        if let Some(on) = c.achieved_on {
            let _ = write!(out, "; achieved {on}");
        }
        out.push_str(")\n");
    }
    out.pop();
    out
}

/// `twoway verify`: who signed what; exit 0 when every signature is valid, 1 otherwise.
fn verify(path: &std::path::Path, secret: &SecretSource, file: &std::path::Path) -> ExitCode {
    let checked = read_record(file).and_then(|text| {
        let journal = open_existing(path, secret)?;
        journal.read(|tx| tx.verify_record(&text))
    });
    match checked {
        Ok(verification) => {
            println!("{}", verification_text(&verification));
            if verification.all_valid() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => report(Err(e)),
    }
}

fn verification_text(v: &Verification) -> String {
    use twoway_journal::recognition::Role;
    let mut lines = vec![format!("{} ({})", v.name, v.id)];
    for (i, proof) in v.proofs.iter().enumerate() {
        let role = match proof.role {
            Role::Issuer => "issuer",
            Role::Countersigner => "countersigner",
        };
        let fingerprint = proof
            .key
            .as_ref()
            .map_or("no key", |k| k.fingerprint.as_str());
        let who = match &proof.signer {
            Signer::Me => "you".to_owned(),
            Signer::Partner {
                partner_name,
                partnership,
                confirmed_on,
            } => format!(
                "{partner_name}, your partner (key confirmed on {confirmed_on} in partnership \
                 {partnership})"
            ),
            Signer::Unconfirmed => {
                format!("a key you have not confirmed (fingerprint {fingerprint})")
            }
            Signer::NoKey => "no readable key".to_owned(),
        };
        let state = match &proof.problem {
            None => "valid".to_owned(),
            Some(problem) => format!("BROKEN: {problem}"),
        };
        lines.push(format!(
            "Signature {} ({role}, {fingerprint}): {state}; signed by {who}",
            i + 1
        ));
    }
    for problem in &v.problems {
        lines.push(format!("Problem: {problem}"));
    }
    lines.push(if v.all_known() {
        "Every signature is valid and by you or a partner key you confirmed.".to_owned()
    } else if v.all_valid() {
        "Every signature is valid, but not every key is one you confirmed: compare \
         fingerprints before you trust it."
            .to_owned()
    } else {
        "The record does not verify.".to_owned()
    });
    lines.join("\n")
}

/// `NAME=CATEGORY` as a mapping of the user's skill category to a programme one.
fn parse_category(mapping: &str) -> Result<programme::CategoryMapping, String> {
    let (name, category) = mapping
        .rsplit_once('=')
        .ok_or_else(|| format!("--category {mapping:?} needs the form NAME=CATEGORY"))?;
    let category = programme::ProgrammeCategory::parse(category.trim()).ok_or_else(|| {
        let known: Vec<&str> = programme::ProgrammeCategory::ALL
            .iter()
            .map(|c| c.as_str())
            .collect();
        format!(
            "--category: {:?} is not a programme category (one of {})",
            category.trim(),
            known.join(", ")
        )
    })?;
    if name.trim().is_empty() {
        return Err(format!(
            "--category {mapping:?} needs your category's name before ="
        ));
    }
    Ok(programme::CategoryMapping {
        skill_category: name.trim().to_owned(),
        category,
    })
}

fn programme_report(
    path: &std::path::Path,
    secret: &SecretSource,
    mut options: programme::ReportOptions,
    name_partners: bool,
    out: Option<&std::path::Path>,
    overwrite: Overwrite,
) -> twoway_journal::Result<String> {
    let mut journal = open_existing(path, secret)?;
    let today = chrono::Local::now().date_naive();
    if name_partners {
        options.named = journal
            .read(|tx| tx.partnerships())?
            .iter()
            .map(|p| p.id)
            .collect();
    }
    let report = journal.write(|tx| tx.programme_report(&options, today))?;
    let json = report.to_json();
    match out {
        None => {
            println!("{json}");
            Ok(String::new())
        }
        Some(out) => {
            twoway_journal::files::write_atomically(out, json.as_bytes(), overwrite)?;
            Ok(format!(
                "Wrote {} ({} pairs, numbers only{}).",
                out.display(),
                report.pairs.len(),
                if name_partners {
                    ", partners named"
                } else {
                    ""
                }
            ))
        }
    }
}

/// uPlot, the charting library the app draws with, inlined into the programme dashboard.
const CHART_LIBRARY: programme::dashboard::ChartLibrary<'static> =
    programme::dashboard::ChartLibrary {
        script: include_str!("../../ui/node_modules/uplot/dist/uPlot.iife.min.js"),
        style: include_str!("../../ui/node_modules/uplot/dist/uPlot.min.css"),
    };

fn merge_reports(
    files: &[PathBuf],
    out: &std::path::Path,
    overwrite: Overwrite,
) -> twoway_journal::Result<String> {
    let reports = files
        .iter()
        .map(|file| programme::ProgrammeReport::read_file(file))
        .collect::<twoway_journal::Result<Vec<_>>>()?;
    let numbers = programme::merge(&reports);
    let written = programme::dashboard::write_dashboard(&numbers, &CHART_LIBRARY, out, overwrite)?;
    Ok(format!(
        "Combined {} reports ({} pairs) into {}, with the numbers in {} and {}.",
        reports.len(),
        numbers.pairs,
        written.html.display(),
        written.json.display(),
        written.csv.display()
    ))
}
