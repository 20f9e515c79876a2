// Component tests talk to a fake backend through Tauri's own IPC mock: the real `api.ts` and
// bindings run, only the Rust side is replaced by `handlers`.

import { mockIPC } from "@tauri-apps/api/mocks";

export type Handler = (args: Record<string, unknown>) => unknown;

export interface Call {
  command: string;
  args: Record<string, unknown>;
}

/** Answers each command with its handler; an unexpected command fails the test. Returns the
 * list of calls made, in order. With `events`, `listen` and `emit` work too (and are not
 * recorded). */
export function mockCommands(handlers: Record<string, Handler>, { events = false } = {}): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (command, args) => {
      const payload = (args ?? {}) as Record<string, unknown>;
      calls.push({ command, args: payload });
      const handler = handlers[command];
      if (!handler) throw new Error(`unexpected command ${command}`);
      return handler(payload);
    },
    { shouldMockEvents: events },
  );
  return calls;
}

/** Lets pending promises and Svelte updates settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
