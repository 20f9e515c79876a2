import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ExportDialog from "./ExportDialog.svelte";
import ConfirmHost from "../ConfirmHost.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { toasts } from "../../lib/toasts.svelte";
import type { Audience, ExportPreview, Format } from "../../lib/api";
import { failure } from "../../test/errors";
import { journal } from "../../lib/journal.svelte";
import { openStatus } from "../../test/fixtures";

const SHARED: ExportPreview = {
  kinds: [
    { kind: "partnership", leaves: 1, deletions: 0, stays: 0 },
    { kind: "goal", leaves: 3, deletions: 0, stays: 1 },
    { kind: "goal_check_in", leaves: 4, deletions: 0, stays: 2 },
    { kind: "session", leaves: 6, deletions: 0, stays: 0 },
    { kind: "agenda_item", leaves: 18, deletions: 0, stays: 0 },
    { kind: "action_item", leaves: 4, deletions: 0, stays: 0 },
    { kind: "skill", leaves: 2, deletions: 0, stays: 0 },
    { kind: "skill_rating", leaves: 7, deletions: 0, stays: 0 },
    { kind: "learning", leaves: 5, deletions: 0, stays: 1 },
    { kind: "feedback", leaves: 1, deletions: 0, stays: 0 },
  ],
  private_notes_left_out: 3,
};
const ALL: ExportPreview = {
  kinds: SHARED.kinds.map((k) => ({ ...k, leaves: k.leaves + k.stays, stays: 0 })),
  private_notes_left_out: 0,
};
/** What a pack for the partner carries: the same, and the records in the trash as deletions. */
const SHARED_PACK: ExportPreview = {
  ...SHARED,
  kinds: SHARED.kinds.map((k) =>
    k.kind === "goal_check_in" || k.kind === "learning"
      ? { ...k, deletions: k.kind === "learning" ? 2 : 1 }
      : k,
  ),
};

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    export_preview: ({ audience, format }) =>
      (audience as Audience) === "all" ? ALL : (format as Format) === "pack" ? SHARED_PACK : SHARED,
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
      format: "markdown",
    });
    const preview = within(dialog).getByRole("region", { name: "What leaves this computer" });
    expect(preview).toHaveTextContent("6 sessions");
    expect(preview).toHaveTextContent("18 agenda items");
    expect(preview).toHaveTextContent("1 feedback entry");
    // Every kind that leaves is listed, check-ins and ratings too.
    const listed = within(preview)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(listed).toEqual([
      "1 partnership",
      "3 goals",
      "4 goal check-ins",
      "6 sessions",
      "18 agenda items",
      "4 action items",
      "2 skills",
      "7 skill ratings",
      "5 learnings",
      "1 feedback entry",
    ]);
    expect(preview).toHaveTextContent(
      "Stays here: 1 goal, 2 goal check-ins, 1 learning and the private notes of 3 sessions.",
    );
    // Documents carry no deletions.
    expect(preview).not.toHaveTextContent(/deletion/);

    const user = userEvent.setup();
    await user.click(within(dialog).getByLabelText(/Myself/));
    await settle();
    expect(calls.filter((c) => c.command === "export_preview").at(-1)?.args.audience).toBe("all");
    expect(preview).toHaveTextContent("6 learnings");
    expect(preview).toHaveTextContent("6 goal check-ins");
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

  it("says which deletions a pack carries, and asks again when the form changes", async () => {
    const calls = backend({
      export_markdown: () => "Shared notes",
      render_markdown: ({ text }) => `<p>${String(text)}</p>`,
    });
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const preview = screen.getByRole("region", { name: "What leaves this computer" });
    await userEvent.setup().click(screen.getByLabelText(/Twoway pack/));
    await settle();
    expect(calls.filter((c) => c.command === "export_preview").at(-1)?.args.format).toBe("pack");
    expect(preview).toHaveTextContent(
      "3 deletions (1 goal check-in, 2 learnings): records you moved to the trash, so your partner's copy removes them too.",
    );
    expect(preview).toHaveTextContent("Stays here: 1 goal, 2 goal check-ins, 1 learning");

    await userEvent.setup().click(screen.getByRole("button", { name: "Show exactly what leaves" }));
    await settle();
    expect(
      screen.getByText(
        "The same records the Twoway pack holds, shown as a document; the pack also carries the deletions above.",
      ),
    ).toBeInTheDocument();
  });

  it("shows exactly what leaves as a sanitized document, and follows the choices", async () => {
    const hostile =
      '# Shared with Priya\n\n<script>window.__exportRan = true</script>\n<img src="x" onerror="window.__exportRan = true">';
    const rendered: string[] = [];
    const calls = backend({
      export_markdown: ({ audience }) =>
        (audience as Audience) === "all"
          ? "---\ntype: partnership\naudience: all\n---\n# Everything of mine"
          : hostile,
      // The journal's renderer escapes raw HTML (pulldown-cmark + ammonia); so does this stand-in.
      render_markdown: ({ text }) => {
        rendered.push(String(text));
        return `<p>${String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")}</p>`;
      },
    });
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const user = userEvent.setup();
    const show = screen.getByRole("button", { name: "Show exactly what leaves" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(calls.some((c) => c.command === "export_markdown")).toBe(false);

    await user.click(show);
    await settle();
    expect(show).toHaveAttribute("aria-expanded", "true");
    expect(calls.find((c) => c.command === "export_markdown")?.args).toEqual({
      scope: { kind: "partnership", id: "p1" },
      audience: "shared",
    });
    const doc = screen.getByRole("region", { name: "The export as a document" });
    expect(doc).toHaveAttribute("tabindex", "0");
    expect(doc).toHaveTextContent("Shared with Priya");
    // The export's text went through the sanitizing renderer, never straight into the page.
    expect(rendered).toEqual([hostile]);
    expect(doc.querySelector("script, img, [onerror]")).toBeNull();
    expect((window as { __exportRan?: boolean }).__exportRan).toBeUndefined();
    // Nothing was saved.
    expect(calls.some((c) => c.command === "export_to")).toBe(false);

    await user.click(screen.getByLabelText(/Myself/));
    await settle();
    expect(calls.filter((c) => c.command === "export_markdown").at(-1)?.args.audience).toBe("all");
    expect(screen.getByRole("region", { name: "The export as a document" })).toHaveTextContent(
      "Everything of mine",
    );
    // The front matter is shown as the file holds it; only the rest is rendered as Markdown.
    const mine = screen.getByRole("region", { name: "The export as a document" });
    expect(mine.querySelector("pre")).toHaveTextContent("type: partnership audience: all");
    expect(rendered.at(-1)).toBe("# Everything of mine");

    await user.click(screen.getByLabelText(/Printable page/));
    expect(
      screen.getByText("The same content the printable page holds, shown as a document."),
    ).toBeInTheDocument();

    await user.click(show);
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("region", { name: "The export as a document" })).not.toBeInTheDocument();
  });

  it("says in plain words when the document cannot be shown", async () => {
    backend({
      export_markdown: () => {
        throw failure("NotFound", "the partnership is no longer there");
      },
    });
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Show exactly what leaves" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Could not show the export: the partnership is no longer there",
    );
  });

  it("says an export of an encrypted journal is a plain file, and says nothing of it otherwise", async () => {
    backend();
    journal.status = { ...openStatus, encrypted: true };
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    const preview = screen.getByRole("region", { name: "What leaves this computer" });
    expect(preview).toHaveTextContent("Your journal is encrypted; the export is not.");
    document.body.innerHTML = "";
    journal.status = openStatus;
    render(ExportDialog, { open: true, partnership: priya });
    await settle();
    expect(screen.getByRole("region", { name: "What leaves this computer" })).not.toHaveTextContent(
      "encrypted",
    );
    journal.status = null;
  });
});
