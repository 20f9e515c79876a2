// A translated sentence with an element inside it (a <kbd>, a <code>, a link): the element's
// place is passed to `t()` as a slot mark, and the sentence is cut there, so the markup goes
// around whatever words the translator put in that place, in the language's own word order.

const FIRST_SLOT = 0xe000;

/** The mark for slot `n`: a private-use character no sentence holds. */
export function slot(n = 0): string {
  return String.fromCharCode(FIRST_SLOT + n);
}

/** The sentence cut at its slot marks: the text pieces, and the slot's number where one was. */
export function pieces(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  let piece = "";
  for (const c of text) {
    const n = c.charCodeAt(0) - FIRST_SLOT;
    if (n >= 0 && n < 16) {
      if (piece) out.push(piece);
      out.push(n);
      piece = "";
    } else piece += c;
  }
  if (piece) out.push(piece);
  return out;
}

/** The text before and after the sentence's one slot (`slot(0)`). */
export function around(text: string): [string, string] {
  const at = text.indexOf(slot(0));
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}
