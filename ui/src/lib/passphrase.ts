// The rules a new passphrase must meet before it is sent: as long as the journal asks (it
// checks again), and typed the same twice, so a typo cannot lock anybody out.

import { MIN_PASSPHRASE_CHARS, type SecretInput } from "./api";
import { t } from "./i18n";

/** The fewest characters a passphrase may have: the journal's rule, from the bindings. */
export { MIN_PASSPHRASE_CHARS };

export interface PassphraseProblems {
  /** What is wrong with the passphrase itself. */
  first: string | null;
  /** What is wrong with the second typing of it. */
  again: string | null;
}

/** What stops `first` (typed again as `again`) from becoming the passphrase. */
export function passphraseProblems(first: string, again: string): PassphraseProblems {
  const length = [...first].length;
  return {
    first:
      length < MIN_PASSPHRASE_CHARS
        ? t("settings-passphrase-too-short", { min: MIN_PASSPHRASE_CHARS, length })
        : null,
    again: again !== first ? t("settings-passphrase-differ") : null,
  };
}

/** A recovery key in its groups of four, for showing large. */
export function keyGroups(key: string): string[] {
  return key.split("-").filter((group) => group !== "");
}

/** Enter in any field of `form` submits it, also where its submit button is outside it (in a
 * dialog's footer) and the form has several fields. */
export function submitOnEnter(form: HTMLFormElement): () => void {
  const onkeydown = (event: KeyboardEvent) => {
    const target = event.target;
    if (event.key !== "Enter" || event.isComposing) return;
    if (!(target instanceof HTMLInputElement) || target.type === "checkbox") return;
    event.preventDefault();
    form.requestSubmit();
  };
  form.addEventListener("keydown", onkeydown);
  return () => form.removeEventListener("keydown", onkeydown);
}

/** What a dialog says when the journal refuses the secret it was given. */
export function wrongSecret(kind: SecretInput["kind"]): string {
  return kind === "passphrase" ? t("settings-passphrase-wrong") : t("settings-recovery-key-wrong");
}
