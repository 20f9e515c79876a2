// What a command rejects with, shaped as `src-tauri/src/error.rs` builds it from the journal's
// errors, so every mocked failure has the real fields.

import type { ErrorCode, IpcError, RecordRef } from "../lib/api";

/** The journal refused `field`: the message names the field, `problem` says what is wrong. */
export function refused(field: string, problem: string, blockedBy: RecordRef | null = null): IpcError {
  return { code: "Invalid", message: `${field}: ${problem}`, field, problem, blocked_by: blockedBy };
}

/** Any other failure, in the journal's words. */
export function failure(code: ErrorCode, message: string): IpcError {
  return { code, message, field: null, problem: null, blocked_by: null };
}
