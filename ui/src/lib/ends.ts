// Nothing typed is lost when something ends. The window closing (its close button, Alt+F4), Ctrl+Q,
// "Quit Twoway" in the tray icon's menu, a logout or shutdown (SIGTERM, SIGINT: the shell asks the
// window) and opening another journal all write every pending autosave first. An end waits for the
// writes, but not for ever: a journal that does not answer must not keep the window from closing. A
// save that fails says why, and the window stays open unless the user chooses to lose the edit; only
// a signal ends regardless, since the system is ending the app anyway, and the shell then logs that
// something was not saved. When Twoway keeps running in the background, closing the window only
// hides it (`closeWindow`).

import { t } from "./i18n";
import { api, onQuitAsked, onQuitRequested, onWindowCloseRequested } from "./api";
import { discardAll, flushAll } from "./autosave.svelte";
import { confirmation } from "./confirm.svelte";

/** How long an end waits for the journal to write what is pending. The shell waits a little
 * longer for the window's answer to a signal (`src-tauri/src/signals.rs`). */
export const SAVE_BOUND_MS = 3000;

/** Writes every pending edit, waiting at most `bound` ms. Resolves with what could not be
 * saved, in plain words (ids and field names, never the text); none when everything is written. */
export async function saveEverything(bound = SAVE_BOUND_MS): Promise<string[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([t("lib-ends-too-slow", { count: bound / 1000 })]), bound);
  });
  try {
    return await Promise.race([flushAll().then((errors) => errors.map((e) => e.message)), late]);
  } finally {
    clearTimeout(timer);
  }
}

let quitting = false;

/** Saves everything, then ends the app. When something cannot be saved the window stays open
 * and says why, and the user may still quit without it. */
export async function quitAfterSaving(): Promise<void> {
  // A second close click or Ctrl+Q while the first one is saving or asking.
  if (quitting) return;
  quitting = true;
  try {
    const problems = await saveEverything();
    const quit =
      problems.length === 0 ||
      (await confirmation.ask({
        title: t("lib-ends-not-saved-title"),
        message: t("lib-ends-quit-message", { problems: problems.join(" ") }),
        confirmLabel: t("lib-ends-quit-confirm"),
        danger: true,
      }));
    if (quit) await api.quit(problems);
  } finally {
    quitting = false;
  }
}

/** The window was asked to close. When Twoway keeps running in the background (Settings →
 * Reminders) the shell only hides the window, and what was typed is written at once, since
 * the app may be ended while hidden (a logout); an edit that cannot be written stays in its
 * form for when the window comes back. Otherwise the app saves and quits. */
export async function closeWindow(): Promise<void> {
  let hidden = false;
  try {
    hidden = await api.hideWindow();
  } catch {
    // The shell could not say: end as a window without the background does.
  }
  if (!hidden) return quitAfterSaving();
  await saveEverything();
}

/** Saves everything before another journal opens, where the records being edited do not exist;
 * `false` when something could not be saved and the user chose to stay. */
export async function saveBeforeSwitching(): Promise<boolean> {
  const problems = await saveEverything();
  if (problems.length === 0) return true;
  const leave = await confirmation.ask({
    title: t("lib-ends-not-saved-title"),
    message: t("lib-ends-switch-message", { problems: problems.join(" ") }),
    confirmLabel: t("lib-ends-switch-confirm"),
    danger: true,
  });
  if (leave) discardAll();
  return leave;
}

/** Hooks the window's close request, the tray menu's quit and the shell's request to quit (a
 * signal). */
export async function installEndHooks(): Promise<void> {
  await Promise.all([
    onWindowCloseRequested(closeWindow),
    onQuitAsked(quitAfterSaving),
    // The system is ending the app: save what can be saved in time and go, saying what was not.
    onQuitRequested(async () => {
      await api.quit(await saveEverything());
    }),
  ]);
}
