import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { mockWindows } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { TrashedRecord } from "./lib/api";
import { journal } from "./lib/journal.svelte";
import { router } from "./lib/router.svelte";
import { READ_ONLY_REASON } from "./lib/readonly";
import { mockCommands, settle } from "./test/ipc";
import { openStatus, partnership, summary } from "./test/fixtures";

// The router reads where the window is when it loads: the trash, which has a button that edits.
location.hash = "#/trash";
const { default: App } = await import("./App.svelte");

const TRASH: TrashedRecord[] = [
  { kind: "goal", id: "g1", label: "Post on LinkedIn every week", deleted_at: "2026-03-02T10:00:00Z" },
];

function backend(readOnly: boolean, notice: string | null = null) {
  const calls = mockCommands(
    {
      journal_status: () => ({ ...openStatus, read_only: readOnly, notice }),
      partnership_summaries: () => [summary(partnership())],
      trashed: () => TRASH,
      settings: () => ({ trash_days: 30 }),
      take_opened_pack: () => null,
    },
    { events: true },
  );
  mockWindows("main");
  return calls;
}

describe("the window started on the default journal because the last one is gone", () => {
  it("shows the shell's notice above the view until it is dismissed", async () => {
    const notice = "The journal you had open last, /elsewhere/work.sqlite3, is not there any more";
    backend(false, notice);
    render(App);
    await settle();
    expect(screen.getByText(notice).closest("[role=status]")).not.toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });

  it("shows no notice when the shell has none", async () => {
    backend(false);
    render(App);
    await settle();
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
  });
});

describe("the window on a read-only journal", () => {
  it("says the journal is read-only and why, and what still works", async () => {
    backend(true);
    render(App);
    await settle();
    const banner = screen.getByRole("note", { name: "This journal is read-only." });
    expect(banner).toHaveTextContent("Twoway cannot write to journal.sqlite3 or to the disk it is on");
    expect(banner).toHaveTextContent("Reading, search and export work as usual");
  });

  it("locks the controls that edit, with the reason as their tooltip, and keeps search", async () => {
    backend(true);
    render(App);
    await settle();
    for (const name of [
      /^Restore goal/,
      /^Delete forever: goal/,
      "Empty trash…",
      /^What did I learn\?/,
      "New partnership",
    ]) {
      const button = screen.getByRole("button", { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAttribute("title", READ_ONLY_REASON);
    }
    const search = screen.getByLabelText("Search the journal");
    expect(search).toBeEnabled();
    expect(search).not.toHaveAttribute("readonly");
  });

  it("does not open quick capture; it says why instead", async () => {
    backend(true);
    render(App);
    await settle();
    await userEvent.setup().keyboard("{Control>}l{/Control}");
    await settle();
    expect(screen.queryByRole("dialog", { name: "What did I learn?" })).toBeNull();
    expect(screen.getByText(READ_ONLY_REASON)).toBeInTheDocument();
  });

  it("shows no notice and locks nothing on a journal that can be written", async () => {
    backend(false);
    render(App);
    await settle();
    expect(screen.queryByRole("note", { name: "This journal is read-only." })).toBeNull();
    expect(screen.getByRole("button", { name: /^Restore goal/ })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Empty trash…" })).not.toHaveAttribute("title");
  });

  it("lets the keyboard skip the sidebar: the first stop leads to the view", async () => {
    backend(false);
    render(App);
    await settle();
    const user = userEvent.setup();
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to the content" });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute("href", "#main");
    const hash = location.hash;
    await user.keyboard("{Enter}");
    expect(document.getElementById("main")).toHaveFocus();
    expect(location.hash, "the route stays").toBe(hash);
  });
});

describe("the window on a journal replaced by a backup", () => {
  it("builds every view again on the restored journal", async () => {
    const calls = backend(false);
    render(App);
    await settle();
    const before = screen.getByRole("heading", { name: "Trash" });
    const reads = () => calls.filter((c) => c.command === "trashed").length;
    const read = reads();
    await journal.reopened();
    await settle();
    expect(reads()).toBe(read + 1);
    const after = screen.getByRole("heading", { name: "Trash" });
    expect(after).not.toBe(before);
    expect(before.isConnected).toBe(false);
  });
});

describe("the window on an encrypted journal", () => {
  it("shows the unlock screen instead of the journal, reads nothing from it, then opens it once unlocked", async () => {
    let locked = true;
    const calls = mockCommands(
      {
        journal_status: () => ({ ...openStatus, encrypted: true, locked }),
        unlock: () => {
          locked = false;
          return null;
        },
        partnership_summaries: () => [summary(partnership())],
        trashed: () => TRASH,
        settings: () => ({ trash_days: 30 }),
        take_opened_pack: () => null,
      },
      { events: true },
    );
    mockWindows("main");
    // As at start: nothing known about the journal yet.
    journal.status = null;
    journal.loaded = false;
    render(App);
    await settle();
    expect(screen.getByRole("heading", { name: "Unlock journal.sqlite3" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "This journal cannot be opened" })).toBeNull();
    expect(calls.map((c) => c.command)).toEqual(["journal_status"]);
    await userEvent.setup().type(screen.getByLabelText("Passphrase"), "correct horse battery{Enter}");
    await settle();
    expect(screen.getByRole("heading", { name: "Trash" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Unlock journal.sqlite3" })).toBeNull();
  });
});

describe("a pack the system asks Twoway to open", () => {
  const NOTHING_NEW = {
    added: 0,
    updated: 0,
    unchanged: 3,
    conflicts: 0,
    trashed: 0,
    restored: 0,
    kinds: [],
    conflicting: [],
    profile_set: false,
    same_meeting: 0,
  };

  function withPacks(waiting: string[]) {
    const calls = mockCommands(
      {
        journal_status: () => openStatus,
        partnership_summaries: () => [summary(partnership())],
        trashed: () => TRASH,
        settings: () => ({ trash_days: 30 }),
        take_opened_pack: () => waiting.shift() ?? null,
        plan_import: () => NOTHING_NEW,
      },
      { events: true },
    );
    mockWindows("main");
    return calls;
  }

  it("opens the import dialog on the pack Twoway was started with", async () => {
    const calls = withPacks(["/home/me/Downloads/from Priya.twowaypack"]);
    render(App);
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Import a pack" });
    expect(dialog).toHaveTextContent("from Priya.twowaypack");
    expect(calls.find((c) => c.command === "plan_import")?.args.path).toBe(
      "/home/me/Downloads/from Priya.twowaypack",
    );
  });

  it("opens it when the running window is told a pack came, then the next one after it", async () => {
    const waiting: string[] = [];
    const calls = withPacks(waiting);
    render(App);
    await settle();
    expect(screen.queryByRole("dialog", { name: "Import a pack" })).toBeNull();
    waiting.push("/home/me/a.twowaypack", "/home/me/old-pack.json");
    await emit("pack-opened");
    await settle();
    expect(screen.getByRole("dialog", { name: "Import a pack" })).toHaveTextContent("a.twowaypack");
    await userEvent.setup().click(screen.getByRole("button", { name: "Cancel" }));
    await settle();
    expect(screen.getByRole("dialog", { name: "Import a pack" })).toHaveTextContent("old-pack.json");
    const planned = calls.filter((c) => c.command === "plan_import").map((c) => c.args.path);
    expect(planned).toEqual(["/home/me/a.twowaypack", "/home/me/old-pack.json"]);
  });
});

describe("the menu bar", () => {
  it("opens the dialog of a File entry chosen in it", async () => {
    backend(false);
    render(App);
    await settle();
    await emit("menu-chosen", "newPartnership");
    await settle();
    expect(screen.getByRole("dialog", { name: "New partnership" })).toBeInTheDocument();
  });

  it("opens the import dialog from File → Import a pack", async () => {
    backend(false);
    render(App);
    await settle();
    await emit("menu-chosen", "import");
    await settle();
    expect(screen.getAllByRole("dialog", { name: "Import a pack" })).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Choose a pack file…" })).toBeInTheDocument();
  });

  it("moves to the view a View entry names, and to the list of shortcuts from Help", async () => {
    backend(false);
    render(App);
    await settle();
    await emit("menu-chosen", "settings");
    await settle();
    expect(location.hash).toBe("#/settings");
    await emit("menu-chosen", "shortcuts");
    await settle();
    expect(location.hash).toBe("#/settings?focus=keyboard-shortcuts");
    await emit("menu-chosen", "trash");
    await settle();
    expect(location.hash).toBe("#/trash");
  });

  it("says why an entry that would change a read-only journal does nothing", async () => {
    backend(true);
    render(App);
    await settle();
    const said = screen.queryAllByText(READ_ONLY_REASON).length;
    await emit("menu-chosen", "newPartnership");
    await settle();
    expect(screen.queryByRole("dialog", { name: "New partnership" })).toBeNull();
    expect(screen.queryAllByText(READ_ONLY_REASON)).toHaveLength(said + 1);
  });

  it("answers its keys where they reach the page: Ctrl+Shift+N starts a partnership", async () => {
    backend(false);
    render(App);
    await settle();
    await userEvent.setup().keyboard("{Control>}{Shift>}N{/Shift}{/Control}");
    await settle();
    expect(screen.getByRole("dialog", { name: "New partnership" })).toBeInTheDocument();
  });
});

describe("the window starting on the home view", () => {
  it("asks the journal for the partnerships' summaries once, not for the sidebar and again for home", async () => {
    const calls = mockCommands(
      {
        journal_status: () => openStatus,
        partnership_summaries: () => [summary(partnership())],
        skills_growth: () => [],
        get_profile: () => ({ my_name: "", my_role: "" }),
        take_opened_pack: () => null,
      },
      { events: true },
    );
    mockWindows("main");
    router.go({ name: "home" });
    await settle();
    journal.status = null;
    journal.loaded = false;
    render(App);
    await settle();
    expect(screen.getByRole("article", { name: "Priya Raman" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "partnership_summaries")).toHaveLength(1);

    // A change made elsewhere loads everything again, the summaries still once.
    await journal.changed();
    await settle();
    expect(calls.filter((c) => c.command === "partnership_summaries")).toHaveLength(2);
  });
});
