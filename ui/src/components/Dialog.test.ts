import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import AddGoalDialog from "./partnership/AddGoalDialog.svelte";
import { partnership } from "../test/fixtures";
import { mockCommands, settle } from "../test/ipc";

// Ctrl+Enter lives in Dialog itself, so every dialog with a primary submit button has it; the
// goal dialog stands for them (it had no shortcut of its own).
describe("Dialog", () => {
  it("saves with Ctrl+Enter from any field, through the primary button", async () => {
    const calls = mockCommands({
      create_goal: ({ fields }) => ({ id: "g9", fields, created_at: "", updated_at: "", deleted_at: null }),
    });
    let created = 0;
    render(AddGoalDialog, { open: true, partnership: partnership(), oncreated: () => created++ });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Goal"), "Post on LinkedIn every week");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await settle();
    const creates = calls.filter((c) => c.command === "create_goal");
    expect(creates).toHaveLength(1);
    expect((creates[0]!.args.fields as { title: string }).title).toBe("Post on LinkedIn every week");
    expect(created).toBe(1);
  });

  it("sends once: while it saves, the disabled button ignores Ctrl+Enter", async () => {
    const calls = mockCommands({ create_goal: () => new Promise(() => {}) });
    render(AddGoalDialog, { open: true, partnership: partnership(), oncreated: () => {} });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Goal"), "Draft");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await settle();
    // Saving: the button is disabled, so a second Ctrl+Enter sends nothing more.
    await user.keyboard("{Control>}{Enter}{/Control}");
    await settle();
    expect(calls.filter((c) => c.command === "create_goal")).toHaveLength(1);
  });
});
