import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import TemplateEditorDialog from "./TemplateEditorDialog.svelte";
import { mockCommands, settle } from "../../test/ipc";
import type { AgendaTemplateFields, IpcError } from "../../lib/api";

const KNOWN = "known: {partner_first_name}, {my_first_name}";

/** What the journal refuses in a template: here, any `{foo}` in an item's title. */
function problems({ fields }: Record<string, unknown>): IpcError[] {
  const { items } = fields as AgendaTemplateFields;
  return items.flatMap((item, index) =>
    item.title.includes("{foo}")
      ? [
          {
            code: "Invalid",
            message: `items: item ${index + 1}'s title: unknown name {foo}; ${KNOWN}`,
            field: `items[${index}].title`,
            problem: `unknown name {foo}; ${KNOWN}`,
            blocked_by: null,
          },
        ]
      : [],
  );
}

describe("TemplateEditorDialog", () => {
  it("shows an unknown name under its item while editing, and saves once it is gone", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      agenda_templates: () => ({
        built_in: [],
        own: [],
        names: [{ name: "partner_first_name", meaning: "your partner's first name" }],
      }),
      agenda_template_problems: problems,
      create_agenda_template: ({ fields }) => ({
        id: "t9",
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    let saved = "";
    render(TemplateEditorDialog, {
      open: true,
      template: {
        id: null,
        fields: {
          name: "Prompting for finance",
          items: [
            { title: "Warm-up", minutes: 5, owner: "me" },
            { title: "Plan for {foo}", minutes: 20, owner: "partner" },
          ],
          visibility: "private",
        },
      },
      onsaved: (template: { id: string }) => void (saved = template.id),
    });
    await settle();

    const second = screen.getByRole("textbox", { name: "Item 2" });
    expect(second).toHaveAttribute("aria-invalid", "true");
    expect(second).toHaveAccessibleDescription(`Unknown name {foo}; ${KNOWN}.`);
    expect(screen.getByRole("textbox", { name: "Item 1" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("button", { name: "Save template" })).toBeDisabled();

    await user.clear(second);
    await user.type(second, "Plan with ");
    await user.click(screen.getByRole("button", { name: /Insert \{partner_first_name\}/ }));
    await settle();
    expect(second).toHaveValue("Plan with {partner_first_name}");
    expect(second).not.toHaveAttribute("aria-invalid");

    await user.click(screen.getByRole("button", { name: "Save template" }));
    await settle();
    const created = calls.find((c) => c.command === "create_agenda_template")?.args
      .fields as AgendaTemplateFields;
    expect(created.items.map((item) => item.title)).toEqual(["Warm-up", "Plan with {partner_first_name}"]);
    expect(created.visibility).toBe("private");
    expect(saved).toBe("t9");
  });
});
