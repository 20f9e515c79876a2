//! The Markdown export read back: pulldown-cmark for its structure, yaml-rust2 for its front
//! matter, on the demo journal and on hostile text.

mod common;

use common::exports::*;
use common::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use twoway_journal::export::markdown::{MARKDOWN_SCHEMA_VERSION, markdown, markdown_files};
use twoway_journal::export::{Audience, ExportSet, Scope};
use twoway_journal::model::*;
use yaml_rust2::{Yaml, YamlLoader};

/// The YAML between the opening `---` line and the next `---` line, parsed, and the body.
fn front_matter(doc: &str) -> (Yaml, &str) {
    let rest = doc
        .strip_prefix("---\n")
        .unwrap_or_else(|| panic!("no front matter: {}", &doc[..doc.len().min(200)]));
    let end = rest.find("\n---\n").expect("front matter is closed");
    let yaml = &rest[..end + 1];
    let mut docs = YamlLoader::load_from_str(yaml)
        .unwrap_or_else(|e| panic!("front matter is not YAML ({e}):\n{yaml}"));
    assert_eq!(docs.len(), 1, "{yaml}");
    (docs.remove(0), &rest[end + 5..])
}

fn key<'a>(yaml: &'a Yaml, key: &str) -> &'a Yaml {
    &yaml[key]
}

fn text_key(yaml: &Yaml, name: &str) -> String {
    key(yaml, name)
        .as_str()
        .unwrap_or_else(|| panic!("{name} is not a string: {:?}", key(yaml, name)))
        .to_owned()
}

fn list_key(yaml: &Yaml, name: &str) -> Vec<String> {
    key(yaml, name)
        .as_vec()
        .unwrap_or_else(|| panic!("{name} is not a list"))
        .iter()
        .map(|v| v.as_str().expect("a string item").to_owned())
        .collect()
}

fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    options
}

#[derive(Debug, Clone)]
struct Item {
    /// `Some(checked)` for a task list item.
    task: Option<bool>,
    ordered: bool,
    text: String,
    /// The headings above the item, by level (index 0 is the H1).
    path: Vec<String>,
}

#[derive(Debug, Default)]
struct Outline {
    headings: Vec<(usize, String)>,
    items: Vec<Item>,
    paragraphs: Vec<String>,
    metadata_blocks: usize,
    code_blocks: usize,
}

impl Outline {
    fn items_under(&self, path: &[&str]) -> Vec<&Item> {
        self.items
            .iter()
            .filter(|i| i.path.iter().rev().take(path.len()).rev().eq(path.iter()))
            .collect()
    }

    fn headings_at(&self, level: usize) -> Vec<&str> {
        self.headings
            .iter()
            .filter(|(l, _)| *l == level)
            .map(|(_, t)| t.as_str())
            .collect()
    }
}

/// The document's headings, list items (with task state and the headings above them) and
/// top-level paragraphs, as pulldown-cmark reads them.
fn read_outline(doc: &str) -> Outline {
    let mut outline = Outline::default();
    let mut path: Vec<String> = Vec::new();
    let mut heading: Option<String> = None;
    let mut lists: Vec<bool> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut paragraph: Option<String> = None;
    let mut depth = 0usize;
    for event in Parser::new_ext(doc, options()) {
        let text = match &event {
            Event::Text(t) | Event::Code(t) => Some(t.to_string()),
            Event::SoftBreak | Event::HardBreak => Some("\n".to_owned()),
            _ => None,
        };
        if let Some(text) = text {
            if let Some(h) = heading.as_mut() {
                h.push_str(&text);
            } else if let Some(item) = items.last_mut() {
                item.text.push_str(&text);
            } else if let Some(p) = paragraph.as_mut() {
                p.push_str(&text);
            }
        }
        match event {
            Event::Start(tag) => {
                match tag {
                    Tag::Heading { .. } => heading = Some(String::new()),
                    Tag::List(start) => lists.push(start.is_some()),
                    Tag::Item => items.push(Item {
                        task: None,
                        ordered: lists.last().copied().unwrap_or(false),
                        text: String::new(),
                        path: path.clone(),
                    }),
                    Tag::Paragraph if depth == 0 => paragraph = Some(String::new()),
                    Tag::MetadataBlock(_) => outline.metadata_blocks += 1,
                    Tag::CodeBlock(_) => outline.code_blocks += 1,
                    _ => {}
                }
                depth += 1;
            }
            Event::End(end) => {
                depth -= 1;
                match end {
                    TagEnd::Heading(level) => {
                        let text = heading.take().unwrap_or_default();
                        let level = level as usize;
                        path.truncate(level - 1);
                        while path.len() < level - 1 {
                            path.push(String::new());
                        }
                        path.push(text.clone());
                        outline.headings.push((level, text));
                    }
                    TagEnd::List(_) => {
                        lists.pop();
                    }
                    TagEnd::Item => {
                        let item = items.pop().expect("an open item");
                        outline.items.push(item);
                    }
                    TagEnd::Paragraph if depth == 0 => {
                        outline.paragraphs.extend(paragraph.take());
                    }
                    _ => {}
                }
            }
            Event::TaskListMarker(checked) => {
                if let Some(item) = items.last_mut() {
                    item.task = Some(checked);
                }
            }
            _ => {}
        }
    }
    outline
}

fn session_heading(s: &Session) -> String {
    format!(
        "{} · {}",
        s.fields.starts_at.format("%Y-%m-%d"),
        s.fields.title
    )
}

fn live_agenda(set: &ExportSet, session: SessionId) -> Vec<&AgendaItem> {
    let mut items: Vec<&AgendaItem> = set
        .agenda_items
        .iter()
        .filter(|i| i.fields.session_id == session)
        .collect();
    items.sort_by_key(|i| i.fields.position);
    items
}

// ---- The demo journal ----------------------------------------------------------------------

#[test]
fn the_journal_export_has_a_heading_per_partnership_and_session_and_tasks_that_match() {
    let t = demo();
    let set = set_of(&t, Scope::Journal, Audience::All);
    let doc = markdown(&set, Scope::Journal, Audience::All, exported_at());
    let outline = read_outline(&doc);
    assert_eq!(outline.metadata_blocks, 1, "the front matter is one block");
    assert_eq!(
        outline.headings_at(1),
        vec!["Twoway journal — Helen Marsh"],
        "one title"
    );
    let partners: Vec<&str> = set
        .partnerships
        .iter()
        .map(|p| p.fields.partner_name.as_str())
        .collect();
    assert_eq!(outline.headings_at(2), partners);

    for p in &set.partnerships {
        let name = p.fields.partner_name.as_str();
        let sessions: Vec<&Session> = set
            .sessions
            .iter()
            .filter(|s| s.fields.partnership_id == p.id)
            .collect();
        // Every session is a level-4 heading under the partnership's "Sessions".
        let under: Vec<String> = outline
            .headings
            .iter()
            .scan(Vec::<String>::new(), |path, (level, text)| {
                path.truncate(level - 1);
                path.resize(level - 1, String::new());
                path.push(text.clone());
                Some((path.clone(), *level))
            })
            .filter(|(path, level)| *level == 4 && path[1] == name && path[2] == "Sessions")
            .map(|(path, _)| path[3].clone())
            .collect();
        let expected: Vec<String> = sessions.iter().map(|s| session_heading(s)).collect();
        assert_eq!(under, expected, "sessions of {name}");

        for session in &sessions {
            let heading = session_heading(session);
            let agenda = live_agenda(&set, session.id);
            let shown = outline.items_under(&[&heading, "Agenda"]);
            assert_eq!(shown.len(), agenda.len(), "agenda of {heading}");
            for (item, agenda_item) in shown.iter().zip(&agenda) {
                assert!(
                    item.text.starts_with(&agenda_item.fields.text),
                    "{item:?} is {:?}",
                    agenda_item.fields.text
                );
                match session.fields.status {
                    SessionStatus::Held => {
                        assert_eq!(item.task, Some(agenda_item.fields.covered), "{item:?}");
                    }
                    _ => {
                        assert!(item.ordered && item.task.is_none(), "{item:?}");
                    }
                }
                if agenda_item.fields.carried_from.is_some() {
                    assert!(item.text.contains("carried over"), "{item:?}");
                }
            }
            let agreed: Vec<&ActionItem> = set
                .action_items
                .iter()
                .filter(|a| a.fields.session_id == Some(session.id))
                .collect();
            let shown = outline.items_under(&[&heading, "Actions agreed"]);
            assert_eq!(shown.len(), agreed.len(), "actions of {heading}");
            for (item, action) in shown.iter().zip(&agreed) {
                assert_eq!(item.task, Some(action.fields.done_at.is_some()), "{item:?}");
                assert!(item.text.starts_with(&action.fields.text), "{item:?}");
            }
        }

        // The partnership's action items: a task list, checked exactly when done, with owner
        // and due date.
        let actions: Vec<&ActionItem> = set
            .action_items
            .iter()
            .filter(|a| a.fields.partnership_id == p.id)
            .collect();
        let shown = outline.items_under(&[name, "Action items"]);
        assert_eq!(shown.len(), actions.len(), "action items of {name}");
        for action in actions {
            let item = shown
                .iter()
                .find(|i| i.text.starts_with(&action.fields.text))
                .unwrap_or_else(|| panic!("{:?} is missing", action.fields.text));
            assert_eq!(item.task, Some(action.fields.done_at.is_some()), "{item:?}");
            if let Some(due) = action.fields.due_on {
                assert!(item.text.contains(&format!("due {due}")), "{item:?}");
            }
            let owner = match action.fields.owner {
                Party::Me => "Helen Marsh",
                Party::Partner => name,
            };
            assert!(item.text.contains(owner), "{item:?}");
        }
    }

    // Goals and skills are headings; ratings show baseline → latest.
    for goal in &set.goals {
        assert!(
            outline.headings_at(4).contains(&goal.fields.title.as_str()),
            "goal {:?}",
            goal.fields.title
        );
    }
    for skill in &set.skills {
        assert!(outline.headings_at(4).contains(&skill.fields.name.as_str()));
    }
    assert!(doc.contains(" → "), "growth is shown");
    // User headings sit below the section holding them: nothing but ours at levels 1 to 3.
    for (level, text) in &outline.headings {
        if *level <= 3 {
            assert!(
                *level < 3
                    || [
                        "Agreement",
                        "Goals",
                        "Sessions",
                        "Action items",
                        "Skills",
                        "Learnings",
                        "Feedback"
                    ]
                    .contains(&text.as_str()),
                "{level} {text}"
            );
        }
    }
}

#[test]
fn a_planned_session_reads_as_an_agenda_and_a_held_one_as_a_summary() {
    let t = demo();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let planned = all
        .sessions
        .iter()
        .find(|s| s.fields.status == SessionStatus::Planned)
        .expect("the demo plans a next session");
    let set = set_of(&t, Scope::Session(planned.id), Audience::Shared);
    let doc = markdown(
        &set,
        Scope::Session(planned.id),
        Audience::Shared,
        exported_at(),
    );
    let outline = read_outline(&doc);
    assert_eq!(outline.headings_at(1), vec![planned.fields.title.as_str()]);
    let agenda = live_agenda(&set, planned.id);
    assert!(!agenda.is_empty());
    let items = outline.items_under(&["Agenda"]);
    assert_eq!(items.len(), agenda.len());
    for (item, agenda_item) in items.iter().zip(&agenda) {
        assert!(item.ordered, "an agenda to prepare is numbered: {item:?}");
        let owner = match agenda_item.fields.owner {
            Party::Me => "Helen Marsh",
            Party::Partner => set.partnerships[0].fields.partner_name.as_str(),
        };
        assert!(item.text.contains(owner), "{item:?}");
        if let Some(minutes) = agenda_item.fields.minutes {
            assert!(item.text.contains(&format!("{minutes} min")), "{item:?}");
        }
    }
    assert!(
        agenda.iter().any(|i| i.fields.carried_from.is_some()),
        "the demo carries items over"
    );
    let total: u32 = agenda.iter().filter_map(|i| i.fields.minutes).sum();
    let time_box = format!(
        "Time-boxed: {total} of {} minutes",
        planned.fields.duration_minutes
    );
    assert!(
        outline.paragraphs.iter().any(|p| p.starts_with(&time_box)),
        "{time_box} in {:?}",
        outline.paragraphs
    );
    let open: Vec<&ActionItem> = set
        .action_items
        .iter()
        .filter(|a| a.fields.done_at.is_none() && a.fields.session_id != Some(planned.id))
        .collect();
    let shown = outline.items_under(&["Open action items"]);
    assert!(!open.is_empty());
    assert_eq!(shown.len(), open.len());
    assert!(shown.iter().all(|i| i.task == Some(false)));

    let held = all
        .sessions
        .iter()
        .find(|s| {
            s.fields.status == SessionStatus::Held
                && all
                    .feedback
                    .iter()
                    .any(|f| f.fields.session_id == Some(s.id))
        })
        .expect("a held session with feedback");
    let set = set_of(&t, Scope::Session(held.id), Audience::All);
    let doc = markdown(&set, Scope::Session(held.id), Audience::All, exported_at());
    let outline = read_outline(&doc);
    let sections = outline.headings_at(2);
    let mut expected = vec!["Agenda", "Shared notes"];
    if !held.fields.private_notes.is_empty() {
        expected.push("Private notes");
    }
    if set
        .action_items
        .iter()
        .any(|a| a.fields.session_id == Some(held.id))
    {
        expected.push("Actions agreed");
    }
    expected.push("Feedback");
    if set
        .learnings
        .iter()
        .any(|l| l.fields.session_id == Some(held.id))
    {
        expected.push("Learnings");
    }
    assert_eq!(sections, expected);
    assert!(
        !sections.contains(&"Open action items"),
        "a summary lists what was agreed, not what is pending"
    );
    let agenda = live_agenda(&set, held.id);
    let items = outline.items_under(&["Agenda"]);
    assert_eq!(items.len(), agenda.len());
    for (item, agenda_item) in items.iter().zip(&agenda) {
        assert_eq!(item.task, Some(agenda_item.fields.covered), "{item:?}");
    }
}

#[test]
fn front_matter_carries_the_documented_keys() {
    let t = demo();
    let all = set_of(&t, Scope::Journal, Audience::All);

    let doc = markdown(&all, Scope::Journal, Audience::All, exported_at());
    let (yaml, body) = front_matter(&doc);
    assert_eq!(text_key(&yaml, "type"), "journal");
    assert_eq!(text_key(&yaml, "title"), "Twoway journal — Helen Marsh");
    assert_eq!(text_key(&yaml, "author"), "Helen Marsh");
    assert_eq!(text_key(&yaml, "audience"), "all");
    assert_eq!(
        key(&yaml, "schema").as_i64(),
        Some(i64::from(MARKDOWN_SCHEMA_VERSION))
    );
    assert_eq!(text_key(&yaml, "exported"), "2026-03-02T17:45:00Z");
    assert_eq!(
        list_key(&yaml, "tags"),
        vec!["twoway", "reverse-mentoring", "journal"]
    );
    assert!(key(&yaml, "id").is_badvalue(), "the journal has no id");
    assert!(
        body.starts_with("\n# "),
        "the body follows the front matter"
    );

    let p = &all.partnerships[0];
    let set = set_of(&t, Scope::Partnership(p.id), Audience::Shared);
    let doc = markdown(
        &set,
        Scope::Partnership(p.id),
        Audience::Shared,
        exported_at(),
    );
    let (yaml, _) = front_matter(&doc);
    assert_eq!(text_key(&yaml, "type"), "partnership");
    assert_eq!(text_key(&yaml, "id"), p.id.to_string());
    assert_eq!(text_key(&yaml, "partnership_id"), p.id.to_string());
    assert_eq!(text_key(&yaml, "partnership"), p.fields.partner_name);
    assert_eq!(text_key(&yaml, "title"), p.fields.partner_name);
    assert_eq!(text_key(&yaml, "date"), p.fields.started_on.to_string());
    assert_eq!(text_key(&yaml, "status"), p.fields.status.as_str());
    assert_eq!(list_key(&yaml, "direction"), vec!["learn", "teach"]);
    assert_eq!(text_key(&yaml, "audience"), "shared");
    assert_eq!(
        text_key(&yaml, "created"),
        p.created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
    assert!(text_key(&yaml, "updated").ends_with('Z'));

    let s = all
        .sessions
        .iter()
        .find(|s| s.fields.partnership_id == p.id)
        .unwrap();
    let set = set_of(&t, Scope::Session(s.id), Audience::Shared);
    let doc = markdown(&set, Scope::Session(s.id), Audience::Shared, exported_at());
    let (yaml, _) = front_matter(&doc);
    assert_eq!(text_key(&yaml, "type"), "session");
    assert_eq!(text_key(&yaml, "id"), s.id.to_string());
    assert_eq!(text_key(&yaml, "title"), s.fields.title);
    assert_eq!(text_key(&yaml, "partnership"), p.fields.partner_name);
    assert_eq!(text_key(&yaml, "partnership_id"), p.id.to_string());
    let date = text_key(&yaml, "date");
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(&date).unwrap(),
        s.fields.starts_at,
        "{date}"
    );
    assert_eq!(text_key(&yaml, "status"), s.fields.status.as_str());
    assert_eq!(
        key(&yaml, "duration_minutes").as_i64(),
        Some(i64::from(s.fields.duration_minutes))
    );
    assert_eq!(
        list_key(&yaml, "tags"),
        vec!["twoway", "reverse-mentoring", "session"]
    );
}

const HOSTILE_TITLES: &[&str] = &[
    "Q3: \"plan\" #1 — ünïcödé 🎉",
    "- leading dash",
    "key: value",
    "--- not the end of the front matter",
    "...",
    "# hash first",
    "> quote",
    "1. numbered",
    "'single' \\ backslash \\\" escaped quote",
    "[link](javascript:alert(1)) *bold* <b>tag</b> `tick` | pipe | ~~strike~~",
    "null",
    "true",
    "123",
    "~",
    "@at & *star !bang %percent",
    "ends with a hash #",
    "tab\there and bell \u{7} and escape \u{1b}",
    "line\u{2028}separator and next\u{85}line",
    "\u{feff}byte order mark",
    "   spaces around   ",
];

/// A journal whose partner name, session titles and goal title are all hostile.
fn hostile_journal(title: &str) -> (TestJournal, PartnershipId, SessionId) {
    let mut t = TestJournal::new();
    let p = t
        .journal
        .write(|tx| {
            let mut fields = partnership_fields();
            fields.partner_name = title.to_owned();
            tx.create(fields)
        })
        .unwrap();
    let s = t
        .journal
        .write(|tx| {
            let mut fields = session_fields(p.id, "2026-03-09T10:00:00+01:00");
            fields.title = title.to_owned();
            let session = tx.create_session(fields)?.session;
            let mut goal = goal_fields(p.id);
            goal.title = title.to_owned();
            let goal = tx.create(goal)?;
            let mut item = agenda_fields(session.id, 0, title);
            item.goal_id = Some(goal.id);
            tx.create(item)?;
            Ok(session)
        })
        .unwrap();
    (t, p.id, s.id)
}

/// A text with every run of spaces, line breaks and control characters made one space: a
/// one-line text may lose its control characters and line separators to spaces, and an agenda
/// item's lines become line breaks.
fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_heading(headings: &[&str], text: &str) -> bool {
    headings.iter().any(|h| squash(h) == squash(text))
}

#[test]
fn hostile_titles_stay_one_yaml_value_and_one_heading() {
    for title in HOSTILE_TITLES {
        let (t, p, s) = hostile_journal(title);
        for (scope, kind) in [
            (Scope::Session(s), "session"),
            (Scope::Partnership(p), "partnership"),
            (Scope::Journal, "journal"),
        ] {
            let set = set_of(&t, scope, Audience::Shared);
            let doc = markdown(&set, scope, Audience::Shared, exported_at());
            let (yaml, _) = front_matter(&doc);
            assert_eq!(text_key(&yaml, "type"), kind, "{title:?}");
            if kind != "journal" {
                assert_eq!(text_key(&yaml, "partnership"), *title, "{doc}");
                assert_eq!(text_key(&yaml, "partnership_id"), p.to_string());
            }
            if kind == "session" {
                assert_eq!(text_key(&yaml, "title"), *title, "{doc}");
                assert_eq!(text_key(&yaml, "date"), "2026-03-09T10:00:00+01:00");
                assert_eq!(list_key(&yaml, "direction"), vec!["learn"]);
            }
            assert_eq!(text_key(&yaml, "audience"), "shared");

            let outline = read_outline(&doc);
            assert_eq!(outline.metadata_blocks, 1, "{doc}");
            match kind {
                "session" => {
                    assert_eq!(outline.headings_at(1).len(), 1, "{doc}");
                    assert!(has_heading(&outline.headings_at(1), title), "{doc}");
                    assert_eq!(
                        outline.headings_at(2),
                        vec!["Agenda", "Shared notes"],
                        "{doc}"
                    );
                    let items = outline.items_under(&["Agenda"]);
                    assert_eq!(items.len(), 1, "{doc}");
                    // An agenda item keeps its lines; the details follow the first.
                    let shown = squash(&items[0].text);
                    for line in title.split(['\u{85}', '\u{2028}']) {
                        assert!(shown.contains(&squash(line)), "{line:?} in {items:?}");
                    }
                }
                "partnership" => {
                    assert_eq!(outline.headings_at(1).len(), 1, "{doc}");
                    assert!(has_heading(&outline.headings_at(1), title), "{doc}");
                    assert!(has_heading(&outline.headings_at(3), title), "goal: {doc}");
                    let session = format!("2026-03-09 · {title}");
                    assert!(has_heading(&outline.headings_at(3), &session), "{doc}");
                }
                _ => {
                    assert_eq!(outline.headings_at(1).len(), 1, "{doc}");
                    assert_eq!(outline.headings_at(2).len(), 1, "{doc}");
                    assert!(has_heading(&outline.headings_at(2), title), "{doc}");
                }
            }
            assert_eq!(outline.code_blocks, 0, "{doc}");
        }
    }
}

#[test]
fn embedded_markdown_cannot_swallow_what_follows() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t
        .journal
        .write(|tx| {
            let mut fields = session_fields(p.id, "2026-03-09T10:00:00+01:00");
            fields.status = SessionStatus::Held;
            fields.shared_notes = "# My own heading\n\n```\nan open fence".into();
            fields.private_notes = "<!-- an open comment\n\nstill the comment".into();
            let session = tx.create_session(fields)?.session;
            let mut item = agenda_fields(
                session.id,
                0,
                "First line\n# not a heading\n- not a list\n\n```\nnot code\r\n> not a quote",
            );
            item.covered = true;
            tx.create(item)?;
            tx.create(agenda_fields(session.id, 1, "Second item"))?;
            let mut action = action_fields(p.id, Some("2026-03-20"));
            action.session_id = Some(session.id);
            action.text = "<pre>\nunclosed".into();
            tx.create(action)?;
            let mut feedback = feedback_fields(p.id, Party::Partner, Some(4));
            feedback.session_id = Some(session.id);
            feedback.went_well = "~~~\nopen tilde fence".into();
            feedback.to_improve = "Setext\n===".into();
            tx.create(feedback)?;
            Ok(session)
        })
        .unwrap();
    let set = set_of(&t, Scope::Session(s.id), Audience::All);
    let doc = markdown(&set, Scope::Session(s.id), Audience::All, exported_at());
    let outline = read_outline(&doc);
    assert_eq!(
        outline.headings_at(2),
        vec![
            "Agenda",
            "Shared notes",
            "Private notes",
            "Actions agreed",
            "Feedback"
        ],
        "{doc}"
    );
    assert_eq!(
        outline.headings_at(1).len(),
        1,
        "the user's heading moved down: {doc}"
    );
    assert!(outline.headings_at(3).contains(&"My own heading"), "{doc}");
    let agenda = outline.items_under(&["Agenda"]);
    assert_eq!(agenda.len(), 2, "{doc}");
    assert_eq!(agenda[0].task, Some(true));
    assert_eq!(agenda[1].task, Some(false));
    for line in ["# not a heading", "- not a list", "```", "> not a quote"] {
        assert!(agenda[0].text.contains(line), "{line:?} in {:?}", agenda[0]);
    }
    let actions = outline.items_under(&["Actions agreed"]);
    assert_eq!(actions.len(), 1, "{doc}");
    assert!(actions[0].text.contains("unclosed"));
    assert_eq!(
        outline.headings.last().map(|(_, t)| t.as_str()),
        Some("Setext"),
        "the feedback's own heading is kept, below ours: {doc}"
    );
}

// ---- Folder export --------------------------------------------------------------------------

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn link_destinations(doc: &str) -> Vec<String> {
    Parser::new_ext(doc, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_folder_export_has_an_index_and_one_uniquely_named_file_per_session() {
    let mut t = demo();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let p = all.partnerships[0].id;
    // Two sessions on the same day with the same title, one differing only in case, and
    // titles that try to leave the folder.
    t.journal
        .write(|tx| {
            for title in [
                "Same title",
                "Same title",
                "SAME TITLE",
                "../../etc/passwd",
                "..",
                "con",
                "a/b\\c:d",
            ] {
                let mut fields = session_fields(p, "2026-05-05T10:00:00+02:00");
                fields.title = title.into();
                fields.status = SessionStatus::Held;
                tx.create_session(fields)?;
            }
            Ok(())
        })
        .unwrap();

    for (scope, index) in [
        (Scope::Journal, "index.md".to_owned()),
        (
            Scope::Partnership(p),
            format!("{}.md", all.partnerships[0].fields.partner_name),
        ),
    ] {
        let set = set_of(&t, scope, Audience::Shared);
        let files = markdown_files(&set, scope, Audience::Shared, exported_at());
        assert_eq!(files.len(), set.sessions.len() + 1);
        assert_eq!(files[0].0, index);
        let mut seen = HashSet::new();
        for (name, content) in &files {
            assert!(seen.insert(name.to_lowercase()), "{name} twice");
            assert!(name.ends_with(".md"), "{name}");
            assert!(name.len() <= 255, "{name}");
            assert!(!name.contains(['/', '\\', ':']), "{name}");
            assert!(!name.starts_with('.'), "{name}");
            assert_eq!(
                twoway_journal::files::clean_file_name(name.trim_end_matches(".md"), "md"),
                *name,
                "names are already clean"
            );
            let (yaml, _) = front_matter(content);
            assert_eq!(text_key(&yaml, "audience"), "shared");
        }
        for session in &set.sessions {
            let prefix = session.fields.starts_at.format("%Y-%m-%d").to_string();
            let file = files[1..]
                .iter()
                .find(|(_, content)| {
                    text_key(&front_matter(content).0, "id") == session.id.to_string()
                })
                .unwrap_or_else(|| panic!("no file for {}", session.fields.title));
            assert!(file.0.starts_with(&prefix), "{}", file.0);
            assert_eq!(text_key(&front_matter(&file.1).0, "type"), "session");
            // The session file links back to its index.
            assert!(
                link_destinations(&file.1)
                    .iter()
                    .any(|d| percent_decode(d) == files[0].0),
                "{}",
                file.0
            );
        }
        let same_day: Vec<&String> = files
            .iter()
            .map(|(n, _)| n)
            .filter(|n| n.to_lowercase().starts_with("2026-05-05 same title"))
            .collect();
        assert_eq!(
            same_day,
            vec![
                "2026-05-05 Same title.md",
                "2026-05-05 Same title (2).md",
                "2026-05-05 SAME TITLE (3).md"
            ]
        );
        // The index links to every session file, and holds no session's notes.
        let links: HashSet<String> = link_destinations(&files[0].1)
            .iter()
            .filter(|d| !d.starts_with("http") && !d.starts_with("mailto:"))
            .map(|d| percent_decode(d))
            .collect();
        let names: HashSet<String> = files[1..].iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(links, names);
        assert!(!files[0].1.contains("## Shared notes"));
    }

    let s = all.sessions[0].id;
    let set = set_of(&t, Scope::Session(s), Audience::Shared);
    let files = markdown_files(&set, Scope::Session(s), Audience::Shared, exported_at());
    assert_eq!(files.len(), 1, "a session's folder holds the session");
    assert_eq!(
        files[0].1,
        markdown(&set, Scope::Session(s), Audience::Shared, exported_at())
    );
}

// ---- Audience ---------------------------------------------------------------------------------

#[test]
fn a_shared_markdown_export_holds_no_private_text() {
    let t = demo();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let shared = set_of(&t, Scope::Journal, Audience::Shared);
    let probes = private_probes(&all, &shared);
    assert!(probes.len() >= 15, "only {} probes", probes.len());

    let everything = markdown(&all, Scope::Journal, Audience::All, exported_at());
    let for_partner = markdown(&shared, Scope::Journal, Audience::Shared, exported_at());
    let folder: String = markdown_files(&shared, Scope::Journal, Audience::Shared, exported_at())
        .into_iter()
        .map(|(_, content)| content)
        .collect();
    for probe in &probes {
        assert!(everything.contains(probe.as_str()), "{probe:?} is in `all`");
        assert!(!for_partner.contains(probe.as_str()), "{probe:?} leaked");
        assert!(!folder.contains(probe.as_str()), "{probe:?} leaked");
    }
    let private_section = |doc: &str| {
        read_outline(doc)
            .headings
            .iter()
            .any(|(_, text)| text == "Private notes")
    };
    assert!(private_section(&everything));
    assert!(!private_section(&for_partner));

    for p in &all.partnerships {
        let scope = Scope::Partnership(p.id);
        let shared = markdown(
            &set_of(&t, scope, Audience::Shared),
            scope,
            Audience::Shared,
            exported_at(),
        );
        for probe in &probes {
            assert!(!shared.contains(probe.as_str()), "{probe:?} leaked");
        }
    }
    for s in &all.sessions {
        let scope = Scope::Session(s.id);
        let shared = markdown(
            &set_of(&t, scope, Audience::Shared),
            scope,
            Audience::Shared,
            exported_at(),
        );
        for probe in &probes {
            assert!(!shared.contains(probe.as_str()), "{probe:?} leaked");
        }
    }
}

#[test]
fn the_export_is_deterministic_and_uses_the_time_it_is_given() {
    let t = demo();
    let set = set_of(&t, Scope::Journal, Audience::All);
    let first = markdown(&set, Scope::Journal, Audience::All, exported_at());
    let again = markdown(&set, Scope::Journal, Audience::All, exported_at());
    assert_eq!(first, again);
    let later = markdown(
        &set,
        Scope::Journal,
        Audience::All,
        "2027-01-01T00:00:00Z".parse().unwrap(),
    );
    let differing: Vec<(&str, &str)> = first
        .lines()
        .zip(later.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        differing,
        vec![(
            "exported: 2026-03-02T17:45:00Z",
            "exported: 2027-01-01T00:00:00Z"
        )]
    );
}
