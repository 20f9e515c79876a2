// What a record's private/shared choice means, in one wording for every lock chip and toggle.

import { t } from "./i18n";
import type { Visibility } from "./api";

/** The chip's title: where the record may go. */
export function visibilityMeaning(visibility: Visibility, partner: string): string {
  return visibility === "private"
    ? t("lib-visibility-private", { partner })
    : t("lib-visibility-shared", { partner });
}

/** Why a record is private whatever its own choice says: a shared export leaves out
 * everything belonging to a private record, and the journal stores it private. */
export function lockedMeaning(parent: string): string {
  if (parent === "goal") return t("lib-visibility-locked-goal");
  if (parent === "skill") return t("lib-visibility-locked-skill");
  return t("lib-visibility-locked", { parent });
}
