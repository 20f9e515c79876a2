// What a long text field needs to offer its version history (VersionHistory.svelte).

import type { AppError, Kind } from "../../lib/api";

export interface HistorySource {
  kind: Kind;
  /** The record the text belongs to. */
  id: string;
  /** The journal's name of the field ("shared_notes"). */
  field: string;
  /** The field in words, in the window's language ("shared notes"), as in "History of the shared
   * notes"; the German messages show it after a colon, without an article ("geteilte Notizen"). */
  name: string;
  /** Writes what is waiting to be saved in the record's form; the refusal, if it is refused. */
  saver: { settle(): Promise<AppError | null> };
  /** Shows the restored text in the field (the journal has it already). */
  onrestored: (text: string) => void | Promise<void>;
}
