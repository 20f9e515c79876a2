// The skill rating charts' data.

import type { SkillRating } from "../../lib/api";
import { parseDate } from "../../lib/locale";

/** Ratings as uPlot's aligned columns: dates (seconds, local midnight), my levels, the
 * partner's levels; `null` where that rater gave no rating that day. */
export function ratingSeries(history: SkillRating[]): [number[], (number | null)[], (number | null)[]] {
  const days = [...new Set(history.map((r) => r.fields.on))].sort();
  const me: (number | null)[] = days.map(() => null);
  const partner: (number | null)[] = days.map(() => null);
  for (const rating of history) {
    const i = days.indexOf(rating.fields.on);
    // History is oldest first, so a later rating on the same day wins.
    (rating.fields.rater === "me" ? me : partner)[i] = rating.fields.level;
  }
  return [days.map((d) => parseDate(d).getTime() / 1000), me, partner];
}
