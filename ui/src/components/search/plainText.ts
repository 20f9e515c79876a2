// Labels and snippets are cut from Markdown source. As plain text in a list, the markers are
// noise ("## LinkedIn", "*Finance Director*"); this drops the common ones. Display only: the
// text is never rendered as HTML, and what the user wrote is untouched.

import type { SnippetPart } from "../../lib/api";

export function plainText(text: string): string {
  return text
    .replace(/(^|\s)#{1,6}\s+/g, "$1")
    .replace(/(^|\s)>\s+/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`+/g, "")
    .replace(/(^|[\s("'])\*{1,3}(?=\S)/g, "$1")
    .replace(/(\S)\*{1,3}(?=$|[\s).,;:!?"'])/g, "$1")
    .replace(/(^|[\s("'])_{1,3}(?=\S)/g, "$1")
    .replace(/(\S)_{1,3}(?=[\s).,;:!?"']|$)/g, "$1");
}

/** How many characters of a record the journal puts in a trash label. */
const LABEL_CHARS = 80;

/** A trash label, marked as cut when the journal shortened it. */
export function plainLabel(label: string): string {
  const plain = plainText(label.trim());
  return [...label].length >= LABEL_CHARS ? `${plain.trimEnd()}…` : plain;
}

// The journal's own match markers: control characters, never in a snippet's text.
const START = "\u0002";
const END = "\u0003";

/** A snippet without Markdown markers, cleaned as one text so a marker next to a match
 * ("*" + "Finance" + "*") is seen as what it is. */
export function plainSnippet(parts: SnippetPart[]): SnippetPart[] {
  const joined = parts.map((p) => (p.matched ? START + p.text + END : p.text)).join("");
  const out: SnippetPart[] = [];
  for (const piece of plainText(joined).split(START)) {
    const [matched, rest] = piece.includes(END) ? piece.split(END, 2) : [null, piece];
    if (matched) out.push({ text: matched, matched: true });
    if (rest) out.push({ text: rest, matched: false });
  }
  return out;
}
