//! What the export tests share: the demo journal, its export sets, a fixed export time, and
//! probes of the demo's private texts to look for in a shared export.

use super::{TestJournal, date};
use twoway_journal::export::{Audience, ExportSet, Scope, Trash};
use twoway_journal::model::Visibility;

pub fn demo() -> TestJournal {
    let mut t = TestJournal::new();
    twoway_journal::sample::fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    t
}

pub fn set_of(t: &TestJournal, scope: Scope, audience: Audience) -> ExportSet {
    t.journal
        .read(|tx| tx.export_set(scope, audience, Trash::Exclude))
        .unwrap()
}

pub fn exported_at() -> chrono::DateTime<chrono::Utc> {
    "2026-03-02T17:45:00Z".parse().unwrap()
}

/// A distinctive piece of `text` that any rendering keeps verbatim: its longest run of letters,
/// digits and spaces.
pub fn probe(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == ' '))
        .map(str::trim)
        .max_by_key(|run| run.len())
        .filter(|run| run.len() >= 16)
        .map(str::to_owned)
}

/// Probes of every private text of the demo that no shared text contains.
pub fn private_probes(all: &ExportSet, shared: &ExportSet) -> Vec<String> {
    let mut texts: Vec<&str> = Vec::new();
    for s in &all.sessions {
        texts.push(&s.fields.private_notes);
    }
    for g in all
        .goals
        .iter()
        .filter(|g| g.fields.visibility == Visibility::Private)
    {
        texts.extend([
            g.fields.title.as_str(),
            &g.fields.description,
            &g.fields.success_criteria,
        ]);
        for c in all.check_ins.iter().filter(|c| c.fields.goal_id == g.id) {
            texts.push(&c.fields.note);
        }
    }
    for l in all
        .learnings
        .iter()
        .filter(|l| l.fields.visibility == Visibility::Private)
    {
        texts.push(&l.fields.text);
    }
    for f in all
        .feedback
        .iter()
        .filter(|f| f.fields.visibility == Visibility::Private)
    {
        texts.extend([f.fields.went_well.as_str(), &f.fields.to_improve]);
    }
    let shared_text = serde_json::to_string(shared).unwrap();
    texts
        .into_iter()
        .filter_map(probe)
        .filter(|p| !shared_text.contains(p.as_str()))
        .collect()
}
