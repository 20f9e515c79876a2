// The skill-growth chart's data: one line per skill for one rater, on a shared date axis.

import type { Growth, Party, Skill, SkillGrowth } from "../../lib/api";
import { parseDate } from "../../lib/locale";

/** More lines than this stop being readable; the most recently rated skills win. */
export const MAX_LINES = 10;

// Learn lines take cool colours, teach lines warm ones (and a dash), matching the chips.
const LEARN_COLOURS = 6;
const TEACH_COLOURS = 5;

export interface GrowthLine {
  skill: Skill;
  growth: Growth | null;
  /** A CSS variable holding the line's colour. */
  colour: string;
  dash: boolean;
  /** The level on each date of `xs`, `null` where this skill got no rating that day. */
  values: (number | null)[];
}

export interface GrowthChartData {
  /** Dates (seconds at local midnight) of every plotted rating, ascending. */
  xs: number[];
  days: string[];
  lines: GrowthLine[];
  /** Rated skills left out to keep the chart readable. */
  omitted: number;
}

export function growthOf(g: SkillGrowth, rater: Party): Growth | null {
  return rater === "me" ? g.self_rated : g.partner_rated;
}

export function chartData(growth: SkillGrowth[], rater: Party, limit = MAX_LINES): GrowthChartData {
  const rated = growth
    .map((g) => ({ g, ratings: g.history.filter((r) => r.fields.rater === rater) }))
    .filter((x) => x.ratings.length > 0);
  const latest = (x: (typeof rated)[number]) => x.ratings[x.ratings.length - 1]?.fields.on ?? "";
  const kept = [...rated].sort((a, b) => latest(b).localeCompare(latest(a))).slice(0, limit);
  kept.sort(
    (a, b) =>
      Number(a.g.skill.fields.direction === "teach") - Number(b.g.skill.fields.direction === "teach") ||
      a.g.skill.fields.name.localeCompare(b.g.skill.fields.name),
  );

  const days = [...new Set(kept.flatMap((x) => x.ratings.map((r) => r.fields.on)))].sort();
  const at = new Map(days.map((d, i) => [d, i]));
  let learnIndex = 0;
  let teachIndex = 0;
  const lines = kept.map(({ g, ratings }) => {
    const values: (number | null)[] = days.map(() => null);
    // History is oldest first, so a later rating on the same day wins.
    for (const r of ratings) values[at.get(r.fields.on) ?? 0] = r.fields.level;
    const teach = g.skill.fields.direction === "teach";
    const colour = teach
      ? `--growth-teach-${(teachIndex++ % TEACH_COLOURS) + 1}`
      : `--growth-learn-${(learnIndex++ % LEARN_COLOURS) + 1}`;
    return {
      skill: g.skill,
      growth: growthOf(g, rater),
      colour,
      dash: teach,
      values,
    };
  });
  return {
    xs: days.map((d) => parseDate(d).getTime() / 1000),
    days,
    lines,
    omitted: rated.length - kept.length,
  };
}
