//! What leaves the machine. Every export format renders an [`ExportSet`]: the records of one
//! scope (the whole journal, a partnership, a session), already filtered for its audience. The
//! rule of what is private lives here once, so no format can leak what another would withhold.
//!
//! For [`Audience::Shared`] (the default, for the partner): every private record (goal,
//! check-in, agenda item, action item, skill, rating, learning, feedback, agenda template)
//! is left out, and with it whatever belongs to it (the check-ins of a private goal, the
//! ratings of a private skill); what stays loses its links to what was left out (an agenda
//! item's private goal, a learning's private skill), and sessions lose their private notes.
//! [`Audience::All`] (for oneself) keeps everything.

pub mod html;
pub mod ics;
pub mod json;
pub mod markdown;
mod preview;

pub use preview::{ExportPreview, KindPreview};

use crate::db::ReadTx;
use crate::error::Result;
use crate::files::{Overwrite, clean_file_name, write_atomically, write_folder};
use crate::journal::Journal;
use crate::model::*;
use crate::store::{Entity, owners};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;
use uuid::Uuid;

/// Who an export is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// For the partner: nothing private.
    #[default]
    Shared,
    /// For oneself: everything, private notes included.
    All,
}

/// What an export covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Scope {
    /// Every partnership in the journal.
    Journal,
    /// One partnership with everything in it.
    Partnership(PartnershipId),
    /// One session with its agenda, actions, learnings and feedback.
    Session(SessionId),
}

/// The forms an export is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// One Markdown file ([`markdown`]).
    Markdown,
    /// A folder: an index and one Markdown file per session.
    MarkdownFolder,
    /// One self-contained printable page ([`html`]).
    Html,
    /// A JSON pack that another Twoway journal imports ([`json`]).
    Pack,
    /// An iCalendar file of planned sessions and open actions with due dates ([`ics`]).
    Calendar,
}

impl Format {
    /// The file name extension; empty for a folder.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::MarkdownFolder => "",
            Format::Html => "html",
            // Still JSON inside; its own extension lets the system open it with Twoway.
            Format::Pack => "twowaypack",
            Format::Calendar => "ics",
        }
    }

    /// Whether the export holds agenda templates: a pack does, so they can be imported; a
    /// document is what happened, and a template is a tool for planning, not part of it.
    pub fn holds_templates(self) -> bool {
        matches!(self, Format::Pack)
    }

    /// A pack carries deletions, so the partner's copy learns what was removed; documents show
    /// what is there.
    pub fn trash(self) -> Trash {
        match self {
            Format::Pack => Trash::Include,
            _ => Trash::Exclude,
        }
    }
}

/// An export made in memory, ready to be written or printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rendered {
    /// One file's content.
    File(String),
    /// `(file name, content)` pairs; names are safe to join to a folder.
    Folder(Vec<(String, String)>),
}

/// What writing an export did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Written {
    /// The file or folder written.
    pub path: String,
    /// How many files were written.
    pub files: u32,
    /// Bytes written, all files together.
    pub bytes: u32,
}

impl Rendered {
    /// The whole export as one text, to show on screen: a file's content, or a folder's files
    /// one after another.
    pub fn into_text(self) -> String {
        match self {
            Rendered::File(text) => text,
            Rendered::Folder(files) => files
                .into_iter()
                .map(|(_, text)| text)
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// Writes the export to `target`: a file written atomically, or a folder of such files.
    /// An existing file is replaced only with `Overwrite::Replace`. `journal_folder` is the
    /// folder of the journal it was made from (`Journal::folder`): while the export is written
    /// elsewhere, a note there lets the journal's next start remove what a crash left behind.
    pub fn write_to(
        &self,
        target: &Path,
        overwrite: Overwrite,
        journal_folder: Option<&Path>,
    ) -> Result<Written> {
        let _note = crate::files::note_write(journal_folder, crate::files::folder_of(target));
        let (files, bytes) = match self {
            Rendered::File(text) => {
                write_atomically(target, text.as_bytes(), overwrite)?;
                (1, text.len())
            }
            Rendered::Folder(files) => {
                write_folder(target, files, overwrite)?;
                (files.len(), files.iter().map(|(_, text)| text.len()).sum())
            }
        };
        Ok(Written {
            path: target.display().to_string(),
            files: count(files),
            bytes: count(bytes),
        })
    }
}

/// Makes the export of `scope` for `audience` in `format`, stamped `exported_at`.
pub fn render(
    journal: &Journal,
    format: Format,
    scope: Scope,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> Result<Rendered> {
    let set = journal.read(|tx| tx.export_set_in(scope, audience, format))?;
    Ok(match format {
        Format::Markdown => Rendered::File(markdown::markdown(&set, scope, audience, exported_at)),
        Format::MarkdownFolder => {
            Rendered::Folder(markdown::markdown_files(&set, scope, audience, exported_at))
        }
        Format::Html => Rendered::File(html::html(&set, scope, audience, exported_at)),
        Format::Pack => Rendered::File(json::pack_json(&set, scope, audience, exported_at)),
        Format::Calendar => Rendered::File(ics::ics(&set, scope, audience, exported_at)),
    })
}

/// Whether records in the trash come along (a JSON pack carries deletions; documents do not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trash {
    /// Trashed records come along, so the other side learns the deletion.
    Include,
    /// Only records outside the trash.
    Exclude,
}

/// The records an export holds, filtered for its audience: the owner's profile and one list
/// per kind (the [`Records`] it dereferences to).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportSet {
    /// The journal owner's name and role.
    pub profile: Profile,
    /// The records, one list per kind.
    #[serde(flatten)]
    pub records: Records,
    /// The lead times of the reminders before sessions, which the calendar's alarms follow.
    #[serde(skip)]
    pub reminders: crate::reminders::ReminderSettings,
}

impl std::ops::Deref for ExportSet {
    type Target = Records;
    fn deref(&self) -> &Records {
        &self.records
    }
}

impl std::ops::DerefMut for ExportSet {
    fn deref_mut(&mut self) -> &mut Records {
        &mut self.records
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl ExportSet {
    /// Leaves out what the partner must not see: every private record and everything that
    /// belongs to a record left out (kind by kind, parents first, so a rating of a private
    /// skill goes with it), the links of what stays to what was left out (an agenda item's
    /// private goal, a session's learning about a private skill the set does not hold), and
    /// the private notes of sessions. `tx` answers for linked records outside the set.
    fn keep_shared(mut self, tx: &ReadTx<'_>) -> Result<Self> {
        let mut in_set: HashSet<Uuid> = HashSet::new();
        each_kind!(F => in_set.extend(F::list(&self.records).iter().map(|r| Uuid::from(r.id))));
        let mut left_out: HashSet<Uuid> = HashSet::new();
        let leaves_out = |kind: Kind, id: Uuid, left_out: &HashSet<Uuid>| -> Result<bool> {
            Ok(left_out.contains(&id) || (!in_set.contains(&id) && tx.stays_private(kind, id)?))
        };
        each_kind!(F => {
            let mut kept = Vec::new();
            for mut record in std::mem::take(F::list_mut(&mut self.records)) {
                let mut leaves = record.fields.visibility() != Some(Visibility::Private);
                for (kind, id) in owners(&record.fields) {
                    leaves = leaves && !leaves_out(kind, id, &left_out)?;
                }
                if !leaves {
                    left_out.insert(record.id.into());
                    continue;
                }
                for link in F::LINKS.iter().filter(|link| !link.belongs) {
                    if let Some(id) = (link.get)(&record.fields)
                        && leaves_out(link.kind, id, &left_out)?
                    {
                        (link.set)(&mut record.fields, None);
                    }
                }
                kept.push(record);
            }
            *F::list_mut(&mut self.records) = kept;
        });
        for session in &mut self.sessions {
            session.fields.private_notes.clear();
        }
        Ok(self)
    }
}

/// An SQL list of ids for an `IN (…)` clause. Ids are UUIDs we wrote ourselves, so they carry
/// no quotes; they are still checked to be sure.
fn id_list<I: std::fmt::Display>(ids: impl IntoIterator<Item = I>) -> String {
    let ids: Vec<String> = ids
        .into_iter()
        .map(|id| id.to_string())
        .filter(|id| id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
        .map(|id| format!("'{id}'"))
        .collect();
    if ids.is_empty() {
        "NULL".to_owned()
    } else {
        ids.join(", ")
    }
}

impl ReadTx<'_> {
    /// The records of `scope` for `audience`.
    pub fn export_set(&self, scope: Scope, audience: Audience, trash: Trash) -> Result<ExportSet> {
        let live = match trash {
            Trash::Include => "1",
            Trash::Exclude => "deleted_at IS NULL",
        };
        let of = |condition: String| format!("({condition}) AND {live}");
        let mut set = ExportSet {
            profile: self.profile()?,
            reminders: self.reminder_settings()?,
            ..ExportSet::default()
        };
        let (partnership_filter, session_filter) = match scope {
            Scope::Journal => ("1".to_owned(), "1".to_owned()),
            Scope::Partnership(p) => {
                self.get(p)?;
                (format!("id = '{p}'"), format!("partnership_id = '{p}'"))
            }
            Scope::Session(s) => {
                let session = self.get(s)?;
                (
                    format!("id = '{}'", session.fields.partnership_id),
                    format!("id = '{s}'"),
                )
            }
        };
        set.partnerships = self.list_with_trash(&of(partnership_filter), [], "seq")?;
        let partnerships = id_list(set.partnerships.iter().map(|p| p.id));
        set.sessions = self.list_with_trash(&of(session_filter), [], "starts_at_utc, seq")?;
        let sessions = id_list(set.sessions.iter().map(|s| s.id));
        set.agenda_items = self.list_with_trash(
            &of(format!("session_id IN ({sessions})")),
            [],
            "position, seq",
        )?;
        match scope {
            Scope::Session(s) => {
                // A session's export is its agenda and what it produced; the partnership's open
                // actions come along, since they are reviewed in it.
                set.action_items = self.list_with_trash(
                    &of(format!(
                        "session_id = '{s}' OR (partnership_id IN ({partnerships}) AND done_at IS NULL)"
                    )),
                    [],
                    "seq",
                )?;
                let linked_goals =
                    id_list(set.agenda_items.iter().filter_map(|i| i.fields.goal_id));
                set.goals =
                    self.list_with_trash(&of(format!("id IN ({linked_goals})")), [], "seq")?;
                set.learnings =
                    self.list_with_trash(&of(format!("session_id = '{s}'")), [], "\"on\", seq")?;
                set.feedback =
                    self.list_with_trash(&of(format!("session_id = '{s}'")), [], "\"on\", seq")?;
            }
            Scope::Journal | Scope::Partnership(_) => {
                let in_partnerships = format!("partnership_id IN ({partnerships})");
                let everything = matches!(scope, Scope::Journal);
                let scoped = |extra: &str| -> String {
                    if everything {
                        "1".to_owned()
                    } else {
                        format!("{in_partnerships}{extra}")
                    }
                };
                set.action_items = self.list_with_trash(&of(scoped("")), [], "seq")?;
                set.goals = self.list_with_trash(&of(scoped("")), [], "seq")?;
                set.skills = self.list_with_trash(&of(scoped("")), [], "seq")?;
                let skills = id_list(set.skills.iter().map(|k| k.id));
                set.skill_ratings = self.list_with_trash(
                    &of(format!("skill_id IN ({skills})")),
                    [],
                    "\"on\", seq",
                )?;
                set.learnings = self.list_with_trash(&of(scoped("")), [], "\"on\", seq")?;
                set.feedback = self.list_with_trash(&of(scoped("")), [], "\"on\", seq")?;
                set.agreement_versions =
                    self.list_with_trash(&of(scoped("")), [], "adopted_on, seq")?;
                set.records_of_learning = self.list_with_trash(&of(scoped("")), [], "seq")?;
                // Templates belong to no partnership: they are the owner's tools for any of
                // them, so they come with the journal and with each partnership (a shared
                // pack carries those marked shared to the partner), not with one session.
                set.agenda_templates = self.list_with_trash(&of("1".to_owned()), [], "seq")?;
            }
        }
        let goals = id_list(set.goals.iter().map(|g| g.id));
        set.check_ins =
            self.list_with_trash(&of(format!("goal_id IN ({goals})")), [], "\"on\", seq")?;
        Ok(match audience {
            Audience::All => set,
            Audience::Shared => set.keep_shared(self)?,
        })
    }

    /// The records of `scope` for `audience` that an export in `format` holds: with the
    /// deletions a pack carries, and without the templates a document leaves out.
    pub fn export_set_in(
        &self,
        scope: Scope,
        audience: Audience,
        format: Format,
    ) -> Result<ExportSet> {
        let mut set = self.export_set(scope, audience, format.trash())?;
        if !format.holds_templates() {
            set.agenda_templates.clear();
        }
        Ok(set)
    }

    /// A file name for the export of `scope` in `format` (a folder name for a folder), made
    /// safe by [`clean_file_name`]: "Twoway journal", "Twoway with" the partner's name (in the
    /// app's language), or the session's date and title.
    pub fn export_file_name(&self, scope: Scope, format: Format) -> Result<String> {
        let stem = match scope {
            Scope::Journal => crate::language::tr("export-journal-title", &[]),
            Scope::Partnership(id) => {
                let partner = self.get(id)?.fields.partner_name;
                crate::language::tr(
                    "export-file-partnership",
                    &[("partner", partner.trim().into())],
                )
            }
            Scope::Session(id) => {
                let session = self.get(id)?.fields;
                format!(
                    "{} {}",
                    session.starts_at.format("%Y-%m-%d"),
                    session.title.trim()
                )
            }
        };
        Ok(clean_file_name(&stem, format.extension()))
    }
}
