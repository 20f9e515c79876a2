// What a record's private/shared choice means, in one wording for every lock chip and toggle.

import type { Visibility } from "./api";

/** The chip's title: where the record may go. */
export function visibilityMeaning(visibility: Visibility, partner: string): string {
  return visibility === "private"
    ? `Private: stays on this computer, never in an export for ${partner}`
    : `Shared: included when you export for ${partner}`;
}

/** Why a record is private whatever its own choice says: a shared export leaves out
 * everything belonging to a private record, and the journal stores it private. */
export function lockedMeaning(parent: string): string {
  return `Private because its ${parent} is private`;
}
