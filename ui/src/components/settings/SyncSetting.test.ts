import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SyncSetting from "./SyncSetting.svelte";
import type { SyncReport, SyncSetup, SyncStatus } from "../../lib/api";
import { mockCommands, settle } from "../../test/ipc";
import { failure } from "../../test/errors";

const DEVICE = "01a23f5c-a41a-7dc1-a600-d2d1b82d14e8";

function report(extra: Partial<SyncReport> = {}): SyncReport {
  return {
    at: "2026-12-04T09:30:00.000Z",
    folder_missing: false,
    sent: 2,
    devices: [{ device: "01a23f5c-a63b-7ac7-bb67-ede5e434ebad", name: "Desktop", files: 1, changed: 3 }],
    changed: 3,
    kept_in_history: 1,
    waiting: 0,
    problems: [],
    ...extra,
  };
}

function status(last: SyncReport | null): SyncStatus {
  return { folder: "/home/morgan/Sync/twoway", device: DEVICE, device_name: "Laptop", last };
}

function off(encrypted: boolean): SyncSetup {
  return { status: null, computer_name: "morgan-laptop", encrypted };
}

describe("SyncSetting", () => {
  it("turns sync on with the folder chosen and the name typed", async () => {
    let setup = off(false);
    const calls = mockCommands(
      {
        sync_setup: () => setup,
        "plugin:dialog|open": () => "/home/morgan/Sync/twoway",
        start_sync: () => {
          setup = { ...setup, status: status(null) };
          return setup.status;
        },
      },
      { events: true },
    );
    render(SyncSetting);
    await settle();
    expect(screen.getByText(/its change files are plain/)).toBeInTheDocument();
    const name = screen.getByLabelText("This computer’s name");
    expect(name).toHaveValue("morgan-laptop");
    const user = userEvent.setup();
    await user.clear(name);
    await user.type(name, "Laptop");
    await user.click(screen.getByRole("button", { name: "Choose a sync folder…" }));
    await settle();
    expect(calls.find((c) => c.command === "start_sync")?.args).toEqual({
      folder: "/home/morgan/Sync/twoway",
      deviceName: "Laptop",
      passphrase: null,
    });
    expect(screen.getByText("/home/morgan/Sync/twoway")).toBeInTheDocument();
    expect(screen.getByText("Not synced yet.")).toBeInTheDocument();
  });

  it("asks for the passphrase of a folder another journal sealed, and joins with it", async () => {
    let setup = off(true);
    const calls = mockCommands(
      {
        sync_setup: () => setup,
        "plugin:dialog|open": () => "/media/usb/twoway",
        start_sync: ({ passphrase }) => {
          if (passphrase === null)
            throw failure("SyncNeedsSecret", "the change files in /media/usb/twoway are encrypted");
          setup = { ...setup, status: status(null) };
          return setup.status;
        },
      },
      { events: true },
    );
    render(SyncSetting);
    await settle();
    expect(screen.getByText(/sealed with its key/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Choose a sync folder…" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("are encrypted");
    await user.type(screen.getByLabelText(/Passphrase or recovery key/), "a long walk by the river");
    await user.click(screen.getByRole("button", { name: "Join the folder" }));
    await settle();
    const starts = calls.filter((c) => c.command === "start_sync");
    expect(starts.at(-1)?.args.passphrase).toBe("a long walk by the river");
    expect(screen.queryByLabelText(/Passphrase or recovery key/)).not.toBeInTheDocument();
  });

  it("says how the last sync went, syncs now and turns sync off", async () => {
    let setup: SyncSetup = { ...off(false), status: status(report()) };
    const calls = mockCommands(
      {
        sync_setup: () => setup,
        sync_now: () => report(),
        stop_sync: () => {
          setup = off(false);
          return null;
        },
      },
      { events: true },
    );
    render(SyncSetting);
    await settle();
    const line = screen.getByRole("status");
    expect(line).toHaveTextContent("sent 2 changes; 3 changes from Desktop came in.");
    expect(line).toHaveTextContent("1 earlier version from other devices kept in version history.");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Sync now" }));
    await settle();
    expect(calls.some((c) => c.command === "sync_now")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Turn sync off" }));
    await settle();
    expect(calls.some((c) => c.command === "stop_sync")).toBe(true);
    expect(screen.getByRole("button", { name: "Choose a sync folder…" })).toBeInTheDocument();
  });

  it("says when the folder was missing and lists files that could not be applied, by the device's name", async () => {
    const problems = [
      {
        device: "01a23f5c-a63b-7ac7-bb67-ede5e434ebad",
        file: "changes-0000000003.json",
        problem: "skipped: it is cut short",
      },
    ];
    mockCommands(
      {
        sync_setup: () => ({ ...off(false), status: status(report({ folder_missing: true, problems })) }),
      },
      { events: true },
    );
    render(SyncSetting);
    await settle();
    expect(screen.getByRole("status")).toHaveTextContent("the sync folder was not there");
    expect(screen.getByRole("list", { name: "Files that could not be applied" })).toHaveTextContent(
      "changes-0000000003.json from Desktop: skipped: it is cut short",
    );
  });
});
