import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import UnlockView from "./UnlockView.svelte";
import type { JournalStatus } from "../lib/api";
import { journal } from "../lib/journal.svelte";
import { failure } from "../test/errors";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";

const lockedStatus: JournalStatus = { ...openStatus, encrypted: true, locked: true };
const unlockedStatus: JournalStatus = { ...openStatus, encrypted: true };
const WRONG = failure(
  "WrongSecret",
  "that passphrase or recovery key does not open this journal; nothing was changed",
);

function backend(unlock: Handler) {
  let unlocked = false;
  return mockCommands({
    unlock: (args) => {
      const result = unlock(args);
      unlocked = true;
      return result;
    },
    journal_status: () => (unlocked ? unlockedStatus : lockedStatus),
    partnership_summaries: () => [summary(partnership())],
  });
}

async function shown() {
  journal.status = lockedStatus;
  render(UnlockView, { status: lockedStatus });
  await settle();
  return userEvent.setup();
}

describe("UnlockView", () => {
  it("names the file and asks for its passphrase in a focused password field", async () => {
    backend(() => null);
    await shown();
    expect(screen.getByRole("heading", { name: "Unlock journal.sqlite3" })).toBeInTheDocument();
    const field = screen.getByLabelText("Passphrase");
    expect(field).toHaveAttribute("type", "password");
    expect(field).toHaveFocus();
    expect(screen.getByRole("button", { name: "Open another journal…" })).toBeEnabled();
  });

  it("stays on a wrong passphrase with a plain error, the field focused, nothing else asked", async () => {
    const calls = backend(() => {
      throw WRONG;
    });
    const user = await shown();
    await user.type(screen.getByLabelText("Passphrase"), "not the passphrase{Enter}");
    await settle();
    expect(calls.map((c) => c.command)).toEqual(["unlock"]);
    expect(calls[0]?.args).toEqual({ secret: { kind: "passphrase", text: "not the passphrase" } });
    const field = screen.getByLabelText("Passphrase");
    expect(screen.getByRole("alert")).toHaveTextContent("That passphrase does not open this journal.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("not the passphrase");
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/does not open this journal/);
    expect(journal.status?.locked).toBe(true);
    expect(screen.getByRole("button", { name: "Unlock" })).toBeEnabled();
  });

  it("unlocks with the recovery key instead", async () => {
    const calls = backend(() => null);
    const user = await shown();
    await user.click(screen.getByRole("button", { name: "Use the recovery key instead" }));
    const field = screen.getByLabelText("Recovery key");
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("type", "text");
    await user.type(field, "ABCD-EFGH");
    await user.click(screen.getByRole("button", { name: "Unlock" }));
    await settle();
    expect(calls[0]).toEqual({
      command: "unlock",
      args: { secret: { kind: "recovery_key", text: "ABCD-EFGH" } },
    });
    expect(screen.getByRole("button", { name: "Use the passphrase instead" })).toBeInTheDocument();
  });

  it("shows it is busy while unlocking, then carries on into the journal", async () => {
    let finish: (value: null) => void = () => {};
    const calls = backend(() => new Promise((resolve) => (finish = resolve)));
    const user = await shown();
    const opened = journal.opened;
    await user.type(screen.getByLabelText("Passphrase"), "correct horse battery{Enter}");
    await settle();
    expect(screen.getByRole("button", { name: "Unlocking…" })).toBeDisabled();
    expect(screen.getByLabelText("Passphrase")).toHaveAttribute("readonly");
    finish(null);
    await settle();
    expect(calls.map((c) => c.command)).toEqual(["unlock", "journal_status", "partnership_summaries"]);
    expect(journal.status?.locked).toBe(false);
    expect(journal.partnerships).toHaveLength(1);
    expect(journal.opened).toBe(opened + 1);
  });

  it("asks for something before trying", async () => {
    const calls = backend(() => null);
    const user = await shown();
    await user.click(screen.getByRole("button", { name: "Unlock" }));
    expect(calls).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent("Type the journal’s passphrase.");
  });
});
