import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import TrashView from "./TrashView.svelte";
import ConfirmHost from "../components/ConfirmHost.svelte";
import Toasts from "../components/Toasts.svelte";
import type { KindTally, TrashedRecord } from "../lib/api";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";
import { failure, refused } from "../test/errors";

const PARTNERSHIP_ID = "0190a0b0-0000-7000-8000-000000000001";

const TRASH: TrashedRecord[] = [
  { kind: "goal", id: "g1", label: "Post on LinkedIn every week", deleted_at: "2026-03-02T10:00:00Z" },
  { kind: "partnership", id: PARTNERSHIP_ID, label: "Priya Raman", deleted_at: "2026-03-01T09:00:00Z" },
  { kind: "skill_rating", id: "r1", label: "", deleted_at: "2026-02-20T09:00:00Z" },
];

describe("TrashView", () => {
  it("lists every deleted record, newest first, with its kind and when", async () => {
    mockCommands({ trashed: () => TRASH });
    render(TrashView);
    await settle();
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("Goal");
    expect(items[0]).toHaveTextContent("Post on LinkedIn every week");
    expect(items[0]!.querySelector("time")).toHaveAttribute("datetime", "2026-03-02T10:00:00Z");
    expect(items[1]).toHaveTextContent("Priya Raman");
    expect(items[2]).toHaveTextContent("Rating without a note");
    expect(screen.getByRole("status")).toHaveTextContent("3 deleted items");
  });

  it("restores a record and reloads", async () => {
    let trash = [...TRASH];
    const calls = mockCommands({
      trashed: () => trash,
      restore_record: ({ id }) => {
        trash = trash.filter((t) => t.id !== id);
        return null;
      },
      journal_status: () => openStatus,
      partnership_summaries: () => [summary(partnership())],
    });
    render(TrashView);
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Restore goal Post on LinkedIn every week" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({ kind: "goal", id: "g1" });
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByText("Post on LinkedIn every week")).toBeNull();
  });

  it("says in words when the parent must be restored first", async () => {
    mockCommands({
      trashed: () => TRASH,
      restore_record: () => {
        throw refused("partnership_id", `the partnership ${PARTNERSHIP_ID} is in the trash`, {
          kind: "partnership",
          id: PARTNERSHIP_ID,
        });
      },
    });
    render(TrashView);
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /Restore goal/ }));
    await settle();
    const item = screen.getAllByRole("listitem")[0]!;
    const alert = within(item).getByRole("alert");
    expect(alert).toHaveTextContent(
      "This goal belongs to the partnership “Priya Raman”, which is in the trash too. Restore the partnership first",
    );
    expect(alert).not.toHaveTextContent(PARTNERSHIP_ID);
  });

  it("shows other refusals as the journal words them", async () => {
    mockCommands({
      trashed: () => TRASH,
      restore_record: () => {
        throw failure("NotFound", "no goal with id g1");
      },
    });
    render(TrashView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: /Restore goal/ }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("Could not restore this goal: no goal with id g1");
  });

  it("explains the empty trash", async () => {
    mockCommands({ trashed: () => [] });
    render(TrashView);
    await settle();
    expect(screen.getByRole("heading", { name: "The trash is empty" })).toBeInTheDocument();
    expect(screen.getByText(/Deleted items wait here so you can bring them back/)).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("says how long the trash keeps things", async () => {
    mockCommands({ trashed: () => TRASH, settings: () => ({ trash_days: 45 }) });
    render(TrashView);
    await settle();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Items are deleted forever once they have been here 45 days",
    );
  });

  describe("deleting forever", () => {
    // A partnership in the trash takes its goals and sessions, and what is theirs, with it.
    const PLAN: KindTally[] = [
      { kind: "partnership", count: 1 },
      { kind: "goal", count: 2 },
      { kind: "session", count: 1 },
      { kind: "agenda_item", count: 3 },
      { kind: "feedback", count: 1 },
    ];

    function backend(extra: Record<string, Handler> = {}) {
      let trash = [...TRASH];
      return mockCommands({
        trashed: () => trash,
        settings: () => ({ trash_days: 30 }),
        delete_forever_plan: () => PLAN,
        delete_forever: ({ id }) => {
          trash = trash.filter((t) => t.id !== id);
          return PLAN;
        },
        empty_trash_plan: () => [
          { kind: "goal", count: 3 },
          { kind: "skill_rating", count: 1 },
        ],
        empty_trash: () => {
          trash = [];
          return [{ kind: "goal", count: 3 }];
        },
        journal_status: () => openStatus,
        partnership_summaries: () => [summary(partnership())],
        ...extra,
      });
    }

    async function shown() {
      render(TrashView);
      render(ConfirmHost);
      render(Toasts);
      await settle();
      return userEvent.setup();
    }

    it("lists what goes with the record, says it cannot be undone, and deletes when confirmed", async () => {
      const calls = backend();
      const user = await shown();
      await user.click(screen.getByRole("button", { name: "Delete forever: partnership Priya Raman" }));
      await settle();
      expect(calls.find((c) => c.command === "delete_forever_plan")?.args).toEqual({
        kind: "partnership",
        id: PARTNERSHIP_ID,
      });
      const dialog = screen.getByRole("dialog", { name: "Delete this partnership forever?" });
      expect(
        within(dialog).getByText(/“Priya Raman” goes for good with everything that belongs to it/),
      ).toBeInTheDocument();
      expect(
        within(dialog)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual(["1 partnership", "2 goals", "1 session", "3 agenda items", "1 feedback entry"]);
      expect(within(dialog).getByText("This cannot be undone.")).toBeInTheDocument();
      expect(calls.some((c) => c.command === "delete_forever")).toBe(false);

      await user.click(within(dialog).getByRole("button", { name: "Delete forever" }));
      await settle();
      expect(calls.find((c) => c.command === "delete_forever")?.args).toEqual({
        kind: "partnership",
        id: PARTNERSHIP_ID,
      });
      expect(screen.queryByText("Priya Raman")).toBeNull();
      expect(
        screen.getByText(
          /Deleted forever: 1 partnership, 2 goals, 1 session, 3 agenda items, 1 feedback entry/,
        ),
      ).toBeInTheDocument();
    });

    it("deletes nothing when the user cancels", async () => {
      const calls = backend();
      const user = await shown();
      await user.click(
        screen.getByRole("button", { name: "Delete forever: goal Post on LinkedIn every week" }),
      );
      await settle();
      await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
      await settle();
      expect(calls.some((c) => c.command === "delete_forever")).toBe(false);
      expect(screen.getByText("Post on LinkedIn every week")).toBeInTheDocument();
    });

    it("empties the trash after listing everything that goes", async () => {
      const calls = backend();
      const user = await shown();
      await user.click(screen.getByRole("button", { name: "Empty trash…" }));
      await settle();
      const dialog = screen.getByRole("dialog", { name: "Empty the trash?" });
      expect(
        within(dialog)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual(["3 goals", "1 skill rating"]);
      expect(within(dialog).getByText("This cannot be undone.")).toBeInTheDocument();
      await user.click(within(dialog).getByRole("button", { name: "Empty trash" }));
      await settle();
      expect(calls.some((c) => c.command === "empty_trash")).toBe(true);
      expect(screen.getByRole("heading", { name: "The trash is empty" })).toBeInTheDocument();
    });

    it("says why when the journal refuses", async () => {
      backend({
        delete_forever_plan: () => {
          throw refused("id", "only a record in the trash can be deleted forever");
        },
      });
      const user = await shown();
      await user.click(
        screen.getByRole("button", { name: "Delete forever: goal Post on LinkedIn every week" }),
      );
      await settle();
      expect(screen.queryByRole("dialog")).toBeNull();
      expect(within(screen.getAllByRole("listitem")[0]!).getByRole("alert")).toHaveTextContent(
        "Could not delete this goal forever: id: only a record in the trash can be deleted forever",
      );
    });
  });
});
