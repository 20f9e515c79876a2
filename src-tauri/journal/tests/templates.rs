//! Agenda templates: applying one fills in its names and adds its items after what the agenda
//! holds; a name outside the list is refused naming the item and field; a shared item never
//! says what is private; own templates travel in the pack for oneself and in a shared pack
//! only when marked shared.

mod common;

use common::*;
use twoway_journal::export::json::pack_json;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::import::{ImportOptions, import, read_pack};
use twoway_journal::model::*;
use twoway_journal::templates::{NO_GOALS, TemplateChoice, built_in_templates};
use twoway_journal::{Error, Problem};

fn item(title: &str, minutes: Option<u32>, owner: Party) -> TemplateItem {
    TemplateItem {
        title: title.into(),
        minutes,
        owner,
    }
}

fn template(name: &str, items: Vec<TemplateItem>) -> AgendaTemplateFields {
    AgendaTemplateFields {
        name: name.into(),
        items,
        visibility: Visibility::Private,
    }
}

/// A journal whose owner is Helen Ward, with a partnership with Priya Natarajan.
fn journal_with_partnership() -> (TestJournal, PartnershipId) {
    let mut t = TestJournal::new();
    t.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: "Helen Ward".into(),
                my_role: "Finance director".into(),
            })
        })
        .unwrap();
    let p = t.partnership().id;
    (t, p)
}

fn own(t: &mut TestJournal, fields: AgendaTemplateFields) -> AgendaTemplate {
    t.journal.write(|tx| tx.create(fields)).unwrap()
}

fn texts(t: &TestJournal, session: SessionId) -> Vec<String> {
    t.journal
        .read(|tx| tx.agenda(session))
        .unwrap()
        .into_iter()
        .map(|i| i.fields.text)
        .collect()
}

#[test]
fn applying_a_template_fills_in_every_name_with_time_boxes_and_owners() {
    let (mut t, p) = journal_with_partnership();
    // Two sessions before this one, one of them cancelled (it does not count).
    t.session_on(p, "2026-02-03T10:00:00+01:00", SessionStatus::Held);
    t.session_on(p, "2026-02-17T10:00:00+01:00", SessionStatus::Cancelled);
    let session = t.session(p, "2026-03-09T10:00:00+01:00");
    let goal = t.journal.write(|tx| tx.create(goal_fields(p))).unwrap();
    t.journal
        .write(|tx| {
            tx.create(action_fields(p, Some("2026-03-20")))?;
            tx.create(action_fields(p, None))?;
            tx.create(AgendaItemFields {
                goal_id: Some(goal.id),
                ..agenda_fields(session.id, 0, "Warm-up")
            })
        })
        .unwrap();
    let mine = own(
        &mut t,
        template(
            "Weekly",
            vec![
                item(
                    "{partner_first_name} and {my_first_name}, session {session_number} on {session_date}",
                    Some(5),
                    Party::Partner,
                ),
                item("Review {goal_titles}", Some(20), Party::Me),
                item("{open_actions} open actions", None, Party::Me),
            ],
        ),
    );

    let added = t
        .journal
        .write(|tx| tx.apply_template(session.id, &TemplateChoice::Own(mine.id)))
        .unwrap();
    let added: Vec<(String, Option<u32>, Party, Visibility)> = added
        .into_iter()
        .map(|i| {
            (
                i.fields.text,
                i.fields.minutes,
                i.fields.owner,
                i.fields.visibility,
            )
        })
        .collect();
    assert_eq!(
        added,
        vec![
            (
                "Priya and Helen, session 2 on 2026-03-09".to_owned(),
                Some(5),
                Party::Partner,
                Visibility::Shared
            ),
            (
                "Review Post on LinkedIn every week".to_owned(),
                Some(20),
                Party::Me,
                Visibility::Shared
            ),
            (
                "2 open actions".to_owned(),
                None,
                Party::Me,
                Visibility::Shared
            ),
        ]
    );
}

#[test]
fn the_built_in_templates_apply_with_their_names_filled_in() {
    let (mut t, p) = journal_with_partnership();
    let session = t.session(p, "2026-03-09T10:00:00+01:00");
    let built_in = built_in_templates();
    assert_eq!(
        built_in.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(),
        [
            "first_session",
            "regular_session",
            "goal_review",
            "closing_session"
        ]
    );
    let choice = TemplateChoice::BuiltIn("closing_session".into());
    let preview = t
        .journal
        .read(|tx| tx.filled_template(session.id, &choice))
        .unwrap();
    t.journal
        .write(|tx| tx.apply_template(session.id, &choice))
        .unwrap();
    assert_eq!(
        texts(&t, session.id),
        preview.iter().map(|i| i.title.clone()).collect::<Vec<_>>(),
        "the preview is what applying adds"
    );
    assert_eq!(texts(&t, session.id)[0], "What Priya learned");
    assert_eq!(texts(&t, session.id)[1], "What Helen learned");

    let choice = TemplateChoice::BuiltIn("goal_review".into());
    let preview = t
        .journal
        .read(|tx| tx.filled_template(session.id, &choice))
        .unwrap();
    assert_eq!(
        preview[0].title,
        format!("Where we stand on {NO_GOALS}"),
        "without goals the title still reads"
    );
    let unknown = t
        .journal
        .read(|tx| tx.filled_template(session.id, &TemplateChoice::BuiltIn("weekly".into())));
    assert!(
        matches!(
            unknown,
            Err(Error::NotFound {
                kind: Kind::AgendaTemplate,
                ..
            })
        ),
        "{unknown:?}"
    );
}

#[test]
fn an_unknown_name_is_refused_naming_the_item_and_its_field() {
    let (mut t, _) = journal_with_partnership();
    let before = t.counts();
    let refused = t.journal.write(|tx| {
        tx.create(template(
            "Weekly",
            vec![
                item("Check-in with {partner_first_name}", Some(5), Party::Me),
                item("Plan for {foo}", Some(10), Party::Me),
            ],
        ))
    });
    let error = refused.unwrap_err();
    match &error {
        Error::Invalid {
            field: "items",
            problem:
                Problem::InItem {
                    item: 1,
                    field: "title",
                    problem,
                },
        } => assert_eq!(**problem, Problem::UnknownName { name: "foo".into() }),
        other => panic!("not the item's title: {other:?}"),
    }
    let message = error.to_string();
    assert!(
        message.starts_with("items: item 2's title: unknown name {foo}; known: {partner_first_name}, {my_first_name}, {session_date}, {session_number}, {goal_titles}, {open_actions}"),
        "{message}"
    );
    assert!(
        !message.contains("Plan for"),
        "no text of the user's beyond the name: {message}"
    );
    assert_eq!(t.counts(), before, "nothing was written");

    // An update is refused the same way, and the editor sees every problem at once.
    let stored = own(
        &mut t,
        template("Weekly", vec![item("Check-in", Some(5), Party::Me)]),
    );
    let bent = template(
        "",
        vec![
            item("{Partner_first_name}", Some(5), Party::Me),
            item("{x} and {y}", Some(0), Party::Me),
        ],
    );
    assert!(matches!(
        t.journal.write(|tx| tx.update(stored.id, bent.clone())),
        Err(Error::Invalid { field: "name", .. })
    ));
    let problems: Vec<String> = twoway_journal::templates::problems(&bent)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert_eq!(problems[0], "name: must not be empty");
    assert!(problems[1].starts_with("items: item 1's title: unknown name {Partner_first_name};"));
    assert!(problems[2].starts_with("items: item 2's title: unknown name {x};"));
    assert!(problems[3].starts_with("items: item 2's title: unknown name {y};"));
    assert_eq!(
        problems[4],
        "items: item 2's minutes: must be between 1 and 480"
    );
    // Braces around what is not a name are text.
    own(
        &mut t,
        template("Braces", vec![item("Pick one of {a, b}", None, Party::Me)]),
    );
    let empty = t.journal.write(|tx| tx.create(template("Empty", vec![])));
    assert!(matches!(
        empty,
        Err(Error::Invalid {
            field: "items",
            problem: Problem::Empty
        })
    ));
}

#[test]
fn items_carried_over_stay_first() {
    let (mut t, p) = journal_with_partnership();
    let first = t.session(p, "2026-03-02T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(agenda_fields(first.id, 0, "Prompt basics"))?;
            tx.create(agenda_fields(first.id, 1, "LinkedIn headline"))
        })
        .unwrap();
    let next = t
        .journal
        .write(|tx| tx.create_session(session_fields(p, "2026-03-16T10:00:00+01:00")))
        .unwrap();
    assert_eq!(next.carried_over.len(), 2);
    let added = t
        .journal
        .write(|tx| {
            tx.apply_template(
                next.session.id,
                &TemplateChoice::BuiltIn("regular_session".into()),
            )
        })
        .unwrap();
    let agenda = t.journal.read(|tx| tx.agenda(next.session.id)).unwrap();
    assert_eq!(
        agenda[..2].iter().map(|i| i.id).collect::<Vec<_>>(),
        next.carried_over.iter().map(|i| i.id).collect::<Vec<_>>(),
        "the carried-over items first, as they were"
    );
    assert_eq!(
        agenda[2..].iter().map(|i| i.id).collect::<Vec<_>>(),
        added.iter().map(|i| i.id).collect::<Vec<_>>(),
        "then the template's, in its order"
    );
    assert_eq!(
        agenda.iter().map(|i| i.fields.position).collect::<Vec<_>>(),
        (0..agenda.len() as u32).collect::<Vec<_>>()
    );
    assert_eq!(agenda[3].fields.text, "Last time's actions (0 open)");
    assert_eq!(agenda[4].fields.text, "Topic of session 2");
}

#[test]
fn only_a_planned_session_takes_a_template() {
    let (mut t, p) = journal_with_partnership();
    let held = t.session_on(p, "2026-03-02T10:00:00+01:00", SessionStatus::Held);
    let before = t.counts();
    let refused = t
        .journal
        .write(|tx| tx.apply_template(held.id, &TemplateChoice::BuiltIn("regular_session".into())));
    assert!(
        matches!(
            refused,
            Err(Error::Invalid {
                field: "status",
                ..
            })
        ),
        "{refused:?}"
    );
    assert_eq!(t.counts(), before);
}

#[test]
fn a_shared_item_never_names_a_private_goal_or_counts_a_private_action() {
    let (mut t, p) = journal_with_partnership();
    let session = t.session(p, "2026-03-09T10:00:00+01:00");
    t.journal
        .write(|tx| {
            let private = tx.create(GoalFields {
                title: "Stop dreading the board pack".into(),
                visibility: Visibility::Private,
                ..goal_fields(p)
            })?;
            tx.create(GoalFields {
                title: "Write prompts for forecasts".into(),
                ..goal_fields(p)
            })?;
            // The agenda works toward the private goal only: its title may not be used.
            tx.create(AgendaItemFields {
                goal_id: Some(private.id),
                visibility: Visibility::Private,
                ..agenda_fields(session.id, 0, "Board pack nerves")
            })?;
            tx.create(ActionItemFields {
                visibility: Visibility::Private,
                ..action_fields(p, None)
            })?;
            tx.create(action_fields(p, None))
        })
        .unwrap();
    let mine = own(
        &mut t,
        template(
            "Review",
            vec![item(
                "On {goal_titles}; {open_actions} open",
                None,
                Party::Me,
            )],
        ),
    );
    let added = t
        .journal
        .write(|tx| tx.apply_template(session.id, &TemplateChoice::Own(mine.id)))
        .unwrap();
    assert_eq!(added[0].fields.visibility, Visibility::Shared);
    assert_eq!(
        added[0].fields.text, "On Write prompts for forecasts; 1 open",
        "the open shared goal instead, and the shared action only"
    );
}

#[test]
fn own_templates_travel_for_oneself_and_to_the_partner_only_when_shared() {
    let (mut t, p) = journal_with_partnership();
    let private = own(
        &mut t,
        template(
            "My prep",
            vec![item("Think of {partner_first_name}", Some(5), Party::Me)],
        ),
    );
    let shared = own(
        &mut t,
        AgendaTemplateFields {
            visibility: Visibility::Shared,
            ..template(
                "Our check-in",
                vec![item("How was the week?", Some(5), Party::Partner)],
            )
        },
    );
    let session = t.session(p, "2026-03-09T10:00:00+01:00");
    let set = |scope, audience| {
        t.journal
            .read(|tx| tx.export_set(scope, audience, Trash::Include))
            .unwrap()
    };
    let ids = |set: &twoway_journal::export::ExportSet| {
        let mut ids: Vec<AgendaTemplateId> = set.agenda_templates.iter().map(|r| r.id).collect();
        ids.sort();
        ids
    };
    let mut both = vec![private.id, shared.id];
    both.sort();
    assert_eq!(ids(&set(Scope::Journal, Audience::All)), both);
    assert_eq!(ids(&set(Scope::Partnership(p), Audience::All)), both);
    assert_eq!(ids(&set(Scope::Journal, Audience::Shared)), vec![shared.id]);
    assert_eq!(
        ids(&set(Scope::Partnership(p), Audience::Shared)),
        vec![shared.id]
    );
    assert!(
        set(Scope::Session(session.id), Audience::All)
            .agenda_templates
            .is_empty(),
        "a session's export is the session"
    );

    // Round trip: the pack for oneself restores both, as they were.
    let all = set(Scope::Journal, Audience::All);
    let text = pack_json(&all, Scope::Journal, Audience::All, t0());
    assert!(text.contains("\"agenda_templates\""));
    let mut restored = TestJournal::new();
    let plan = import(
        &mut restored.journal,
        &read_pack(text.as_bytes()).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.kind(Kind::AgendaTemplate).added, 2);
    let back = restored
        .journal
        .read(|tx| tx.own_agenda_templates())
        .unwrap();
    let mut expected = vec![shared.clone(), private.clone()];
    expected.sort_by(|a, b| a.fields.name.cmp(&b.fields.name));
    assert_eq!(back, expected);

    // The partner's journal takes the shared one, owners as written: "me" is whoever applies it.
    let shared_pack = pack_json(
        &set(Scope::Partnership(p), Audience::Shared),
        Scope::Partnership(p),
        Audience::Shared,
        t0(),
    );
    let mut theirs = TestJournal::new();
    let their_partnership = theirs.partnership().id;
    let plan = import(
        &mut theirs.journal,
        &read_pack(shared_pack.as_bytes()).unwrap(),
        &ImportOptions {
            from_partner: true,
            into_partnership: Some(their_partnership),
        },
    )
    .unwrap();
    assert_eq!(plan.kind(Kind::AgendaTemplate).added, 1);
    let received = theirs.journal.read(|tx| tx.own_agenda_templates()).unwrap();
    assert_eq!(received, vec![shared]);
}

#[test]
fn a_pack_from_before_templates_reads_with_none() {
    let (t, _) = journal_with_partnership();
    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&pack_json(&set, Scope::Journal, Audience::All, t0())).unwrap();
    value["version"] = 2.into();
    value.as_object_mut().unwrap().remove("agenda_templates");
    let pack = read_pack(value.to_string().as_bytes()).unwrap();
    assert!(pack.agenda_templates.is_empty());
    assert_eq!(pack.partnerships.len(), 1);

    // A version 3 pack must hold the list: the layout is closed.
    value["version"] = 3.into();
    assert!(read_pack(value.to_string().as_bytes()).is_err());
}

#[test]
fn saving_an_agenda_as_a_template_keeps_its_items_and_starts_private() {
    let (mut t, p) = journal_with_partnership();
    let session = t.session(p, "2026-03-09T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(agenda_fields(session.id, 0, "Prompt basics"))?;
            tx.create(AgendaItemFields {
                minutes: None,
                owner: Party::Me,
                ..agenda_fields(session.id, 1, "Reading a P&L")
            })
        })
        .unwrap();
    let draft = t
        .journal
        .read(|tx| tx.agenda_as_template(session.id))
        .unwrap();
    assert_eq!(
        draft,
        AgendaTemplateFields {
            name: "Prompting for finance".into(),
            items: vec![
                item("Prompt basics", Some(10), Party::Partner),
                item("Reading a P&L", None, Party::Me),
            ],
            visibility: Visibility::Private,
        }
    );
    let saved = own(&mut t, draft.clone());
    assert_eq!(saved.fields, draft);

    // Deleting one is a move to the trash, and it comes back.
    t.journal.write(|tx| tx.trash(saved.id)).unwrap();
    assert!(
        t.journal
            .read(|tx| tx.own_agenda_templates())
            .unwrap()
            .is_empty()
    );
    let gone = t
        .journal
        .read(|tx| tx.filled_template(session.id, &TemplateChoice::Own(saved.id)));
    assert!(matches!(gone, Err(Error::Trashed { .. })), "{gone:?}");
    t.journal.write(|tx| tx.restore(saved.id)).unwrap();
    assert_eq!(
        t.journal.read(|tx| tx.own_agenda_templates()).unwrap(),
        vec![t.journal.read(|tx| tx.get(saved.id)).unwrap()]
    );
}

#[test]
fn a_pack_whose_template_uses_an_unknown_name_is_refused_and_nothing_is_written() {
    let (mut t, _) = journal_with_partnership();
    let kept = own(
        &mut t,
        template(
            "Weekly",
            vec![item("Hello {partner_first_name}", None, Party::Me)],
        ),
    );
    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    let text = pack_json(&set, Scope::Journal, Audience::All, t0())
        .replace("Hello {partner_first_name}", "Hello {partner}");
    let mut other = TestJournal::new();
    let before = other.counts();
    let refused = import(
        &mut other.journal,
        &read_pack(text.as_bytes()).unwrap(),
        &ImportOptions::default(),
    );
    match refused {
        Err(Error::Pack(twoway_journal::import::PackError::Invalid {
            kind: Kind::AgendaTemplate,
            id,
            field: "items",
            problem: Problem::InItem { item: 0, .. },
        })) => assert_eq!(id, kept.id.0),
        other => panic!("not refused for the template's item: {other:?}"),
    }
    assert_eq!(other.counts(), before, "nothing was written");
}

#[test]
fn only_a_pack_holds_templates_and_the_export_preview_says_so() {
    use twoway_journal::export::Format;
    let (mut t, p) = journal_with_partnership();
    own(
        &mut t,
        AgendaTemplateFields {
            visibility: Visibility::Shared,
            ..template("Ours", vec![item("Check-in", Some(5), Party::Me)])
        },
    );
    for format in [
        Format::Pack,
        Format::Markdown,
        Format::MarkdownFolder,
        Format::Html,
        Format::Calendar,
    ] {
        let (set, preview) = t
            .journal
            .read(|tx| {
                Ok((
                    tx.export_set_in(Scope::Partnership(p), Audience::Shared, format)?,
                    tx.export_preview(Scope::Partnership(p), Audience::Shared, format)?,
                ))
            })
            .unwrap();
        let held = usize::from(format == Format::Pack);
        assert_eq!(set.agenda_templates.len(), held, "{format:?}");
        assert_eq!(
            preview.of(Kind::AgendaTemplate).leaves as usize,
            held,
            "{format:?}: the preview counts what the export holds"
        );
    }
}
