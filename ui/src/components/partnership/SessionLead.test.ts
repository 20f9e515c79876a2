import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SessionLead from "./SessionLead.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { reminderSettings } from "../../test/fixtures";
import { refused } from "../../test/errors";

describe("SessionLead", () => {
  it("shows this partnership's own lead time, saves a new one, and empties back to the default", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      reminder_settings: () =>
        reminderSettings({ lead_by_partnership: [{ partnership_id: "p1", minutes: 30 }] }),
      set_session_lead: ({ minutes }) =>
        reminderSettings({
          lead_by_partnership: minutes === null ? [] : [{ partnership_id: "p1", minutes: minutes as number }],
        }),
    });
    render(SessionLead, { partnership: "p1" });
    await settle();
    const box = screen.getByLabelText(/Remind me before sessions/);
    expect(box).toHaveValue(30);
    expect(screen.getByText("Empty: the default, 15 minutes (Settings → Reminders).")).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, "45");
    await user.tab();
    await settle();
    const saves = calls.filter((c) => c.command === "set_session_lead");
    expect(saves.at(-1)?.args).toEqual({ partnership: "p1", minutes: 45 });
    await user.clear(box);
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "set_session_lead").at(-1)?.args.minutes).toBeNull();
  });

  it("says why a lead time was refused and keeps what was typed", async () => {
    const user = userEvent.setup();
    mockCommands({
      reminder_settings: () => reminderSettings(),
      set_session_lead: () => {
        throw refused("lead_by_partnership", "must be between 1 and 1440");
      },
    });
    render(SessionLead, { partnership: "p1" });
    await settle();
    const box = screen.getByLabelText(/Remind me before sessions/);
    await user.type(box, "5000");
    await user.tab();
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("must be between 1 and 1440");
    expect(box).toHaveValue(5000);
  });
});
