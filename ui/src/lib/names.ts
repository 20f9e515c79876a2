// How the window names people in short labels.

import { t } from "./i18n";

/** "Priya" from "Priya Raman": short enough for a chip, a select or "As Priya rates it". A
 * blank name (a partner's name being typed, a profile without one) gives `blank`. */
export function firstName(name: string, blank = t("lib-your-partner")): string {
  return name.trim().split(/\s+/)[0] || blank;
}
