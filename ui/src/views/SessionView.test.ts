import { describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SessionView from "./SessionView.svelte";
import Toasts from "../components/Toasts.svelte";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { actionItem, agendaItem, goal, openStatus, partnership, session, summary } from "../test/fixtures";
import type { ActionItem, AgendaItem, AgendaItemFields, Session, SessionFields } from "../lib/api";
import { failure, refused } from "../test/errors";

interface World {
  session: Session;
  agenda: AgendaItem[];
  openActions: ActionItem[];
  agreed: ActionItem[];
}

function world(): World {
  const carried = agendaItem("a2", 1, "Redraw a chart for the board");
  carried.fields.carried_from = "old-item";
  carried.fields.minutes = 15;
  const first = agendaItem("a1", 0, "Review the two solo posts");
  first.fields.minutes = 20;
  const earlier = actionItem("x1", "Confirm the review date");
  earlier.fields.session_id = "s0";
  return { session: session(), agenda: [first, carried], openActions: [earlier], agreed: [] };
}

function older(s: Session): Session {
  return { ...s, fields: { ...s.fields, starts_at: "2026-02-23T10:00:00+01:00", title: "Posting solo" } };
}

function stored<F>(id: string, fields: F) {
  return { id, fields, created_at: "", updated_at: "", deleted_at: null };
}

/** A fake journal holding one session; the plan it returns follows what was written. */
function backend(w: World, overrides: Record<string, Handler> = {}) {
  let next = 1;
  return mockCommands({
    session_plan: () => ({
      session: w.session,
      agenda: [...w.agenda].sort((a, b) => a.fields.position - b.fields.position),
      agenda_minutes: w.agenda.reduce((sum, item) => sum + (item.fields.minutes ?? 0), 0),
      open_actions: w.openActions,
      actions_agreed: w.agreed,
    }),
    feedback_for_session: () => [],
    learnings_for_session: () => [],
    get_partnership: () => partnership(),
    goals: () => [goal()],
    sessions: () => [w.session, session("s0")].map((s, i) => (i === 1 ? older(s) : s)),
    render_markdown: ({ text }) => `<p>${String(text)}</p>`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary()],
    update_session: ({ fields }) => {
      w.session = { ...w.session, fields: fields as SessionFields };
      return w.session;
    },
    create_agenda_item: ({ fields }) => {
      const item = stored(`new${next++}`, { ...(fields as AgendaItemFields), position: w.agenda.length });
      w.agenda = [...w.agenda, item];
      return item;
    },
    update_agenda_item: ({ id, fields }) => {
      const f = fields as AgendaItemFields;
      const others = w.agenda
        .filter((i) => i.id !== id)
        .sort((a, b) => a.fields.position - b.fields.position);
      const moved = stored(String(id), f);
      others.splice(Math.min(f.position, others.length), 0, moved);
      w.agenda = others.map((item, position) => ({ ...item, fields: { ...item.fields, position } }));
      return moved;
    },
    set_action_done: ({ id, done }) => {
      const action = w.openActions.find((a) => a.id === id)!;
      const updated = {
        ...action,
        fields: { ...action.fields, done_at: done ? "2026-03-09T10:30:00Z" : null },
      };
      w.openActions = done ? w.openActions.filter((a) => a.id !== id) : [...w.openActions, updated];
      return updated;
    },
    trash_record: () => null,
    restore_record: () => null,
    ...overrides,
  });
}

async function open(w = world(), overrides: Record<string, Handler> = {}) {
  const calls = backend(w, overrides);
  render(SessionView, { id: "s1" });
  await settle();
  return { calls, user: userEvent.setup() };
}

function agendaRow(text: string): HTMLElement {
  const box = screen.getAllByRole("textbox").find((el) => (el as HTMLTextAreaElement).value === text);
  if (!box) throw new Error(`no agenda item "${text}"`);
  return box.closest("li")!;
}

describe("SessionView", () => {
  it("loads the plan: header, partner link, and carried-over items marked as such", async () => {
    await open();
    expect(screen.getByLabelText("Session title")).toHaveValue("Prompting for finance");
    const back = screen.getByRole("link", { name: /Sessions with Priya Raman/ });
    expect(back).toHaveAttribute("href", "#/partnership/p1/sessions");
    const carried = within(agendaRow("Redraw a chart for the board"));
    expect(carried.getByText(/Carried over/)).toBeInTheDocument();
    expect(carried.getByText("not covered last time")).toBeInTheDocument();
    expect(within(agendaRow("Review the two solo posts")).queryByText(/Carried over/)).toBeNull();
    expect(screen.getByText("Confirm the review date")).toBeInTheDocument();
    expect(screen.getByText(/Open actions — from earlier sessions/)).toBeInTheDocument();
  });

  // Which open actions belong before this session is the journal's rule (tested there); the
  // view lists what the plan gives.
  it("lists the plan's open actions from earlier sessions, and links the neighbouring sessions", async () => {
    const w = world();
    const loose = actionItem("x3", "Agreed outside any session");
    w.openActions = [...w.openActions, loose];
    await open(w, {
      sessions: () => [
        { ...session("s2"), fields: { ...session("s2").fields, starts_at: "2026-03-23T10:00:00+01:00" } },
        w.session,
        older(session("s0")),
      ],
    });
    expect(screen.getByText("Confirm the review date")).toBeInTheDocument();
    expect(screen.getByText("Agreed outside any session")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Previous session: Posting solo" })).toHaveAttribute(
      "href",
      "#/session/s0",
    );
    expect(screen.getByRole("link", { name: /^Next session/ })).toHaveAttribute("href", "#/session/s2");
  });

  it("shows the running total against the session's length, and an overrun in words", async () => {
    const w = world();
    await open(w);
    expect(screen.getByText("35 of 45 min")).toBeInTheDocument();
    expect(screen.getByText("10 min free")).toBeInTheDocument();

    const { user } = { user: userEvent.setup() };
    const minutes = screen.getByLabelText("Minutes for “Review the two solo posts”");
    await user.clear(minutes);
    await user.type(minutes, "40");
    // Live while typing, before the save.
    expect(screen.getByText("55 of 45 min")).toBeInTheDocument();
    expect(screen.getByText(/10 min over the session's length/)).toBeInTheDocument();
    // Saved, the journal's own total takes over and agrees.
    await user.tab();
    await settle();
    expect(w.agenda.find((i) => i.id === "a1")?.fields.minutes).toBe(40);
    expect(screen.getByText("55 of 45 min")).toBeInTheDocument();
  });

  it("adds an agenda item with Enter, sends the right fields, shows it and keeps focus", async () => {
    const { calls, user } = await open();
    const input = screen.getByLabelText("Add an agenda item");
    await user.type(input, "Agreement check-in{Enter}");
    await settle();
    const created = calls.find((c) => c.command === "create_agenda_item");
    expect(created?.args.fields).toEqual({
      session_id: "s1",
      position: 2,
      text: "Agreement check-in",
      minutes: 10,
      owner: "me",
      covered: false,
      carried_from: null,
      goal_id: null,
      visibility: "shared",
    });
    expect(agendaRow("Agreement check-in")).toBeInTheDocument();
    expect(input).toHaveValue("");
    expect(input).toHaveFocus();
    expect(screen.getByText("45 of 45 min")).toBeInTheDocument();
  });

  it("ticking covered saves the item as covered", async () => {
    const { calls, user } = await open();
    await user.click(screen.getByRole("checkbox", { name: "Covered: Review the two solo posts" }));
    await settle();
    const update = calls.find((c) => c.command === "update_agenda_item");
    expect(update?.args.id).toBe("a1");
    expect(update?.args.fields).toMatchObject({
      covered: true,
      text: "Review the two solo posts",
      position: 0,
    });
  });

  it("reorders with the buttons and with Alt+arrows, sending the new position", async () => {
    const { calls, user } = await open();
    await user.click(screen.getByRole("button", { name: "Move down: Review the two solo posts" }));
    await settle();
    const moves = () => calls.filter((c) => c.command === "update_agenda_item");
    expect(moves()[0]?.args).toMatchObject({ id: "a1", fields: { position: 1 } });
    // The list follows the journal's new order.
    const rows = screen.getAllByRole("checkbox", { name: /^Covered:/ });
    expect(rows.map((r) => r.getAttribute("aria-label"))).toEqual([
      "Covered: Redraw a chart for the board",
      "Covered: Review the two solo posts",
    ]);

    const box = within(agendaRow("Review the two solo posts")).getByLabelText(/^Agenda item/);
    await fireEvent.keyDown(box, { key: "ArrowUp", altKey: true });
    await settle();
    expect(moves()[1]?.args).toMatchObject({ id: "a1", fields: { position: 0 } });
    expect(screen.getAllByRole("checkbox", { name: /^Covered:/ })[0]).toHaveAccessibleName(
      "Covered: Review the two solo posts",
    );
  });

  it("autosaves shared and private notes separately", async () => {
    const { calls, user } = await open();
    await user.type(
      screen.getByLabelText(/^Shared notes — may be exported for Priya/),
      "We agreed on a plan",
    );
    await user.tab();
    await settle();
    let saves = calls.filter((c) => c.command === "update_session");
    expect(saves).toHaveLength(1);
    expect(saves[0]?.args.fields).toMatchObject({ shared_notes: "We agreed on a plan", private_notes: "" });

    await user.type(screen.getByLabelText(/Private notes — never leave this laptop/), "Felt defensive");
    await user.tab();
    await settle();
    saves = calls.filter((c) => c.command === "update_session");
    expect(saves).toHaveLength(2);
    expect(saves[1]?.args.fields).toMatchObject({
      shared_notes: "We agreed on a plan",
      private_notes: "Felt defensive",
      title: "Prompting for finance",
    });
    expect(screen.getAllByText("Saved").length).toBeGreaterThan(0);
  });

  it("saves the notes being typed before their history opens, and shows a restored version", async () => {
    const w = world();
    const version = {
      id: 4,
      kind: "session",
      record_id: "s1",
      field: "shared_notes",
      saved_at: "2026-03-09T10:20:00Z",
      text: "Covered the board deck",
    };
    const { calls, user } = await open(w, {
      revisions: () => [version],
      compare_revision: () => [
        { text: "Covered the board deck", change: "removed" },
        { text: "We agreed on a plan", change: "added" },
      ],
      restore_revision: () => {
        w.session = { ...w.session, fields: { ...w.session.fields, shared_notes: version.text } };
        return null;
      },
    });
    const notes = screen.getByLabelText(/^Shared notes — may be exported for Priya/);
    await user.type(notes, "We agreed on a plan");
    // A click that does not leave the field first: the history itself must write the typing.
    fireEvent.click(screen.getByRole("button", { name: "History of the shared notes" }));
    await settle();
    const commands = calls.map((c) => c.command);
    const saved = commands.indexOf("update_session");
    expect(saved).toBeGreaterThan(-1);
    expect(saved).toBeLessThan(commands.indexOf("revisions"));
    expect(calls.find((c) => c.command === "revisions")?.args).toEqual({
      kind: "session",
      id: "s1",
      field: "shared_notes",
    });
    expect(calls[saved]?.args.fields).toMatchObject({ shared_notes: "We agreed on a plan" });

    const dialog = screen.getByRole("dialog", { name: "History of the shared notes" });
    await user.click(within(dialog).getByRole("button", { name: "Restore this version" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_revision")?.args).toEqual({ id: 4 });
    expect(notes).toHaveValue("Covered the board deck");
    expect(calls.filter((c) => c.command === "update_session")).toHaveLength(1);
  });

  it("a refused save keeps the text and says why", async () => {
    const { user } = await open(world(), {
      update_session: () => {
        throw refused("shared_notes", "is longer than 1 MiB");
      },
    });
    const notes = screen.getByLabelText(/^Shared notes/);
    await user.type(notes, "Too much text");
    await user.tab();
    await settle();
    expect(notes).toHaveValue("Too much text");
    expect(notes).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("is longer than 1 MiB")).toBeInTheDocument();
    // The status line points at the field, which carries the reason.
    expect(screen.getAllByText("Not saved: see the highlighted field").length).toBeGreaterThan(0);
  });

  it("a refused title keeps the text and says why", async () => {
    const { user } = await open(world(), {
      update_session: () => {
        throw refused("title", "must not be empty");
      },
    });
    const title = screen.getByLabelText("Session title");
    await user.clear(title);
    await user.type(title, "   ");
    await user.tab();
    await settle();
    expect(title).toHaveValue("   ");
    expect(screen.getByText("must not be empty")).toBeInTheDocument();
  });

  it("marks an open action from an earlier session done, and keeps it in sight", async () => {
    const { calls, user } = await open();
    const box = screen.getByRole("checkbox", { name: /Confirm the review date/ });
    await user.click(box);
    await settle();
    expect(calls.find((c) => c.command === "set_action_done")?.args).toEqual({ id: "x1", done: true });
    expect(screen.getByRole("checkbox", { name: /Confirm the review date/ })).toBeChecked();
  });

  it("makes an open action from an earlier session private with one click", async () => {
    const w = world();
    const { calls, user } = await open(w, {
      update_action_item: ({ id, fields }) => {
        const saved = stored(String(id), fields as ActionItem["fields"]);
        w.openActions = [saved];
        return saved;
      },
    });
    const row = screen.getByRole("checkbox", { name: /Confirm the review date/ }).closest("li")!;
    await user.click(within(row).getByRole("button", { name: "Shared: included when you export for Priya" }));
    await settle();
    expect(calls.find((c) => c.command === "update_action_item")?.args).toEqual({
      id: "x1",
      fields: { ...world().openActions[0]!.fields, visibility: "private" },
    });
    const after = screen.getByRole("checkbox", { name: /Confirm the review date/ }).closest("li")!;
    expect(within(after).getByRole("button", { pressed: true })).toHaveTextContent("Only me");
  });

  it("says in words when an open action is overdue", async () => {
    const w = world();
    w.openActions[0]!.fields.due_on = "2020-01-01";
    await open(w);
    expect(screen.getByText(/Overdue by \d+ days/)).toBeInTheDocument();
  });

  it("adds an agenda item and an action as private when the add forms' toggles are clicked first", async () => {
    const w = world();
    const { calls, user } = await open(w, {
      create_action_item: ({ fields }) => {
        const action = stored("x9", fields as ActionItem["fields"]);
        w.agreed = [action];
        return action;
      },
    });
    const agendaForm = screen.getByLabelText("Add an agenda item").closest("form")!;
    const agendaToggle = within(agendaForm).getByRole("button", { pressed: false });
    expect(agendaToggle).toHaveAccessibleName("Shared: included when you export for Priya");
    await user.click(agendaToggle);
    await user.type(screen.getByLabelText("Add an agenda item"), "How I felt about the board{Enter}");
    const actionForm = screen.getByLabelText("New action").closest("form")!;
    await user.click(within(actionForm).getByRole("button", { pressed: false }));
    await user.type(screen.getByLabelText("New action"), "Write down what I am unsure of");
    await user.click(screen.getByRole("button", { name: "Add action" }));
    await settle();
    expect(calls.find((c) => c.command === "create_agenda_item")?.args.fields).toMatchObject({
      text: "How I felt about the board",
      visibility: "private",
    });
    expect(calls.find((c) => c.command === "create_action_item")?.args.fields).toMatchObject({
      text: "Write down what I am unsure of",
      visibility: "private",
    });
    // The new rows show their choice with the same toggle.
    const row = agendaRow("How I felt about the board");
    expect(within(row).getByRole("button", { name: /^Only me\. Private/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("adds an action agreed in this session", async () => {
    const w = world();
    const { calls, user } = await open(w, {
      create_action_item: ({ fields }) => {
        const action = stored("x9", fields as ActionItem["fields"]);
        w.agreed = [action];
        return action;
      },
    });
    await user.type(screen.getByLabelText("New action"), "Send the template");
    await user.selectOptions(screen.getByLabelText("Who"), "partner");
    await user.click(screen.getByRole("button", { name: "Add action" }));
    await settle();
    expect(calls.find((c) => c.command === "create_action_item")?.args.fields).toEqual({
      partnership_id: "p1",
      session_id: "s1",
      text: "Send the template",
      owner: "partner",
      due_on: null,
      done_at: null,
      visibility: "shared",
    });
    expect(screen.getByDisplayValue("Send the template")).toBeInTheDocument();
  });

  it("deletes an agenda item to the trash and undoes it", async () => {
    const w = world();
    const { calls, user } = await open(w, {
      trash_record: ({ id }) => {
        w.agenda = w.agenda.filter((i) => i.id !== id);
        return null;
      },
    });
    render(Toasts);
    const removed = w.agenda[0]!;
    await user.click(screen.getByRole("button", { name: "Delete: Review the two solo posts" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "agenda_item", id: "a1" });
    expect(screen.queryByDisplayValue("Review the two solo posts")).toBeNull();

    w.agenda = [removed, ...w.agenda];
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({
      kind: "agenda_item",
      id: "a1",
    });
    expect(screen.getByDisplayValue("Review the two solo posts")).toBeInTheDocument();
  });

  it("offers a template to a planned session only, and keeps any agenda as a new template", async () => {
    const w = world();
    const { user } = await open(w, {
      agenda_as_template: () => ({
        name: "Prompting for finance",
        items: w.agenda.map((item) => ({
          title: item.fields.text,
          minutes: item.fields.minutes,
          owner: item.fields.owner,
        })),
        visibility: "private",
      }),
      agenda_templates: () => ({ built_in: [], own: [], names: [] }),
      agenda_template_problems: () => [],
    });
    expect(screen.getByRole("button", { name: "Apply template…" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as template…" }));
    await settle();
    expect(screen.getByRole("dialog", { name: "Save as a template" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Item 2" })).toHaveValue("Redraw a chart for the board");
    expect(screen.getByLabelText("Name")).toHaveValue("Prompting for finance");

    cleanup();
    const held = world();
    held.session = { ...held.session, fields: { ...held.session.fields, status: "held" } };
    await open(held);
    expect(screen.queryByRole("button", { name: "Apply template…" })).toBeNull();
    expect(screen.getByRole("button", { name: "Save as template…" })).toBeInTheDocument();
  });

  it("offers to mark a past planned session as held", async () => {
    const { calls, user } = await open();
    await user.click(screen.getByRole("button", { name: "Mark as held" }));
    await settle();
    expect(calls.find((c) => c.command === "update_session")?.args.fields).toMatchObject({ status: "held" });
    expect(screen.queryByRole("button", { name: "Mark as held" })).toBeNull();
  });

  it("adds feedback for this session", async () => {
    const { calls, user } = await open(world(), {
      create_feedback: ({ fields }) => stored("f1", fields),
    });
    await user.click(screen.getByRole("button", { name: "Add feedback" }));
    await user.click(screen.getByLabelText("Received from Priya"));
    await user.click(screen.getByLabelText(/4 of 5/));
    await user.type(screen.getByLabelText("Went well"), "Clear examples");
    await user.click(screen.getByRole("button", { name: "Save feedback" }));
    await settle();
    expect(calls.find((c) => c.command === "create_feedback")?.args.fields).toMatchObject({
      partnership_id: "p1",
      session_id: "s1",
      author: "partner",
      rating: 4,
      went_well: "Clear examples",
      to_improve: "",
      visibility: "shared",
    });
  });

  it("adds a learning from this session; the journal files it under the partnership", async () => {
    const { calls, user } = await open(world(), {
      create_learning: ({ fields }) => stored("l1", fields),
    });
    await user.type(screen.getByLabelText("Add a learning from this session"), "Questions get replies");
    await user.click(screen.getByRole("button", { name: "Add learning" }));
    await settle();
    expect(calls.find((c) => c.command === "create_learning")?.args.fields).toMatchObject({
      session_id: "s1",
      partnership_id: null,
      text: "Questions get replies",
      visibility: "private",
    });
  });

  it("says so when the session is gone", async () => {
    mockCommands({
      session_plan: () => {
        throw failure("NotFound", "session s1 not found");
      },
      feedback_for_session: () => [],
      learnings_for_session: () => [],
    });
    render(SessionView, { id: "s1" });
    await settle();
    expect(screen.getByText("This session is not here any more")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the trash" })).toHaveAttribute("href", "#/trash");
  });
});
