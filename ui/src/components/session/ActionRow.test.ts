import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ActionRow from "./ActionRow.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { actionItem } from "../../test/fixtures";

describe("ActionRow", () => {
  it("switches the action between shared and private with one click, saving nothing else", async () => {
    const calls = mockCommands({
      update_action_item: ({ id, fields }) => ({
        id,
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    const action = actionItem("x1", "Send the template");
    action.fields.session_id = "s1";
    render(ActionRow, { action, partnerFirst: "Priya", ondelete: vi.fn(), onchanged: vi.fn() });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Shared: included when you export for Priya" }));
    await settle();
    const toggle = screen.getByRole("button", { pressed: true });
    expect(toggle).toHaveTextContent("Only me");
    await user.click(toggle);
    await settle();
    const saves = calls.filter((c) => c.command === "update_action_item").map((c) => c.args);
    expect(saves).toEqual([
      { id: "x1", fields: { ...action.fields, visibility: "private" } },
      { id: "x1", fields: { ...action.fields, visibility: "shared" } },
    ]);
  });
});
