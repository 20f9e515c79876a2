import { afterEach, describe, expect, it, vi } from "vitest";
import { api, type Profile } from "./api";
import { Autosave, discardAll } from "./autosave.svelte";
import { router } from "./router.svelte";
import { toasts } from "./toasts.svelte";
import { mockCommands } from "../test/ipc";
import { refused } from "../test/errors";

const ME: Profile = { my_name: "Morgan Ellis", my_role: "CFO" };
// Longer than any test: only a flush saves.
const PAUSE_MS = 60_000;

describe("router", () => {
  afterEach(() => {
    discardAll();
    toasts.items = [];
    history.replaceState(null, "", "#/");
  });

  it("writes what is waiting to be saved as the view changes", async () => {
    const calls = mockCommands({ set_profile: ({ profile }) => profile });
    const saver = new Autosave<Profile>((value) => api.setProfile(value), PAUSE_MS);
    saver.schedule(ME);
    router.go({ name: "learning" });
    await vi.waitFor(() => expect(router.route).toEqual({ name: "learning" }));
    await vi.waitFor(() => expect(saver.state).toBe("saved"));
    expect(calls.map((c) => c.command)).toEqual(["set_profile"]);
  });

  it("says so when a change could not be saved on the way out of a view", async () => {
    mockCommands({
      set_profile: () => {
        throw refused("my_name", "is longer than 200 bytes");
      },
    });
    const saver = new Autosave<Profile>((value) => api.setProfile(value), PAUSE_MS);
    saver.schedule(ME);
    router.go({ name: "trash" });
    await vi.waitFor(() =>
      expect(toasts.items.map((t) => t.message)).toEqual([
        "A change was not saved: my_name: is longer than 200 bytes",
      ]),
    );
  });
});
