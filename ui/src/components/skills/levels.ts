// What the 1–5 levels mean, so two people rating the same skill mean the same thing.

export const LEVELS: { level: number; name: string }[] = [
  { level: 1, name: "Just starting" },
  { level: 2, name: "Getting there" },
  { level: 3, name: "Comfortable" },
  { level: 4, name: "Confident" },
  { level: 5, name: "Could teach it" },
];

export function levelName(level: number): string {
  return LEVELS.find((l) => l.level === level)?.name ?? "";
}
