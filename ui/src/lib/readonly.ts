// A journal that could only be opened for reading (its file or its disk cannot be written) is
// still read, searched and exported, and nothing in the window offers to change it. Rather than
// each button asking, one guard watches a whole region of the window (`lockEditing`, attached
// to the shell): while the journal is read-only, every control in it is disabled (a text field
// only made read-only, so its text can still be selected and copied) and says why in its
// tooltip, and is marked `data-locked` for its look (app.css). Controls that only read are marked `data-reading` (on the control, or on a container
// for all of its controls); `data-writes` inside such a container marks a control that writes
// after all. The journal refuses a write to a read-only journal anyway; this is what the user
// sees.

import { t } from "./i18n";
import { journal } from "./journal.svelte";

/** What a locked control's tooltip says. */
export const READ_ONLY_REASON = t("lib-read-only-reason");

const CONTROLS = "button, input, select, textarea";

/** Inputs that keep their text selectable: made read-only rather than disabled. */
const TEXT_INPUTS = new Set([
  "text",
  "search",
  "number",
  "date",
  "datetime-local",
  "time",
  "month",
  "week",
  "email",
  "url",
  "tel",
]);

type Control = HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Before {
  disabled: boolean;
  readOnly: boolean;
  title: string | null;
}

function keepsText(control: Control): control is HTMLInputElement | HTMLTextAreaElement {
  return (
    control instanceof HTMLTextAreaElement ||
    (control instanceof HTMLInputElement && TEXT_INPUTS.has(control.type))
  );
}

/** Whether the control only reads: the nearest mark around it (or on it) says so. */
export function onlyReads(control: Element): boolean {
  const mark = control.closest("[data-reading], [data-writes]");
  return mark !== null && mark.hasAttribute("data-reading");
}

/** An attachment (`{@attach lockEditing}`): while the open journal is read-only, locks every
 * control in `region` that may change it, including controls added later. */
export function lockEditing(region: HTMLElement): (() => void) | void {
  if (!journal.readOnly) return;
  // Never shown, only walked through to undo the locking.
  const before = new Map<Control, Before>();

  function lock(control: Control) {
    if (onlyReads(control)) return;
    const text = keepsText(control);
    const locked = text ? control.readOnly : control.disabled;
    if (locked && control.title === READ_ONLY_REASON && control.hasAttribute("data-locked")) return;
    if (!before.has(control)) {
      before.set(control, {
        disabled: control.disabled,
        readOnly: "readOnly" in control ? control.readOnly : false,
        title: control.getAttribute("title"),
      });
    }
    if (text) control.readOnly = true;
    else control.disabled = true;
    control.title = READ_ONLY_REASON;
    control.setAttribute("data-locked", "");
  }

  // Locking changes only what is not locked yet, so the changes it makes come back here once
  // and stop.
  const sweep = () => region.querySelectorAll<Control>(CONTROLS).forEach(lock);
  sweep();
  const observer = new MutationObserver(sweep);
  observer.observe(region, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["disabled", "readonly", "title", "data-locked"],
  });

  return () => {
    observer.disconnect();
    for (const [control, was] of before) {
      if (!control.isConnected) continue;
      control.removeAttribute("data-locked");
      control.disabled = was.disabled;
      if ("readOnly" in control) control.readOnly = was.readOnly;
      if (was.title === null) control.removeAttribute("title");
      else control.title = was.title;
    }
  };
}
