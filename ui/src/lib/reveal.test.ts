import { afterEach, describe, expect, it } from "vitest";
import { reveal } from "./reveal";
import { parseHash, routeHash, focusOf } from "./router.svelte";
import { hitRoute } from "../components/search/hitLink";
import type { SearchHit } from "./api";

function hit(kind: SearchHit["kind"], id: string, parent_id: string | null = null): SearchHit {
  return { kind, id, partnership_id: "p1", parent_id, label: "", snippet: [] };
}

describe("showing one record in place", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("waits for the record to be drawn, then moves the keyboard to it and marks it", async () => {
    setTimeout(() => {
      document.body.innerHTML = `<ul><li data-record-id="g1"><button>Open goal</button></li></ul>`;
    }, 120);
    expect(await reveal("g1")).toBe(true);
    const item = document.querySelector("[data-record-id='g1']")!;
    expect(document.activeElement).toBe(item.querySelector("button"));
    expect(item.classList.contains("revealed")).toBe(true);
  });

  it("focuses the record itself when nothing in it takes focus", async () => {
    document.body.innerHTML = `<article data-record-id="l1"><p>What I learned</p></article>`;
    expect(await reveal("l1")).toBe(true);
    expect(document.activeElement).toBe(document.querySelector("[data-record-id='l1']"));
  });

  it("gives up quietly when the record is not on the page", async () => {
    document.body.innerHTML = `<p>Nothing here</p>`;
    expect(await reveal("gone", 100)).toBe(false);
  });

  it("carries the record in the route, through the address and back", () => {
    const route = { name: "partnership", id: "p1", tab: "goals", focus: "g1" } as const;
    expect(routeHash(route)).toBe("#/partnership/p1/goals?focus=g1");
    expect(parseHash(routeHash(route))).toEqual(route);
    expect(focusOf(parseHash("#/session/s1?focus=a1"))).toBe("a1");
    expect(focusOf(parseHash("#/learning"))).toBeNull();
  });

  it("sends each kind of hit to the record in its place", () => {
    expect(hitRoute(hit("goal", "g1"))).toEqual({ name: "partnership", id: "p1", tab: "goals", focus: "g1" });
    expect(hitRoute(hit("goal_check_in", "c1", "g1"))).toMatchObject({ tab: "goals", focus: "g1" });
    expect(hitRoute(hit("agenda_item", "a1", "s1"))).toEqual({ name: "session", id: "s1", focus: "a1" });
    expect(hitRoute(hit("skill_rating", "r1", "k1"))).toMatchObject({ tab: "skills", focus: "k1" });
    expect(hitRoute(hit("feedback", "f1"))).toMatchObject({ tab: "feedback", focus: "f1" });
    expect(hitRoute({ ...hit("learning", "l1"), partnership_id: null })).toEqual({
      name: "learning",
      focus: "l1",
    });
  });
});
