// Autosave: edits are saved shortly after the user stops typing, and on leaving the field. The
// status is visible; a refused save keeps the user's text in the form and says why.

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
