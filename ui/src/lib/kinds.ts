// What each kind of record is called, from one set of messages (`kind-*` in the catalogues):
// the name on its own, as a label or chip ("Agenda item"); the word inside a sentence
// ("this agenda item"); and a count ("3 agenda items"). Views use these as they are: a
// translated word is never lowercased or otherwise changed (German nouns stay capitalised).

import type { FluentVariable } from "@fluent/bundle";
import type { Kind } from "./api";
import { t } from "./i18n";

/** The name of a kind on its own, as a label: "Agenda item". */
export const KIND_TITLE: Record<Kind, string> = {
  partnership: t("kind-partnership-title"),
  goal: t("kind-goal-title"),
  goal_check_in: t("kind-goal-check-in-title"),
  session: t("kind-session-title"),
  agenda_item: t("kind-agenda-item-title"),
  action_item: t("kind-action-item-title"),
  skill: t("kind-skill-title"),
  skill_rating: t("kind-skill-rating-title"),
  learning: t("kind-learning-title"),
  feedback: t("kind-feedback-title"),
  agreement_version: t("kind-agreement-version-title"),
  record_of_learning: t("kind-record-of-learning-title"),
  agenda_template: t("kind-agenda-template-title"),
};

/** The word for a kind inside a sentence: "agenda item" (German: "Agendapunkt"). */
export const KIND_WORD: Record<Kind, string> = {
  partnership: t("kind-partnership"),
  goal: t("kind-goal"),
  goal_check_in: t("kind-goal-check-in"),
  session: t("kind-session"),
  agenda_item: t("kind-agenda-item"),
  action_item: t("kind-action-item"),
  skill: t("kind-skill"),
  skill_rating: t("kind-skill-rating"),
  learning: t("kind-learning"),
  feedback: t("kind-feedback"),
  agreement_version: t("kind-agreement-version"),
  record_of_learning: t("kind-record-of-learning"),
  agenda_template: t("kind-agenda-template"),
};

/** `count` records of `kind`: "1 session", "3 agenda items". A `slotNumber` chooses the form
 * while the view puts the number in its own markup. */
export function kindCount(kind: Kind, count: number | FluentVariable): string {
  switch (kind) {
    case "partnership":
      return t("kind-partnership-count", { count });
    case "goal":
      return t("kind-goal-count", { count });
    case "goal_check_in":
      return t("kind-goal-check-in-count", { count });
    case "session":
      return t("kind-session-count", { count });
    case "agenda_item":
      return t("kind-agenda-item-count", { count });
    case "action_item":
      return t("kind-action-item-count", { count });
    case "skill":
      return t("kind-skill-count", { count });
    case "skill_rating":
      return t("kind-skill-rating-count", { count });
    case "learning":
      return t("kind-learning-count", { count });
    case "feedback":
      return t("kind-feedback-count", { count });
    case "agreement_version":
      return t("kind-agreement-version-count", { count });
    case "record_of_learning":
      return t("kind-record-of-learning-count", { count });
    case "agenda_template":
      return t("kind-agenda-template-count", { count });
  }
}
