import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import FeedbackTab from "./FeedbackTab.svelte";
import Toasts from "../../components/Toasts.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { openStatus, partnership, session, summary } from "../../test/fixtures";
import type { Feedback } from "../../lib/api";
import { today } from "../../lib/locale";
import { refused } from "../../test/errors";

const stamps = { created_at: "", updated_at: "", deleted_at: null };

function entry(id: string, author: "me" | "partner", wentWell: string, rating: number | null): Feedback {
  return {
    id,
    fields: {
      partnership_id: "p1",
      session_id: author === "me" ? "s1" : null,
      author,
      on: "2026-02-24",
      rating,
      went_well: wentWell,
      to_improve: "",
      visibility: author === "me" ? "shared" : "private",
    },
    ...stamps,
  };
}

const given = entry("f1", "me", "Came with a plan", 4);
const received = entry("f2", "partner", "A real capex request", 5);

function backend(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockCommands({
    feedback: () => [given, received],
    sessions: () => [session("s1")],
    partnership_summary: () => summary(partnership()),
    render_markdown: ({ text }) => `<p>${text as string}</p>`,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(partnership())],
    ...extra,
  });
}

describe("FeedbackTab", () => {
  it("keeps feedback given and received apart", async () => {
    backend();
    render(FeedbackTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();

    const mine = screen.getByRole("article", { name: /Given to Priya/ });
    expect(within(mine).getByText("Came with a plan")).toBeInTheDocument();
    expect(within(mine).getByRole("img", { name: "4 of 5" })).toBeInTheDocument();
    expect(within(mine).getByRole("link", { name: "Prompting for finance" })).toHaveAttribute(
      "href",
      "#/session/s1",
    );
    expect(within(mine).getByText("Shared")).toBeInTheDocument();
    const theirs = screen.getByRole("article", { name: /From Priya/ });
    expect(within(theirs).getByText("A real capex request")).toBeInTheDocument();
    expect(within(theirs).getByText("Only me")).toBeInTheDocument();
    // The averages are the journal's, not recomputed here.
    expect(screen.getByRole("img", { name: "average 4.3 of 5" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "average 4.5 of 5" })).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Received (1)" }));
    expect(screen.queryByText("Came with a plan")).not.toBeInTheDocument();
    expect(screen.getByText("A real capex request")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Given (1)" }));
    expect(screen.getByText("Came with a plan")).toBeInTheDocument();
    expect(screen.queryByText("A real capex request")).not.toBeInTheDocument();
  });

  it("notes feedback received as the partner's, private by default", async () => {
    const calls = backend({ create_feedback: ({ fields }) => ({ id: "f3", fields, ...stamps }) });
    render(FeedbackTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Note feedback received" }));
    const dialog = screen.getByRole("dialog", { name: "Add feedback" });
    expect(within(dialog).getByRole("radio", { name: "Priya gave it to me" })).toBeChecked();
    await user.selectOptions(within(dialog).getByLabelText("About the session"), "");
    await user.click(within(dialog).getByRole("radio", { name: /^4\W+Very good/ }));
    await user.type(within(dialog).getByLabelText("What went well"), "You listened");
    await user.click(within(dialog).getByRole("button", { name: "Save feedback" }));
    await settle();

    expect(calls.find((c) => c.command === "create_feedback")?.args.fields).toEqual({
      partnership_id: "p1",
      session_id: null,
      author: "partner",
      on: today(),
      rating: 4,
      went_well: "You listened",
      to_improve: "",
      visibility: "private",
    });
  });

  it("gives feedback as mine, shared by default, and keeps the text when refused", async () => {
    let refuse = true;
    const calls = backend({
      create_feedback: ({ fields }) => {
        if (refuse) throw refused("went_well", "give a rating, or say what went well or what to improve");
        return { id: "f3", fields, ...stamps };
      },
    });
    render(FeedbackTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Give feedback" }));
    const dialog = screen.getByRole("dialog", { name: "Add feedback" });
    await user.type(within(dialog).getByLabelText("What to improve"), "Slower on acronyms");
    await user.click(within(dialog).getByRole("button", { name: "Save feedback" }));
    await settle();
    expect(within(dialog).getByText(/Give a rating, or say what went well/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText("What to improve")).toHaveValue("Slower on acronyms");

    refuse = false;
    await user.click(within(dialog).getByRole("button", { name: "Save feedback" }));
    await settle();
    const created = calls.filter((c) => c.command === "create_feedback").at(-1);
    expect(created?.args.fields).toMatchObject({
      author: "me",
      visibility: "shared",
      to_improve: "Slower on acronyms",
    });
    expect(screen.queryByRole("dialog", { name: "Add feedback" })).not.toBeInTheDocument();
  });

  it("edits an entry with autosave and deletes it with undo", async () => {
    const calls = backend({
      update_feedback: ({ id, fields }) => ({ id, fields, ...stamps }),
      trash_record: () => null,
      restore_record: () => null,
    });
    render(FeedbackTab, { partnership: partnership() });
    render(Toasts);
    await settle();
    const user = userEvent.setup();

    const mine = screen.getByRole("article", { name: /Given to Priya/ });
    await user.click(within(mine).getByRole("button", { name: "Edit" }));
    await user.type(within(mine).getByLabelText("What to improve"), "More why");
    await user.tab();
    await settle();
    expect(calls.filter((c) => c.command === "update_feedback").at(-1)?.args).toEqual({
      id: "f1",
      fields: { ...given.fields, to_improve: "More why" },
    });

    await user.click(within(mine).getByRole("button", { name: "Delete this feedback" }));
    await settle();
    expect(calls.find((c) => c.command === "trash_record")?.args).toEqual({ kind: "feedback", id: "f1" });
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await settle();
    expect(calls.find((c) => c.command === "restore_record")?.args).toEqual({ kind: "feedback", id: "f1" });
  });

  it("switches an entry between shared and private with one click, saving nothing else", async () => {
    const calls = backend({ update_feedback: ({ id, fields }) => ({ id, fields, ...stamps }) });
    render(FeedbackTab, { partnership: partnership() });
    await settle();
    const user = userEvent.setup();
    const mine = screen.getByRole("article", { name: /Given to Priya/ });
    const toggle = within(mine).getByRole("button", { pressed: given.fields.visibility === "private" });
    await user.click(toggle);
    await settle();
    const flipped = given.fields.visibility === "private" ? "shared" : "private";
    expect(calls.filter((c) => c.command === "update_feedback").at(-1)?.args).toEqual({
      id: "f1",
      fields: { ...given.fields, visibility: flipped },
    });
  });

  it("explains feedback when there is none", async () => {
    mockCommands({
      feedback: () => [],
      sessions: () => [],
      partnership_summary: () => ({
        ...summary(partnership()),
        feedback_given: { count: 0, average_rating: null },
        feedback_received: { count: 0, average_rating: null },
      }),
    });
    render(FeedbackTab, { partnership: partnership() });
    await settle();
    expect(screen.getByText("No feedback yet")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Note feedback I received" })).toBeInTheDocument();
  });
});
