// A sentence with markup in the middle of it (a path in <code>, a link, a <kbd>): the catalogue
// keeps the whole sentence, in the word order of its language, with a placeholder where the
// marked-up part goes; the view renders the text around it and the markup in its place.
//
//   pieces(t("care-read-only-how", { settings: slot("settings") }))
//     → [{ text: "To make changes, … open the copy from " }, { slot: "settings" }, { text: "." }]
//
// The placeholders may come in any order, as the language's word order puts them. A sentence
// with only one marked-up part can use `SLOT` and `aroundSlot`:
//
//   const [before, after] = aroundSlot(t("share-folder-exchanging-through", { folder: SLOT }));
//   <p>{before}<code>{folder}</code>{after}</p>

import { FluentNumber } from "@fluent/bundle";

const OPEN = "\u2063[";
const CLOSE = "]\u2063";
const PATTERN = /\u2063\[([\w-]+)\]\u2063/g;

/** The value to pass for a placeholder `name` that the view fills with markup. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

export type Piece = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/** A formatted message cut at its slots, in the order the message has them. */
export function pieces(message: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const match of message.matchAll(PATTERN)) {
    if (match.index > at) out.push({ text: message.slice(at, match.index) });
    out.push({ slot: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < message.length) out.push({ text: message.slice(at) });
  return out;
}

/** What a message is given in place of its one marked-up part, for `aroundSlot`. */
export const SLOT = slot("slot");

/** The message's text before and after SLOT (all of it before, when it has none). */
export function aroundSlot(message: string): [string, string] {
  const at = message.indexOf(SLOT);
  return at < 0 ? [message, ""] : [message.slice(0, at), message.slice(at + SLOT.length)];
}

/** A number for a placeholder `name` that the view fills with markup (a count in <strong>):
 * the message still chooses its plural form by `value`, and `pieces` finds the slot. */
export function slotNumber(name: string, value: number): FluentNumber {
  return new SlotNumber(name, value);
}

class SlotNumber extends FluentNumber {
  constructor(
    private readonly name: string,
    value: number,
  ) {
    super(value);
  }

  override toString(): string {
    return slot(this.name);
  }
}
