// What a view shows from the journal is loaded when the view opens, again when what it shows
// changes (another partnership, another session) and again after every change to the journal
// (`journal.revision`), made here or elsewhere. Requests can overlap; only the latest one's
// answer counts, so a slow answer to an older request never replaces a newer one.

import { untrack } from "svelte";
import { toAppError, type AppError } from "./api";
import { journal } from "./journal.svelte";

export interface LoaderOptions<T, I, Initial> {
  /** What `value` holds until the first answer arrives. */
  initial: Initial;
  /** What the request depends on; read reactively, so a change loads again. */
  inputs?: () => I;
  load: (inputs: I) => Promise<T>;
  /** Runs with each answer that counts, right after `value` is set. */
  onload?: (value: T) => void;
}

/** Create it while a component initialises: it loads for as long as the component lives. */
export class Loader<T, I = void, Initial = T> {
  /** The latest answer (kept when a later request fails). A view may replace it with what it
   * just saved, without asking the journal again. */
  value: T | Initial;
  #error: AppError | null = $state(null);
  #loaded = $state(false);
  #latest = 0;
  readonly #options: LoaderOptions<T, I, Initial>;

  constructor(options: LoaderOptions<T, I, Initial>) {
    this.value = $state(options.initial);
    this.#options = options;
    $effect(() => {
      void journal.revision;
      const inputs = this.#inputs();
      // Only the inputs and the journal's revision say when to load again, not whatever `load`
      // happens to read.
      untrack(() => void this.#request(inputs));
      // An answer that arrives once the component is gone is dropped like any older one.
      return () => void this.#latest++;
    });
  }

  /** Why the latest request failed; null once one succeeds. */
  get error(): AppError | null {
    return this.#error;
  }

  /** Whether any request has been answered, with a value or an error. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Asks again now, for the current inputs. */
  reload(): Promise<void> {
    return this.#request(untrack(() => this.#inputs()));
  }

  #inputs(): I {
    return this.#options.inputs?.() as I;
  }

  async #request(inputs: I): Promise<void> {
    const mine = ++this.#latest;
    let value: T;
    try {
      value = await this.#options.load(inputs);
    } catch (error) {
      if (mine === this.#latest) {
        this.#error = toAppError(error);
        this.#loaded = true;
      }
      return;
    }
    if (mine !== this.#latest) return;
    this.value = value;
    this.#error = null;
    this.#loaded = true;
    this.#options.onload?.(value);
  }
}
