import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import PartnerFolderDialog from "./PartnerFolderDialog.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { openStatus, partnership, summary } from "../../test/fixtures";

const PRIYA = { id: "p1", name: "Priya Natarajan" };

describe("PartnerFolderDialog", () => {
  it("links the partnership to the folder chosen, exchanges now and stops", async () => {
    let folder: string | null = null;
    const calls = mockCommands({
      partner_folder: () => folder,
      "plugin:dialog|open": () => "/home/me/Nextcloud/Priya and me",
      link_partner_folder: (args) => {
        folder = args.folder as string | null;
        return null;
      },
      exchange_now: () => ({
        sent: true,
        received: {
          added: 3,
          updated: 1,
          unchanged: 0,
          conflicts: 0,
          trashed: 0,
          restored: 0,
          kinds: [],
          conflicting: [],
          profile_set: false,
          same_meeting: 0,
        },
        problem: null,
      }),
      journal_status: () => openStatus,
      partnership_summaries: () => [summary(partnership("p1"))],
    });
    render(PartnerFolderDialog, { open: true, partnership: PRIYA });
    await settle();
    expect(screen.getByText(/nothing marked private/)).toBeInTheDocument();
    expect(screen.getByText("Not linked to a folder yet.")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Choose a folder…" }));
    await settle();
    expect(calls.find((c) => c.command === "link_partner_folder")?.args).toEqual({
      partnership: "p1",
      folder: "/home/me/Nextcloud/Priya and me",
    });
    expect(screen.getByText("/home/me/Nextcloud/Priya and me")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Exchange now" }));
    await settle();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Priya Natarajan’s pack came in: 3 added, 1 updated.",
    );
    await user.click(screen.getByRole("button", { name: "Stop exchanging" }));
    await settle();
    expect(calls.filter((c) => c.command === "link_partner_folder").at(-1)?.args.folder).toBeNull();
    expect(screen.getByText("Not linked to a folder yet.")).toBeInTheDocument();
  });

  it("names a pack that could not be taken", async () => {
    mockCommands({
      partner_folder: () => "/shared",
      exchange_now: () => ({ sent: false, received: null, problem: "the pack is cut short" }),
    });
    render(PartnerFolderDialog, { open: true, partnership: PRIYA });
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Exchange now" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("could not be taken: the pack is cut short");
  });
});
