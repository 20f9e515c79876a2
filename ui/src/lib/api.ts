// The one module that talks to Tauri: the generated command bindings, the dialog and opener
// plugins, the window's close request and the shell's events. Views import `api` and the types
// from here, never from `@tauri-apps/*` or `./bindings` directly, so the boundary with the Rust
// side is in one place.

import { t } from "./i18n";
import { commands } from "./bindings";
import { open as openFileDialog, save as saveFileDialog } from "@tauri-apps/plugin-dialog";
import { openUrl } from "@tauri-apps/plugin-opener";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { Channel } from "@tauri-apps/api/core";

export type * from "./bindings";
import { KINDS } from "./bindings";
import type {
  ErrorCode,
  ExchangeReport,
  Format,
  ImportProgress,
  IpcError,
  Kind,
  MenuAction,
  RecordRef,
  ReminderAbout,
  SyncReport,
} from "./bindings";

/** Every record kind, parents first, from the journal's registry of kinds. */
export const ALL_KINDS: Kind[] = KINDS.map((k) => k.kind);

/** The fewest characters the journal takes for a passphrase. */
export { MIN_PASSPHRASE_CHARS } from "./bindings";

/** The menu bar's actions that have keys, with the keys and what they do (`src-tauri/src/menu.rs`). */
export { MENU_SHORTCUTS } from "./bindings";

/** What a failed command says beyond its code and message (see `IpcError`). */
export interface ErrorDetails {
  /** The field the journal refused, for `Invalid`. */
  field?: string | null;
  /** What is wrong with `field`, without its name ("must not be empty"). */
  problem?: string | null;
  /** The record in the trash whose being there blocked the command (a restore's parent). */
  blockedBy?: RecordRef | null;
}

/** A failed command, in plain words. For `Invalid`, `field` names the refused field and
 * `problem` says what is wrong with it; the views show those and never take `message` apart. */
export class AppError extends Error {
  readonly code: ErrorCode | "Ipc";
  readonly field: string | null;
  readonly problem: string | null;
  readonly blockedBy: RecordRef | null;

  constructor(code: ErrorCode | "Ipc", message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = details.field ?? null;
    this.problem = details.problem ?? null;
    this.blockedBy = details.blockedBy ?? null;
  }

  /** What to show beside the input that was refused: the problem when a field was refused
   * (the field is the input itself), else the whole message. */
  get problemText(): string {
    return this.problem ?? this.message;
  }

  /** The problem with `field`, when that is the field the journal refused. */
  problemWith(field: string): string | null {
    return this.field === field ? this.problemText : null;
  }
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Commands reject with an `IpcError`; Tauri itself (an ACL refusal, a bad argument) rejects
 * with a plain string. Both become an `AppError`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isIpcError(error))
    return new AppError(error.code, error.message, {
      field: error.field,
      problem: error.problem,
      blockedBy: error.blocked_by,
    });
  if (typeof error === "string") return new AppError("Ipc", error);
  if (error instanceof Error) return new AppError("Internal", error.message);
  return new AppError("Internal", t("lib-error-unknown"));
}

type Commands = typeof commands;

/** Every command, with its errors turned into `AppError`s. */
export const api: Commands = Object.fromEntries(
  Object.entries(commands).map(([name, command]) => [
    name,
    async (...args: unknown[]) => {
      try {
        return await (command as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw toAppError(error);
      }
    },
  ]),
) as Commands;

/** Where the shell tells how far an import (or its plan) has come: `onStep` hears each step. */
export function progressChannel(onStep: (progress: ImportProgress) => void): Channel<ImportProgress> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onStep;
  return channel;
}

/** The schemes a link in a note may open, in the system's browser or mail app. */
export const OPENABLE_SCHEMES = ["http:", "https:", "mailto:"];

export function isOpenableLink(href: string): boolean {
  try {
    return OPENABLE_SCHEMES.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Opens a web or mail link outside the app (the caller has asked the user first). */
export async function openExternalLink(href: string): Promise<void> {
  if (!isOpenableLink(href)) throw new AppError("Invalid", t("lib-error-link"));
  try {
    await openUrl(href);
  } catch (error) {
    throw toAppError(error);
  }
}

/** Runs `handler` when the window is asked to close (its close button, Alt+F4, the window
 * manager). The window stays open: the handler ends the app itself, with `api.quit`, once what
 * was typed is saved. */
export async function onWindowCloseRequested(handler: () => Promise<void>): Promise<() => void> {
  return await getCurrentWindow().onCloseRequested(async (event) => {
    event.preventDefault();
    await handler();
  });
}

/** What the shell sends when the system ends the app (SIGTERM, SIGINT); `src-tauri/src/signals.rs`. */
const QUIT_REQUESTED = "quit-requested";

/** Runs `handler` when the shell asks the window to save and quit. */
export async function onQuitRequested(handler: () => Promise<void>): Promise<() => void> {
  return await listen(QUIT_REQUESTED, () => void handler());
}

/** What the shell sends when "Quit Twoway" is chosen in the tray icon's menu
 * (`src-tauri/src/background.rs`): the window saves and quits as Ctrl+Q does. */
const QUIT_ASKED = "quit-asked";

/** Runs `handler` when the user asks to quit from outside the window. */
export async function onQuitAsked(handler: () => Promise<void>): Promise<() => void> {
  return await listen(QUIT_ASKED, () => void handler());
}

/** What the shell sends when an entry of the menu bar that the window carries out is chosen
 * (`src-tauri/src/menu.rs`); the editing entries never come here. */
const MENU_CHOSEN = "menu-chosen";

/** Runs `handler` with each action chosen in the menu bar (or with its keys). */
export async function onMenuChosen(handler: (action: MenuAction) => void): Promise<() => void> {
  return await listen<MenuAction>(MENU_CHOSEN, (event) => handler(event.payload));
}

/** What the shell sends when a reminder's notification is clicked, with what it is about
 * (`src-tauri/src/reminders.rs`); the shell has brought the window forward. */
const REMINDER_OPENED = "reminder-opened";

/** Runs `handler` with what a clicked reminder is about. */
export async function onReminderOpened(handler: (about: ReminderAbout) => void): Promise<() => void> {
  return await listen<ReminderAbout>(REMINDER_OPENED, (event) => handler(event.payload));
}

/** What the shell sends after each sync, with what it did (`src-tauri/src/sync.rs`). */
const JOURNAL_SYNCED = "journal-synced";

/** Runs `handler` with the report of each sync, whoever started it. */
export async function onSynced(handler: (report: SyncReport) => void): Promise<() => void> {
  return await listen<SyncReport>(JOURNAL_SYNCED, (event) => handler(event.payload));
}

/** What the shell sends when a partner's pack came in through their folder (`src-tauri/src/sync.rs`). */
const PARTNER_EXCHANGED = "partner-exchanged";

/** A partner's pack that came in (or could not), for one partnership. */
export interface PartnerExchanged {
  partnership: string;
  report: ExchangeReport;
}

/** Runs `handler` each time a partner's pack came in through a linked folder. */
export async function onPartnerExchanged(
  handler: (exchanged: PartnerExchanged) => void,
): Promise<() => void> {
  return await listen<PartnerExchanged>(PARTNER_EXCHANGED, (event) => handler(event.payload));
}

/** What the shell sends when the system asked Twoway to open a pack (a double-click on a
 * `.twowaypack` file) while the window is up (`src-tauri/src/opened_pack.rs`); the pack itself
 * is taken with `takeOpenedPack`. */
const PACK_OPENED = "pack-opened";

/** Runs `handler` each time a pack waits to be imported. */
export async function onPackOpened(handler: () => void): Promise<() => void> {
  return await listen(PACK_OPENED, () => handler());
}

/** Asks for the folder to sync through; `null` when the user cancels. */
export async function chooseSyncFolder(title = t("lib-file-choose-sync-folder")): Promise<string | null> {
  const picked = await openFileDialog({ title, multiple: false, directory: true });
  return typeof picked === "string" ? picked : null;
}

const JOURNAL_FILTER = { name: t("lib-file-journal"), extensions: ["sqlite3", "db"] };

/** Asks for an existing journal file; `null` when the user cancels. */
export async function chooseJournalFile(): Promise<string | null> {
  const picked = await openFileDialog({ multiple: false, directory: false, filters: [JOURNAL_FILTER] });
  return typeof picked === "string" ? picked : null;
}

/** Asks where a new journal file should go; `null` when the user cancels. */
export async function chooseNewJournalFile(): Promise<string | null> {
  return await saveFileDialog({ defaultPath: "journal.sqlite3", filters: [JOURNAL_FILTER] });
}

const EXPORT_FILTERS: Record<Format, { name: string; extensions: string[] } | null> = {
  markdown: { name: t("lib-file-markdown"), extensions: ["md"] },
  markdown_folder: null,
  html: { name: t("lib-file-web-page"), extensions: ["html"] },
  pack: { name: t("lib-file-pack"), extensions: ["twowaypack"] },
  calendar: { name: t("lib-file-calendar"), extensions: ["ics"] },
};

/** Asks where an export goes, suggesting `suggestedName`; `null` when the user cancels. For a
 * folder the name typed is the folder to create. The system dialog asks before a file is
 * replaced. */
export async function chooseExportTarget(suggestedName: string, format: Format): Promise<string | null> {
  const filter = EXPORT_FILTERS[format];
  return await saveFileDialog({
    title: format === "markdown_folder" ? t("lib-file-save-folder") : t("lib-file-save-export"),
    defaultPath: suggestedName,
    filters: filter ? [filter] : undefined,
  });
}

const RECORD_FILTERS = {
  json: { name: t("lib-file-record"), extensions: ["json"] },
  html: { name: t("lib-file-web-page"), extensions: ["html"] },
};

/** Asks where a record of learning (`json`) or its certificate (`html`) goes; `null` when the
 * user cancels. */
export async function chooseRecordTarget(
  suggestedName: string,
  kind: "json" | "html",
): Promise<string | null> {
  return await saveFileDialog({
    title: kind === "json" ? t("lib-file-save-record") : t("lib-file-save-certificate"),
    defaultPath: suggestedName,
    filters: [RECORD_FILTERS[kind]],
  });
}

/** Asks for a record of learning a partner sent; `null` when the user cancels. */
export async function chooseRecordFile(): Promise<string | null> {
  const picked = await openFileDialog({
    title: t("lib-file-open-record"),
    multiple: false,
    directory: false,
    filters: [RECORD_FILTERS.json],
  });
  return typeof picked === "string" ? picked : null;
}

/** Asks where a programme report goes, suggesting `suggestedName`; `null` when the user cancels. */
export async function chooseReportTarget(suggestedName: string): Promise<string | null> {
  return await saveFileDialog({
    title: t("lib-file-save-report"),
    defaultPath: suggestedName,
    filters: [{ name: t("lib-file-report"), extensions: ["json"] }],
  });
}

/** Asks for a Twoway pack to import; `null` when the user cancels. */
export async function choosePackFile(): Promise<string | null> {
  const picked = await openFileDialog({
    title: t("lib-file-import-pack"),
    multiple: false,
    directory: false,
    // Packs were `.json` files before they had their own extension; both still import.
    filters: [{ name: t("lib-file-pack"), extensions: ["twowaypack", "json"] }],
  });
  return typeof picked === "string" ? picked : null;
}
