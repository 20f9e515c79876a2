import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SettingsView from "./SettingsView.svelte";
import Toasts from "../components/Toasts.svelte";
import type { AgendaTemplate, AgendaTemplateFields, JournalStatus } from "../lib/api";
import { journal } from "../lib/journal.svelte";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { openStatus, partnership, reminderSettings, summary } from "../test/fixtures";
import { failure, refused } from "../test/errors";

const PROFILE = { my_name: "Morgan Ellis", my_role: "CFO" };

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands(
    {
      get_profile: () => PROFILE,
      set_profile: ({ profile }) => profile,
      settings: () => ({ trash_days: 30 }),
      reminder_settings: () => reminderSettings(),
      background_settings: () => ({ keep_running: false, start_at_login: false }),
      language_choice: () => ({ chosen: null, system: "en" }),
      backups: () => [],
      journal_status: () => openStatus,
      partnership_summaries: () => [summary(partnership())],
      agenda_templates: () => ({ built_in: [], own: [], names: [] }),
      sync_setup: () => ({ status: null, computer_name: "morgan-laptop", encrypted: false }),
      ...extra,
    },
    { events: true },
  );
}

describe("SettingsView", () => {
  beforeEach(() => {
    journal.status = openStatus;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the profile and autosaves an edit", async () => {
    const calls = backend();
    render(SettingsView);
    await settle();
    const name = screen.getByLabelText("My name");
    expect(name).toHaveValue("Morgan Ellis");
    expect(screen.getByLabelText("My role")).toHaveValue("CFO");
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText("My role"));
    await user.type(screen.getByLabelText("My role"), "Chief Financial Officer");
    await user.tab();
    await settle();
    const saves = calls.filter((c) => c.command === "set_profile");
    expect(saves.at(-1)?.args).toEqual({
      profile: { my_name: "Morgan Ellis", my_role: "Chief Financial Officer" },
    });
    expect(screen.getByText("Saved")).toBeInTheDocument();
  });

  it("keeps the text and shows why when the profile is refused", async () => {
    backend({
      set_profile: () => {
        throw refused("my_name", "is longer than 200 bytes");
      },
    });
    render(SettingsView);
    await settle();
    const user = userEvent.setup();
    const name = screen.getByLabelText("My name");
    await user.type(name, " the Second");
    await user.tab();
    await settle();
    expect(name).toHaveValue("Morgan Ellis the Second");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("is longer than 200 bytes")).toBeInTheDocument();
  });

  it("shows where the journal lives and copies the path", async () => {
    backend();
    // user-event puts its own clipboard on navigator in setup(); replace it afterwards.
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(SettingsView);
    await settle();
    expect(screen.getByText(openStatus.path)).toBeInTheDocument();
    expect(screen.getByText(/in the usual place on this computer/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy path" }));
    expect(writeText).toHaveBeenCalledWith(openStatus.path);
    expect(await screen.findByText("Copied.")).toBeInTheDocument();
  });

  it("says how to copy by hand when the clipboard is not allowed", async () => {
    backend();
    // user-event puts its own clipboard on navigator in setup(); replace it afterwards.
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error("NotAllowedError"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(SettingsView);
    await settle();
    await user.click(screen.getByRole("button", { name: "Copy path" }));
    expect(await screen.findByText(/press Ctrl\+C to copy it/)).toBeInTheDocument();
    expect(getSelection()?.toString()).toBe(openStatus.path);
  });

  it("opens another journal the user picks", async () => {
    const other: JournalStatus = { ...openStatus, path: "/home/me/other.sqlite3", is_default: false };
    let current = openStatus;
    const calls = backend({
      "plugin:dialog|open": () => "/home/me/other.sqlite3",
      open_journal: ({ path }) => {
        current = { ...other, path: path as string };
        return current;
      },
      journal_status: () => current,
    });
    render(SettingsView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Open another journal…" }));
    await settle();
    expect(calls.find((c) => c.command === "open_journal")?.args).toEqual({ path: "/home/me/other.sqlite3" });
    expect(journal.status?.path).toBe("/home/me/other.sqlite3");
  });

  it("reports a refused file in words and keeps the current journal", async () => {
    const calls = backend({
      "plugin:dialog|open": () => "/home/me/notes.txt",
      open_journal: () => {
        throw failure("JournalRefused", "/home/me/notes.txt is not a Twoway journal; it was left as it is");
      },
    });
    render(SettingsView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Open another journal…" }));
    await settle();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("That file was not opened.");
    expect(alert).toHaveTextContent("/home/me/notes.txt is not a Twoway journal.");
    expect(alert).toHaveTextContent("Twoway left that file untouched, and this journal is still open.");
    expect(calls.some((c) => c.command === "journal_status")).toBe(false);
    expect(screen.getByText(openStatus.path)).toBeInTheDocument();
  });

  it("does nothing when the user cancels the file dialog", async () => {
    const calls = backend({ "plugin:dialog|open": () => null });
    render(SettingsView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Open another journal…" }));
    await settle();
    expect(calls.some((c) => c.command === "open_journal")).toBe(false);
  });

  it("goes back from the sample journal to the user's own", async () => {
    journal.status = { ...openStatus, path: "/data/demo.sqlite3", is_default: false, is_demo: true };
    const calls = backend({ open_default_journal: () => openStatus });
    render(SettingsView);
    await settle();
    expect(screen.getByText(/You are looking at the sample journal/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Open the sample journal" })).toBeNull();
    await userEvent.setup().click(screen.getByRole("button", { name: "Back to my journal" }));
    await settle();
    expect(calls.some((c) => c.command === "open_default_journal")).toBe(true);
    expect(journal.status?.is_demo).toBe(false);
  });

  it("writes a profile edit before another journal opens, where it would not belong", async () => {
    let answer: (profile: unknown) => void = () => {};
    const calls = backend({
      set_profile: () => new Promise((resolve) => (answer = resolve)),
      open_demo_journal: () => ({ ...openStatus, is_demo: true }),
    });
    render(SettingsView);
    await settle();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("My role"), " and COO");
    await user.click(screen.getByRole("button", { name: "Open the sample journal" }));
    await settle();
    // Only what writes, or opens a journal, counts here; the settings view also reads.
    const reads = [
      "get_profile",
      "settings",
      "reminder_settings",
      "background_settings",
      "language_choice",
      "backups",
      "agenda_templates",
      "sync_setup",
    ];
    const commands = () => calls.map((c) => c.command).filter((c) => !reads.includes(c));
    // The journal has not answered the write yet: the other journal waits.
    expect(commands()).toEqual(["set_profile"]);
    answer({ ...PROFILE, my_role: "CFO and COO" });
    await settle();
    expect(commands().slice(0, 2)).toEqual(["set_profile", "open_demo_journal"]);
    expect(calls.filter((c) => c.command === "set_profile")).toHaveLength(1);
  });

  it("opens the sample journal for today", async () => {
    const calls = backend({
      open_demo_journal: () => ({ ...openStatus, is_demo: true }),
    });
    render(SettingsView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Open the sample journal" }));
    await settle();
    expect(calls.find((c) => c.command === "open_demo_journal")?.args.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists your own templates to edit, and deletes one with Undo", async () => {
    let own: AgendaTemplate[] = [
      {
        id: "t1",
        fields: {
          name: "Weekly",
          items: [
            { title: "Check-in", minutes: 5, owner: "partner" },
            { title: "Topic", minutes: 20, owner: "me" },
          ],
          visibility: "private",
        },
        created_at: "",
        updated_at: "",
        deleted_at: null,
      },
    ];
    const kept = own[0]!;
    const calls = backend({
      agenda_templates: () => ({
        built_in: [
          {
            key: "first_session",
            summary: "",
            fields: { name: "First session", items: [], visibility: "shared" },
          },
        ],
        own,
        names: [],
      }),
      agenda_template_problems: () => [],
      update_agenda_template: ({ id, fields }) => {
        own = [{ ...kept, id: String(id), fields: fields as AgendaTemplateFields }];
        return own[0];
      },
      trash_record: () => {
        own = [];
        return null;
      },
      restore_record: () => {
        own = [kept];
        return null;
      },
    });
    render(Toasts);
    render(SettingsView);
    await settle();
    const user = userEvent.setup();
    expect(screen.getByText(/Built in: First session\./)).toBeInTheDocument();
    expect(screen.getByText("2 items · 25 min")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Edit" }));
    await settle();
    const name = screen.getByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Weekly, short");
    await settle();
    await user.click(screen.getByRole("button", { name: "Save template" }));
    await settle();
    const update = calls.find((c) => c.command === "update_agenda_template");
    expect(update?.args.id).toBe("t1");
    expect((update?.args.fields as AgendaTemplateFields).name).toBe("Weekly, short");
    expect(screen.getByText("Weekly, short")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete the template Weekly, short" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({
      kind: "agenda_template",
      id: "t1",
    });
    expect(screen.queryByText("Weekly, short")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({
      kind: "agenda_template",
      id: "t1",
    });
    expect(screen.getByText("Weekly")).toBeInTheDocument();
  });
});
