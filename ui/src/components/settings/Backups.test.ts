import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import Backups from "./Backups.svelte";
import ConfirmHost from "../ConfirmHost.svelte";
import { Autosave } from "../../lib/autosave.svelte";
import type { BackupFile } from "../../lib/api";
import { journal } from "../../lib/journal.svelte";
import { formatBytes, formatDateTime } from "../../lib/locale";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { failure } from "../../test/errors";
import { openStatus, partnership, summary } from "../../test/fixtures";

const FOLDER = "/home/me/.local/share/app.twoway.journal/backups";
const BACKUPS: BackupFile[] = [
  {
    path: `${FOLDER}/journal.2026-03-04T08-00-00.000Z.daily.sqlite3`,
    made_at: "2026-03-04T08:00:00Z",
    reason: "daily",
    bytes: 1_250_000,
    records: 1234,
  },
  {
    path: `${FOLDER}/journal.2026-03-02T17-30-00.000Z.before-import.sqlite3`,
    made_at: "2026-03-02T17:30:00Z",
    reason: "before_import",
    bytes: 48_500,
    records: 1,
  },
  {
    path: `${FOLDER}/journal.2026-02-01T10-00-00.000Z.before-restore.sqlite3`,
    made_at: "2026-02-01T10:00:00Z",
    reason: "before_restore",
    bytes: 812,
    records: null,
  },
];

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    backups: () => BACKUPS,
    restore_backup: () => `${FOLDER}/journal.2026-03-05T09-00-00.000Z.before-restore.sqlite3`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(partnership())],
    ...extra,
  });
}

async function shown() {
  journal.status = openStatus;
  render(Backups);
  render(ConfirmHost);
  await settle();
  return userEvent.setup();
}

describe("Backups", () => {
  it("lists each backup with when, why, how many records and how big, in the user's locale", async () => {
    backend();
    await shown();
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(formatDateTime("2026-03-04T08:00:00Z"));
    expect(rows[0]).toHaveTextContent("Daily");
    expect(rows[0]).toHaveTextContent("1,234 records");
    expect(rows[0]).toHaveTextContent(formatBytes(1_250_000));
    expect(formatBytes(1_250_000)).toBe("1.3 MB");
    expect(rows[1]).toHaveTextContent("Before an import");
    expect(rows[1]).toHaveTextContent("1 record");
    expect(rows[1]).toHaveTextContent("48.5 kB");
    expect(rows[2]).toHaveTextContent("Before a restore");
    expect(rows[2]).toHaveTextContent("cannot be read");
    expect(rows[2]).toHaveTextContent("812 bytes");
    expect(within(rows[2]!).getByRole("button", { name: /Restore/ })).toBeDisabled();
  });

  it("says when the first backup will be made", async () => {
    backend({ backups: () => [] });
    await shown();
    expect(screen.getByRole("heading", { name: "No backups yet" })).toBeInTheDocument();
    expect(
      screen.getByText(/The first one is made the next time Twoway opens this journal/),
    ).toBeInTheDocument();
  });

  it("says what a restore does, and does nothing when the user cancels", async () => {
    const calls = backend();
    const user = await shown();
    await user.click(
      screen.getByRole("button", { name: `Restore the backup of ${formatDateTime(BACKUPS[1]!.made_at)}` }),
    );
    const dialog = screen.getByRole("dialog", { name: "Restore this backup?" });
    expect(dialog).toHaveTextContent(
      `The journal goes back to the backup of ${formatDateTime(BACKUPS[1]!.made_at)}`,
    );
    expect(dialog).toHaveTextContent("First, Twoway backs up the journal as it is now.");
    expect(dialog).toHaveTextContent("Then the journal is replaced by the backup");
    expect(dialog).toHaveTextContent("The window then opens again on the restored journal.");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await settle();
    expect(calls.some((c) => c.command === "restore_backup")).toBe(false);
  });

  it("saves what is being typed, restores, and opens the window again on the restored journal", async () => {
    const calls = backend();
    const user = await shown();
    const typing = new Autosave<string>(async () => {
      calls.push({ command: "(an edit written)", args: {} });
    }, 60_000);
    typing.schedule("a note being typed");
    const opened = journal.opened;
    const revision = journal.revision;
    await user.click(
      screen.getByRole("button", { name: `Restore the backup of ${formatDateTime(BACKUPS[0]!.made_at)}` }),
    );
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Restore backup" }));
    await settle();
    const commands = calls.map((c) => c.command);
    expect(commands.indexOf("(an edit written)")).toBeLessThan(commands.indexOf("restore_backup"));
    expect(calls.find((c) => c.command === "restore_backup")?.args).toEqual({ path: BACKUPS[0]!.path });
    expect(commands.indexOf("journal_status")).toBeGreaterThan(commands.indexOf("restore_backup"));
    expect(journal.opened).toBe(opened + 1);
    expect(journal.revision).toBe(revision + 1);
  });

  it("shows the journal's words when the restore is refused, and leaves the journal as it was", async () => {
    backend({
      restore_backup: () => {
        throw failure("JournalRefused", "the backup is damaged");
      },
    });
    const opened = journal.opened;
    const user = await shown();
    await user.click(
      screen.getByRole("button", { name: `Restore the backup of ${formatDateTime(BACKUPS[0]!.made_at)}` }),
    );
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Restore backup" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The backup was not restored, and the journal is as it was: the backup is damaged",
    );
    expect(journal.opened).toBe(opened);
  });
});
