// Small helpers shared by the feedback tab's pieces.

import type { Party, Session, Visibility } from "../../lib/api";
import { formatDate, isoDate } from "../../lib/locale";

/** Feedback I give is meant for my partner; my notes on what I was told are mine. */
export function defaultVisibility(author: Party): Visibility {
  return author === "me" ? "shared" : "private";
}

export function visibilityHint(author: Party, partnerName: string): string {
  return author === "me"
    ? `Feedback you give is meant for ${partnerName}, so it starts shared: it goes into exports for ${partnerName}.`
    : `Your notes on what ${partnerName} told you start private: they stay on this computer unless you share them.`;
}

/** The local calendar day a session starts on. */
export function sessionDay(session: Session): string {
  return isoDate(new Date(session.fields.starts_at));
}

export function sessionLabel(session: Session): string {
  const title = session.fields.title.trim() || "Session";
  return `${title} · ${formatDate(sessionDay(session))}`;
}

export const RATING_WORDS = ["No rating", "Poor", "Fair", "Good", "Very good", "Excellent"];
