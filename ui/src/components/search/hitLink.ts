// Where a search hit opens: the page that shows the record in place (an agenda item opens its
// session, a check-in its goal), never a page for the bare record; the route names the record
// so the view scrolls to it, opens it and marks it (lib/reveal.ts).

import type { SearchHit } from "../../lib/api";
import { routeHash, type PartnershipTab, type Route } from "../../lib/router.svelte";

export function hitRoute(hit: SearchHit): Route {
  const pid = hit.partnership_id;
  const tab = (tab: PartnershipTab, focus?: string): Route =>
    pid ? { name: "partnership", id: pid, tab, ...(focus ? { focus } : {}) } : { name: "home" };
  const session = (id: string, focus: string): Route => ({ name: "session", id, focus });
  switch (hit.kind) {
    case "partnership":
      return { name: "partnership", id: hit.id, tab: "overview" };
    case "goal":
      return tab("goals", hit.id);
    case "goal_check_in":
      // A check-in shows inside its goal, which opens.
      return tab("goals", hit.parent_id ?? undefined);
    case "session":
      return { name: "session", id: hit.id };
    case "agenda_item":
      return hit.parent_id ? session(hit.parent_id, hit.id) : tab("sessions");
    case "action_item":
      return hit.parent_id ? session(hit.parent_id, hit.id) : tab("sessions", hit.id);
    case "skill":
    case "skill_rating": {
      // A rating shows on its skill's card. A skill need not belong to a partnership; the
      // learning log is where such skills show up.
      const skill = hit.kind === "skill" ? hit.id : (hit.parent_id ?? undefined);
      return pid ? tab("skills", skill) : { name: "learning" };
    }
    case "learning":
      return hit.parent_id ? session(hit.parent_id, hit.id) : { name: "learning", focus: hit.id };
    case "feedback":
      return hit.parent_id ? session(hit.parent_id, hit.id) : tab("feedback", hit.id);
    case "agreement_version":
    case "record_of_learning":
      // The agreement, its versions and the records of learning open from the overview.
      return tab("overview");
    case "agenda_template":
      // Templates are edited in Settings (the journal does not index them, so no hit is one).
      return { name: "settings" };
  }
}

export function hitHref(hit: SearchHit): string {
  return routeHash(hitRoute(hit));
}
