import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ImportDialog from "./ImportDialog.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { openStatus, partnership, summary } from "../../test/fixtures";
import { journal } from "../../lib/journal.svelte";
import { toasts } from "../../lib/toasts.svelte";
import { ALL_KINDS, type ImportPlan, type Kind } from "../../lib/api";
import { failure } from "../../test/errors";

/** Sends `progress` on the channel a command was given, as the shell does. */
function tell(args: Record<string, unknown>, index: number, done: number, total: number) {
  const channel = args.progress as { id: number };
  const internals = (
    window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } }
  ).__TAURI_INTERNALS__;
  internals.runCallback(channel.id, { index, message: { done, total } });
}

const KINDS = ALL_KINDS;

function plan(
  lines: Partial<Record<Kind, [number, number, number, number]>>,
  extra: Partial<ImportPlan> = {},
): ImportPlan {
  const kinds = KINDS.map((kind) => {
    const [added, updated, unchanged, conflicts] = lines[kind] ?? [0, 0, 0, 0];
    return { kind, added, updated, unchanged, conflicts, trashed: 0, restored: 0 };
  });
  const total = (i: 0 | 1 | 2 | 3) => Object.values(lines).reduce((sum, l) => sum + l[i], 0);
  return {
    added: total(0),
    updated: total(1),
    unchanged: total(2),
    conflicts: total(3),
    trashed: 0,
    restored: 0,
    kinds,
    conflicting: [],
    profile_set: false,
    same_meeting: 0,
    ...extra,
  };
}

const NEW_SESSION = plan({ session: [1, 0, 0, 0], agenda_item: [4, 0, 0, 0], action_item: [0, 1, 2, 1] });

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    "plugin:dialog|open": () => "/home/me/Downloads/priya-agenda.json",
    plan_import: () => NEW_SESSION,
    import_pack: () => NEW_SESSION,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(partnership("p1")), summary(partnership("p2", "Sam Okoye"))],
    ...extra,
  });
}

describe("ImportDialog", () => {
  beforeEach(() => {
    toasts.items = [];
    journal.partnerships = [partnership("p1"), partnership("p2", "Sam Okoye")];
  });

  it("shows what the pack will do before writing, then imports it", async () => {
    const calls = backend();
    render(ImportDialog, { open: true });
    const user = userEvent.setup();
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(calls.find((c) => c.command === "plan_import")?.args).toEqual({
      path: "/home/me/Downloads/priya-agenda.json",
      options: { from_partner: false, into_partnership: null },
      progress: expect.anything(),
    });
    expect(calls.some((c) => c.command === "import_pack")).toBe(false);
    const summaryRegion = screen.getByRole("region", { name: "What the import will do" });
    expect(summaryRegion).toHaveTextContent("5 to add, 1 to update, 2 already here, 1 conflict.");
    expect(summaryRegion).toHaveTextContent("your version is kept");
    const rows = within(summaryRegion).getAllByRole("row");
    const cells = (row: HTMLElement) =>
      Array.from(row.querySelectorAll("th, td"), (c) => c.textContent?.trim()).join(" ");
    expect(rows.map(cells)).toEqual([
      "Record Add Update Already here Conflicts",
      "Session 1 0 0 0",
      "Agenda item 4 0 0 0",
      "Action item 0 1 2 1",
    ]);
    expect(screen.getByText("priya-agenda.json")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Import" }));
    await settle();
    expect(calls.find((c) => c.command === "import_pack")?.args).toEqual({
      path: "/home/me/Downloads/priya-agenda.json",
      options: { from_partner: false, into_partnership: null },
      progress: expect.anything(),
    });
    expect(calls.some((c) => c.command === "partnership_summaries")).toBe(true);
    expect(screen.queryByRole("dialog", { name: "Import a pack" })).not.toBeInTheDocument();
    expect(toasts.items.at(-1)?.message).toBe(
      "Imported: 5 records added, 1 updated, 1 conflict kept as you had them.",
    );
  });

  it("starts on the pack it is given, without asking for a file", async () => {
    const calls = backend();
    render(ImportDialog, { open: true, file: "/home/me/Downloads/from Priya.twowaypack" });
    await settle();
    expect(calls.some((c) => c.command === "plugin:dialog|open")).toBe(false);
    expect(calls.find((c) => c.command === "plan_import")?.args).toEqual({
      path: "/home/me/Downloads/from Priya.twowaypack",
      options: { from_partner: false, into_partnership: null },
      progress: expect.anything(),
    });
    expect(screen.getByText("from Priya.twowaypack")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import" })).toBeEnabled();
  });

  it("asks for packs named .twowaypack, and .json as they were named before", async () => {
    const calls = backend();
    render(ImportDialog, { open: true });
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    const asked = calls.find((c) => c.command === "plugin:dialog|open")?.args.options as {
      filters: { extensions: string[] }[];
    };
    expect(asked.filters.map((f) => f.extensions)).toEqual([["twowaypack", "json"]]);
  });

  it("imports a partner's pack into the chosen partnership, planning again when it changes", async () => {
    const calls = backend();
    render(ImportDialog, { open: true, partnerOf: "p1" });
    const user = userEvent.setup();
    expect(screen.getByLabelText(/My partner’s/)).toBeChecked();
    // The keyboard starts on the choice made, not on the first radio.
    await settle();
    expect(screen.getByLabelText(/My partner’s/)).toHaveFocus();
    expect(screen.getByLabelText("Add it to my partnership with")).toHaveValue("p1");
    await user.click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    await user.selectOptions(screen.getByLabelText("Add it to my partnership with"), "p2");
    await settle();
    const plans = calls.filter((c) => c.command === "plan_import").map((c) => c.args.options);
    expect(plans).toEqual([
      { from_partner: true, into_partnership: "p1" },
      { from_partner: true, into_partnership: "p2" },
    ]);
    await user.click(screen.getByRole("button", { name: "Import" }));
    await settle();
    expect(calls.find((c) => c.command === "import_pack")?.args.options).toEqual({
      from_partner: true,
      into_partnership: "p2",
    });
  });

  it("shows why a pack is refused and writes nothing", async () => {
    const calls = backend({
      plan_import: () => {
        throw failure(
          "PackRefused",
          "the pack is cut short (it ends at line 1, column 9000); nothing was imported",
        );
      },
    });
    render(ImportDialog, { open: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("the pack is cut short");
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Choose another file…" })).toBeEnabled();
    expect(calls.some((c) => c.command === "import_pack")).toBe(false);
  });

  it("says when the pack holds nothing new", async () => {
    backend({ plan_import: () => plan({ session: [0, 0, 6, 0], agenda_item: [0, 0, 18, 0] }) });
    render(ImportDialog, { open: true });
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(
      screen.getByText(/Nothing new: everything in this pack is already in your journal/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
  });

  it("asks for a partnership first when there is none for a partner's pack", async () => {
    journal.partnerships = [];
    const calls = backend();
    render(ImportDialog, { open: true });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/My partner’s/));
    expect(screen.getByText(/Create the partnership first/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(calls.some((c) => c.command === "plan_import")).toBe(false);
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
  });
});

describe("ImportDialog and a meeting both partners planned", () => {
  beforeEach(() => {
    journal.partnerships = [partnership("p1"), partnership("p2", "Sam Okoye")];
  });
  it("says the partner's session joins mine rather than being added", async () => {
    backend({ plan_import: () => plan({ agenda_item: [2, 0, 0, 0] }, { same_meeting: 1 }) });
    render(ImportDialog, { open: true, partnerOf: "p1" });
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(screen.getByText(/is the same meeting as one of yours/)).toBeInTheDocument();
  });

  it("shows how far a long import has come, and Stop ends it having changed nothing", async () => {
    let stop: () => void = () => {};
    const calls = backend({
      import_pack: (args) =>
        new Promise((_, reject) => {
          tell(args, 0, 12_000, 79_580);
          stop = () => reject(failure("Cancelled", "stopped before anything was changed"));
        }),
      stop_import: () => {
        stop();
        return null;
      },
    });
    render(ImportDialog, { open: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    await user.click(screen.getByRole("button", { name: "Import" }));
    await settle();
    expect(screen.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("value", "12000");
    expect(screen.getByText("Importing 12,000 of 79,580 records…")).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Cancel" }),
      "an import cannot be walked away from",
    ).toBeNull();

    await user.click(screen.getByRole("button", { name: "Stop" }));
    await settle();
    expect(calls.some((c) => c.command === "stop_import")).toBe(true);
    expect(screen.getByRole("dialog", { name: "Import a pack" })).toBeInTheDocument();
    expect(screen.getByText(/Import stopped: nothing was changed/)).toBeInTheDocument();
    expect(screen.queryByRole("alert"), "a stop is no failure").toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "Import" })).toBeEnabled();
  });

  it("shows how far reading a large pack has come", async () => {
    backend({
      plan_import: (args) =>
        new Promise(() => {
          tell(args, 0, 30_000, 60_000);
        }),
    });
    render(ImportDialog, { open: true });
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose a pack file…" }));
    await settle();
    expect(screen.getByRole("progressbar", { name: "Reading the pack" })).toHaveAttribute("value", "30000");
    expect(screen.getByText(/Reading the pack… 50%/)).toBeInTheDocument();
  });
});
