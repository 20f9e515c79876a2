//! Agenda templates: the built-in ones for the moments a reverse-mentoring pair meets, the
//! owner's own (records of kind [`AgendaTemplate`], see `store/agenda_template.rs`), and
//! applying one to a planned session.
//!
//! An item's title may hold `{names}` from a fixed list ([`NAMES`]), filled in as plain text
//! when the template is applied: no template language, nothing is evaluated. A name is `{`,
//! one to [`MAX_NAME_CHARS`] letters, digits or `_`, and `}`; braces around anything else (a
//! space, punctuation) are text like any other. A name outside the list is refused when the
//! template is saved, naming the item and field (the store checks every write), and
//! [`problems`] lists every such refusal at once for a template being edited.
//!
//! Names are filled in once, left to right: a value that itself holds braces (a goal titled
//! `{draft}`) is put in as it is, never read again as a name.
//!
//! Applying adds the items after what the agenda already holds, so items carried over from
//! the last session stay first. Each item added is shared (agenda items start shared), so it
//! says only what the partner may see: `{goal_titles}` names only goals that are not private,
//! and `{open_actions}` counts only actions that are not.
//!
//! Built-in templates are constants of this build: they are not stored, not exported and not
//! imported. Names and owners in every template are seen from whoever applies it ("me" is the
//! one planning the session), so a template the partner shares is used as they wrote it.

use crate::db::{ReadTx, WriteTx};
use crate::error::{Error, Problem, Result};
use crate::language::{Arg, tr};
use crate::model::{
    AgendaItem, AgendaItemFields, AgendaTemplate, AgendaTemplateFields, AgendaTemplateId,
    GoalStatus, Kind, Party, RecordKind, SessionId, SessionStatus, TemplateItem, Visibility,
};
use crate::store::{MAX_ITEM_MINUTES, validate};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The longest name between braces that is read as a name; anything longer is text.
pub const MAX_NAME_CHARS: usize = 40;

/// The most items one template holds.
pub const MAX_TEMPLATE_ITEMS: usize = 50;

/// What `{goal_titles}` says when there is no goal it may name.
pub const NO_GOALS: &str = "our goals";

/// The names a template may use, each with what it is filled in with, in the order they are
/// listed to the user.
pub const NAMES: &[(&str, &str)] = &[
    ("partner_first_name", "your partner's first name"),
    ("my_first_name", "your first name"),
    ("session_date", "the session's date, as 2026-03-09"),
    (
        "session_number",
        "which session of the partnership it is (1 for the first; cancelled ones do not count)",
    ),
    (
        "goal_titles",
        "the goals the agenda's items work toward (else the open goals), private ones left out",
    ),
    (
        "open_actions",
        "how many action items are open, private ones left out",
    ),
];

/// Every name in braces, for messages: `{partner_first_name}, {my_first_name}, …`.
pub fn known_names() -> String {
    NAMES
        .iter()
        .map(|(name, _)| format!("{{{name}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A stretch of a template's text: text to keep as it is, or a name to fill in.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Name(&'a str),
}

/// Whether `inside` (what is between a pair of braces) is a name.
fn is_name(inside: &str) -> bool {
    !inside.is_empty()
        && inside.len() <= MAX_NAME_CHARS
        && inside
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// `text` cut into text and names, left to right.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // Where the text not yet pushed starts, and where to look for the next brace.
    let mut literal_from = 0;
    let mut at = 0;
    while let Some(open) = text[at..].find('{').map(|i| at + i) {
        let close = text[open + 1..].find(['{', '}']).map(|i| open + 1 + i);
        match close {
            Some(close) if text.as_bytes()[close] == b'}' && is_name(&text[open + 1..close]) => {
                if open > literal_from {
                    out.push(Piece::Text(&text[literal_from..open]));
                }
                out.push(Piece::Name(&text[open + 1..close]));
                literal_from = close + 1;
                at = close + 1;
            }
            // Not a name: the brace is text, and the next one may start a name.
            _ => at = open + 1,
        }
    }
    if literal_from < text.len() {
        out.push(Piece::Text(&text[literal_from..]));
    }
    out
}

/// The names in `text` that are not in [`NAMES`], in order, each once.
pub fn unknown_names(text: &str) -> Vec<&str> {
    let mut seen = HashSet::new();
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Name(name) if !NAMES.iter().any(|(known, _)| *known == name) => Some(name),
            _ => None,
        })
        .filter(|name| seen.insert(*name))
        .collect()
}

/// `text` with every known name replaced by its value; an unknown one (which `check` keeps
/// out of a stored template) stays as it was written.
fn fill(text: &str, values: &TemplateValues) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in pieces(text) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Name(name) => match values.get(name) {
                Some(value) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// A refusal of `field` of item `item` (from 0).
fn in_item(item: usize, error: Error) -> Error {
    match error {
        Error::Invalid { field, problem } => Error::invalid(
            "items",
            Problem::InItem {
                item,
                field,
                problem: Box::new(problem),
            },
        ),
        other => other,
    }
}

/// Every rule a template breaks, in the order of its fields and items: what an editor shows
/// while the template is typed. Empty when it may be saved.
pub fn problems(fields: &AgendaTemplateFields) -> Vec<Error> {
    let mut found = Vec::new();
    if let Err(error) = validate::required_line("name", &fields.name) {
        found.push(error);
    }
    if fields.items.is_empty() {
        found.push(Error::invalid("items", Problem::Empty));
    }
    if fields.items.len() > MAX_TEMPLATE_ITEMS {
        found.push(Error::invalid(
            "items",
            Problem::TooMany {
                max: MAX_TEMPLATE_ITEMS,
            },
        ));
    }
    for (index, item) in fields.items.iter().enumerate() {
        if let Err(error) = validate::required("title", &item.title) {
            found.push(in_item(index, error));
        }
        for name in unknown_names(&item.title) {
            found.push(in_item(
                index,
                Error::invalid(
                    "title",
                    Problem::UnknownName {
                        name: name.to_owned(),
                    },
                ),
            ));
        }
        if let Some(minutes) = item.minutes
            && let Err(error) = validate::range("minutes", minutes, 1, i64::from(MAX_ITEM_MINUTES))
        {
            found.push(in_item(index, error));
        }
    }
    found
}

/// The first rule a template breaks, as the error a write is refused with.
pub(crate) fn check(fields: &AgendaTemplateFields) -> Result<()> {
    match problems(fields).into_iter().next() {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// A built-in template, as this build defines it: its words are messages in the catalogue, in
/// the app's language, with the template's own `{names}` passed in as the message's arguments
/// (so a translation moves them where its word order wants them).
struct BuiltInDefinition {
    key: &'static str,
    name: &'static str,
    summary: &'static str,
    items: &'static [(&'static str, u32, Party)],
}

const BUILT_IN: &[BuiltInDefinition] = &[
    BuiltInDefinition {
        key: "first_session",
        name: "template-first-session-name",
        summary: "template-first-session-summary",
        items: &[
            ("template-first-session-item-1", 10, Party::Me),
            ("template-first-session-item-2", 15, Party::Partner),
            ("template-first-session-item-3", 15, Party::Me),
            ("template-first-session-item-4", 5, Party::Partner),
            ("template-first-session-item-5", 10, Party::Me),
            ("template-first-session-item-6", 5, Party::Me),
        ],
    },
    BuiltInDefinition {
        key: "regular_session",
        name: "template-regular-session-name",
        summary: "template-regular-session-summary",
        items: &[
            ("template-regular-session-item-1", 5, Party::Partner),
            ("template-regular-session-item-2", 10, Party::Me),
            ("template-regular-session-item-3", 20, Party::Me),
            ("template-regular-session-item-4", 15, Party::Partner),
            ("template-regular-session-item-5", 5, Party::Me),
        ],
    },
    BuiltInDefinition {
        key: "goal_review",
        name: "template-goal-review-name",
        summary: "template-goal-review-summary",
        items: &[
            ("template-goal-review-item-1", 15, Party::Me),
            ("template-goal-review-item-2", 15, Party::Partner),
            ("template-goal-review-item-3", 10, Party::Me),
            ("template-goal-review-item-4", 5, Party::Me),
        ],
    },
    BuiltInDefinition {
        key: "closing_session",
        name: "template-closing-session-name",
        summary: "template-closing-session-summary",
        items: &[
            ("template-closing-session-item-1", 15, Party::Partner),
            ("template-closing-session-item-2", 15, Party::Me),
            ("template-closing-session-item-3", 10, Party::Partner),
            ("template-closing-session-item-4", 5, Party::Me),
        ],
    },
];

/// A built-in template's message: its placeholders become the template's `{names}`.
fn built_in_text(id: &str) -> String {
    let names = [
        "my_first_name",
        "partner_first_name",
        "open_actions",
        "session_number",
        "goal_titles",
    ];
    let braced: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
    let args: Vec<(&str, Arg<'_>)> = names
        .iter()
        .zip(&braced)
        .map(|(name, braced)| (*name, Arg::from(braced)))
        .collect();
    tr(id, &args)
}

/// A built-in template: its key (what [`TemplateChoice::BuiltIn`] names it by), what it is for,
/// and its name and items as an own template would hold them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BuiltInTemplate {
    /// Its key, stable across versions.
    pub key: String,
    /// What it is for, in one sentence.
    pub summary: String,
    /// Its name and items (shared: nothing in it is the owner's).
    pub fields: AgendaTemplateFields,
}

fn built_in(definition: &BuiltInDefinition) -> BuiltInTemplate {
    BuiltInTemplate {
        key: definition.key.to_owned(),
        summary: built_in_text(definition.summary),
        fields: AgendaTemplateFields {
            name: built_in_text(definition.name),
            items: definition
                .items
                .iter()
                .map(|&(title, minutes, owner)| TemplateItem {
                    title: built_in_text(title),
                    minutes: Some(minutes),
                    owner,
                })
                .collect(),
            visibility: Visibility::Shared,
        },
    }
}

/// Every built-in template, in the order a partnership meets them.
pub fn built_in_templates() -> Vec<BuiltInTemplate> {
    BUILT_IN.iter().map(built_in).collect()
}

/// Which template to apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum TemplateChoice {
    /// A built-in template, by its key.
    BuiltIn(String),
    /// One of the owner's own templates.
    Own(AgendaTemplateId),
}

/// One name a template may use, and what it is filled in with: for the editor's help.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TemplateName {
    /// The name, without braces.
    pub name: String,
    /// What it is filled in with.
    pub meaning: String,
}

/// The templates there are to choose from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgendaTemplates {
    /// The built-in ones, in the order a partnership meets them.
    pub built_in: Vec<BuiltInTemplate>,
    /// The owner's own, by name.
    pub own: Vec<AgendaTemplate>,
    /// The names an item's title may use.
    pub names: Vec<TemplateName>,
}

/// The value of every name for one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateValues(Vec<(&'static str, String)>);

impl TemplateValues {
    /// The value of `name`, when it is one of [`NAMES`].
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The first word of a name ("Priya" of "Priya Raman"), or `blank` when there is none.
fn first_name(name: &str, blank: &str) -> String {
    name.split_whitespace().next().unwrap_or(blank).to_owned()
}

impl ReadTx<'_> {
    /// The built-in templates, the owner's own and the names they may use.
    pub fn agenda_templates(&self) -> Result<AgendaTemplates> {
        Ok(AgendaTemplates {
            built_in: built_in_templates(),
            own: self.own_agenda_templates()?,
            names: NAMES
                .iter()
                .map(|(name, meaning)| TemplateName {
                    name: (*name).to_owned(),
                    meaning: (*meaning).to_owned(),
                })
                .collect(),
        })
    }

    /// What each name stands for in `session`, as an item shared with the partner may say it.
    pub fn template_values(&self, session: SessionId) -> Result<TemplateValues> {
        let plan = self.session_plan(session)?;
        let session = &plan.session;
        let partnership = self.get(session.fields.partnership_id)?;
        let profile = self.profile()?;
        let starts = crate::db::instant_text(session.fields.starts_at.to_utc());
        let earlier: u32 = self
            .prepare(
                "SELECT count(*) FROM session
                 WHERE partnership_id = ?1 AND deleted_at IS NULL AND status <> 'cancelled'
                   AND id <> ?2 AND (starts_at_utc < ?3 OR (starts_at_utc = ?3
                       AND seq < (SELECT seq FROM session WHERE id = ?2)))",
            )?
            .query_row(
                (session.fields.partnership_id, session.id, &starts),
                |row| row.get(0),
            )?;

        let mut titles: Vec<String> = Vec::new();
        let mut named = HashSet::new();
        for goal in plan.agenda.iter().filter_map(|item| item.fields.goal_id) {
            if !named.insert(goal) {
                continue;
            }
            let goal = self.get(goal)?;
            if !goal.is_trashed() && !self.private_or_under_private(&goal.fields)? {
                titles.push(goal.fields.title.trim().to_owned());
            }
        }
        if titles.is_empty() {
            for goal in self.goals(session.fields.partnership_id)? {
                if matches!(
                    goal.fields.status,
                    GoalStatus::Open | GoalStatus::InProgress
                ) && !self.private_or_under_private(&goal.fields)?
                {
                    titles.push(goal.fields.title.trim().to_owned());
                }
            }
        }
        let goal_titles = if titles.is_empty() {
            NO_GOALS.to_owned()
        } else {
            titles.join(", ")
        };

        let mut open_actions = 0_u32;
        for action in &plan.open_actions {
            if !self.private_or_under_private(&action.fields)? {
                open_actions += 1;
            }
        }

        Ok(TemplateValues(vec![
            (
                "partner_first_name",
                first_name(&partnership.fields.partner_name, "my partner"),
            ),
            ("my_first_name", first_name(&profile.my_name, "me")),
            (
                "session_date",
                session.fields.starts_at.format("%Y-%m-%d").to_string(),
            ),
            ("session_number", (earlier + 1).to_string()),
            ("goal_titles", goal_titles),
            ("open_actions", open_actions.to_string()),
        ]))
    }

    /// The template `choice` names, checked.
    fn chosen_template(&self, choice: &TemplateChoice) -> Result<AgendaTemplateFields> {
        let fields = match choice {
            TemplateChoice::BuiltIn(key) => BUILT_IN
                .iter()
                .find(|definition| definition.key == key)
                .map(|definition| built_in(definition).fields)
                .ok_or_else(|| Error::NotFound {
                    kind: Kind::AgendaTemplate,
                    id: key.clone(),
                })?,
            TemplateChoice::Own(id) => {
                let template = self.get(*id)?;
                if template.is_trashed() {
                    return Err(Error::Trashed {
                        kind: AgendaTemplateFields::KIND,
                        id: id.to_string(),
                    });
                }
                template.fields
            }
        };
        check(&fields)?;
        Ok(fields)
    }

    /// The items applying `choice` to `session` adds, with every name filled in: the preview
    /// the apply dialog shows. Refused as [`WriteTx::apply_template`] would be.
    pub fn filled_template(
        &self,
        session: SessionId,
        choice: &TemplateChoice,
    ) -> Result<Vec<TemplateItem>> {
        let stored = self.require_live("session_id", session)?;
        if stored.fields.status != SessionStatus::Planned {
            return Err(Error::invalid(
                "status",
                Problem::Other("problem-template-needs-planned-session"),
            ));
        }
        let template = self.chosen_template(choice)?;
        let values = self.template_values(session)?;
        Ok(template
            .items
            .into_iter()
            .map(|item| TemplateItem {
                title: fill(&item.title, &values),
                ..item
            })
            .collect())
    }

    /// A session's agenda as a new template of the owner's own, not yet saved: named after
    /// the session, its items' texts, time-boxes and owners, private.
    pub fn agenda_as_template(&self, session: SessionId) -> Result<AgendaTemplateFields> {
        let stored = self.get(session)?;
        Ok(AgendaTemplateFields {
            name: stored.fields.title.trim().to_owned(),
            items: self
                .agenda(session)?
                .into_iter()
                .map(|item| TemplateItem {
                    title: item.fields.text,
                    minutes: item.fields.minutes,
                    owner: item.fields.owner,
                })
                .collect(),
            visibility: Visibility::Private,
        })
    }
}

impl WriteTx<'_> {
    /// Adds the items of `choice` to a planned session's agenda, after the items it holds
    /// (those carried over from last time stay first), with their time-boxes and owners and
    /// every name filled in. Each item is shared, as a new agenda item is. Returns the items
    /// added, in order; one transaction, so trashing them undoes it.
    pub fn apply_template(
        &self,
        session: SessionId,
        choice: &TemplateChoice,
    ) -> Result<Vec<AgendaItem>> {
        self.filled_template(session, choice)?
            .into_iter()
            .map(|item| {
                self.create(AgendaItemFields {
                    session_id: session,
                    // Past the end: the store appends it.
                    position: u32::MAX,
                    text: item.title,
                    minutes: item.minutes,
                    owner: item.owner,
                    covered: false,
                    carried_from: None,
                    goal_id: None,
                    visibility: Visibility::Shared,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_braced_identifiers_and_other_braces_are_text() {
        assert_eq!(
            pieces("Hi {partner_first_name}, {not a name} {x-y} {{my_first_name}} {}"),
            vec![
                Piece::Text("Hi "),
                Piece::Name("partner_first_name"),
                Piece::Text(", {not a name} {x-y} {"),
                Piece::Name("my_first_name"),
                Piece::Text("} {}"),
            ]
        );
        let long = format!("{{{}}}", "a".repeat(MAX_NAME_CHARS + 1));
        assert_eq!(pieces(&long), vec![Piece::Text(&long)]);
    }

    #[test]
    fn unknown_names_are_listed_once_in_order() {
        assert_eq!(
            unknown_names("{foo} {partner_first_name} {Bar} {foo}"),
            vec!["foo", "Bar"]
        );
    }

    #[test]
    fn a_value_holding_braces_is_put_in_as_it_is() {
        let values = TemplateValues(vec![("goal_titles", "{my_first_name}".to_owned())]);
        assert_eq!(fill("On {goal_titles}.", &values), "On {my_first_name}.");
    }

    #[test]
    fn every_built_in_template_passes_its_own_rules() {
        for template in built_in_templates() {
            assert!(problems(&template.fields).is_empty(), "{}", template.key);
        }
    }
}
