import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import Encryption from "./Encryption.svelte";
import type { JournalStatus } from "../../lib/api";
import { journal } from "../../lib/journal.svelte";
import { idleLock } from "../../lib/idle.svelte";
import { lockEditing, READ_ONLY_REASON } from "../../lib/readonly";
import { failure, refused } from "../../test/errors";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { openStatus, partnership, summary } from "../../test/fixtures";

const KEY = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII-JJJJ-KKKK-LLLL-MMMM";
const encryptedStatus: JournalStatus = { ...openStatus, encrypted: true };

function backend(extra: Record<string, Handler> = {}) {
  let encrypted = false;
  return mockCommands({
    encrypt_journal: () => {
      encrypted = true;
      return { recovery_key: KEY, backups_converted: 2 };
    },
    journal_status: () => (encrypted ? encryptedStatus : openStatus),
    settings: () => ({ trash_days: 45, lock_after_idle_minutes: 0, encryption_offer_answered: false }),
    partnership_summaries: () => [summary(partnership())],
    ...extra,
  });
}

async function shown(status: JournalStatus = openStatus) {
  journal.status = status;
  render(Encryption);
  await settle();
  return userEvent.setup();
}

async function toPassphrase(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Encrypt this journal…" }));
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

describe("Encryption", () => {
  it("says first what encryption protects and what not, and that both keys lost is the journal lost", async () => {
    backend();
    const user = await shown();
    expect(screen.getByText("Not encrypted")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Encrypt this journal…" }));
    const dialog = screen.getByRole("dialog", { name: "Encrypt this journal" });
    expect(dialog).toHaveTextContent("lost or stolen laptop");
    expect(dialog).toHaveTextContent("a backup or a copy of the file");
    expect(dialog).toHaveTextContent("while Twoway is open and unlocked");
    expect(dialog).toHaveTextContent("the exports you make");
    expect(dialog).toHaveTextContent(
      "Lose both the passphrase and the recovery key, and the journal is lost for good.",
    );
  });

  it("refuses a passphrase that is too short, next to the field, and sends nothing", async () => {
    const calls = backend();
    const user = await shown();
    await toPassphrase(user);
    await user.type(screen.getByLabelText("New passphrase"), "short");
    await user.type(screen.getByLabelText("The same passphrase again"), "short{Enter}");
    expect(screen.getByLabelText("New passphrase")).toHaveAccessibleDescription(
      "At least 10 characters, please (5 so far).",
    );
    expect(calls.filter((c) => c.command === "encrypt_journal")).toEqual([]);
  });

  it("shows a mismatch next to the second field, and sends nothing", async () => {
    const calls = backend();
    const user = await shown();
    await toPassphrase(user);
    await user.type(screen.getByLabelText("New passphrase"), "correct horse battery");
    await user.type(screen.getByLabelText("The same passphrase again"), "correct horse batery");
    await user.click(screen.getByRole("button", { name: "Encrypt" }));
    expect(screen.getByLabelText("The same passphrase again")).toHaveAccessibleDescription(
      "The two passphrases differ.",
    );
    expect(calls.filter((c) => c.command === "encrypt_journal")).toEqual([]);
  });

  it("shows the journal's refusal of the passphrase next to it", async () => {
    backend({
      encrypt_journal: () => {
        throw refused("passphrase", "must have at least 10 characters");
      },
    });
    const user = await shown();
    await toPassphrase(user);
    await user.type(screen.getByLabelText("New passphrase"), "ten chars!");
    await user.type(screen.getByLabelText("The same passphrase again"), "ten chars!{Enter}");
    await settle();
    expect(screen.getByLabelText("New passphrase")).toHaveAccessibleDescription(
      "must have at least 10 characters",
    );
  });

  it("encrypts, shows the recovery key in groups, and closes only once it is saved", async () => {
    const calls = backend();
    const user = await shown();
    await toPassphrase(user);
    await user.type(screen.getByLabelText("New passphrase"), "correct horse battery");
    await user.type(screen.getByLabelText("The same passphrase again"), "correct horse battery{Enter}");
    await settle();
    expect(calls.find((c) => c.command === "encrypt_journal")?.args).toEqual({
      passphrase: "correct horse battery",
    });
    const dialog = screen.getByRole("dialog", { name: "Your recovery key" });
    const key = screen.getByRole("group", { name: "Recovery key" });
    expect(key.querySelectorAll(".group")).toHaveLength(13);
    expect(key).toHaveTextContent("AAAA");
    expect(dialog).toHaveTextContent("It is shown only now");
    expect(screen.getByRole("button", { name: "Print…" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Copy" })).toBeEnabled();

    const done = screen.getByRole("button", { name: "Done" });
    expect(done).toBeDisabled();
    // Closing it before the key is saved keeps it open, and says why.
    await user.click(screen.getByRole("button", { name: "Close" }));
    await settle();
    expect(screen.getByRole("dialog", { name: "Your recovery key" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("it cannot be shown again");

    await user.click(screen.getByRole("checkbox", { name: "I have saved the recovery key" }));
    await user.click(screen.getByRole("button", { name: "Done" }));
    await settle();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByText("Encrypted")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Change passphrase…" })).toBeInTheDocument();
  });

  it("changes the passphrase with the current one, and says when that is wrong", async () => {
    const calls = backend({
      change_passphrase: ({ current }) => {
        if ((current as { text: string }).text !== "old passphrase")
          throw failure("WrongSecret", "that passphrase or recovery key does not open this journal");
        return null;
      },
    });
    const user = await shown(encryptedStatus);
    await user.click(screen.getByRole("button", { name: "Change passphrase…" }));
    await user.type(screen.getByLabelText("Current passphrase"), "wrong one");
    await user.type(screen.getByLabelText("New passphrase"), "a new passphrase");
    await user.type(screen.getByLabelText("The same passphrase again"), "a new passphrase{Enter}");
    await settle();
    expect(screen.getByLabelText("Current passphrase")).toHaveAccessibleDescription(
      "That is not the journal’s passphrase.",
    );
    await user.clear(screen.getByLabelText("Current passphrase"));
    await user.type(screen.getByLabelText("Current passphrase"), "old passphrase{Enter}");
    await settle();
    expect(calls.filter((c) => c.command === "change_passphrase").at(-1)?.args).toEqual({
      current: { kind: "passphrase", text: "old passphrase" },
      newPassphrase: "a new passphrase",
    });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("turns encryption off once the passphrase confirms it, saying the backups become plain too", async () => {
    let encrypted = true;
    const calls = mockCommands({
      decrypt_journal: () => {
        encrypted = false;
        return 2;
      },
      journal_status: () => (encrypted ? encryptedStatus : openStatus),
      partnership_summaries: () => [],
      settings: () => ({ trash_days: 30, lock_after_idle_minutes: 0, encryption_offer_answered: true }),
    });
    const user = await shown(encryptedStatus);
    await user.click(screen.getByRole("button", { name: "Turn encryption off…" }));
    expect(screen.getByRole("dialog", { name: "Turn encryption off" })).toHaveTextContent("and its backups");
    await user.type(screen.getByLabelText("Passphrase"), "old passphrase{Enter}");
    await settle();
    // The idle lock's setting is read first; then the one conversion.
    expect(calls.filter((c) => c.command !== "settings")[0]).toEqual({
      command: "decrypt_journal",
      args: { secret: { kind: "passphrase", text: "old passphrase" } },
    });
    expect(screen.getByText("Not encrypted")).toBeInTheDocument();
  });

  it("is locked, with the reason, in a read-only journal", async () => {
    backend();
    journal.status = { ...openStatus, read_only: true };
    const region = document.createElement("div");
    document.body.append(region);
    const unlock = lockEditing(region);
    render(Encryption, { target: region });
    await settle();
    const button = screen.getByRole("button", { name: "Encrypt this journal…" });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("title", READ_ONLY_REASON);
    expect(screen.getByText(/read-only, so its encryption cannot be changed/)).toBeInTheDocument();
    unlock?.();
    region.remove();
  });

  it("locks itself after the idle time chosen, keeping the other settings, and locks now on request", async () => {
    const calls = backend({
      set_settings: ({ settings }) => settings,
      lock_journal: () => true,
    });
    const user = await shown(encryptedStatus);
    const choice = screen.getByLabelText("Lock the journal");
    expect(choice).toHaveValue("0");
    await user.selectOptions(choice, "After 15 minutes without use");
    await settle();
    expect(calls.filter((c) => c.command === "set_settings").at(-1)?.args).toEqual({
      settings: { trash_days: 45, lock_after_idle_minutes: 15, encryption_offer_answered: false },
    });
    expect(idleLock.minutes).toBe(15);
    expect(screen.getByRole("status")).toHaveTextContent("Saved");

    await user.click(screen.getByRole("button", { name: "Lock now" }));
    await settle();
    expect(calls.map((c) => c.command)).toContain("lock_journal");
    idleLock.stop();
  });

  it("offers no idle lock for a plain journal", async () => {
    backend();
    await shown();
    expect(screen.queryByLabelText("Lock the journal")).not.toBeInTheDocument();
  });
});
