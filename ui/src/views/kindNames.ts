// What the search results and the trash call each kind of record: the name on its chip
// ("Agenda item"), and the word inside a sentence ("this agenda item").

import type { Kind } from "../lib/api";
import { t } from "../lib/i18n";

export const KIND_NAME: Record<Kind, string> = {
  partnership: t("search-kind-partnership"),
  goal: t("search-kind-goal"),
  goal_check_in: t("search-kind-goal-check-in"),
  session: t("search-kind-session"),
  agenda_item: t("search-kind-agenda-item"),
  action_item: t("search-kind-action-item"),
  skill: t("search-kind-skill"),
  skill_rating: t("search-kind-skill-rating"),
  learning: t("search-kind-learning"),
  feedback: t("search-kind-feedback"),
  agreement_version: t("search-kind-agreement-version"),
  record_of_learning: t("search-kind-record-of-learning"),
  agenda_template: t("search-kind-agenda-template"),
};

export const KIND_WORD: Record<Kind, string> = {
  partnership: t("trash-kind-partnership"),
  goal: t("trash-kind-goal"),
  goal_check_in: t("trash-kind-goal-check-in"),
  session: t("trash-kind-session"),
  agenda_item: t("trash-kind-agenda-item"),
  action_item: t("trash-kind-action-item"),
  skill: t("trash-kind-skill"),
  skill_rating: t("trash-kind-skill-rating"),
  learning: t("trash-kind-learning"),
  feedback: t("trash-kind-feedback"),
  agreement_version: t("trash-kind-agreement-version"),
  record_of_learning: t("trash-kind-record-of-learning"),
  agenda_template: t("trash-kind-agenda-template"),
};
