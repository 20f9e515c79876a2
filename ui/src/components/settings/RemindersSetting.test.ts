import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import RemindersSetting from "./RemindersSetting.svelte";
import { failure, refused } from "../../test/errors";
import { mockCommands, settle, type Call, type Handler } from "../../test/ipc";
import { reminderSettings } from "../../test/fixtures";
import type { BackgroundSettings, ReminderSettings } from "../../lib/api";

const DEFAULTS: ReminderSettings = reminderSettings({
  lead_by_partnership: [{ partnership_id: "p1", minutes: 60 }],
});

function backend(extra: Record<string, Handler> = {}, background: BackgroundSettings = OFF) {
  return mockCommands({
    reminder_settings: () => DEFAULTS,
    set_reminder_settings: ({ settings }) => settings,
    background_settings: () => background,
    set_background_settings: ({ settings }) => settings,
    ...extra,
  });
}

const OFF: BackgroundSettings = { keep_running: false, start_at_login: false };

/** The reminder settings last sent to the journal. */
const lastSaved = (calls: Call[]) =>
  calls.filter((c) => c.command === "set_reminder_settings").at(-1)?.args.settings as
    ReminderSettings | undefined;

async function shown() {
  render(RemindersSetting);
  await settle();
  return userEvent.setup();
}

describe("RemindersSetting", () => {
  it("shows the settings as saved, each control named", async () => {
    backend();
    await shown();
    expect(screen.getByRole("checkbox", { name: /^Before a session/ })).toBeChecked();
    expect(screen.getByLabelText("Remind me")).toHaveValue(15);
    expect(screen.getByLabelText("Remind me")).toHaveAccessibleDescription("minutes before it starts");
    expect(screen.getByRole("checkbox", { name: /^A digest of the day/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Not before" })).not.toBeChecked();
    expect(screen.getByLabelText("Digest not before")).toBeDisabled();
    expect(screen.getByText("It comes when Twoway first runs that day, from 7:00 on.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /^Quiet hours/ })).not.toBeChecked();
    expect(screen.getByLabelText("From")).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: /^Keep running in the background/ })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^Start Twoway when I log in/ })).not.toBeChecked();
  });

  it("saves a box at once and a lead time once it is whole, keeping the partnerships' own", async () => {
    const calls = backend();
    const user = await shown();
    await user.click(screen.getByRole("checkbox", { name: /^A digest of the day/ }));
    await settle();
    expect(lastSaved(calls)).toEqual({ ...DEFAULTS, digest: false });
    expect(screen.getByRole("checkbox", { name: "Not before" })).toBeDisabled();

    const lead = screen.getByLabelText("Remind me");
    await user.clear(lead);
    await user.type(lead, "30");
    await user.tab();
    await settle();
    expect(lastSaved(calls)).toEqual({ ...DEFAULTS, digest: false, session_lead_minutes: 30 });
    expect(screen.getByText("Saved")).toBeInTheDocument();
  });

  it("says what the lead time takes and sends nothing out of range", async () => {
    const calls = backend();
    const user = await shown();
    const lead = screen.getByLabelText("Remind me");
    await user.clear(lead);
    await user.type(lead, "1441");
    await user.tab();
    await settle();
    expect(lead).toHaveAttribute("aria-invalid", "true");
    expect(lead).toHaveAccessibleDescription(
      "minutes before it starts Enter a whole number of minutes from 1 to 1440.",
    );
    expect(lastSaved(calls)).toBeUndefined();
  });

  it("switches off session reminders and their lead time with them", async () => {
    const calls = backend();
    const user = await shown();
    await user.click(screen.getByRole("checkbox", { name: /^Before a session/ }));
    await settle();
    expect(lastSaved(calls)?.sessions).toBe(false);
    expect(screen.getByLabelText("Remind me")).toBeDisabled();
  });

  it("sets a digest time and quiet hours as local times", async () => {
    const calls = backend();
    const user = await shown();
    await user.click(screen.getByRole("checkbox", { name: "Not before" }));
    await settle();
    expect(lastSaved(calls)?.digest_at).toBe("08:30:00");
    const at = screen.getByLabelText("Digest not before");
    expect(at).toHaveValue("08:30");
    await fireEvent.input(at, { target: { value: "09:15" } });
    await fireEvent.blur(at);
    await settle();
    expect(lastSaved(calls)?.digest_at).toBe("09:15:00");
    expect(
      screen.getByText("It comes at that time, or when Twoway first runs after it."),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: /^Quiet hours/ }));
    await settle();
    expect(lastSaved(calls)).toMatchObject({ quiet_from: "22:00:00", quiet_until: "07:00:00" });
    await fireEvent.input(screen.getByLabelText("until"), { target: { value: "06:30" } });
    await fireEvent.blur(screen.getByLabelText("until"));
    await settle();
    expect(lastSaved(calls)).toMatchObject({ quiet_from: "22:00:00", quiet_until: "06:30:00" });

    await user.click(screen.getByRole("checkbox", { name: /^Quiet hours/ }));
    await settle();
    expect(lastSaved(calls)).toMatchObject({ quiet_from: null, quiet_until: null });
    expect(screen.getByLabelText("From")).toBeDisabled();
  });

  it("shows the journal's refusal next to the quiet hours", async () => {
    backend({
      set_reminder_settings: () => {
        throw refused("quiet_until", "needs both a start and an end");
      },
    });
    const user = await shown();
    await user.click(screen.getByRole("checkbox", { name: /^Quiet hours/ }));
    await settle();
    expect(screen.getByLabelText("until")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("until")).toHaveAccessibleDescription("Needs both a start and an end.");
    expect(screen.getByText("Not saved: see the highlighted field")).toBeInTheDocument();
  });

  it("keeps running in the background and starts at login, showing what the system did", async () => {
    const calls = backend({
      // The system refused the login start: the box shows that it is still off.
      set_background_settings: ({ settings }) => ({
        ...(settings as BackgroundSettings),
        start_at_login: false,
      }),
    });
    const user = await shown();
    const keep = screen.getByRole("checkbox", { name: /^Keep running in the background/ });
    await user.click(keep);
    await settle();
    expect(calls.filter((c) => c.command === "set_background_settings").at(-1)?.args).toEqual({
      settings: { keep_running: true, start_at_login: false },
    });
    expect(keep).toBeChecked();

    const login = screen.getByRole("checkbox", { name: /^Start Twoway when I log in/ });
    await user.click(login);
    await settle();
    expect(calls.filter((c) => c.command === "set_background_settings").at(-1)?.args).toEqual({
      settings: { keep_running: true, start_at_login: true },
    });
    expect(login).not.toBeChecked();
  });

  it("says so when the background setting cannot be changed", async () => {
    backend({
      set_background_settings: () => {
        throw failure("Io", "Starting at login could not be changed: permission denied");
      },
    });
    const user = await shown();
    await user.click(screen.getByRole("checkbox", { name: /^Start Twoway when I log in/ }));
    await settle();
    expect(
      screen.getByText("Not saved: Starting at login could not be changed: permission denied"),
    ).toBeInTheDocument();
  });

  it("says when the settings cannot be read", async () => {
    backend({
      reminder_settings: () => {
        throw failure("NoJournal", "No journal is open");
      },
    });
    await shown();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The reminder settings could not be read: No journal is open",
    );
  });
});
