import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import HomeView from "./HomeView.svelte";
import { mockCommands, settle } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";
import { journal } from "../lib/journal.svelte";
import type { PartnershipSummary, SkillGrowth } from "../lib/api";

// jsdom has no canvas: stand in for uPlot so the chart's surroundings can be tested.
vi.mock("uplot", () => ({
  default: class {
    series = [];
    setSeries() {}
    setSize() {}
    destroy() {}
  },
}));

const helen = { my_name: "Helen Marsh", my_role: "Finance Director" };

function withStatus(s: PartnershipSummary, status: "active" | "paused" | "completed"): PartnershipSummary {
  return { ...s, partnership: { ...s.partnership, fields: { ...s.partnership.fields, status } } };
}

function growthFixture(): SkillGrowth[] {
  const rating = (id: string, on: string, level: number) => ({
    id,
    fields: { skill_id: "k1", on, level, rater: "me" as const, note: "", visibility: "private" as const },
    created_at: "",
    updated_at: "",
    deleted_at: null,
  });
  return [
    {
      skill: {
        id: "k1",
        fields: {
          partnership_id: "p1",
          name: "LinkedIn posting",
          category: "",
          direction: "learn",
          visibility: "shared",
        },
        created_at: "",
        updated_at: "",
        deleted_at: null,
      },
      self_rated: {
        baseline: 1,
        baseline_on: "2026-01-10",
        latest: 3,
        latest_on: "2026-03-01",
        change: 2,
        ratings: 2,
      },
      partner_rated: null,
      history: [rating("r1", "2026-01-10", 1), rating("r2", "2026-03-01", 3)],
    },
  ];
}

describe("HomeView", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 2, 12, 9, 30));
    journal.status = openStatus;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows each partnership's numbers from the journal's summary", async () => {
    const calls = mockCommands({
      partnership_summaries: () => [summary(partnership())],
      skills_growth: () => [],
      get_profile: () => helen,
    });
    render(HomeView);
    await settle();

    expect(calls.find((c) => c.command === "partnership_summaries")?.args).toEqual({ today: "2026-03-12" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Good morning, Helen");
    const card = screen.getByRole("article", { name: "Priya Raman" });
    const c = within(card);
    expect(c.getByRole("link", { name: "Priya Raman" })).toHaveAttribute("href", "#/partnership/p1/overview");
    expect(c.getByRole("link", { name: "Plan next session" })).toHaveAttribute(
      "href",
      "#/partnership/p1/sessions",
    );
    expect(c.getByText("Data analyst · since Jan 5, 2026")).toBeInTheDocument();
    expect(c.getByRole("list", { name: "What I learn" })).toHaveTextContent("LinkedIn");
    expect(c.getByRole("list", { name: "What I teach" })).toHaveTextContent("Capital allocation");

    const rhythm = within(c.getByRole("group", { name: "Rhythm" }));
    expect(rhythm.getByText("every 2 weeks")).toBeInTheDocument();
    expect(rhythm.getByText("4 of 5 sessions held")).toBeInTheDocument();
    expect(rhythm.getByText("Last 90 days: 3 of 5")).toBeInTheDocument();
    expect(rhythm.getByText(/Last session/)).toHaveTextContent("Last session 7 days ago");

    const actions = within(c.getByRole("group", { name: "Actions" }));
    expect(actions.getByText("3 open")).toBeInTheDocument();
    expect(actions.getByText("1 overdue")).toBeInTheDocument();
    expect(actions.getByText("4 done")).toBeInTheDocument();

    const goals = within(c.getByRole("group", { name: "Goals" }));
    expect(goals.getByText(/55%/)).toBeInTheDocument();
    expect(goals.getByText("1 open · 2 in progress · 1 achieved")).toBeInTheDocument();

    const balance = c.getByRole("group", { name: "Learn and teach" });
    expect(balance).toHaveTextContent(/Goals\s*3 learn\s*·\s*1 teach/);
    expect(balance).toHaveTextContent(/Skills\s*2 learn\s*·\s*2 teach/);

    const feedback = c.getByRole("group", { name: "Feedback" });
    expect(feedback).toHaveTextContent(/Given 3\s*★ 4.3 avg/);
    expect(feedback).toHaveTextContent(/Received 2\s*★ 4.5 avg/);

    expect(screen.getByText(/1 active partnership · 1 overdue action/)).toBeInTheDocument();
  });

  it("says when the next session is overdue, in words relative to today", async () => {
    const late = { ...summary(partnership()), next_session_due: "2026-03-09", next_planned_at: null };
    mockCommands({
      partnership_summaries: () => [late],
      skills_growth: () => [],
      get_profile: () => helen,
    });
    render(HomeView);
    await settle();
    const next = screen.getByRole("group", { name: "Next session" });
    expect(next).toHaveTextContent("Nothing planned");
    expect(next).toHaveTextContent("Overdue: was due 3 days ago");
  });

  it("shows a planned session and whether it keeps the rhythm", async () => {
    const planned = {
      ...summary(partnership()),
      next_session_due: "2026-03-16",
      next_planned_at: "2026-03-13T10:00:00",
    };
    mockCommands({
      partnership_summaries: () => [planned],
      skills_growth: () => [],
      get_profile: () => helen,
    });
    render(HomeView);
    await settle();
    const next = screen.getByRole("group", { name: "Next session" });
    expect(next).toHaveTextContent("Tomorrow");
    expect(next).toHaveTextContent("Keeps the rhythm");
    expect(next).not.toHaveTextContent("Overdue");
  });

  it("puts completed partnerships in their own quiet list and handles no cadence", async () => {
    const loose = summary(partnership("p2", "Jordan Ellis"));
    loose.partnership.fields.cadence = null;
    loose.cadence = {
      held_since_start: 2,
      expected_since_start: null,
      // The window is the journal's to set; the card names whatever it is.
      recent_days: 30,
      held_recently: 1,
      expected_recently: null,
    };
    loose.next_session_due = null;
    loose.next_planned_at = null;
    mockCommands({
      partnership_summaries: () => [loose, withStatus(summary(partnership("p3", "Sam Okoye")), "completed")],
      skills_growth: () => [],
      get_profile: () => ({ my_name: "", my_role: "" }),
    });
    render(HomeView);
    await settle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Your Twoway journal");
    const rhythm = within(screen.getByRole("group", { name: "Rhythm" }));
    expect(rhythm.getByText("no set rhythm")).toBeInTheDocument();
    expect(rhythm.getByText("2 sessions held")).toBeInTheDocument();
    expect(rhythm.getByText("Last 30 days: 1")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Next session" })).toHaveTextContent(
      "Meet when it suits you both",
    );

    expect(screen.queryByRole("article", { name: "Sam Okoye" })).not.toBeInTheDocument();
    const completed = screen.getByRole("region", { name: "Completed" });
    expect(within(completed).getByRole("link", { name: "Sam Okoye" })).toHaveAttribute(
      "href",
      "#/partnership/p3/overview",
    );
    expect(completed).toHaveTextContent("4 sessions held · 1 of 4 goals achieved · 5 feedback entries");
  });

  it("charts skill growth with a legend and a table, and explains an empty chart", async () => {
    mockCommands({
      partnership_summaries: () => [summary(partnership())],
      skills_growth: () => growthFixture(),
      get_profile: () => helen,
    });
    render(HomeView);
    await settle();
    const growth = screen.getByRole("region", { name: "Skill growth" });
    const legendItem = within(growth).getByRole("button", { name: /LinkedIn posting/ });
    expect(legendItem).toHaveTextContent(/1 → 3\s*\+2/);
    expect(legendItem).toHaveAttribute("aria-pressed", "true");
    await userEvent.setup().click(legendItem);
    expect(legendItem).toHaveAttribute("aria-pressed", "false");
    const row = within(growth).getByRole("row", { name: /LinkedIn posting/ });
    expect(row).toHaveTextContent("1 on Jan 10, 2026");
    expect(row).toHaveTextContent("3 on Mar 1, 2026");

    await userEvent.setup().click(within(growth).getByLabelText("Partner's ratings"));
    expect(growth).toHaveTextContent("No ratings from a partner for these skills yet");
  });

  it("tells how to start rating skills when none has a rating", async () => {
    mockCommands({
      partnership_summaries: () => [summary(partnership())],
      skills_growth: () => [],
      get_profile: () => helen,
    });
    render(HomeView);
    await settle();
    const growth = screen.getByRole("region", { name: "Skill growth" });
    expect(within(growth).getByRole("heading", { name: "No skill ratings yet" })).toBeInTheDocument();
    expect(within(growth).getByRole("link", { name: "Add skills with Priya" })).toHaveAttribute(
      "href",
      "#/partnership/p1/skills",
    );
  });

  it("welcomes a new journal and opens the sample in its own file", async () => {
    const calls = mockCommands({
      partnership_summaries: () => [],
      skills_growth: () => [],
      get_profile: () => ({ my_name: "", my_role: "" }),
      open_demo_journal: () => ({
        ...openStatus,
        path: "/tmp/demo.sqlite3",
        is_default: false,
        is_demo: true,
      }),
      journal_status: () => ({ ...openStatus, path: "/tmp/demo.sqlite3", is_default: false, is_demo: true }),
    });
    render(HomeView);
    await settle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Welcome to Twoway");
    expect(screen.getByRole("button", { name: "Create your first partnership" })).toBeInTheDocument();
    const sample = screen.getByRole("button", { name: "Try with sample data" });
    expect(sample).toHaveAccessibleDescription(
      /separate journal file.*your own journal stays empty and private/,
    );
    await userEvent.setup().click(sample);
    await settle();
    const opened = calls.findIndex((c) => c.command === "open_demo_journal");
    expect(calls[opened]?.args).toEqual({ today: "2026-03-12" });
    expect(calls.slice(opened).some((c) => c.command === "journal_status")).toBe(true);
    expect(journal.status?.is_demo).toBe(true);
  });

  it("opens the new-partnership dialog from the welcome", async () => {
    mockCommands({
      partnership_summaries: () => [],
      skills_growth: () => [],
      get_profile: () => ({ my_name: "", my_role: "" }),
    });
    render(HomeView);
    await settle();
    await userEvent.setup().click(screen.getByRole("button", { name: "Create your first partnership" }));
    expect(screen.getByRole("dialog", { name: "New partnership" })).toBeInTheDocument();
    expect(screen.getByLabelText(/Partner's name/)).toBeInTheDocument();
  });

  it("marks the sample journal and goes back to the user's own", async () => {
    journal.status = { ...openStatus, is_default: false, is_demo: true };
    const calls = mockCommands({
      partnership_summaries: () => [summary(partnership())],
      skills_growth: () => [],
      get_profile: () => helen,
      open_default_journal: () => openStatus,
      journal_status: () => openStatus,
    });
    render(HomeView);
    await settle();
    expect(screen.getByText("You are looking at sample data.")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Back to my journal" }));
    await settle();
    expect(calls.some((c) => c.command === "open_default_journal")).toBe(true);
    expect(journal.status?.is_demo).toBe(false);
    expect(screen.queryByText("You are looking at sample data.")).not.toBeInTheDocument();
  });
});
