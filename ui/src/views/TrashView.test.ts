import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import TrashView from "./TrashView.svelte";
import type { TrashedRecord } from "../lib/api";
import { mockCommands, settle } from "../test/ipc";
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
});
