// The open journal as the whole window sees it: which file, and its partnerships (for the
// sidebar and pickers). Views load their own data; `revision` tells them to load again after
// a change made elsewhere (quick capture, an undo, another journal opened). `opened` counts
// the times the journal was replaced under the same path (a backup restored): the window then
// rebuilds its views, as it does for another file.

import {
  api,
  toAppError,
  type AppError,
  type JournalStatus,
  type Partnership,
  type PartnershipSummary,
} from "./api";
import { today } from "./locale";

class JournalState {
  status: JournalStatus | null = $state(null);
  partnerships: Partnership[] = $state([]);
  loadError: AppError | null = $state(null);
  revision = $state(0);
  loaded = $state(false);
  opened = $state(0);
  /** The summaries the last load read, for the day it read them, until one view takes them. */
  #fresh: { day: string; summaries: PartnershipSummary[] } | null = null;

  /** The journal could only be opened for reading: its file or its disk cannot be written. */
  get readOnly(): boolean {
    return this.status?.read_only === true && !this.status.refused;
  }

  /** The journal is encrypted and waits for its passphrase or recovery key. */
  get locked(): boolean {
    return this.status?.locked === true;
  }

  async load(): Promise<void> {
    try {
      this.status = await api.journalStatus();
      const day = today();
      const summaries = this.status.refused || this.status.locked ? [] : await api.partnershipSummaries(day);
      this.partnerships = summaries.map((s) => s.partnership);
      const fresh = { day, summaries };
      this.#fresh = fresh;
      // Only the view that comes up with this load may take them: one task later an edit may
      // already have changed them.
      setTimeout(() => {
        if (this.#fresh === fresh) this.#fresh = null;
      }, 0);
      this.loadError = null;
    } catch (error) {
      this.loadError = toAppError(error);
    } finally {
      this.loaded = true;
    }
  }

  /** Something changed: reload the sidebar and let views reload. */
  async changed(): Promise<void> {
    await this.load();
    this.revision++;
  }

  /** The journal file was replaced (a backup restored over it): load it again and rebuild every
   * view on it, as if it had just been opened. */
  async reopened(): Promise<void> {
    await this.load();
    this.opened++;
    this.revision++;
  }

  /** The summaries for `day` that the load just before read, once and within the same task: the
   * home view, which comes up right after the window's first load (and loads again right after
   * every change made elsewhere), need not ask the journal for them a second time. Later, or
   * for another day, `null`: edits since may have changed them. */
  takeFreshSummaries(day: string): PartnershipSummary[] | null {
    const fresh = this.#fresh;
    this.#fresh = null;
    return fresh && fresh.day === day ? fresh.summaries : null;
  }

  partnership(id: string | null | undefined): Partnership | undefined {
    return this.partnerships.find((p) => p.id === id);
  }

  /** The partnership `id`: the one the sidebar holds, or else as the journal has it (one in the
   * trash, say). */
  async partnershipOrAsk(id: string): Promise<Partnership> {
    return this.partnership(id) ?? (await api.getPartnership(id));
  }
}

export const journal = new JournalState();
