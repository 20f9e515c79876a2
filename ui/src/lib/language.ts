// Imported first by main.ts, before any module that touches Intl at load time.
//
// Under LANG=C (the default in many containers and CI), WebKit reports the language as "C",
// which is not a valid BCP 47 tag: `new Intl.NumberFormat(navigator.language)` then throws and
// libraries that do so while loading (uPlot does) stop the app from mounting. When the system's
// language is invalid, `navigator.language(s)` answer with the validated locale instead.

import { language, locale } from "./locale";

if (typeof navigator !== "undefined" && navigator.language !== locale) {
  let valid = true;
  try {
    new Intl.NumberFormat(navigator.language);
  } catch {
    valid = false;
  }
  if (!valid) {
    Object.defineProperty(Navigator.prototype, "language", { configurable: true, get: () => locale });
    Object.defineProperty(Navigator.prototype, "languages", { configurable: true, get: () => [locale] });
  }
}

// Screen readers, hyphenation and spell checking follow the page's language, so it says which.
if (typeof document !== "undefined") document.documentElement.lang = language;
