import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import LearningView from "./LearningView.svelte";
import Toasts from "../components/Toasts.svelte";
import { mockCommands, settle } from "../test/ipc";
import { openStatus, partnership, session, summary } from "../test/fixtures";
import type { Learning, LearningFields, SkillGrowth } from "../lib/api";
import { journal } from "../lib/journal.svelte";
import { refused } from "../test/errors";

const stamps = { created_at: "", updated_at: "", deleted_at: null };
const priya = partnership("p1", "Priya Raman");
const tom = partnership("p2", "Tom Okafor");

function learning(id: string, on: string, text: string, partnershipId: string | null, extra = {}): Learning {
  return {
    id,
    fields: {
      partnership_id: partnershipId,
      on,
      text,
      skill_id: null,
      session_id: null,
      visibility: "private",
      author: "me",
      ...extra,
    },
    ...stamps,
  };
}

const skill: SkillGrowth = {
  skill: {
    id: "k1",
    fields: {
      partnership_id: "p1",
      name: "LinkedIn posting",
      category: "",
      direction: "learn",
      visibility: "shared",
    },
    ...stamps,
  },
  self_rated: null,
  partner_rated: null,
  history: [],
};

const log = [
  learning("l1", "2026-03-14", "Tables first", "p1", {
    skill_id: "k1",
    session_id: "s1",
    visibility: "shared",
  }),
  learning("l2", "2026-03-02", "Headlines are search results", "p2", { author: "partner" }),
  learning("l3", "2026-02-20", "Hurdle rate is history", null),
];

function backend(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockCommands({
    learnings: () => log,
    skills_growth: () => [skill],
    sessions: () => [session("s1")],
    render_markdown: ({ text }) => `<p>${text as string}</p>`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(priya), summary(tom)],
    ...extra,
  });
}

describe("LearningView", () => {
  beforeEach(() => {
    journal.partnerships = [priya, tom];
  });

  it("lists learnings newest first, grouped by month, with what they belong to", async () => {
    backend();
    render(LearningView);
    await settle();

    const months = screen.getAllByRole("region").filter((r) => r.tagName === "SECTION");
    expect(months.map((m) => within(m).getByRole("heading").textContent)).toEqual([
      expect.stringContaining("March 2026"),
      expect.stringContaining("February 2026"),
    ]);
    const march = within(months[0]!).getAllByRole("listitem");
    expect(march[0]).toHaveTextContent("Tables first");
    expect(march[1]).toHaveTextContent("Headlines are search results");
    expect(within(march[0]!).getByRole("link", { name: "with Priya Raman" })).toHaveAttribute(
      "href",
      "#/partnership/p1/overview",
    );
    expect(within(march[0]!).getByRole("link", { name: /LinkedIn posting/ })).toBeInTheDocument();
    expect(within(march[0]!).getByRole("link", { name: /Prompting for finance/ })).toHaveAttribute(
      "href",
      "#/session/s1",
    );
    expect(within(march[1]!).getByText("Only me")).toBeInTheDocument();
    // A learning from the partner's pack says whose it is.
    expect(within(march[1]!).getByRole("link", { name: "from Tom Okafor" })).toBeInTheDocument();
    expect(within(march[0]!).queryByText(/^from /)).not.toBeInTheDocument();
  });

  it("filters by partnership, visibility and words", async () => {
    backend();
    render(LearningView);
    await settle();
    const user = userEvent.setup();

    await user.selectOptions(
      screen.getByLabelText("Partnership", { selector: "#learning-filter-partnership" }),
      "p2",
    );
    expect(screen.getByText("Headlines are search results")).toBeInTheDocument();
    expect(screen.queryByText("Tables first")).not.toBeInTheDocument();
    expect(screen.queryByText("Hurdle rate is history")).not.toBeInTheDocument();
    expect(screen.getByText(/Showing 1 of 3 learnings/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Show all" }));
    await user.click(screen.getByRole("radio", { name: "Shared" }));
    expect(screen.getByText("Tables first")).toBeInTheDocument();
    expect(screen.queryByText("Headlines are search results")).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "All" }));
    await user.type(screen.getByLabelText("Words"), "hurdle");
    expect(screen.getByText("Hurdle rate is history")).toBeInTheDocument();
    expect(screen.queryByText("Tables first")).not.toBeInTheDocument();
  });

  it("makes a learning shared with one click on its lock, saving nothing else", async () => {
    const calls = backend({ update_learning: ({ id, fields }) => ({ id, fields, ...stamps }) });
    render(LearningView);
    await settle();
    const user = userEvent.setup();
    const item = screen.getByText("Headlines are search results").closest("li")!;
    await user.click(within(item).getByRole("button", { name: /^Only me\./, pressed: true }));
    await settle();
    expect(calls.filter((c) => c.command === "update_learning").at(-1)?.args).toEqual({
      id: "l2",
      fields: { ...log[1]!.fields, visibility: "shared" },
    });
  });

  it("saves an edit as you type, and keeps the text when the journal refuses", async () => {
    let refuse = false;
    const calls = backend({
      update_learning: ({ id, fields }) => {
        if (refuse) throw refused("text", "must not be empty");
        return { id, fields, ...stamps };
      },
    });
    render(LearningView);
    await settle();
    const user = userEvent.setup();

    const item = screen.getByText("Headlines are search results").closest("li")!;
    await user.click(within(item).getByRole("button", { name: /Edit the learning of Mar 2, 2026/ }));
    const text = within(item).getByLabelText("What I learned or applied");
    await user.type(text, " and titles");
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "update_learning").at(-1)?.args).toEqual({
      id: "l2",
      fields: { ...log[1]!.fields, text: "Headlines are search results and titles" },
    });

    refuse = true;
    await user.type(text, " and more");
    await user.tab();
    await settle();
    expect(within(item).getByText("must not be empty")).toBeInTheDocument();
    expect(text).toHaveValue("Headlines are search results and titles and more");
    expect(text).toHaveAttribute("aria-invalid", "true");
  });

  it("restores an earlier version of a learning being edited, after writing what was typed", async () => {
    let current = log.map((l) => ({ ...l, fields: { ...l.fields } }));
    const earlier = "Headlines are what people search";
    const calls = backend({
      learnings: () => current,
      update_learning: ({ id, fields }) => {
        current = current.map((l) => (l.id === id ? { ...l, fields: fields as LearningFields } : l));
        return { id, fields, ...stamps };
      },
      revisions: () => [
        {
          id: 9,
          kind: "learning",
          record_id: "l2",
          field: "text",
          saved_at: "2026-03-02T18:00:00Z",
          text: earlier,
        },
      ],
      compare_revision: () => [
        { text: "Headlines are ", change: "same" },
        { text: "what people search", change: "removed" },
        { text: "search results and titles", change: "added" },
      ],
      restore_revision: () => {
        current = current.map((l) => (l.id === "l2" ? { ...l, fields: { ...l.fields, text: earlier } } : l));
        return null;
      },
    });
    render(LearningView);
    await settle();
    const user = userEvent.setup();
    const item = screen.getByText("Headlines are search results").closest("li")!;
    await user.click(within(item).getByRole("button", { name: /Edit the learning of Mar 2, 2026/ }));
    const text = within(item).getByLabelText("What I learned or applied");
    await user.type(text, " and titles");
    fireEvent.click(within(item).getByRole("button", { name: "History of the learning" }));
    await settle();
    const commands = calls.map((c) => c.command);
    expect(commands.indexOf("update_learning")).toBeGreaterThan(-1);
    expect(commands.indexOf("update_learning")).toBeLessThan(commands.indexOf("revisions"));

    await user.click(screen.getByRole("button", { name: "Restore this version" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_revision")?.args).toEqual({ id: 9 });
    expect(text).toHaveValue(earlier);
    // Typing on goes on from the restored text, not from what it replaced.
    await user.type(text, " first");
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "update_learning").at(-1)?.args.fields).toMatchObject({
      text: `${earlier} first`,
    });
  });

  it("deletes to the trash and undo restores", async () => {
    const trashed = new Set<string>();
    const calls = backend({
      learnings: () => log.filter((l) => !trashed.has(l.id)),
      trash_record: ({ id }) => (trashed.add(id as string), null),
      restore_record: ({ id }) => (trashed.delete(id as string), null),
    });
    render(LearningView);
    render(Toasts);
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: /Delete the learning of Feb 20, 2026/ }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "learning", id: "l3" });
    expect(screen.queryByText("Hurdle rate is history")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({ kind: "learning", id: "l3" });
    expect(screen.getByText("Hurdle rate is history")).toBeInTheDocument();
  });

  it("adds a learning from the form at the top", async () => {
    const calls = backend({ create_learning: ({ fields }) => ({ id: "l9", fields, ...stamps }) });
    render(LearningView);
    await settle();
    const user = userEvent.setup();

    const form = screen.getByRole("form", { name: "What did I learn?" });
    await user.type(within(form).getByLabelText("What I learned or applied"), "Ask for sources");
    await user.selectOptions(within(form).getByLabelText("Skill"), "k1");
    await user.click(within(form).getByRole("button", { name: "Add to log" }));
    await settle();
    expect(calls.find((c) => c.command === "create_learning")?.args.fields).toMatchObject({
      text: "Ask for sources",
      skill_id: "k1",
      partnership_id: "p1",
      visibility: "private",
    });
    expect(within(form).getByLabelText("What I learned or applied")).toHaveValue("");
  });

  it("explains the log when it is empty", async () => {
    backend({ learnings: () => [] });
    render(LearningView);
    await settle();
    expect(screen.getByText("Your learning log is empty")).toBeInTheDocument();
    expect(screen.getAllByText(/Ctrl\+L/).length).toBeGreaterThan(0);
  });
});
