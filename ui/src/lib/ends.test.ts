import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emit } from "@tauri-apps/api/event";
import { mockWindows } from "@tauri-apps/api/mocks";
import { api, type Profile } from "./api";
import { Autosave, discardAll } from "./autosave.svelte";
import { confirmation } from "./confirm.svelte";
import { installEndHooks, quitAfterSaving, saveBeforeSwitching, saveEverything } from "./ends";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { refused } from "../test/errors";

const ME: Profile = { my_name: "Morgan Ellis", my_role: "CFO" };
// Longer than any test: only a flush saves.
const PAUSE_MS = 60_000;
const REFUSED = refused("my_name", "is longer than 200 bytes");

function backend(setProfile: Handler = ({ profile }) => profile, keepsRunning = false) {
  const calls = mockCommands(
    { set_profile: setProfile, quit: () => null, hide_window: () => keepsRunning },
    { events: true },
  );
  mockWindows("main");
  return calls;
}

const commandsCalled = (calls: { command: string }[]) => calls.map((c) => c.command);
const quits = (calls: { command: string; args: Record<string, unknown> }[]) =>
  calls.filter((c) => c.command === "quit").map((c) => c.args.unsaved);

describe("ending the app", () => {
  let saver: Autosave<Profile>;

  beforeEach(() => {
    saver = new Autosave<Profile>((value) => api.setProfile(value), PAUSE_MS);
  });
  afterEach(() => {
    discardAll();
    confirmation.request?.resolve(false);
  });

  it("saves what was just typed when the window is asked to close, then quits", async () => {
    const calls = backend();
    await installEndHooks();
    saver.schedule({ ...ME, my_role: "Finance director" });
    await emit("tauri://close-requested");
    await vi.waitFor(() => expect(quits(calls)).toEqual([[]]));
    expect(commandsCalled(calls)).toEqual(["hide_window", "set_profile", "quit"]);
    expect(calls[1]?.args.profile).toEqual({ ...ME, my_role: "Finance director" });
  });

  it("only hides the window when Twoway keeps running, and saves what was typed", async () => {
    const calls = backend(({ profile }) => profile, true);
    await installEndHooks();
    saver.schedule({ ...ME, my_role: "Finance director" });
    await emit("tauri://close-requested");
    await vi.waitFor(() => expect(saver.state).toBe("saved"));
    expect(commandsCalled(calls)).toEqual(["hide_window", "set_profile"]);
    expect(quits(calls)).toEqual([]);
  });

  it("keeps an edit that cannot be saved in its form when the window hides, asking nothing", async () => {
    const calls = backend(() => {
      throw REFUSED;
    }, true);
    await installEndHooks();
    saver.schedule(ME);
    await emit("tauri://close-requested");
    await vi.waitFor(() => expect(saver.state).toBe("error"));
    expect(confirmation.request).toBeNull();
    expect(quits(calls)).toEqual([]);
  });

  it("quits from the tray icon's menu as Ctrl+Q does: saving first", async () => {
    const calls = backend();
    await installEndHooks();
    saver.schedule(ME);
    await emit("quit-asked");
    await vi.waitFor(() => expect(quits(calls)).toEqual([[]]));
    expect(commandsCalled(calls)).toEqual(["set_profile", "quit"]);
  });

  it("keeps the window open and says why when the save fails on close", async () => {
    const calls = backend(() => {
      throw REFUSED;
    });
    await installEndHooks();
    saver.schedule(ME);
    await emit("tauri://close-requested");
    await vi.waitFor(() => expect(confirmation.request).not.toBeNull());
    expect(confirmation.request?.message).toContain("my_name: is longer than 200 bytes");
    expect(quits(calls)).toEqual([]);

    // The user may still choose to lose the edit; the shell logs what was lost.
    confirmation.request?.resolve(true);
    await vi.waitFor(() => expect(quits(calls)).toEqual([["my_name: is longer than 200 bytes"]]));
  });

  it("stays open when the user keeps the window after a failed save", async () => {
    const calls = backend(() => {
      throw REFUSED;
    });
    saver.schedule(ME);
    const quitting = quitAfterSaving();
    await vi.waitFor(() => expect(confirmation.request).not.toBeNull());
    confirmation.request?.resolve(false);
    await quitting;
    expect(quits(calls)).toEqual([]);
    expect(saver.state).toBe("error");
  });

  it("on a signal saves, then quits even when the save failed, saying what was not saved", async () => {
    const calls = backend(() => {
      throw REFUSED;
    });
    await installEndHooks();
    saver.schedule(ME);
    await emit("quit-requested");
    await vi.waitFor(() => expect(quits(calls)).toEqual([["my_name: is longer than 200 bytes"]]));
    expect(confirmation.request).toBeNull();
  });

  it("waits for the journal only so long", async () => {
    backend(() => new Promise(() => {}));
    saver.schedule(ME);
    expect(await saveEverything(50)).toEqual(["Saving did not finish within 0.05 seconds."]);
  });

  it("saves before another journal opens, and asks when it cannot", async () => {
    const calls = backend();
    saver.schedule(ME);
    expect(await saveBeforeSwitching()).toBe(true);
    expect(commandsCalled(calls)).toEqual(["set_profile"]);

    backend(() => {
      throw REFUSED;
    });
    saver.schedule({ ...ME, my_name: "Morgan" });
    const staying = saveBeforeSwitching();
    await vi.waitFor(() => expect(confirmation.request).not.toBeNull());
    confirmation.request?.resolve(false);
    expect(await staying).toBe(false);
    expect(saver.state).toBe("error");

    const leaving = saveBeforeSwitching();
    await vi.waitFor(() => expect(confirmation.request).not.toBeNull());
    confirmation.request?.resolve(true);
    expect(await leaving).toBe(true);
    await settle();
    // The edit was left behind on purpose: the next end does not bring it up again.
    expect(await saveEverything()).toEqual([]);
  });
});
