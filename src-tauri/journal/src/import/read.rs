//! Reading a pack: bytes to a checked [`Pack`], refused with a [`PackError`] whose message
//! holds no text from the pack. Nothing here touches a journal.

use super::rules::PackRules;
use crate::error::{Error, PackError};
use crate::export::json::{PACK_FORMAT, PACK_VERSION, Pack};
use crate::model::{Record, RecordKind, Records, each_kind};
use chrono::SubsecRound;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::HashSet;
use uuid::Uuid;

/// The keys of a pack (every version) before its lists of records (one per kind, named by the
/// kind's list), in the order they are written.
const HEADER_KEYS: [&str; 6] = [
    "format",
    "version",
    "exported_at",
    "audience",
    "scope",
    "exported_by",
];

/// Whether `key` is one the pack layout defines.
fn is_pack_key(key: &str) -> bool {
    if HEADER_KEYS.contains(&key) {
        return true;
    }
    let mut known = false;
    each_kind!(F => known |= key == F::LIST);
    known
}

/// Reads the pack file at `path` and checks it as [`read_pack`] does.
pub fn read_pack_file(path: &std::path::Path) -> Result<Pack, Error> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::io(
            crate::language::tr(
                "error-context-read",
                &[("path", (&path.display().to_string()).into())],
            ),
            e,
        )
    })?;
    Ok(read_pack(&bytes)?)
}

/// Parses and checks the bytes of a pack file. Nothing here touches a journal.
pub fn read_pack(bytes: &[u8]) -> Result<Pack, PackError> {
    // Editors on some systems start a UTF-8 file with a byte order mark; it is not content.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Eof => PackError::Truncated { line, column },
            _ => PackError::NotJson { line, column },
        }
    })?;
    let Value::Object(top) = &value else {
        return Err(PackError::WrongFormat);
    };
    match top.get("format") {
        Some(Value::String(format)) if format == PACK_FORMAT => {}
        _ => return Err(PackError::WrongFormat),
    }
    // The version is checked before the layout, so a newer pack is named as such rather than
    // as damaged.
    let version = top.get("version").and_then(Value::as_u64);
    match version {
        Some(found) if found > u64::from(PACK_VERSION) => {
            return Err(PackError::TooNew {
                found,
                supported: PACK_VERSION,
            });
        }
        Some(found) if found >= 1 => {}
        _ => {
            return Err(malformed(
                "version".to_owned(),
                crate::language::tr("error-pack-problem-version", &[]),
            ));
        }
    }
    let mut pack = match version {
        Some(found) if found < u64::from(PACK_VERSION) => {
            let mut top = top.clone();
            if found == 1 {
                upgrade_from_version_1(&mut top);
            }
            upgrade_to_version_3(&mut top);
            parse_pack(&top)?
        }
        _ => parse_pack(top)?,
    };
    prepare(&mut pack)?;
    Ok(pack)
}

/// The lists whose records a version 1 pack wrote without a private/shared choice.
const LISTS_WITHOUT_VISIBILITY_IN_VERSION_1: [&str; 5] = [
    "check_ins",
    "agenda_items",
    "action_items",
    "skills",
    "skill_ratings",
];

/// Gives the records of a version 1 pack what version 2 added, as the journal's own migrations
/// do: a learning's author (the exporting owner), and the private/shared choice: in a shared pack everything was shared by the partner's
/// choice; in a pack for oneself a self-rating is private, and so is a check-in of a private
/// goal. A value that is not the expected shape is left for the layout check to name.
fn upgrade_from_version_1(top: &mut Map<String, Value>) {
    let for_oneself = top.get("audience").and_then(Value::as_str) == Some("all");
    let private_goals: HashSet<String> = match top.get("goals") {
        Some(Value::Array(goals)) if for_oneself => goals
            .iter()
            .filter(|goal| goal["fields"]["visibility"] == "private")
            .filter_map(|goal| goal["id"].as_str().map(str::to_owned))
            .collect(),
        _ => HashSet::new(),
    };
    for list in LISTS_WITHOUT_VISIBILITY_IN_VERSION_1 {
        let Some(Value::Array(records)) = top.get_mut(list) else {
            continue;
        };
        for record in records {
            let Some(Value::Object(fields)) = record.get_mut("fields") else {
                continue;
            };
            let private = for_oneself
                && match list {
                    "skill_ratings" => fields.get("rater").and_then(Value::as_str) == Some("me"),
                    "check_ins" => fields
                        .get("goal_id")
                        .and_then(Value::as_str)
                        .is_some_and(|goal| private_goals.contains(goal)),
                    _ => false,
                };
            let visibility = if private { "private" } else { "shared" };
            fields
                .entry("visibility")
                .or_insert_with(|| Value::String(visibility.to_owned()));
        }
    }
    // Learnings had no author: every one was the exporting owner's.
    if let Some(Value::Array(learnings)) = top.get_mut("learnings") {
        for learning in learnings {
            if let Some(Value::Object(fields)) = learning.get_mut("fields") {
                fields
                    .entry("author")
                    .or_insert_with(|| Value::String("me".to_owned()));
            }
        }
    }
}

/// The lists a pack before version 3 did not have: read as empty, since nothing of them
/// existed yet. Only added where missing, so a damaged pack is still named as such.
const LISTS_ADDED_IN_VERSION_3: [&str; 3] = [
    "agreement_versions",
    "records_of_learning",
    "agenda_templates",
];

fn upgrade_to_version_3(top: &mut Map<String, Value>) {
    for list in LISTS_ADDED_IN_VERSION_3 {
        top.entry(list).or_insert_with(|| Value::Array(Vec::new()));
    }
}

fn malformed(at: String, problem: impl Into<String>) -> PackError {
    PackError::Malformed {
        at,
        problem: problem.into(),
    }
}

fn parse_pack(top: &Map<String, Value>) -> Result<Pack, PackError> {
    if top.keys().any(|key| !is_pack_key(key)) {
        return Err(malformed(
            crate::language::tr("error-pack-top-level", &[]),
            crate::language::tr("error-pack-problem-unknown-key", &[]),
        ));
    }
    let mut pack = Pack {
        format: header(top, "format")?,
        version: header(top, "version")?,
        exported_at: header(top, "exported_at")?,
        audience: header(top, "audience")?,
        scope: header(top, "scope")?,
        exported_by: header(top, "exported_by")?,
        records: Records::default(),
    };
    each_kind!(F => *F::list_mut(&mut pack.records) = records_of(top, F::LIST)?);
    Ok(pack)
}

/// One value of the pack, read as `T`, with the layout checked: serde would silently drop a
/// key it does not know and accept a missing nullable one, and a closed layout is what the
/// schema promises.
fn parse_value<T: DeserializeOwned + Serialize>(
    value: &Value,
    at: &dyn Fn() -> String,
) -> Result<T, PackError> {
    let parsed = T::deserialize(value).map_err(|e| malformed(at(), describe(&e)))?;
    let canonical = serde_json::to_value(&parsed).map_err(|e| malformed(at(), describe(&e)))?;
    if let Some(problem) = layout_problem(value, &canonical) {
        return Err(malformed(at(), crate::language::tr(problem, &[])));
    }
    Ok(parsed)
}

fn header<T: DeserializeOwned + Serialize>(
    top: &Map<String, Value>,
    key: &'static str,
) -> Result<T, PackError> {
    let value = top.get(key).ok_or_else(|| {
        malformed(
            key.to_owned(),
            crate::language::tr("error-pack-problem-missing", &[]),
        )
    })?;
    parse_value(value, &|| key.to_owned())
}

fn records_of<T: DeserializeOwned + Serialize>(
    top: &Map<String, Value>,
    key: &'static str,
) -> Result<Vec<T>, PackError> {
    let Some(value) = top.get(key) else {
        return Err(malformed(
            key.to_owned(),
            crate::language::tr("error-pack-problem-missing", &[]),
        ));
    };
    let Value::Array(items) = value else {
        return Err(malformed(
            key.to_owned(),
            crate::language::tr("error-pack-problem-not-a-list", &[]),
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let at = || {
                // The id is named when it is one: a UUID is never the user's text.
                match item
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(|id| Uuid::parse_str(id).ok())
                {
                    Some(id) => format!("{key}[{index}] (id {id})"),
                    None => format!("{key}[{index}]"),
                }
            };
            parse_value(item, &at)
        })
        .collect()
}

/// Where `input` has a key `canonical` (the same value as written back) lacks, or lacks one
/// it has: the id of the message that says so.
fn layout_problem(input: &Value, canonical: &Value) -> Option<&'static str> {
    match (input, canonical) {
        (Value::Object(input), Value::Object(canonical)) => {
            if input.keys().any(|k| !canonical.contains_key(k)) {
                return Some("error-pack-problem-unknown-key");
            }
            if canonical.keys().any(|k| !input.contains_key(k)) {
                return Some("error-pack-problem-missing-key");
            }
            input
                .iter()
                .find_map(|(k, v)| layout_problem(v, &canonical[k]))
        }
        (Value::Array(input), Value::Array(canonical)) => input
            .iter()
            .zip(canonical)
            .find_map(|(v, w)| layout_problem(v, w)),
        _ => None,
    }
}

/// A serde error in words that hold no value from the pack: serde quotes the offending value
/// ("invalid type: string \"…\""), which could be a private note put in the wrong place. What
/// is kept: the name of a missing key (one of ours) and what was expected (our types' words).
fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let expected = message
        .find(", expected ")
        .map(|at| &message[at + 2..])
        .unwrap_or("");
    if let Some(field) = message.strip_prefix("missing field ") {
        crate::language::tr("error-pack-problem-lacks-key", &[("key", field.into())])
    } else if message.starts_with("unknown field") {
        crate::language::tr("error-pack-problem-unknown-key", &[])
    } else if message.starts_with("unknown variant") {
        crate::language::tr(
            "error-pack-problem-unknown-value",
            &[("expected", expected.into())],
        )
    } else if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        crate::language::tr(
            "error-pack-problem-wrong-type",
            &[("expected", expected.into())],
        )
    } else if message.starts_with("UUID parsing failed") {
        crate::language::tr("error-pack-problem-not-a-uuid", &[])
    } else {
        // chrono's and others' own messages ("input contains invalid characters", …).
        crate::language::tr("error-pack-problem-unreadable-value", &[])
    }
}

/// Checks a pack however it was obtained (read from a file or built in code) and brings its
/// instants to the precision the journal stores, so what is written compares equal to what is
/// read back.
pub(super) fn prepare(pack: &mut Pack) -> Result<(), PackError> {
    if pack.format != PACK_FORMAT {
        return Err(PackError::WrongFormat);
    }
    if pack.version > PACK_VERSION {
        return Err(PackError::TooNew {
            found: u64::from(pack.version),
            supported: PACK_VERSION,
        });
    }
    if pack.version == 0 {
        return Err(malformed(
            "version".to_owned(),
            crate::language::tr("error-pack-problem-version", &[]),
        ));
    }
    pack.exported_at = pack.exported_at.trunc_subsecs(3);
    let mut seen = HashSet::new();
    let mut check = |id: Uuid| {
        if seen.insert(id) {
            Ok(())
        } else {
            Err(PackError::DuplicateId { id })
        }
    };
    each_kind!(F => for record in F::list_mut(&mut pack.records) {
        normalize(record);
        check(record.id.into())?;
    });
    Ok(())
}

fn normalize<F: PackRules>(record: &mut Record<F::Id, F>) {
    record.created_at = record.created_at.trunc_subsecs(3);
    record.updated_at = record.updated_at.trunc_subsecs(3);
    record.deleted_at = record.deleted_at.map(|at| at.trunc_subsecs(3));
    record.fields.normalize();
}
