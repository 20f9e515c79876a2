import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ApplyTemplateDialog from "./ApplyTemplateDialog.svelte";
import Toasts from "../Toasts.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { failure } from "../../test/errors";
import type { AgendaTemplates, TemplateItem } from "../../lib/api";

const stamps = { created_at: "", updated_at: "", deleted_at: null };

function templates(): AgendaTemplates {
  return {
    built_in: [
      {
        key: "regular_session",
        summary: "Check-in, last time's actions, a topic, practice, next steps.",
        fields: {
          name: "Regular session",
          items: [{ title: "Topic of session {session_number}", minutes: 20, owner: "me" }],
          visibility: "shared",
        },
      },
    ],
    own: [
      {
        id: "t1",
        fields: {
          name: "Weekly",
          items: [
            { title: "How was the week, {partner_first_name}?", minutes: 10, owner: "partner" },
            { title: "Review {goal_titles}", minutes: null, owner: "me" },
          ],
          visibility: "private",
        },
        ...stamps,
      },
    ],
    names: [],
  };
}

/** What the journal fills in for each template. */
const previews: Record<string, TemplateItem[]> = {
  regular_session: [{ title: "Topic of session 3", minutes: 20, owner: "me" }],
  t1: [
    { title: "How was the week, Priya?", minutes: 10, owner: "partner" },
    { title: "Review Post on LinkedIn every week", minutes: null, owner: "me" },
  ],
};

function open(reload = async () => {}) {
  render(Toasts);
  render(ApplyTemplateDialog, {
    open: true,
    sessionId: "s1",
    partnerFirst: "Priya",
    agendaCount: 2,
    agendaMinutes: 25,
    duration: 45,
    reload,
  });
}

describe("ApplyTemplateDialog", () => {
  it("previews the chosen template with its names filled in, adds it after the agenda and undoes it at once", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      agenda_templates: () => templates(),
      template_preview: ({ template }) => previews[(template as { id: string }).id],
      apply_template: () => [
        { id: "n1", fields: {}, ...stamps },
        { id: "n2", fields: {}, ...stamps },
      ],
      trash_records: () => null,
    });
    let reloads = 0;
    open(async () => void reloads++);
    await settle();

    expect(screen.getByRole("radio", { name: /Regular session/ })).toBeChecked();
    expect(screen.getByText("Topic of session 3")).toBeInTheDocument();
    expect(screen.getByText("Adds after the 2 items already on the agenda")).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: /Weekly/ }));
    await settle();
    const preview = screen.getByRole("region", { name: /Adds after/ });
    const items = within(preview).getAllByRole("listitem");
    expect(items.map((item) => item.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "3 How was the week, Priya? 10 min Priya",
      "4 Review Post on LinkedIn every week — Me",
    ]);
    expect(
      within(preview).getByText(/10 min from the template: the agenda then takes 35 of 45 min/),
    ).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "template_preview").at(-1)?.args).toEqual({
      session: "s1",
      template: { kind: "own", id: "t1" },
    });

    await user.click(screen.getByRole("button", { name: "Add 2 items" }));
    await settle();
    expect(calls.find((c) => c.command === "apply_template")?.args).toEqual({
      session: "s1",
      template: { kind: "own", id: "t1" },
    });
    expect(reloads).toBe(1);
    expect(screen.getByText("Added 2 items from “Weekly”.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_records")?.args).toEqual({
      kind: "agenda_item",
      ids: ["n1", "n2"],
    });
    expect(reloads).toBe(2);
  });

  it("says why a template cannot be applied and adds nothing", async () => {
    const calls = mockCommands({
      agenda_templates: () => ({ ...templates(), own: [] }),
      template_preview: () => {
        throw failure("Invalid", "status: a template applies to a planned session only");
      },
    });
    open();
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("a template applies to a planned session only");
    expect(screen.getByText(/None yet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
    expect(calls.some((c) => c.command === "apply_template")).toBe(false);
  });
});
