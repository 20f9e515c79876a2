import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import ProgrammeReportDialog from "./ProgrammeReportDialog.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { toasts } from "../../lib/toasts.svelte";
import type { PairNumbers, ReportChoices, ReportOptions, ReportPreview } from "../../lib/api";

const CHOICES: ReportChoices = {
  skill_categories: [
    { name: "Finance", proposed: null },
    { name: "Social media", proposed: "social_media" },
  ],
  programme_categories: [
    { category: "social_media", label: "Social media" },
    { category: "business", label: "Business and strategy" },
  ],
};

const PAIR: PairNumbers = {
  pair_code: "PAIR-K7Q2-M9XA",
  partner: null,
  status: "active",
  rhythm_days: 14,
  months_active: 10,
  sessions_held: 12,
  sessions_expected: 14,
  hours_held: 9,
  goals: { learn: { set: 3, achieved: 1 }, teach: { set: 1, achieved: 0 } },
  skills: {
    learn: { skills: 2, growth_self: 1.5, growth_partner: null },
    teach: { skills: 0, growth_self: null, growth_partner: null },
  },
  categories: [],
  feedback_given: { count: 2, average_rating: 4.5 },
  feedback_received: { count: 0, average_rating: null },
  agreement: "written",
};

function preview(options: ReportOptions): ReportPreview {
  const named = options.named.includes("p1");
  return {
    report: {
      format: "twoway-programme-report",
      version: 1,
      generated_on: "2026-12-03",
      side: options.side,
      pairs: [{ ...PAIR, partner: named ? "Priya Raman" : null }],
    },
    partnerships: [{ id: "p1", partner_name: "Priya Raman" }],
  };
}

describe("ProgrammeReportDialog", () => {
  beforeEach(() => {
    toasts.items = [];
  });

  it("shows the figures by pair code, proposes matching categories, and saves what was chosen", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      report_choices: () => CHOICES,
      programme_report: ({ options }) => preview(options as ReportOptions),
      "plugin:dialog|save": () => "/home/me/report.json",
      save_programme_report: () => null,
    });
    render(ProgrammeReportDialog, { open: true });
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Report to your programme" });

    // The code, not the name, unless asked; the name only says locally which pair it is.
    expect(within(dialog).getByRole("heading", { name: /PAIR-K7Q2-M9XA/ })).toBeInTheDocument();
    expect(
      within(dialog).getByText("12 sessions held of 14 the rhythm asked for, 9 hours"),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("1 of 3 achieved")).toBeInTheDocument();
    expect(within(dialog).getByText(/2 skills; growth \+1.5 levels self-rated/)).toBeInTheDocument();

    expect(within(dialog).getByLabelText("Social media")).toHaveValue("social_media");
    expect(within(dialog).getByLabelText("Finance")).toHaveValue("");
    await user.selectOptions(within(dialog).getByLabelText("Finance"), "business");
    await user.click(within(dialog).getByLabelText("The senior leader"));
    await user.click(within(dialog).getByRole("checkbox", { name: "Priya Raman" }));
    await settle();
    expect(within(dialog).getByRole("heading", { name: "Priya Raman" })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Save…" }));
    await settle();
    const saved = calls.find((c) => c.command === "save_programme_report")!;
    expect(saved.args).toMatchObject({
      path: "/home/me/report.json",
      replace: true,
      options: {
        side: "senior_leader",
        named: ["p1"],
        categories: [
          { skill_category: "Finance", category: "business" },
          { skill_category: "Social media", category: "social_media" },
        ],
      },
    });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(toasts.items.map((t) => t.message)).toContain(
      "Saved the programme report to /home/me/report.json",
    );
  });

  it("says what to do when there is no partnership, and cannot save an empty report", async () => {
    mockCommands({
      report_choices: () => ({ skill_categories: [], programme_categories: CHOICES.programme_categories }),
      programme_report: () => ({
        report: { ...preview({ side: null, named: [], categories: [] }).report, pairs: [] },
        partnerships: [],
      }),
    });
    render(ProgrammeReportDialog, { open: true });
    await settle();
    expect(screen.getByText(/Add a partnership first/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save…" })).toBeDisabled();
  });

  it("keeps the choices when the save is cancelled in the system dialog", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      report_choices: () => CHOICES,
      programme_report: ({ options }) => preview(options as ReportOptions),
      "plugin:dialog|save": () => null,
    });
    render(ProgrammeReportDialog, { open: true });
    await settle();
    await user.click(screen.getByLabelText("The junior mentor"));
    await user.click(screen.getByRole("button", { name: "Save…" }));
    await settle();
    expect(calls.some((c) => c.command === "save_programme_report")).toBe(false);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(screen.getByLabelText("The junior mentor")).toBeChecked();
  });
});
