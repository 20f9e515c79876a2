import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SessionsTab from "./SessionsTab.svelte";
import Toasts from "../../components/Toasts.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { actionItem, agendaItem, openStatus, partnership, session, summary } from "../../test/fixtures";
import type { ActionItem, Session, SessionFields, SessionProposal } from "../../lib/api";
import { addDays, today } from "../../lib/locale";
import { refused } from "../../test/errors";

function past(): Session {
  const s = session("s0");
  s.fields = { ...s.fields, status: "held", starts_at: "2026-02-23T09:30:00+01:00", duration_minutes: 60 };
  return s;
}

/** What the journal proposes for the next session (its rules are the journal's own tests). */
const PROPOSAL: SessionProposal = {
  date: "2026-03-12",
  start_time: "09:30:00",
  duration_minutes: 60,
  title: "Session 2",
  place: "Video call",
};

function setup(sessions: Session[], actions: ActionItem[], extra: Record<string, Handler> = {}) {
  const p = partnership();
  const calls = mockCommands({
    sessions: () => sessions,
    actions: () => actions,
    propose_session: () => PROPOSAL,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(p)],
    ...extra,
  });
  render(SessionsTab, { partnership: p });
  render(Toasts);
  return { calls, user: userEvent.setup() };
}

describe("SessionsTab", () => {
  beforeEach(() => {
    location.hash = "#/partnership/p1/sessions";
  });

  it("lists past sessions as links to their pages, and says nothing is planned", async () => {
    setup([past()], []);
    await settle();
    const link = screen.getByRole("link", { name: /Prompting for finance/ });
    expect(link).toHaveAttribute("href", "#/session/s0");
    expect(link).toHaveTextContent("60 min · Video call");
    expect(link).toHaveTextContent("Held");
    expect(screen.getByText(/Nothing planned yet/)).toBeInTheDocument();
  });

  it("plans the next session as planned, then opens it and says what came along", async () => {
    const carried = agendaItem("a9", 0, "Finish the chart", "s-new");
    const open = actionItem("x1", "Send the draft");
    const { calls, user } = setup([past()], [open], {
      create_session: ({ fields }) => ({
        session: { id: "s-new", fields, created_at: "", updated_at: "", deleted_at: null },
        carried_over: [carried],
        open_actions: [open],
      }),
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Plan next session" }));
    await settle();
    // The journal's proposal for today, shown as it is.
    expect(calls.find((c) => c.command === "propose_session")?.args).toEqual({
      partnership: "p1",
      today: today(),
    });
    const dialog = screen.getByRole("dialog");
    const title = within(dialog).getByLabelText("Title");
    expect(title).toHaveValue("Session 2");
    expect(within(dialog).getByLabelText("Date and time")).toHaveValue("2026-03-12T09:30");
    expect(within(dialog).getByLabelText("Length (minutes)")).toHaveValue(60);
    expect(within(dialog).getByLabelText("Where")).toHaveValue("Video call");
    await user.clear(title);
    await user.type(title, "Charts, round two");
    await user.click(within(dialog).getByRole("button", { name: "Plan session" }));
    await settle();
    const fields = calls.find((c) => c.command === "create_session")?.args.fields as SessionFields;
    expect(fields).toMatchObject({
      partnership_id: "p1",
      title: "Charts, round two",
      status: "planned",
      duration_minutes: 60,
      place: "Video call",
      shared_notes: "",
      private_notes: "",
    });
    expect(fields.starts_at).toMatch(/^2026-03-12T09:30:00[+-]\d\d:\d\d$/);
    expect(location.hash).toBe("#/session/s-new");
    expect(screen.getByText(/1 agenda item carried over, 1 open action listed/)).toBeInTheDocument();
  });

  it("keeps the dialog and its text when the journal refuses the title", async () => {
    const { user } = setup([], [], {
      create_session: () => {
        throw refused("title", "must not be empty");
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Plan the first session" }));
    await settle();
    const dialog = screen.getByRole("dialog");
    const title = within(dialog).getByLabelText("Title");
    await user.clear(title);
    await user.type(title, "  ");
    await user.click(within(dialog).getByRole("button", { name: "Plan session" }));
    await settle();
    expect(title).toHaveValue("  ");
    expect(within(dialog).getByText("Must not be empty.")).toBeInTheDocument();
    expect(location.hash).toBe("#/partnership/p1/sessions");
  });

  it("marks an action done, flags an overdue one, and adds a new one", async () => {
    const late = actionItem("x1", "Send the draft");
    late.fields.due_on = addDays(today(), -2);
    const { calls, user } = setup([], [late], {
      set_action_done: ({ id, done }) => ({
        ...late,
        id,
        fields: { ...late.fields, done_at: done ? "x" : null },
      }),
      create_action_item: ({ fields }) => ({
        id: "x2",
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    await settle();
    expect(screen.getByText(/Overdue:/)).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Send the draft" }));
    await settle();
    expect(calls.find((c) => c.command === "set_action_done")?.args).toEqual({ id: "x1", done: true });

    await user.type(screen.getByLabelText("New action"), "Book the room");
    await user.selectOptions(screen.getByLabelText("Who"), "partner");
    await user.click(screen.getByRole("button", { name: "Add action" }));
    await settle();
    expect(calls.find((c) => c.command === "create_action_item")?.args.fields).toEqual({
      partnership_id: "p1",
      session_id: null,
      text: "Book the room",
      owner: "partner",
      due_on: null,
      done_at: null,
      visibility: "shared",
    });
    expect(screen.getByLabelText("New action")).toHaveValue("");
  });

  it("makes a listed action private with one click, and shows 'Only me' after the reload", async () => {
    let actions = [actionItem("x1", "Send the draft")];
    const { calls, user } = setup([], actions, {
      actions: () => actions,
      update_action_item: ({ id, fields }) => {
        const saved = { ...actions[0]!, id: String(id), fields: fields as ActionItem["fields"] };
        actions = [saved];
        return saved;
      },
    });
    await settle();
    const row = screen.getByRole("checkbox", { name: "Send the draft" }).closest("li")!;
    await user.click(within(row).getByRole("button", { name: "Shared: included when you export for Priya" }));
    await settle();
    expect(calls.find((c) => c.command === "update_action_item")?.args).toEqual({
      id: "x1",
      fields: { ...actionItem("x1", "Send the draft").fields, visibility: "private" },
    });
    const after = screen.getByRole("checkbox", { name: "Send the draft" }).closest("li")!;
    expect(within(after).getByRole("button", { pressed: true })).toHaveTextContent("Only me");
  });

  it("deletes an action to the trash and undo restores it", async () => {
    let actions = [actionItem("x1", "Send the draft")];
    const removed = actions[0]!;
    const { calls, user } = setup([], [], {
      actions: () => actions,
      trash_record: () => {
        actions = [];
        return null;
      },
      restore_record: () => {
        actions = [removed];
        return null;
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Delete action: Send the draft" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "action_item", id: "x1" });
    expect(screen.queryByText("Send the draft")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({
      kind: "action_item",
      id: "x1",
    });
    expect(screen.getByText("Send the draft")).toBeInTheDocument();
  });
});
