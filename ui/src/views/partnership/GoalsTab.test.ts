import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import GoalsTab from "./GoalsTab.svelte";
import Toasts from "../../components/Toasts.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { goal, openStatus, partnership, summary } from "../../test/fixtures";
import type { Goal, GoalCheckIn, GoalCheckInFields, GoalFields } from "../../lib/api";
import { today } from "../../lib/locale";
import { router } from "../../lib/router.svelte";

function checkIn(id: string, on: string, progress: number, note = ""): GoalCheckIn {
  return {
    id,
    fields: { goal_id: "g1", on, progress, note, visibility: "shared" },
    created_at: "",
    updated_at: "",
    deleted_at: null,
  };
}

function setup(goals: () => Goal[], extra: Record<string, Handler> = {}) {
  const p = partnership();
  const calls = mockCommands({
    goals: () => goals(),
    check_ins: () => [],
    render_markdown: ({ text }) => `<p>${String(text)}</p>`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(p)],
    ...extra,
  });
  render(GoalsTab, { partnership: p, summary: summary(p) });
  render(Toasts);
  return { calls, user: userEvent.setup() };
}

describe("GoalsTab", () => {
  it("shows each goal with its direction, status, progress and privacy", async () => {
    const secret = goal("g2");
    secret.fields = {
      ...secret.fields,
      title: "Stop interrupting",
      direction: "teach",
      visibility: "private",
    };
    setup(() => [goal(), secret]);
    await settle();
    const learning = screen.getByRole("region", { name: "What I learn from Priya" });
    expect(within(learning).getByText("Post on LinkedIn every week")).toBeInTheDocument();
    expect(within(learning).getByText("I learn")).toBeInTheDocument();
    expect(within(learning).getByText("In progress")).toBeInTheDocument();
    expect(within(learning).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "40");
    expect(within(learning).queryByText("Only me", { selector: ".chip" })).toBeNull();
    const teaching = screen.getByRole("region", { name: "What I teach Priya" });
    expect(within(teaching).getByText("Only me", { selector: ".chip" })).toBeInTheDocument();
  });

  it("says what to do when there are no goals", async () => {
    setup(() => []);
    await settle();
    expect(screen.getByText("No goals yet")).toBeInTheDocument();
    expect(screen.getByText(/what do you want to learn from Priya/)).toBeInTheDocument();
  });

  it("adds a check-in to an opened goal and shows the progress the journal set", async () => {
    let current = goal();
    let history: GoalCheckIn[] = [checkIn("c1", "2026-02-01", 40, "Two posts")];
    const { calls, user } = setup(() => [current], {
      check_ins: () => history,
      create_check_in: ({ fields }) => {
        const f = fields as GoalCheckInFields;
        history = [...history, checkIn("c2", f.on, f.progress, f.note)];
        current = { ...current, fields: { ...current.fields, progress: f.progress }, updated_at: "later" };
        return history.at(-1);
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Post on LinkedIn every week" }));
    await settle();
    expect(screen.getByRole("list", { name: "Check-ins, oldest first" })).toHaveTextContent("Two posts");
    // Progress belongs to the check-ins once there are any.
    expect(screen.queryByLabelText(/Progress so far/)).toBeNull();

    const progress = screen.getByLabelText("Progress (%)");
    await user.clear(progress);
    await user.type(progress, "55");
    await user.type(screen.getByLabelText(/^Note/), "Posted without a review");
    await user.click(screen.getByRole("button", { name: "Add check-in" }));
    await settle();

    expect(calls.find((c) => c.command === "create_check_in")?.args.fields).toEqual({
      goal_id: "g1",
      on: today(),
      progress: 55,
      note: "Posted without a review",
      visibility: "shared",
    });
    expect(calls.filter((c) => c.command === "goals").length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "55");
    expect(screen.getByRole("list", { name: "Check-ins, oldest first" })).toHaveTextContent(
      "Posted without a review",
    );
    expect(screen.getByLabelText(/^Note/)).toHaveValue("");
  });

  it("switches a check-in between shared and private with one click, saving nothing else", async () => {
    let history: GoalCheckIn[] = [checkIn("c1", "2026-02-01", 40, "Two posts")];
    const { calls, user } = setup(() => [goal()], {
      check_ins: () => history,
      update_check_in: ({ id, fields }) => {
        history = [{ ...history[0]!, id: String(id), fields: fields as GoalCheckInFields }];
        return history[0];
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Post on LinkedIn every week" }));
    await settle();
    const list = screen.getByRole("list", { name: "Check-ins, oldest first" });
    await user.click(
      within(list).getByRole("button", { name: "Shared: included when you export for Priya" }),
    );
    await settle();
    expect(calls.filter((c) => c.command === "update_check_in").map((c) => c.args)).toEqual([
      { id: "c1", fields: { ...checkIn("c1", "2026-02-01", 40, "Two posts").fields, visibility: "private" } },
    ]);
    const after = screen.getByRole("list", { name: "Check-ins, oldest first" });
    expect(within(after).getByRole("button", { pressed: true })).toHaveTextContent("Only me");
  });

  it("adds a check-in of a private goal as private, its toggle locked", async () => {
    const secret = goal();
    secret.fields.visibility = "private";
    const { calls, user } = setup(() => [secret], {
      check_ins: () => [checkIn("c1", "2026-02-01", 40, "Two posts")],
      create_check_in: ({ fields }) => ({
        id: "c2",
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Post on LinkedIn every week" }));
    await settle();
    const form = screen.getByRole("form", { name: "Add a check-in" });
    const toggle = within(form).getByRole("button", { name: "Only me. Private because its goal is private" });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    // The listed check-in says shared, but its goal keeps it out of a shared export.
    const listed = within(screen.getByRole("list", { name: "Check-ins, oldest first" })).getByRole("button", {
      pressed: true,
    });
    expect(listed).toBeDisabled();
    await user.click(within(form).getByRole("button", { name: "Add check-in" }));
    await settle();
    expect(calls.find((c) => c.command === "create_check_in")?.args.fields).toMatchObject({
      visibility: "private",
    });
  });

  it("lets progress be set by hand before the first check-in, with autosave of all fields", async () => {
    const { calls, user } = setup(() => [goal()], {
      update_goal: ({ id, fields }) => ({ ...goal(), id, fields, updated_at: "later" }),
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Post on LinkedIn every week" }));
    await settle();
    const manual = screen.getByLabelText(/Progress so far/);
    await user.clear(manual);
    await user.type(manual, "70");
    const visibility = screen.getByRole("group", { name: "Who may see it" });
    await user.click(within(visibility).getByRole("button", { pressed: false }));
    await user.tab();
    await settle();
    const saved = calls.filter((c) => c.command === "update_goal").at(-1)?.args;
    expect(saved).toEqual({ id: "g1", fields: { ...goal().fields, progress: 70, visibility: "private" } });
    expect(screen.getByText("Only me", { selector: "span.chip" })).toBeInTheDocument();
  });

  it("adds a goal in the chosen direction and opens it", async () => {
    let goals: Goal[] = [goal()];
    const { calls, user } = setup(() => goals, {
      create_goal: ({ fields }) => {
        const created = {
          id: "g9",
          fields: fields as GoalFields,
          created_at: "",
          updated_at: "",
          deleted_at: null,
        };
        goals = [...goals, created];
        return created;
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "+ Add a teaching goal" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("radio", { name: /I teach/ })).toBeChecked();
    await user.type(within(dialog).getByLabelText("Goal"), "Priya presents to the board");
    await user.click(within(dialog).getByRole("button", { name: "Add goal" }));
    await settle();
    expect(calls.find((c) => c.command === "create_goal")?.args.fields).toEqual({
      partnership_id: "p1",
      title: "Priya presents to the board",
      description: "",
      direction: "teach",
      success_criteria: "",
      target_on: null,
      status: "open",
      progress: 0,
      visibility: "shared",
    });
    const opened = screen.getByRole("button", { name: "Priya presents to the board" });
    expect(opened).toHaveAttribute("aria-expanded", "true");
  });

  it("deletes a check-in to the trash and undo restores it", async () => {
    let history = [checkIn("c1", "2026-02-01", 40, "Two posts")];
    const removed = history[0]!;
    const { calls, user } = setup(() => [goal()], {
      check_ins: () => history,
      trash_record: () => {
        history = [];
        return null;
      },
      restore_record: () => {
        history = [removed];
        return null;
      },
    });
    await settle();
    await user.click(screen.getByRole("button", { name: "Post on LinkedIn every week" }));
    await settle();
    await user.click(screen.getByRole("button", { name: /^Delete check-in of/ }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({
      kind: "goal_check_in",
      id: "c1",
    });
    expect(screen.queryByText("Two posts")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({
      kind: "goal_check_in",
      id: "c1",
    });
    expect(screen.getByText("Two posts")).toBeInTheDocument();
  });

  it("opens the goal a search hit names", async () => {
    history.replaceState(null, "", "#/");
    router.go({ name: "partnership", id: "p1", tab: "goals", focus: "g2" }, true);
    setup(() => [goal("g1"), { ...goal("g2"), fields: { ...goal("g2").fields, title: "Read a P&L" } }]);
    await settle();
    expect(screen.getByRole("button", { name: /Read a P&L/, expanded: true })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /Post on LinkedIn every week/, expanded: false }),
    ).toBeInTheDocument();
    router.go({ name: "home" }, true);
  });
});
