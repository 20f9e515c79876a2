// What the 1–5 levels mean, so two people rating the same skill mean the same thing.

import { t } from "../../lib/i18n";

export const LEVELS: { level: number; name: string }[] = [
  { level: 1, name: t("skill-level-1") },
  { level: 2, name: t("skill-level-2") },
  { level: 3, name: t("skill-level-3") },
  { level: 4, name: t("skill-level-4") },
  { level: 5, name: t("skill-level-5") },
];

export function levelName(level: number): string {
  return LEVELS.find((l) => l.level === level)?.name ?? "";
}
