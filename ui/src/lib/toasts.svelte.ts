// Short messages at the bottom of the window, some with an action ("Undo"). A deleted record
// goes to the trash and its toast offers to bring it back.

export interface Toast {
  id: number;
  message: string;
  tone: "info" | "error";
  action?: { label: string; run: () => void | Promise<void> };
}

const LIFETIME_MS = 8000;

class Toasts {
  items: Toast[] = $state([]);
  #next = 1;

  show(message: string, options: Partial<Omit<Toast, "id" | "message">> = {}): number {
    const toast: Toast = { id: this.#next++, message, tone: options.tone ?? "info", action: options.action };
    this.items = [...this.items, toast];
    setTimeout(() => this.dismiss(toast.id), toast.tone === "error" ? LIFETIME_MS * 2 : LIFETIME_MS);
    return toast.id;
  }

  error(message: string): number {
    return this.show(message, { tone: "error" });
  }

  dismiss(id: number) {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
