// Autosave: edits are saved shortly after the user stops typing, and on leaving the field. The
// status is visible; a refused save keeps the user's text in the form and says why.

import { untrack } from "svelte";
import { toAppError, type AppError } from "./api";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "error";

export class Autosave<T> {
  state: SaveState = $state("idle");
  error: AppError | null = $state(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest: T | undefined;
  #save: (value: T) => Promise<unknown>;
  #delay: number;

  constructor(save: (value: T) => Promise<unknown>, delay = 700) {
    this.#save = save;
    this.#delay = delay;
  }

  /** Saves `value` after a pause in typing; a newer value replaces a waiting one. */
  schedule(value: T) {
    this.#latest = value;
    this.state = "pending";
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Saves the waiting value now (on blur, before leaving a view). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.state !== "pending" || this.#latest === undefined) return;
    const value = this.#latest;
    this.state = "saving";
    try {
      await this.#save(value);
      if (this.#latest === value) {
        this.state = "saved";
        this.error = null;
      }
    } catch (error) {
      this.state = "error";
      this.error = toAppError(error);
    }
  }

  /** The message for a field, when the last save was refused because of it. */
  errorFor(field: string): string | null {
    return this.error?.field === field ? this.error.message.replace(/^[a-z_]+: /, "") : null;
  }
}

/** A record edited in place: a draft that autosaves as it changes. Fresh fields from a reload
 * replace the draft only while no edit is open or waiting to be saved, so neither the end of an
 * edit (which would briefly bring back the fields from before it) nor a reload loses typing.
 * Create it while a component initializes: it watches `fields` for as long as the component
 * lives. */
export class InPlaceEdit<F extends object> {
  editing = $state(false);
  draft: F = $state() as F;
  readonly saver: Autosave<F>;

  constructor(fields: () => F, save: (fields: F) => Promise<unknown>) {
    this.saver = new Autosave(save);
    this.draft = { ...untrack(fields) };
    $effect(() => {
      const fresh = fields();
      untrack(() => {
        const waiting = this.saver.state === "pending" || this.saver.state === "saving";
        if (!this.editing && !waiting) this.draft = { ...fresh };
      });
    });
  }

  /** Changes the draft and schedules its save. */
  edit(patch: Partial<F>) {
    this.draft = { ...this.draft, ...patch };
    this.saver.schedule({ ...this.draft });
  }

  /** Saves what is waiting and closes the edit; `false` (the edit stays open, the message shown)
   * when the save was refused. */
  async finish(): Promise<boolean> {
    await this.saver.flush();
    if (this.saver.state === "error") return false;
    this.editing = false;
    return true;
  }
}
