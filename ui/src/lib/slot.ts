// A sentence with markup around one of its parts (a path in <code>, a fingerprint): the
// message keeps the whole sentence, in the word order of its language, and the part is passed
// as SLOT; the markup then goes between the text before and after it.
//
//   const [before, after] = aroundSlot(t("share-folder-exchanging-through", { folder: SLOT }));
//   <p>{before}<code>{folder}</code>{after}</p>

/** What a message is given in place of the part the markup shows itself. */
export const SLOT = "\u0000";

/** The message's text before and after SLOT (all of it before, when it has none). */
export function aroundSlot(message: string): [string, string] {
  const at = message.indexOf(SLOT);
  return at < 0 ? [message, ""] : [message.slice(0, at), message.slice(at + SLOT.length)];
}
