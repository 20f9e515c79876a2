// Dates and numbers in the user's locale, safely.
//
// WebKit reports the POSIX locale "C" (LANG=C.UTF-8, common in containers and CI) as the
// language, and every Intl constructor throws `RangeError: invalid language tag: C` on it. So
// the language is checked once and an invalid one falls back to a valid default.

const FALLBACK_LOCALE = "en-US";

function validLocale(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** The languages the window speaks: each has a complete catalogue in `src/locales`. */
export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

declare global {
  interface Window {
    /** The app's language as the shell resolved it (the user's choice, else the system's):
     * set before the page loads, so the first frame is already in it. */
    __TWOWAY_LANGUAGE__?: string;
  }
}

function languageOf(tag: string): Language | undefined {
  const base = tag.split(/[-_.@]/)[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === base);
}

const systemLocales: string[] =
  typeof navigator !== "undefined"
    ? (navigator.languages ?? [navigator.language]).filter((tag) => validLocale(tag))
    : [];

// A choice made in Settings reloads the page, whose start script still says the language the
// app started in: the page keeps the new one for itself until the app ends (the next start's
// script says it).
const CHOSEN_NOW = "twoway-language";

function chosenNow(): string | null {
  try {
    return typeof sessionStorage !== "undefined" ? sessionStorage.getItem(CHOSEN_NOW) : null;
  } catch {
    return null;
  }
}

/** The language of every word the window shows: the one just chosen, else the shell's, else
 * the system's first spoken one, else English. */
export const language: Language =
  languageOf(chosenNow() ?? "") ??
  (typeof window !== "undefined" && window.__TWOWAY_LANGUAGE__
    ? languageOf(window.__TWOWAY_LANGUAGE__)
    : undefined) ??
  systemLocales.map(languageOf).find(Boolean) ??
  "en";

/** Reloads the window in `next`, the language the shell now has. */
export function reloadIn(next: Language): void {
  sessionStorage.setItem(CHOSEN_NOW, next);
  location.reload();
}

/** The locale of dates and numbers: the system's own when it is in the window's language (so
 * en-GB keeps its day-month order), else the language itself. */
export const locale: string =
  systemLocales.find((tag) => languageOf(tag) === language) ??
  (language === "en" ? FALLBACK_LOCALE : language);

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
const longDateFormat = new Intl.DateTimeFormat(locale, {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
});
const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** A calendar date ("2026-03-02") as a local Date at midnight, never shifted by the UTC offset. */
export function parseDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A local Date as a calendar date "YYYY-MM-DD". */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in the user's time zone. */
export function today(): string {
  return isoDate(new Date());
}

export function addDays(iso: string, days: number): string {
  const date = parseDate(iso);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

/** The whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000);
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(parseDate(iso)) : "";
}

export function formatLongDate(iso: string): string {
  return longDateFormat.format(parseDate(iso));
}

/** An instant with an offset ("2026-03-02T10:00:00+01:00"), shown in the user's time zone. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dateTimeFormat.format(new Date(instant)) : "";
}

export function formatTime(instant: string): string {
  return timeFormat.format(new Date(instant));
}

/** "in 3 days", "yesterday", "2 weeks ago": relative to today. */
export function formatRelativeDay(iso: string, from: string = today()): string {
  const days = daysBetween(from, iso);
  if (Math.abs(days) >= 14) return relativeFormat.format(Math.round(days / 7), "week");
  return relativeFormat.format(days, "day");
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const BYTE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
const byteFormats = BYTE_UNITS.map(
  (unit) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit,
      unitDisplay: unit === "byte" ? "long" : "short",
      maximumFractionDigits: 1,
    }),
);

/** A size in bytes as people read it: "812 bytes", "48.5 kB", "1.2 MB" (1 kB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return byteFormats[unit]!.format(value);
}

/** The local wall-clock value for an <input type="datetime-local"> from an instant. */
export function toLocalInput(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${isoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An <input type="datetime-local"> value as RFC 3339 with the user's current offset. */
export function fromLocalInput(value: string): string {
  const d = new Date(value);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  return `${value.length === 16 ? value + ":00" : value}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
