// Where the window is: a small hash router, so Back/Forward (Alt+←/→) and reloads keep the
// place. Routes are typed; views read `router.route` and call `go(...)`. Every move first
// writes what is waiting to be saved, whichever view or field holds it.

import { t } from "./i18n";
import { flushAll } from "./autosave.svelte";
import { toasts } from "./toasts.svelte";

// `focus` names a record the view shows in place: it scrolls to it, opens it and marks it
// (a search hit opens the record, not only the page that holds it). In Settings it names a
// section (Help → Keyboard shortcuts).
export type Route =
  | { name: "home" }
  | { name: "partnership"; id: string; tab: PartnershipTab; focus?: string }
  | { name: "session"; id: string; focus?: string }
  | { name: "learning"; focus?: string }
  | { name: "search"; query: string }
  | { name: "trash" }
  | { name: "settings"; focus?: string };

/** The focus that shows Settings' list of keyboard shortcuts (Help → Keyboard shortcuts). */
export const SHORTCUTS_SECTION = "keyboard-shortcuts";

export type PartnershipTab = "overview" | "sessions" | "goals" | "skills" | "feedback";

const TABS: PartnershipTab[] = ["overview", "sessions", "goals", "skills", "feedback"];

export function parseHash(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  // Read once to parse a hash, never mutated: no reactivity needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const params = new URLSearchParams(query);
  const focus = params.get("focus") ? { focus: params.get("focus")! } : {};
  switch (parts[0]) {
    case "partnership": {
      const tab = TABS.find((t) => t === parts[2]) ?? "overview";
      return parts[1] ? { name: "partnership", id: parts[1], tab, ...focus } : { name: "home" };
    }
    case "session":
      return parts[1] ? { name: "session", id: parts[1], ...focus } : { name: "home" };
    case "learning":
      return { name: "learning", ...focus };
    case "search":
      return { name: "search", query: params.get("q") ?? "" };
    case "trash":
      return { name: "trash" };
    case "settings":
      return { name: "settings", ...focus };
    default:
      return { name: "home" };
  }
}

export function routeHash(route: Route): string {
  const focus = "focus" in route && route.focus ? `?focus=${encodeURIComponent(route.focus)}` : "";
  switch (route.name) {
    case "home":
      return "#/";
    case "partnership":
      return `#/partnership/${encodeURIComponent(route.id)}/${route.tab}${focus}`;
    case "session":
      return `#/session/${encodeURIComponent(route.id)}${focus}`;
    case "learning":
      return `#/learning${focus}`;
    case "search":
      return `#/search?q=${encodeURIComponent(route.query)}`;
    case "settings":
      return `#/settings${focus}`;
    default:
      return `#/${route.name}`;
  }
}

class Router {
  route: Route = $state(parseHash(typeof location === "undefined" ? "" : location.hash));

  constructor() {
    if (typeof window !== "undefined") {
      window.addEventListener("hashchange", () => this.#moveTo(parseHash(location.hash)));
    }
  }

  /** Goes to `route`; `replace` keeps the history entry (for a search being typed). */
  go(route: Route, replace = false) {
    const hash = routeHash(route);
    if (location.hash === hash) return;
    if (replace) {
      history.replaceState(null, "", hash);
      this.#moveTo(route);
    } else {
      location.hash = hash;
    }
  }

  #moveTo(route: Route) {
    // Started before the view goes: the field that showed a refusal goes with it, so say it here.
    void flushAll().then((errors) => {
      for (const error of errors) toasts.error(t("lib-router-not-saved", { reason: error.message }));
    });
    this.route = route;
  }
}

export const router = new Router();

/** The record the route asks its view to show in place, if any. */
export function focusOf(route: Route): string | null {
  return "focus" in route && route.focus ? route.focus : null;
}
