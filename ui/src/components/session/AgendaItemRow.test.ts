import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import AgendaItemRow from "./AgendaItemRow.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { agendaItem, goal } from "../../test/fixtures";
import { refused } from "../../test/errors";

function props(overrides: Record<string, unknown> = {}) {
  return {
    item: agendaItem("a1", 0, "Review the two solo posts"),
    index: 0,
    count: 2,
    goals: [goal()],
    partnerFirst: "Priya",
    onmove: vi.fn(async () => {}),
    ondelete: vi.fn(),
    onsaved: vi.fn(),
    onminutes: vi.fn(),
    onactivity: vi.fn(),
    ...overrides,
  };
}

describe("AgendaItemRow", () => {
  it("saves an edited text, time-box, owner and goal with the item's current position", async () => {
    const calls = mockCommands({
      update_agenda_item: ({ id, fields }) => ({
        id,
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    const p = props();
    render(AgendaItemRow, p);
    const user = userEvent.setup();
    const text = screen.getByLabelText("Agenda item 1");
    await user.clear(text);
    await user.type(text, "Review the posts{Enter}");
    await settle();
    await user.selectOptions(screen.getByLabelText("Who leads “Review the posts”"), "partner");
    await user.selectOptions(screen.getByLabelText("Goal for “Review the posts”"), "g1");
    await settle();
    const saves = calls.filter((c) => c.command === "update_agenda_item");
    expect(saves.at(-1)?.args).toEqual({
      id: "a1",
      fields: {
        session_id: "s1",
        position: 0,
        text: "Review the posts",
        minutes: 10,
        owner: "partner",
        covered: false,
        carried_from: null,
        goal_id: "g1",
        visibility: "shared",
      },
    });
    expect(p.onsaved).toHaveBeenCalled();
  });

  it("makes the item private with one click on its lock toggle, leaving the rest as it was", async () => {
    const calls = mockCommands({
      update_agenda_item: ({ id, fields }) => ({
        id,
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
    });
    const p = props();
    render(AgendaItemRow, p);
    const toggle = screen.getByRole("button", { name: "Shared: included when you export for Priya" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.setup().click(toggle);
    await settle();
    const saves = calls.filter((c) => c.command === "update_agenda_item");
    expect(saves).toHaveLength(1);
    expect(saves[0]?.args).toEqual({ id: "a1", fields: { ...p.item.fields, visibility: "private" } });
    expect(screen.getByRole("button", { name: /^Only me\. Private/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("reports a typed time-box at once for the running total", async () => {
    mockCommands({ update_agenda_item: ({ id, fields }) => ({ id, fields }) });
    const p = props();
    render(AgendaItemRow, p);
    const user = userEvent.setup();
    const minutes = screen.getByLabelText("Minutes for “Review the two solo posts”");
    await user.clear(minutes);
    await user.type(minutes, "25");
    expect(p.onminutes).toHaveBeenLastCalledWith("a1", 25);
  });

  it("keeps a refused text and says why", async () => {
    mockCommands({
      update_agenda_item: () => {
        throw refused("text", "must not be empty");
      },
    });
    render(AgendaItemRow, props());
    const user = userEvent.setup();
    const text = screen.getByLabelText("Agenda item 1");
    await user.clear(text);
    await user.type(text, "  ");
    await user.tab();
    await settle();
    expect(text).toHaveValue("  ");
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("Not saved: must not be empty");
  });

  it("moves with Alt+↓ and cannot move past the ends", async () => {
    mockCommands({});
    const p = props({ index: 1, count: 2 });
    render(AgendaItemRow, p);
    const user = userEvent.setup();
    expect(screen.getByRole("button", { name: "Move down: Review the two solo posts" })).toBeDisabled();
    screen.getByLabelText("Agenda item 2").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await settle();
    expect(p.onmove).toHaveBeenCalledWith(
      expect.objectContaining({ id: "a1" }),
      0,
      expect.objectContaining({ text: "Review the two solo posts" }),
    );
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await settle();
    expect(p.onmove).toHaveBeenCalledTimes(1);
  });
});
