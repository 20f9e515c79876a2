// A promise-based confirmation, shown by <ConfirmHost> in the app shell.

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
}

class Confirmation {
  request: ConfirmRequest | null = $state(null);

  ask(options: {
    title: string;
    message: string;
    confirmLabel?: string;
    danger?: boolean;
  }): Promise<boolean> {
    this.request?.resolve(false);
    return new Promise((resolve) => {
      this.request = {
        title: options.title,
        message: options.message,
        confirmLabel: options.confirmLabel ?? "OK",
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
