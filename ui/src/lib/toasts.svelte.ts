// Short messages at the bottom of the window, some with an action ("Undo"). A deleted record
// goes to the trash and its toast offers to bring it back. A toast the pointer is over, or
// that holds the keyboard focus, stays until it is left: nobody loses an "Undo" while reaching
// for it.

export interface Toast {
  id: number;
  message: string;
  tone: "info" | "error";
  action?: { label: string; run: () => void | Promise<void> };
}

export const LIFETIME_MS = 8000;

class Toasts {
  items: Toast[] = $state([]);
  #next = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, options: Partial<Omit<Toast, "id" | "message">> = {}): number {
    const toast: Toast = { id: this.#next++, message, tone: options.tone ?? "info", action: options.action };
    this.items = [...this.items, toast];
    this.release(toast.id);
    return toast.id;
  }

  error(message: string): number {
    return this.show(message, { tone: "error" });
  }

  /** Keeps the toast while the pointer is over it or it holds the focus. */
  hold(id: number) {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
  }

  /** Lets the toast go after its full lifetime again, counted from now. */
  release(id: number) {
    const toast = this.items.find((t) => t.id === id);
    if (!toast) return;
    clearTimeout(this.#timers.get(id));
    const lifetime = toast.tone === "error" ? LIFETIME_MS * 2 : LIFETIME_MS;
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), lifetime),
    );
  }

  dismiss(id: number) {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
