// A promise-based confirmation, shown by <ConfirmHost> in the app shell.

import { t } from "./i18n";

export interface ConfirmRequest {
  title: string;
  message: string;
  /** A list shown under the message (what a deletion takes away). */
  items: string[];
  /** A last line, after the list. */
  note: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
}

class Confirmation {
  request: ConfirmRequest | null = $state(null);

  ask(options: {
    title: string;
    message: string;
    items?: string[];
    note?: string;
    confirmLabel?: string;
    danger?: boolean;
  }): Promise<boolean> {
    this.request?.resolve(false);
    return new Promise((resolve) => {
      this.request = {
        title: options.title,
        message: options.message,
        items: options.items ?? [],
        note: options.note ?? "",
        confirmLabel: options.confirmLabel ?? t("lib-confirm-ok"),
        danger: options.danger ?? false,
        resolve: (ok) => {
          this.request = null;
          resolve(ok);
        },
      };
    });
  }
}

export const confirmation = new Confirmation();
