// Small helpers shared by the feedback tab's pieces.

import type { Party, Session, Visibility } from "../../lib/api";
import { t } from "../../lib/i18n";
import { formatDate, isoDate } from "../../lib/locale";

/** Feedback I give is meant for my partner; my notes on what I was told are mine. */
export function defaultVisibility(author: Party): Visibility {
  return author === "me" ? "shared" : "private";
}

export function visibilityHint(author: Party, partnerName: string): string {
  return author === "me"
    ? t("feedback-visibility-hint-given", { partner: partnerName })
    : t("feedback-visibility-hint-received", { partner: partnerName });
}

/** The local calendar day a session starts on. */
export function sessionDay(session: Session): string {
  return isoDate(new Date(session.fields.starts_at));
}

export function sessionLabel(session: Session): string {
  const title = session.fields.title.trim() || t("feedback-session-title-fallback");
  return `${title} · ${formatDate(sessionDay(session))}`;
}

export const RATING_WORDS = [
  t("feedback-rating-none"),
  t("feedback-rating-poor"),
  t("feedback-rating-fair"),
  t("feedback-rating-good"),
  t("feedback-rating-very-good"),
  t("feedback-rating-excellent"),
];
