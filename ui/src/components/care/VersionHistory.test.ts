import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import VersionHistory from "./VersionHistory.svelte";
import { AppError, type DiffPart, type Revision } from "../../lib/api";
import { formatDateTime } from "../../lib/locale";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { failure } from "../../test/errors";
import { openStatus, partnership, summary } from "../../test/fixtures";

const NEWER: Revision = {
  id: 7,
  kind: "learning",
  record_id: "l1",
  field: "text",
  saved_at: "2026-03-04T15:20:00Z",
  text: "Prompts need the numbers first.",
};
const OLDER: Revision = { ...NEWER, id: 3, saved_at: "2026-02-20T09:05:00Z", text: "Prompts need context." };

const DIFF: DiffPart[] = [
  { text: "Prompts need ", change: "same" },
  { text: "the numbers first", change: "removed" },
  { text: "context and the numbers", change: "added" },
  { text: ".", change: "same" },
];

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    revisions: () => [NEWER, OLDER],
    compare_revision: ({ id }) =>
      id === NEWER.id ? DIFF : [{ text: "Prompts need context.", change: "same" }],
    restore_revision: () => null,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(partnership())],
    ...extra,
  });
}

function show(saver = { settle: vi.fn(async () => null as AppError | null) }) {
  const onrestored = vi.fn();
  render(VersionHistory, { kind: "learning", id: "l1", field: "text", name: "learning", saver, onrestored });
  return { saver, onrestored, user: userEvent.setup() };
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "History of the learning" }));
  await settle();
  return screen.getByRole("dialog", { name: "History of the learning" });
}

describe("VersionHistory", () => {
  it("lists the versions newest first, in the user's locale, and compares the newest", async () => {
    const calls = backend();
    const { user } = show();
    const dialog = await openDialog(user);
    expect(calls.find((c) => c.command === "revisions")?.args).toEqual({
      kind: "learning",
      id: "l1",
      field: "text",
    });
    const versions = within(dialog).getAllByRole("radio");
    expect(versions).toHaveLength(2);
    expect(versions[0]!.closest("label")).toHaveTextContent(formatDateTime(NEWER.saved_at));
    expect(versions[1]!.closest("label")).toHaveTextContent(formatDateTime(OLDER.saved_at));
    expect(versions[0]).toBeChecked();
    // The keyboard starts on the chosen version, not on the dialog's buttons.
    expect(versions[0]).toHaveFocus();
    expect(versions[0]).toHaveAccessibleDescription("Prompts need the numbers first.");
    expect(calls.find((c) => c.command === "compare_revision")?.args).toEqual({ id: 7 });
  });

  it("marks insertions and deletions by more than colour: underline, strike-through and words", async () => {
    backend();
    const { user } = show();
    const dialog = await openDialog(user);
    const added = dialog.querySelector(".diff ins");
    const removed = dialog.querySelector(".diff del");
    expect(added).toHaveTextContent("[added: context and the numbers]");
    expect(removed).toHaveTextContent("[removed: the numbers first]");
    expect(getComputedStyle(added!).textDecoration).toContain("underline");
    expect(getComputedStyle(removed!).textDecoration).toContain("line-through");
    expect(within(dialog).getByText(/underlined words/)).toBeInTheDocument();
  });

  it("compares another version when the keyboard chooses it", async () => {
    const calls = backend();
    const { user } = show();
    const dialog = await openDialog(user);
    const [first, second] = within(dialog).getAllByRole("radio");
    first!.focus();
    await user.keyboard("{ArrowDown}");
    await settle();
    expect(second).toBeChecked();
    expect(calls.filter((c) => c.command === "compare_revision").at(-1)?.args).toEqual({ id: 3 });
    expect(within(dialog).getByText("This version is the same as the current text.")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Restore this version" })).toBeDisabled();
  });

  it("saves what is being typed before it reads, and again before it restores", async () => {
    const calls = backend();
    const order: string[] = [];
    const saver = {
      settle: vi.fn(async () => {
        order.push(`settle after ${calls.length} calls`);
        return null;
      }),
    };
    const { user, onrestored } = show(saver);
    const dialog = await openDialog(user);
    expect(order).toEqual(["settle after 0 calls"]);
    await user.click(within(dialog).getByRole("button", { name: "Restore this version" }));
    await settle();
    expect(saver.settle).toHaveBeenCalledTimes(2);
    const restoreAt = calls.findIndex((c) => c.command === "restore_revision");
    expect(order[1]).toBe(`settle after ${restoreAt} calls`);
    expect(calls[restoreAt]?.args).toEqual({ id: 7 });
    expect(onrestored).toHaveBeenCalledWith("Prompts need the numbers first.");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("will not restore while the latest change cannot be saved", async () => {
    const calls = backend();
    const saver = {
      settle: vi.fn(
        async () =>
          new AppError("Invalid", "text: is longer than 100000 bytes", {
            field: "text",
            problem: "is longer than 100000 bytes",
          }),
      ),
    };
    const { user } = show(saver);
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "Your latest change here is not saved: text: is longer than 100000 bytes Restoring is off until it is saved",
    );
    expect(within(dialog).getByRole("button", { name: "Restore this version" })).toBeDisabled();
    expect(calls.some((c) => c.command === "restore_revision")).toBe(false);
  });

  it("keeps the dialog open and says why when the journal refuses the restore", async () => {
    backend({
      restore_revision: () => {
        throw failure("NotFound", "no learning with id l1");
      },
    });
    const { user, onrestored } = show();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole("button", { name: "Restore this version" }));
    await settle();
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "This version was not restored: no learning with id l1",
    );
    expect(onrestored).not.toHaveBeenCalled();
  });

  it("explains an empty history and offers nothing to restore", async () => {
    backend({ revisions: () => [] });
    const { user } = show();
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole("heading", { name: "No earlier versions yet" })).toBeInTheDocument();
    expect(within(dialog).getByText(/the text you replace is kept here/)).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: "Restore this version" })).toBeNull();
  });
});
