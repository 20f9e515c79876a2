// A message with markup in the middle of its sentence ("… open the copy from <a>Settings</a>."):
// the catalogue keeps the whole sentence, with a placeholder where the marked part goes, and the
// view renders the text around it and the markup in its place.
//
//   pieces(t("care-read-only-how", { settings: slot("settings") }))
//     → [{ text: "To make changes, … open the copy from " }, { slot: "settings" }, { text: "." }]
//
// The placeholders may come in any order, as the language's word order puts them.

const OPEN = "\u2063[";
const CLOSE = "]\u2063";

/** The value to pass for a placeholder `name` that the view fills with markup. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

export type Piece = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/** A formatted message cut at its slots, in the order the message has them. */
export function pieces(message: string): Piece[] {
  const out: Piece[] = [];
  const pattern = /\u2063\[([\w-]+)\]\u2063/g;
  let at = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > at) out.push({ text: message.slice(at, match.index) });
    out.push({ slot: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < message.length) out.push({ text: message.slice(at) });
  return out;
}
