// Where a search hit opens: the page that shows the record in place (an agenda item opens its
// session, a check-in its partnership's goals), never a page for the bare record.

import type { SearchHit } from "../../lib/api";
import { routeHash, type Route } from "../../lib/router.svelte";

export function hitRoute(hit: SearchHit): Route {
  const pid = hit.partnership_id;
  const tab = (tab: "overview" | "sessions" | "goals" | "skills" | "feedback"): Route =>
    pid ? { name: "partnership", id: pid, tab } : { name: "home" };
  switch (hit.kind) {
    case "partnership":
      return { name: "partnership", id: hit.id, tab: "overview" };
    case "goal":
    case "goal_check_in":
      return tab("goals");
    case "session":
      return { name: "session", id: hit.id };
    case "agenda_item":
      return hit.parent_id ? { name: "session", id: hit.parent_id } : tab("sessions");
    case "action_item":
      return hit.parent_id ? { name: "session", id: hit.parent_id } : tab("sessions");
    case "skill":
    case "skill_rating":
      // A skill need not belong to a partnership; the learning log is where such skills show up.
      return pid ? tab("skills") : { name: "learning" };
    case "learning":
      return hit.parent_id ? { name: "session", id: hit.parent_id } : { name: "learning" };
    case "feedback":
      return hit.parent_id ? { name: "session", id: hit.parent_id } : tab("feedback");
    case "agreement_version":
    case "record_of_learning":
      // The agreement, its versions and the records of learning open from the overview.
      return tab("overview");
  }
}

export function hitHref(hit: SearchHit): string {
  return routeHash(hitRoute(hit));
}
