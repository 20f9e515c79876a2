import { afterEach, describe, expect, it, vi } from "vitest";
import { api, type JournalStatus, type Profile } from "./api";
import { Autosave, discardAll } from "./autosave.svelte";
import { idleLock } from "./idle.svelte";
import { journal } from "./journal.svelte";
import { toasts } from "./toasts.svelte";
import { refused } from "../test/errors";
import { openStatus } from "../test/fixtures";
import { mockCommands } from "../test/ipc";

const encrypted: JournalStatus = { ...openStatus, encrypted: true };
const locked: JournalStatus = { ...encrypted, locked: true };
const MINUTE = 60_000;

function backend(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockCommands({
    lock_journal: () => true,
    journal_status: () => locked,
    settings: () => ({ trash_days: 30, lock_after_idle_minutes: 15, encryption_offer_answered: true }),
    ...extra,
  });
}

const commands = (calls: { command: string }[]) => calls.map((c) => c.command);

describe("idleLock", () => {
  afterEach(() => {
    idleLock.stop();
    discardAll();
    vi.useRealTimers();
    toasts.items = [];
    journal.status = null;
  });

  it("locks after the chosen minutes without use, and any use starts the count again", async () => {
    vi.useFakeTimers();
    const calls = backend();
    journal.status = encrypted;
    idleLock.configure(5);
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    window.dispatchEvent(new PointerEvent("pointerdown"));
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(commands(calls)).not.toContain("lock_journal");

    await vi.advanceTimersByTimeAsync(MINUTE + 10);
    expect(commands(calls)).toEqual(["lock_journal", "journal_status"]);
    expect(journal.locked).toBe(true);
    // Locked, nothing is watched any more.
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(commands(calls).filter((c) => c === "lock_journal")).toHaveLength(1);
  });

  it("never locks when set to never", async () => {
    vi.useFakeTimers();
    const calls = backend();
    idleLock.configure(5);
    idleLock.configure(0);
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(calls).toEqual([]);
  });

  it("writes what is still waiting before it locks", async () => {
    const calls = backend({ set_profile: ({ profile }) => profile });
    const saver = new Autosave<Profile>((value) => api.setProfile(value), 10_000);
    saver.schedule({ my_name: "Morgan Ellis", my_role: "CFO" });
    await idleLock.lockNow();
    expect(commands(calls)).toEqual(["set_profile", "lock_journal", "journal_status"]);
  });

  it("stays open, keeping the text, when a waiting edit is refused", async () => {
    const calls = backend({
      set_profile: () => {
        throw refused("my_name", "must not be empty");
      },
    });
    const saver = new Autosave<Profile>((value) => api.setProfile(value), 10_000);
    saver.schedule({ my_name: "", my_role: "CFO" });
    await idleLock.lockNow();
    expect(commands(calls)).not.toContain("lock_journal");
    expect(toasts.items.at(-1)?.message).toMatch(/^The journal stayed open: an edit could not be saved/);
    expect(saver.state).toBe("error");
  });

  it("watches only an open encrypted journal, with the journal's own setting", async () => {
    const calls = backend();
    await idleLock.follow(openStatus);
    expect(calls).toEqual([]);
    expect(idleLock.minutes).toBe(0);
    await idleLock.follow(encrypted);
    expect(commands(calls)).toEqual(["settings"]);
    expect(idleLock.minutes).toBe(15);
    await idleLock.follow(locked);
    expect(idleLock.minutes).toBe(0);
  });
});
