import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import SearchView from "./SearchView.svelte";
import type { SearchHit } from "../lib/api";
import { journal } from "../lib/journal.svelte";
import { mockCommands, settle } from "../test/ipc";
import { partnership } from "../test/fixtures";
import { failure } from "../test/errors";

function hit(partial: Partial<SearchHit> & Pick<SearchHit, "kind" | "id">): SearchHit {
  return {
    partnership_id: "p1",
    parent_id: null,
    label: "A label",
    snippet: [{ text: "some text", matched: false }],
    ...partial,
  };
}

const HITS: SearchHit[] = [
  hit({
    kind: "goal",
    id: "g1",
    label: "Post on LinkedIn every week",
    snippet: [
      { text: "Post on ", matched: false },
      { text: "LinkedIn", matched: true },
      { text: " every week", matched: false },
    ],
  }),
  hit({ kind: "agenda_item", id: "a1", parent_id: "s9", label: "March check-in" }),
  hit({ kind: "goal_check_in", id: "c1", parent_id: "g1", partnership_id: "p2", label: "Ship a reel" }),
  hit({ kind: "action_item", id: "x1", parent_id: null, label: "" }),
  hit({ kind: "learning", id: "l1", parent_id: null, partnership_id: null, label: "" }),
  hit({ kind: "feedback", id: "f1", parent_id: null, label: "" }),
  hit({ kind: "skill_rating", id: "r1", parent_id: "k1", label: "Canva" }),
  hit({ kind: "partnership", id: "p2", partnership_id: "p2", label: "Sam Okafor" }),
];

async function searchFor(query: string, hits: SearchHit[] = HITS) {
  const calls = mockCommands({ search: () => hits });
  render(SearchView, { query });
  await new Promise((r) => setTimeout(r, 200));
  await settle();
  return calls;
}

describe("SearchView", () => {
  beforeEach(() => {
    journal.partnerships = [partnership("p1", "Priya Raman"), partnership("p2", "Sam Okafor")];
    location.hash = "";
  });

  it("asks the journal once the typing pauses and shows kind, partner, label and marked snippet", async () => {
    const calls = await searchFor("linked");
    expect(calls.filter((c) => c.command === "search")).toEqual([
      { command: "search", args: { query: "linked", partnership: null, limit: 50 } },
    ]);
    const first = screen.getAllByRole("link")[0]!;
    expect(first).toHaveTextContent("Goal");
    expect(first).toHaveTextContent("Priya Raman");
    expect(first).toHaveTextContent("Post on LinkedIn every week");
    const mark = first.querySelector("mark");
    expect(mark).toHaveTextContent("LinkedIn");
    expect(mark?.parentElement).toHaveTextContent("Post on LinkedIn every week");
    expect(screen.getByRole("status")).toHaveTextContent("8 results.");
  });

  it("waits for a pause in typing and searches only the latest query", async () => {
    const calls = mockCommands({ search: () => HITS });
    const { rerender } = render(SearchView, { query: "l" });
    await rerender({ query: "li" });
    await rerender({ query: "lin" });
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(calls.map((c) => c.args.query)).toEqual(["lin"]);
  });

  it("shows a snippet holding HTML as text, never as markup", async () => {
    await searchFor("img", [
      hit({
        kind: "learning",
        id: "l1",
        snippet: [
          { text: "<img src=x onerror=alert(1)>", matched: false },
          { text: "<b>bold</b>", matched: true },
        ],
      }),
    ]);
    const link = screen.getByRole("link");
    expect(link.querySelector("img")).toBeNull();
    expect(link.querySelector("b")).toBeNull();
    expect(link).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(link.querySelector("mark")?.textContent).toBe("<b>bold</b>");
  });

  it("opens each kind where it lives", async () => {
    await searchFor("x");
    const hrefs = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "#/partnership/p1/goals?focus=g1",
      "#/session/s9?focus=a1",
      // A check-in opens its goal; a rating its skill's card.
      "#/partnership/p2/goals?focus=g1",
      "#/partnership/p1/sessions?focus=x1",
      "#/learning?focus=l1",
      "#/partnership/p1/feedback?focus=f1",
      "#/partnership/p1/skills?focus=k1",
      "#/partnership/p2/overview",
    ]);
  });

  it("moves through the results with the arrow keys and opens one with Enter", async () => {
    await searchFor("x");
    const user = userEvent.setup();
    const links = screen.getAllByRole("link");
    links[0]!.focus();
    await user.keyboard("{ArrowDown}");
    expect(links[1]).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");
    expect(links[2]).toHaveFocus();
    await user.keyboard("{End}");
    expect(links[7]).toHaveFocus();
    await user.keyboard("{Home}{ArrowDown}{Enter}");
    await settle();
    expect(location.hash).toBe("#/session/s9?focus=a1");
  });

  it("steps from the sidebar's search box into the results", async () => {
    const box = document.createElement("input");
    box.id = "global-search";
    document.body.append(box);
    try {
      await searchFor("x");
      box.focus();
      const user = userEvent.setup();
      await user.keyboard("{ArrowDown}");
      expect(screen.getAllByRole("link")[0]).toHaveFocus();
      await user.keyboard("{ArrowUp}");
      expect(box).toHaveFocus();
    } finally {
      box.remove();
    }
  });

  it("filters by partnership", async () => {
    const calls = await searchFor("linked");
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText("In"), "Sam Okafor");
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(calls.filter((c) => c.command === "search").at(-1)?.args).toEqual({
      query: "linked",
      partnership: "p2",
      limit: 50,
    });
  });

  it("says when nothing matches", async () => {
    await searchFor("zebra", []);
    expect(screen.getByRole("status")).toHaveTextContent("Nothing matches “zebra”.");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("explains how to search when the query is empty, without asking the journal", async () => {
    const calls = await searchFor("   ");
    expect(calls).toEqual([]);
    const intro = screen.getByRole("region", { name: /Search notes, agendas, goals, skills, feedback/ });
    expect(within(intro).getByText(/Quote an exact phrase/)).toBeInTheDocument();
  });

  it("shows a failed search in words", async () => {
    mockCommands({
      search: () => {
        throw failure("Internal", "database error: disk I/O error");
      },
    });
    render(SearchView, { query: "team" });
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Search did not work: database error: disk I/O error",
    );
  });
});
