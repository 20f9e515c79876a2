import { beforeEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import PartnershipView from "./PartnershipView.svelte";
import Toasts from "../components/Toasts.svelte";
import { mockCommands, settle, type Handler } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";
import type { Partnership } from "../lib/api";
import { failure } from "../test/errors";

function commands(p: Partnership, extra: Record<string, Handler> = {}) {
  return mockCommands({
    get_partnership: () => p,
    partnership_summary: () => summary(p),
    render_markdown: ({ text }) => `<p>${String(text)}</p>`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(p)],
    ...extra,
  });
}

describe("PartnershipView", () => {
  beforeEach(() => {
    location.hash = "#/partnership/p1/overview";
  });

  it("shows the partner, their status and the five tabs, with overview selected", async () => {
    commands(partnership());
    render(PartnershipView, { id: "p1", tab: "overview" });
    await settle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Priya Raman");
    expect(screen.getByText("Active", { selector: ".chip" })).toBeInTheDocument();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Overview", "Sessions", "Goals", "Skills", "Feedback"]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(tabs[2]).toHaveAttribute("href", "#/partnership/p1/goals");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "partnership-tab-overview");
    expect(screen.getByLabelText("Partner's name")).toHaveValue("Priya Raman");
    expect(screen.getByText("of 5 expected")).toBeInTheDocument();
  });

  it("moves to the next tab with the arrow keys", async () => {
    commands(partnership());
    render(PartnershipView, { id: "p1", tab: "overview" });
    await settle();
    const user = userEvent.setup();
    screen.getByRole("tab", { name: "Overview" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(location.hash).toBe("#/partnership/p1/sessions");
    await user.keyboard("{End}");
    expect(location.hash).toBe("#/partnership/p1/feedback");
  });

  it("says so when the partnership is gone", async () => {
    mockCommands({
      get_partnership: () => {
        throw failure("NotFound", "partnership p1 not found");
      },
    });
    render(PartnershipView, { id: "p1", tab: "overview" });
    await settle();
    expect(
      screen.getByRole("heading", { name: "This partnership is not in the journal" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the trash" })).toHaveAttribute("href", "#/trash");
  });

  it("deletes the partnership to the trash, goes home, and undo restores it", async () => {
    let trashed = false;
    const calls = commands(partnership(), {
      get_partnership: () => {
        if (trashed) throw failure("NotFound", "partnership p1 not found");
        return partnership();
      },
      trash_record: () => {
        trashed = true;
        return null;
      },
      restore_record: () => {
        trashed = false;
        return null;
      },
    });
    render(PartnershipView, { id: "p1", tab: "overview" });
    render(Toasts);
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Delete partnership" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "partnership", id: "p1" });
    expect(location.hash).toBe("#/");
    expect(screen.getByText("Partnership moved to the trash.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({
      kind: "partnership",
      id: "p1",
    });
    // The sidebar is told (journal.changed) after the delete and again after the undo.
    expect(calls.filter((c) => c.command === "partnership_summaries").length).toBeGreaterThanOrEqual(2);
    expect(location.hash).toBe("#/");
  });
});
