// Locks an encrypted journal after the idle time its settings give (Settings → Encryption):
// any key, click, scroll or pointer move in the window counts as use. Before locking, every
// edit still waiting is written; if one is refused the journal stays open, so the text the
// user typed is never thrown away by a lock.

import { t } from "./i18n";
import { api, type JournalStatus } from "./api";
import { flushAll } from "./autosave.svelte";
import { journal } from "./journal.svelte";
import { toasts } from "./toasts.svelte";

const ACTIVITY = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

class IdleLock {
  /** Minutes without use before the journal locks; 0 never. */
  minutes = $state(0);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watching = false;
  #onActivity = () => this.#restart();

  /** Locks after `minutes` without use (0: never), counting from now. */
  configure(minutes: number): void {
    this.minutes = minutes;
    if (minutes > 0 && !this.#watching) {
      for (const event of ACTIVITY) window.addEventListener(event, this.#onActivity, { passive: true });
      this.#watching = true;
    } else if (minutes === 0 && this.#watching) {
      for (const event of ACTIVITY) window.removeEventListener(event, this.#onActivity);
      this.#watching = false;
    }
    this.#restart();
  }

  /** Watches an open encrypted journal with its own setting; anything else is not watched. */
  async follow(status: JournalStatus | null): Promise<void> {
    if (!status?.encrypted || status.locked || status.refused) {
      this.stop();
      return;
    }
    try {
      this.configure((await api.settings()).lock_after_idle_minutes);
    } catch {
      // Without its settings the journal cannot say; it stays open, as it would unset.
      this.stop();
    }
  }

  /** Stops watching: the journal is locked, plain, or gone. */
  stop(): void {
    this.configure(0);
  }

  #restart(): void {
    clearTimeout(this.#timer);
    this.#timer = this.minutes > 0 ? setTimeout(() => void this.lockNow(), this.minutes * 60_000) : undefined;
  }

  /** Writes what is waiting, then locks the journal and shows the unlock screen. */
  async lockNow(): Promise<void> {
    const [refused] = await flushAll();
    if (refused) {
      toasts.error(t("lib-idle-stayed-open", { reason: refused.message }));
      this.#restart();
      return;
    }
    if (await api.lockJournal()) {
      this.stop();
      await journal.load();
    }
  }
}

export const idleLock = new IdleLock();
