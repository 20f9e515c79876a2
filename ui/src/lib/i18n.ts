// Every word the window shows comes from the catalogue of its language (`src/locales/<tag>.ftl`,
// Fluent syntax, shared with the shell, which writes menus, reminders and exports from the same
// files). Plural forms follow the language's CLDR rules through `Intl.PluralRules`; numbers
// passed in are formatted for the locale ("79.580" in German).
//
//   t("count-records", { count: 3 })   → "3 records", "3 Datensätze"
//
// A message id is a string literal in the code, so the catalogue test can find every one.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import de from "../locales/de.ftl?raw";
import en from "../locales/en.ftl?raw";
import { language, locale, type Language } from "./locale";

export { language, locale, LANGUAGES, type Language } from "./locale";

const CATALOGUES: Record<Language, string> = { en, de };

function bundleFor(tag: Language, locales: string[]): FluentBundle {
  // No isolation marks: the window is left-to-right only, and they would end up in copied text.
  const bundle = new FluentBundle(locales, { useIsolating: false });
  bundle.addResource(new FluentResource(CATALOGUES[tag]));
  return bundle;
}

const bundle = bundleFor(language, [locale, language]);
// English answers a message the language's catalogue lacks (the catalogue test keeps that from
// shipping); made only when first needed.
let english: FluentBundle | undefined;

/** Values for a message's `{ $name }` placeholders: text as it is, numbers formatted and
 * choosing the plural form. */
export type MessageArgs = Record<string, FluentVariable>;

/** The message `id` in the window's language, its placeholders filled from `args`. */
export function t(id: string, args?: MessageArgs): string {
  for (const source of [bundle, language === "en" ? undefined : (english ??= bundleFor("en", [locale]))]) {
    const message = source?.getMessage(id);
    if (message?.value) return source!.formatPattern(message.value, args);
  }
  if (import.meta.env.DEV) console.warn(`No message "${id}" in the catalogue`);
  return id;
}

/** The name of a language in that language ("Deutsch"), for the choice in Settings. */
export function languageName(tag: Language): string {
  const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
