// The open journal as the whole window sees it: which file, and its partnerships (for the
// sidebar and pickers). Views load their own data; `revision` tells them to load again after
// a change made elsewhere (quick capture, an undo, another journal opened).

import { api, toAppError, type AppError, type JournalStatus, type Partnership } from "./api";
import { today } from "./locale";

class JournalState {
  status: JournalStatus | null = $state(null);
  partnerships: Partnership[] = $state([]);
  loadError: AppError | null = $state(null);
  revision = $state(0);
  loaded = $state(false);

  async load(): Promise<void> {
    try {
      this.status = await api.journalStatus();
      this.partnerships = this.status.refused
        ? []
        : (await api.partnershipSummaries(today())).map((s) => s.partnership);
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

  partnership(id: string | null | undefined): Partnership | undefined {
    return this.partnerships.find((p) => p.id === id);
  }
}

export const journal = new JournalState();
