import { afterEach, describe, expect, it } from "vitest";
import { api, type Profile } from "./api";
import { Autosave, discardAll, flushAll } from "./autosave.svelte";
import { mockCommands, settle } from "../test/ipc";
import { refused } from "../test/errors";

const ME: Profile = { my_name: "Morgan Ellis", my_role: "CFO" };

/** A promise the test resolves when it chooses: a write the journal has not answered yet. */
function deferred() {
  let resolve: (value: unknown) => void = () => {};
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

// A short pause in typing, so a test can wait it out.
const PAUSE_MS = 20;

function profileSaver() {
  return new Autosave<Profile>((value) => api.setProfile(value), PAUSE_MS);
}

const pauseOver = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS * 3));

function saves(calls: { command: string; args: Record<string, unknown> }[]) {
  return calls.filter((c) => c.command === "set_profile").map((c) => c.args.profile);
}

describe("flushAll", () => {
  afterEach(() => discardAll());

  it("writes every waiting edit at once, without waiting out the pause in typing", async () => {
    const calls = mockCommands({
      set_profile: ({ profile }) => profile,
      update_session: ({ fields }) => fields,
    });
    const profile = profileSaver();
    const session = new Autosave<{ shared_notes: string }>((fields) =>
      api.updateSession("s1", fields as never),
    );
    profile.schedule({ ...ME, my_role: "Finance director" });
    session.schedule({ shared_notes: "We agreed to try prompts on the budget." });
    expect(calls).toHaveLength(0);

    expect(await flushAll()).toEqual([]);
    expect(saves(calls)).toEqual([{ ...ME, my_role: "Finance director" }]);
    expect(calls.find((c) => c.command === "update_session")?.args).toEqual({
      id: "s1",
      fields: { shared_notes: "We agreed to try prompts on the budget." },
    });
    expect(profile.state).toBe("saved");
    expect(session.state).toBe("saved");
  });

  it("reports a refused write, keeps the edit, and writes it once the cause is gone", async () => {
    let refuse = true;
    const calls = mockCommands({
      set_profile: ({ profile }) => {
        if (refuse) throw refused("my_name", "is longer than 200 bytes");
        return profile;
      },
    });
    const saver = profileSaver();
    saver.schedule({ ...ME, my_name: "Morgan" });

    const errors = await flushAll();
    expect(errors.map((e) => e.message)).toEqual(["my_name: is longer than 200 bytes"]);
    expect(saver.state).toBe("error");
    expect(saver.errorFor("my_name")).toBe("is longer than 200 bytes");

    // Still unsaved: the next end tries again rather than forgetting it.
    refuse = false;
    expect(await flushAll()).toEqual([]);
    expect(saves(calls)).toEqual([
      { ...ME, my_name: "Morgan" },
      { ...ME, my_name: "Morgan" },
    ]);
    expect(saver.state).toBe("saved");
  });

  it("never writes an edit twice, however many flushes ask for it", async () => {
    const calls = mockCommands({ set_profile: ({ profile }) => profile });
    const saver = profileSaver();
    saver.schedule(ME);
    await Promise.all([flushAll(), flushAll(), saver.flush()]);
    expect(saves(calls)).toEqual([ME]);

    // Saved: nothing is left for a later end, nor for the autosave's own timer.
    expect(await flushAll()).toEqual([]);
    await pauseOver();
    expect(saves(calls)).toEqual([ME]);
  });

  it("waits for a write already under way, and writes what was typed during it after it", async () => {
    const answer = deferred();
    const calls = mockCommands({ set_profile: () => answer.promise });
    const saver = profileSaver();
    saver.schedule(ME);
    void saver.flush();
    await settle();
    saver.schedule({ ...ME, my_role: "Chief Financial Officer" });

    let done = false;
    const flushing = flushAll().then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    // The newer value does not overtake the write under way.
    expect(saves(calls)).toEqual([ME]);

    answer.resolve(ME);
    await flushing;
    expect(saves(calls)).toEqual([ME, { ...ME, my_role: "Chief Financial Officer" }]);
    expect(saver.state).toBe("saved");
  });

  it("forgets edits the user chose to leave", async () => {
    const calls = mockCommands({ set_profile: ({ profile }) => profile });
    const saver = profileSaver();
    saver.schedule(ME);
    discardAll();
    expect(await flushAll()).toEqual([]);
    await pauseOver();
    expect(saves(calls)).toEqual([]);
    expect(saver.state).toBe("idle");
  });
});
