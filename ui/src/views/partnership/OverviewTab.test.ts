import { describe, expect, it, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import OverviewTab from "./OverviewTab.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { agreementOf, partnership, reminderSettings, summary } from "../../test/fixtures";
import type { PartnershipFields } from "../../lib/api";
import { refused } from "../../test/errors";

function setup(extra: Record<string, Handler> = {}, fields: Partial<PartnershipFields> = {}) {
  const p = partnership();
  p.fields = { ...p.fields, ...fields };
  const calls = mockCommands({
    render_markdown: ({ text }) => `<p>${String(text)}</p>`,
    update_partnership: ({ id, fields }) => ({ ...p, id, fields, updated_at: "2026-03-02T10:00:00Z" }),
    agreement: () => agreementOf(p),
    reminder_settings: () => reminderSettings(),
    ...extra,
  });
  const onsaved = vi.fn();
  render(OverviewTab, { partnership: p, summary: summary(p), onsaved });
  return { calls, onsaved, p, user: userEvent.setup() };
}

describe("OverviewTab", () => {
  it("autosaves an edit with every field of the partnership", async () => {
    const { calls, onsaved, p, user } = setup();
    await settle();
    const role = screen.getByLabelText("Their role");
    await user.clear(role);
    await user.type(role, "Senior data analyst");
    await user.tab();
    await settle();
    const saves = calls.filter((c) => c.command === "update_partnership");
    expect(saves).toHaveLength(1);
    expect(saves[0]?.args).toEqual({
      id: "p1",
      fields: { ...p.fields, partner_role: "Senior data analyst" },
    });
    expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ id: "p1" }));
  });

  it("shows the journal's refusal next to the name and keeps what was typed", async () => {
    const { user } = setup({
      update_partnership: () => {
        throw refused("partner_name", "must not be empty");
      },
    });
    await settle();
    const name = screen.getByLabelText("Partner's name");
    await user.clear(name);
    await user.type(name, "   ");
    await user.tab();
    await settle();
    expect(name).toHaveValue("   ");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Must not be empty.")).toBeInTheDocument();
  });

  it("adds a topic with Enter and removes one with its button", async () => {
    const { calls, user } = setup();
    await settle();
    await user.type(screen.getByLabelText("What I learn from Priya"), "TikTok{Enter}");
    const learn = screen.getByRole("list", { name: "What I learn from Priya: topics" });
    expect(
      within(learn)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.replace("✕", "").trim()),
    ).toEqual(["LinkedIn", "Generative AI", "TikTok"]);
    await user.click(screen.getByRole("button", { name: "Remove Capital allocation" }));
    await user.tab();
    await settle();
    const saved = calls.filter((c) => c.command === "update_partnership").at(-1)?.args
      .fields as PartnershipFields;
    expect(saved.i_learn).toEqual(["LinkedIn", "Generative AI", "TikTok"]);
    expect(saved.i_teach).toEqual([]);
  });

  it("saves the cadence from the number and the unit, and none as no cadence", async () => {
    const { calls, user } = setup();
    await settle();
    const every = screen.getByLabelText("Meet every");
    await user.clear(every);
    await user.type(every, "3");
    await user.selectOptions(screen.getByLabelText("Cadence unit"), "month");
    await user.tab();
    await settle();
    let saved = calls.filter((c) => c.command === "update_partnership").at(-1)?.args
      .fields as PartnershipFields;
    expect(saved.cadence).toEqual({ every: 3, unit: "month" });
    await user.selectOptions(screen.getByLabelText("Cadence unit"), "none");
    await user.tab();
    await settle();
    saved = calls.filter((c) => c.command === "update_partnership").at(-1)?.args.fields as PartnershipFields;
    expect(saved.cadence).toBeNull();
  });

  it("offers a starter agreement when there is none, and saves it", async () => {
    const { calls, user } = setup({}, { agreement: "" });
    await settle();
    await user.click(screen.getByRole("button", { name: "Start from a template" }));
    const text = (screen.getByLabelText("Agreement (Markdown)") as HTMLTextAreaElement).value;
    for (const heading of ["Ground rules", "Confidentiality", "Boundaries", "How we give feedback"]) {
      expect(text).toContain(`## ${heading}`);
    }
    expect(text).toContain("every 2 weeks");
    expect(screen.queryByRole("button", { name: "Start from a template" })).toBeNull();
    await waitFor(() => expect(calls.some((c) => c.command === "update_partnership")).toBe(true), {
      timeout: 2000,
    });
    const saved = calls.find((c) => c.command === "update_partnership")?.args.fields as PartnershipFields;
    expect(saved.agreement).toBe(text);
  });
});
