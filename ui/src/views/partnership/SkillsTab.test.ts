import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SkillsTab from "./SkillsTab.svelte";
import Toasts from "../../components/Toasts.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { openStatus, partnership, summary } from "../../test/fixtures";
import type { SkillGrowth, SkillRating } from "../../lib/api";
import { today } from "../../lib/locale";
import { refused } from "../../test/errors";

const stamps = { created_at: "", updated_at: "", deleted_at: null };

function rating(id: string, on: string, level: number, rater: "me" | "partner"): SkillRating {
  return {
    id,
    fields: { skill_id: "k1", on, level, rater, note: "", visibility: rater === "me" ? "private" : "shared" },
    ...stamps,
  };
}

function linkedIn(): SkillGrowth {
  return {
    skill: {
      id: "k1",
      fields: {
        partnership_id: "p1",
        name: "LinkedIn posting",
        category: "Social media",
        direction: "learn",
        visibility: "shared",
      },
      ...stamps,
    },
    self_rated: {
      baseline: 1,
      baseline_on: "2026-01-05",
      latest: 3,
      latest_on: "2026-03-01",
      change: 2,
      ratings: 3,
    },
    partner_rated: {
      baseline: 4,
      baseline_on: "2026-01-05",
      latest: 3,
      latest_on: "2026-03-01",
      change: -1,
      ratings: 2,
    },
    history: [
      rating("r1", "2026-01-05", 1, "me"),
      rating("r2", "2026-01-05", 4, "partner"),
      rating("r3", "2026-02-01", 2, "me"),
      rating("r4", "2026-03-01", 3, "me"),
      rating("r5", "2026-03-01", 3, "partner"),
    ],
  };
}

const journalCommands = {
  journal_status: () => openStatus,
  partnership_summaries: () => [summary(partnership())],
};

describe("SkillsTab", () => {
  it("shows my growth and my partner's apart", async () => {
    mockCommands({ skills_growth: () => [linkedIn()], learnings_for_skill: () => [] });
    render(SkillsTab, { partnership: partnership() });
    await settle();

    const card = screen.getByRole("article", { name: "LinkedIn posting" });
    expect(within(card).getByText("I learn")).toBeInTheDocument();
    expect(within(card).getByText("Social media")).toBeInTheDocument();
    const mine = within(card).getByText("As I rate it").parentElement!;
    const hers = within(card).getByText("As Priya rates it").parentElement!;
    expect(mine).toHaveTextContent("From 1 to 3 of 5, up 2.");
    expect(mine).toHaveTextContent("3 ratings");
    expect(hers).toHaveTextContent("From 4 to 3 of 5, down 1.");
    expect(hers).toHaveTextContent("2 ratings");
    // The ratings table is the chart's text alternative.
    const rows = within(card).getAllByRole("row");
    expect(rows).toHaveLength(6);
    expect(rows[2]).toHaveTextContent("Priya");
  });

  it("adds a rating with the date, level, rater and note chosen", async () => {
    const calls = mockCommands({
      skills_growth: () => [linkedIn()],
      learnings_for_skill: () => [],
      create_skill_rating: ({ fields }) => ({ id: "r9", fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Rate now: LinkedIn posting" }));
    const form = screen.getByRole("form", { name: "Rate LinkedIn posting" });
    // The level starts at the rater's latest rating.
    expect(within(form).getByRole("radio", { name: /^3\W+Comfortable/ })).toBeChecked();
    await user.click(within(form).getByRole("radio", { name: "Priya" }));
    await user.click(within(form).getByRole("radio", { name: /^5\W+Could teach it/ }));
    await user.type(within(form).getByLabelText(/Note/), "Priya: the best post so far");
    await user.click(within(form).getByRole("button", { name: "Save rating" }));
    await settle();

    const created = calls.find((c) => c.command === "create_skill_rating");
    expect(created?.args.fields).toEqual({
      skill_id: "k1",
      on: today(),
      level: 5,
      rater: "partner",
      note: "Priya: the best post so far",
      visibility: "shared",
    });
    expect(screen.queryByRole("form", { name: "Rate LinkedIn posting" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "skills_growth")).toHaveLength(2);
  });

  it("starts my own rating private and my partner's shared, following the rater until the toggle is clicked", async () => {
    const calls = mockCommands({
      skills_growth: () => [linkedIn()],
      learnings_for_skill: () => [],
      create_skill_rating: ({ fields }) => ({ id: "r9", fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Rate now: LinkedIn posting" }));
    const form = screen.getByRole("form", { name: "Rate LinkedIn posting" });
    const toggle = () => within(form).getByRole("button", { name: /Only me|Shared/ });

    expect(toggle()).toHaveAttribute("aria-pressed", "true");
    expect(toggle()).toHaveAccessibleName(
      "Only me. Private: stays on this computer, never in an export for Priya",
    );
    await user.click(within(form).getByRole("radio", { name: "Priya" }));
    expect(toggle()).toHaveAttribute("aria-pressed", "false");
    await user.click(within(form).getByRole("radio", { name: "Me" }));
    expect(toggle()).toHaveAttribute("aria-pressed", "true");
    await user.type(within(form).getByLabelText(/Note/), "Still unsure when to post");
    await user.click(within(form).getByRole("button", { name: "Save rating" }));
    await settle();
    expect(calls.find((c) => c.command === "create_skill_rating")?.args.fields).toMatchObject({
      rater: "me",
      note: "Still unsure when to post",
      visibility: "private",
    });

    // Clicked, the choice stays whoever rates.
    await user.click(screen.getByRole("button", { name: "Rate now: LinkedIn posting" }));
    const again = screen.getByRole("form", { name: "Rate LinkedIn posting" });
    await user.click(within(again).getByRole("button", { pressed: true }));
    await user.click(within(again).getByRole("radio", { name: "Priya" }));
    await user.click(within(again).getByRole("radio", { name: "Me" }));
    expect(within(again).getByRole("button", { name: /Shared/ })).toHaveAttribute("aria-pressed", "false");
    await user.click(within(again).getByRole("button", { name: "Save rating" }));
    await settle();
    expect(calls.filter((c) => c.command === "create_skill_rating").at(-1)?.args.fields).toMatchObject({
      rater: "me",
      visibility: "shared",
    });
  });

  it("locks the ratings of a private skill as private, in the form and in the list", async () => {
    const secret = linkedIn();
    secret.skill.fields.visibility = "private";
    const calls = mockCommands({
      skills_growth: () => [secret],
      learnings_for_skill: () => [],
      create_skill_rating: ({ fields }) => ({ id: "r9", fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();
    const card = screen.getByRole("article", { name: "LinkedIn posting" });
    const locked = within(card).getAllByRole("button", {
      name: "Only me. Private because its skill is private",
    });
    // One per rating in the list.
    expect(locked).toHaveLength(5);
    for (const toggle of locked) expect(toggle).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Rate now: LinkedIn posting" }));
    const form = screen.getByRole("form", { name: "Rate LinkedIn posting" });
    await user.click(within(form).getByRole("radio", { name: "Priya" }));
    const toggle = within(form).getByRole("button", {
      name: "Only me. Private because its skill is private",
    });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    await user.click(within(form).getByRole("button", { name: "Save rating" }));
    await settle();
    expect(calls.find((c) => c.command === "create_skill_rating")?.args.fields).toMatchObject({
      rater: "partner",
      visibility: "private",
    });
  });

  it("switches a skill and one of its ratings between shared and private with one click each", async () => {
    const calls = mockCommands({
      skills_growth: () => [linkedIn()],
      learnings_for_skill: () => [],
      update_skill: ({ id, fields }) => ({ id, fields, ...stamps }),
      update_skill_rating: ({ id, fields }) => ({ id, fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();
    const card = screen.getByRole("article", { name: "LinkedIn posting" });
    const skillToggle = within(card.querySelector("header")!).getByRole("button", { pressed: false });
    expect(skillToggle).toHaveAccessibleName("Shared: included when you export for Priya");
    await user.click(skillToggle);
    await settle();
    expect(calls.filter((c) => c.command === "update_skill").map((c) => c.args)).toEqual([
      { id: "k1", fields: { ...linkedIn().skill.fields, visibility: "private" } },
    ]);

    // The second rating is Priya's, shared.
    const row = within(card).getAllByRole("row")[2]!;
    await user.click(within(row).getByRole("button", { name: "Shared: included when you export for Priya" }));
    await settle();
    expect(calls.filter((c) => c.command === "update_skill_rating").map((c) => c.args)).toEqual([
      { id: "r2", fields: { ...linkedIn().history[1]!.fields, visibility: "private" } },
    ]);
    expect(calls.filter((c) => c.command === "skills_growth").length).toBeGreaterThanOrEqual(3);
  });

  it("adds a skill of the partnership in the chosen direction", async () => {
    const calls = mockCommands({
      skills_growth: () => [],
      learnings_for_skill: () => [],
      create_skill: ({ fields }) => ({ id: "k2", fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    expect(screen.getByText("No skills yet")).toBeInTheDocument();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Add the first skill" }));
    await user.type(screen.getByLabelText("Skill"), "  Board papers  ");
    await user.type(screen.getByLabelText(/Category/), "Finance");
    await user.click(screen.getByRole("radio", { name: "I teach it to Priya" }));
    await user.click(screen.getByRole("button", { name: "Add skill" }));
    await settle();

    expect(calls.find((c) => c.command === "create_skill")?.args.fields).toEqual({
      partnership_id: "p1",
      name: "Board papers",
      category: "Finance",
      direction: "teach",
      visibility: "shared",
    });
  });

  it("adds a private skill when the form's toggle is clicked before adding", async () => {
    const calls = mockCommands({
      skills_growth: () => [],
      learnings_for_skill: () => [],
      create_skill: ({ fields }) => ({ id: "k2", fields, ...stamps }),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add the first skill" }));
    await user.type(screen.getByLabelText("Skill"), "Saying no to the board");
    const form = screen.getByRole("form", { name: "Add a skill" });
    await user.click(
      within(form).getByRole("button", { name: "Shared: included when you export for Priya" }),
    );
    expect(within(form).getByRole("button", { pressed: true })).toHaveTextContent("Only me");
    await user.click(screen.getByRole("button", { name: "Add skill" }));
    await settle();
    expect(calls.find((c) => c.command === "create_skill")?.args.fields).toMatchObject({
      name: "Saying no to the board",
      visibility: "private",
    });
  });

  it("renames a skill with autosave, and keeps the text when the save is refused", async () => {
    let refuse = false;
    const calls = mockCommands({
      skills_growth: () => [linkedIn()],
      learnings_for_skill: () => [],
      update_skill: ({ id, fields }) => {
        if (refuse) throw refused("name", "must not be empty");
        return { id, fields, ...stamps };
      },
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Edit LinkedIn posting" }));
    const name = screen.getByLabelText("Name");
    await user.clear(name);
    await user.type(name, "LinkedIn writing");
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "update_skill").at(-1)?.args).toEqual({
      id: "k1",
      fields: {
        partnership_id: "p1",
        name: "LinkedIn writing",
        category: "Social media",
        direction: "learn",
        visibility: "shared",
      },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Saved");

    refuse = true;
    await user.clear(name);
    await user.type(name, "   ");
    await user.tab();
    await settle();
    expect(screen.getByText("must not be empty")).toBeInTheDocument();
    expect(name).toHaveValue("   ");
    expect(name).toHaveAttribute("aria-invalid", "true");
  });

  it("deletes a skill to the trash and undo brings it back", async () => {
    let trashed = false;
    const calls = mockCommands({
      skills_growth: () => (trashed ? [] : [linkedIn()]),
      learnings_for_skill: () => [],
      trash_record: () => ((trashed = true), null),
      restore_record: () => ((trashed = false), null),
      ...journalCommands,
    });
    render(SkillsTab, { partnership: partnership() });
    render(Toasts);
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Delete LinkedIn posting" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "skill", id: "k1" });
    expect(screen.queryByRole("article", { name: "LinkedIn posting" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({ kind: "skill", id: "k1" });
    expect(screen.getByRole("article", { name: "LinkedIn posting" })).toBeInTheDocument();
  });

  it("shows the learnings that are evidence of a skill", async () => {
    mockCommands({
      skills_growth: () => [linkedIn()],
      learnings_for_skill: ({ skill }) => [
        {
          id: "l1",
          fields: {
            partnership_id: "p1",
            on: "2026-02-10",
            text: "A headline is a search result",
            skill_id: skill,
            session_id: null,
            visibility: "shared",
          },
          ...stamps,
        },
      ],
      render_markdown: ({ text }) => `<p>${text as string}</p>`,
    });
    render(SkillsTab, { partnership: partnership() });
    await settle();
    const evidence = screen.getByRole("region", { name: "Evidence from the learning log LinkedIn posting" });
    expect(within(evidence).getByText("A headline is a search result")).toBeInTheDocument();
    expect(within(evidence).getByRole("link", { name: "Open the learning log" })).toHaveAttribute(
      "href",
      "#/learning",
    );
  });
});
