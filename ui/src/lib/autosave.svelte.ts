// Autosave: edits are saved shortly after the user stops typing, on leaving the field, and
// before anything ends: a view change, another journal, the window closing or the app quitting
// all call `flushAll`. The status is visible; a refused save keeps the user's text in the form
// and says why.

import { untrack } from "svelte";
import { toAppError, type AppError } from "./api";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "error";

/** Every autosave holding an edit the journal does not have yet: waiting, being written, or
 * refused. An edit leaves only once it is written, so an end can never forget one. */
// Never shown, only walked through when something ends: no reactivity needed.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const unsaved = new Set<{ settle(): Promise<AppError | null>; discard(): void }>();

/** Writes every edit the journal does not have yet, a refused one included (the cause may be
 * gone), and waits for writes already under way. Resolves with what was refused; nothing is
 * written twice, however many ends call this at once. */
export async function flushAll(): Promise<AppError[]> {
  const results = await Promise.all([...unsaved].map((saver) => saver.settle()));
  return results.filter((error) => error !== null);
}

/** Forgets every unsaved edit: the user chose to leave them (before opening another journal,
 * where their records do not exist). */
export function discardAll(): void {
  for (const saver of [...unsaved]) saver.discard();
}

export class Autosave<T> {
  state: SaveState = $state("idle");
  error: AppError | null = $state(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest: T | undefined;
  #save: (value: T) => Promise<unknown>;
  #delay: number;
  // The write under way: a flush waits for it, so two writes of one record never overtake
  // each other and an end does not go ahead while one is still on its way.
  #writing: Promise<void> | null = null;

  constructor(save: (value: T) => Promise<unknown>, delay = 700) {
    this.#save = save;
    this.#delay = delay;
  }

  /** Saves `value` after a pause in typing; a newer value replaces a waiting one. */
  schedule(value: T) {
    this.#latest = value;
    this.state = "pending";
    unsaved.add(this);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Saves the waiting value now (on blur, before leaving a view). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    while (this.#writing) await this.#writing;
    if (this.state !== "pending" || this.#latest === undefined) return;
    const value = this.#latest;
    this.state = "saving";
    const writing = this.#write(value);
    this.#writing = writing;
    try {
      await writing;
    } finally {
      if (this.#writing === writing) this.#writing = null;
    }
  }

  async #write(value: T): Promise<void> {
    try {
      await this.#save(value);
      if (this.#current(value)) {
        this.state = "saved";
        this.error = null;
        unsaved.delete(this);
      }
    } catch (error) {
      this.error = toAppError(error);
      // A newer value typed meanwhile keeps its own pending save; it may be the fix.
      if (this.#current(value)) this.state = "error";
    }
  }

  /** Whether `value` is still the last edit (or the edit was dropped while it was written). */
  #current(value: T): boolean {
    return this.#latest === value || this.#latest === undefined;
  }

  /** Writes what the journal does not have yet, retrying a refused edit; the refusal when it
   * is refused (again). */
  async settle(): Promise<AppError | null> {
    if (this.state === "error") this.state = "pending";
    await this.flush();
    return this.#refusal();
  }

  #refusal(): AppError | null {
    return this.state === "error" ? this.error : null;
  }

  /** Drops the unsaved edit, if any. */
  discard(): void {
    clearTimeout(this.#timer);
    this.#latest = undefined;
    if (this.state === "pending" || this.state === "error") this.state = "idle";
    unsaved.delete(this);
  }

  /** The message for a field, when the last save was refused because of it. */
  errorFor(field: string): string | null {
    return this.error?.problemWith(field) ?? null;
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
