import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import TrashSetting from "./TrashSetting.svelte";
import { refused } from "../../test/errors";
import { mockCommands, settle, type Handler } from "../../test/ipc";

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    settings: () => ({ trash_days: 30 }),
    set_settings: ({ settings }) => settings,
    ...extra,
  });
}

async function shown() {
  render(TrashSetting);
  await settle();
  return { user: userEvent.setup(), field: screen.getByLabelText("Keep deleted items for") };
}

describe("TrashSetting", () => {
  it("shows how long the trash keeps things and saves a new number of days", async () => {
    const calls = backend();
    const { user, field } = await shown();
    expect(field).toHaveValue(30);
    expect(field).toHaveAccessibleDescription(/^days After that, Twoway deletes them forever/);
    await user.clear(field);
    await user.type(field, "90");
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "set_settings").at(-1)?.args).toEqual({
      settings: { trash_days: 90 },
    });
    expect(screen.getByText("Saved")).toBeInTheDocument();
  });

  it("says what the field takes next to it, and sends nothing out of range", async () => {
    const calls = backend();
    const { user, field } = await shown();
    await user.clear(field);
    await user.type(field, "0");
    await user.tab();
    await settle();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("days Enter a whole number of days from 1 to 3650.");
    await user.clear(field);
    await user.type(field, "3651");
    await user.tab();
    await settle();
    expect(screen.getByText("Enter a whole number of days from 1 to 3650.")).toBeInTheDocument();
    expect(calls.some((c) => c.command === "set_settings")).toBe(false);
    await user.clear(field);
    await user.type(field, "14");
    await user.tab();
    await settle();
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(calls.filter((c) => c.command === "set_settings").at(-1)?.args).toEqual({
      settings: { trash_days: 14 },
    });
  });

  it("shows the journal's refusal next to the field", async () => {
    backend({
      set_settings: () => {
        throw refused("trash_days", "must be at most 365");
      },
    });
    const { user, field } = await shown();
    await user.clear(field);
    await user.type(field, "400");
    await user.tab();
    await settle();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Must be at most 365.")).toBeInTheDocument();
  });
});
