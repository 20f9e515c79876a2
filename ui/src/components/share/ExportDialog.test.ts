import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ExportDialog from "./ExportDialog.svelte";
import ConfirmHost from "../ConfirmHost.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { toasts } from "../../lib/toasts.svelte";
import type { Audience, ExportPreview } from "../../lib/api";
import { failure } from "../../test/errors";

const SHARED: ExportPreview = {
  partnerships: 1,
  goals: 3,
  sessions: 6,
  agenda_items: 18,
  action_items: 4,
  skills: 2,
  learnings: 5,
  feedback: 1,
  private_left_out: 2,
  private_notes_left_out: 3,
};
const ALL: ExportPreview = {
  ...SHARED,
  goals: 4,
  learnings: 6,
  private_left_out: 0,
  private_notes_left_out: 0,
};

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    export_preview: ({ audience }) => ((audience as Audience) === "all" ? ALL : SHARED),
    export_file_name: ({ format }) =>
      format === "markdown_folder" ? "Twoway with Priya Raman" : "Twoway with Priya Raman.md",
    "plugin:dialog|save": () => "/home/me/Documents/priya.md",
    export_to: ({ path }) => ({ path, files: 1, bytes: 2048 }),
    ...extra,
  });
}

const priya = { id: "p1", name: "Priya Raman" };

describe("ExportDialog", () => {
  beforeEach(() => {
    toasts.items = [];
  });

  it("shows what leaves the computer and what stays, for the partner by default", async () => {
    const calls = backend();
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Export" });
    expect(within(dialog).getByLabelText(/The partnership with Priya Raman/)).toBeChecked();
    expect(within(dialog).getByLabelText(/My partner/)).toBeChecked();
    expect(calls.find((c) => c.command === "export_preview")?.args).toEqual({
      scope: { kind: "partnership", id: "p1" },
      audience: "shared",
    });
    const preview = within(dialog).getByRole("region", { name: "What leaves this computer" });
    expect(preview).toHaveTextContent("6 sessions");
    expect(preview).toHaveTextContent("18 agenda items");
    expect(preview).toHaveTextContent("1 feedback entry");
    expect(preview).toHaveTextContent("Stays here: 2 private records and the private notes of 3 sessions.");

    const user = userEvent.setup();
    await user.click(within(dialog).getByLabelText(/Myself/));
    await settle();
    expect(calls.filter((c) => c.command === "export_preview").at(-1)?.args.audience).toBe("all");
    expect(preview).toHaveTextContent("6 learnings");
    expect(preview).toHaveTextContent("Includes everything private. Share it with no one.");
    expect(preview).not.toHaveTextContent("Stays here");

    await user.click(within(dialog).getByLabelText(/The whole journal/));
    await settle();
    expect(calls.filter((c) => c.command === "export_preview").at(-1)?.args.scope).toEqual({
      kind: "journal",
    });
  });

  it("saves in the chosen form where the system dialog says, and closes", async () => {
    const calls = backend({
      export_file_name: () => "Twoway with Priya Raman.html",
      "plugin:dialog|save": () => "/home/me/Documents/priya.html",
    });
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/Printable page/));
    await user.click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    expect(calls.find((c) => c.command === "export_file_name")?.args.format).toBe("html");
    expect(calls.find((c) => c.command === "export_to")?.args).toMatchObject({
      format: "html",
      path: "/home/me/Documents/priya.html",
    });
    expect(screen.queryByRole("dialog", { name: "Export" })).not.toBeInTheDocument();
    expect(toasts.items.at(-1)?.message).toBe("Saved to /home/me/Documents/priya.html");
  });

  it("passes the suggested name to the save dialog and the answer to the export", async () => {
    const calls = backend();
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    const asked = calls.find((c) => c.command === "plugin:dialog|save");
    expect(asked?.args).toMatchObject({ options: { defaultPath: "Twoway with Priya Raman.md" } });
    expect(calls.find((c) => c.command === "export_to")?.args).toEqual({
      format: "markdown",
      scope: { kind: "partnership", id: "p1" },
      audience: "shared",
      path: "/home/me/Documents/priya.md",
      // The system's save dialog has asked before replacing a file.
      replace: true,
    });
  });

  it("writes nothing when the save dialog is cancelled", async () => {
    const calls = backend({ "plugin:dialog|save": () => null });
    render(ExportDialog, { open: true });
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    expect(calls.some((c) => c.command === "export_to")).toBe(false);
    expect(screen.getByRole("dialog", { name: "Export" })).toBeInTheDocument();
  });

  it("asks before replacing files in a folder, and replaces only when told to", async () => {
    const answers: boolean[] = [];
    const calls = backend({
      "plugin:dialog|save": () => "/home/me/Documents/Priya",
      export_to: ({ path, replace }) => {
        answers.push(replace as boolean);
        if (!replace) throw failure("Exists", "/home/me/Documents/Priya/index.md already exists");
        return { path, files: 7, bytes: 9000 };
      },
    });
    render(ConfirmHost);
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/Markdown folder/));
    await user.click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    const ask = screen.getByRole("dialog", { name: "Replace files?" });
    await user.click(within(ask).getByRole("button", { name: "Replace" }));
    await settle();
    expect(answers).toEqual([false, true]);
    expect(calls.filter((c) => c.command === "export_to").map((c) => c.args.format)).toEqual([
      "markdown_folder",
      "markdown_folder",
    ]);
    expect(toasts.items.at(-1)?.message).toBe("Saved 7 files in /home/me/Documents/Priya");
  });

  it("keeps the dialog open with the reason when the export fails", async () => {
    backend({
      export_to: () => {
        throw failure("Io", "cannot write /media/usb/priya.md: read-only file system");
      },
    });
    render(ExportDialog, { open: true });
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("read-only file system");
    expect(screen.getByRole("dialog", { name: "Export" })).toBeInTheDocument();
  });

  it("offers this session, and no folder for a single session", async () => {
    const calls = backend();
    render(ExportDialog, {
      open: true,
      partnership: priya,
      session: { id: "s1", title: "Generative AI at work" },
    });
    await settle();
    expect(screen.getByLabelText(/This session: Generative AI at work/)).toBeChecked();
    expect(screen.getByLabelText(/This session: Generative AI at work/)).toHaveFocus();
    expect(screen.queryByLabelText(/Markdown folder/)).not.toBeInTheDocument();
    expect(calls.find((c) => c.command === "export_preview")?.args.scope).toEqual({
      kind: "session",
      id: "s1",
    });
    await userEvent.setup().click(screen.getByLabelText(/Calendar/));
    expect(screen.getByText(/A calendar file holds only the planned sessions/)).toBeInTheDocument();
  });
});
