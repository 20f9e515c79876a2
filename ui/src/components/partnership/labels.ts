// Words the partnership views show for the journal's enums, and the agreement starter.

import type { Cadence, Direction, GoalStatus, PartnershipStatus, SessionStatus } from "../../lib/api";
import { formatNumber } from "../../lib/locale";

export const PARTNERSHIP_STATUS: Record<PartnershipStatus, string> = {
  active: "Active",
  paused: "Paused",
  completed: "Completed",
};

export const GOAL_STATUS: Record<GoalStatus, string> = {
  open: "Not started",
  in_progress: "In progress",
  achieved: "Achieved",
  dropped: "Dropped",
};

export const SESSION_STATUS: Record<SessionStatus, string> = {
  planned: "Planned",
  held: "Held",
  cancelled: "Cancelled",
};

export const DIRECTION: Record<Direction, string> = {
  learn: "I learn",
  teach: "I teach",
};

/** Stands for the marked-up part of a sentence (a link, a `<strong>`) while the catalogue fills
 * the rest: `aroundSlot(t(…, { name: SLOT }))` gives the words before and after it. */
export const SLOT = "\uE000";

/** The words of a message before and after its `SLOT`. */
export function aroundSlot(message: string): [string, string] {
  const at = message.indexOf(SLOT);
  return at < 0 ? [message, ""] : [message.slice(0, at), message.slice(at + SLOT.length)];
}

/** Stand for two marked-up parts of one sentence, wherever the language puts them. */
export const SLOTS = ["\uE001", "\uE002"] as const;

/** A message cut at its `SLOTS`: plain text, or the index of the slot that stands there. */
export function piecesOf(message: string): ({ text: string } | { slot: number })[] {
  const pieces: ({ text: string } | { slot: number })[] = [];
  let text = "";
  for (const c of message) {
    const slot = (SLOTS as readonly string[]).indexOf(c);
    if (slot < 0) {
      text += c;
      continue;
    }
    if (text) pieces.push({ text });
    pieces.push({ slot });
    text = "";
  }
  if (text) pieces.push({ text });
  return pieces;
}

export function plural(n: number, one: string, many = `${one}s`): string {


  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "every 2 weeks", "weekly", or "" without a cadence. */
export function cadenceText(cadence: Cadence | null): string {
  if (!cadence) return "";
  if (cadence.every === 1) return { day: "daily", week: "weekly", month: "monthly" }[cadence.unit];
  return `every ${cadence.every} ${cadence.unit}s`;
}

/** A starting point for the agreement: prompts the two people answer together, not rules
 * imposed on them. */
export function agreementTemplate(cadence: Cadence | null): string {
  const rhythm = cadence
    ? `We meet ${cadenceText(cadence)}; either of us can move a session with a day's notice.`
    : "We agree how often we meet, and either of us can move a session with a day's notice.";
  return `## Ground rules

- ${rhythm}
- Both of us teach and both of us learn: each session gives time to both directions.
- We come with one question, or one thing we tried since last time.

## Confidentiality

- What we discuss stays between us unless we both agree to share it.
- Nothing said here feeds into performance reviews or promotion decisions.

## Boundaries

- Either of us can say "I'd rather not go there" without explaining why.
- We name the topics that are off limits (for example colleagues' pay or pending reorganisations) and leave them out.

## How we give feedback

- Specific and kind: what happened, the effect it had, one suggestion.
- We keep the last five minutes of each session for feedback, in both directions.
`;
}

/** A field message from the journal ("must not be before started_on") as a sentence to show
 * under the field ("Must not be before started on."). */
export function sentence(message: string | null): string | null {
  if (!message) return null;
  const words = message.replace(/\b([a-z]+)_([a-z_]+)\b/g, (name) => name.replaceAll("_", " "));
  return words.charAt(0).toUpperCase() + words.slice(1) + (/[.!?]$/.test(words) ? "" : ".");
}
