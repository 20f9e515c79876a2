// The catalogues are complete and agree: every language has every message English has, with the
// same placeholders, each defined once; every message the code asks for exists, and every message
// is asked for by the window or the shell; no sentence is left in the markup.

import { parse, Message, Junk, type Pattern, type Expression } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../lib/locale";

const catalogues = import.meta.glob("./*.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;
const sources = import.meta.glob(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
// The shell writes menus, reminders, exports and errors from the same catalogue.
const shellSources = import.meta.glob(
  ["../../../src-tauri/src/**/*.rs", "../../../src-tauri/journal/src/**/*.rs"],
  { query: "?raw", import: "default", eager: true },
) as Record<string, string>;

/** Each message id with the placeholders its value names, in one catalogue. */
function messagesOf(source: string): { messages: Map<string, string[]>; junk: string[]; twice: string[] } {
  const resource = parse(source, {});
  const messages = new Map<string, string[]>();
  const junk: string[] = [];
  const twice: string[] = [];
  for (const entry of resource.body) {
    if (entry instanceof Junk) junk.push(entry.content.slice(0, 80));
    if (entry instanceof Message) {
      if (messages.has(entry.id.name)) twice.push(entry.id.name);
      messages.set(entry.id.name, entry.value ? [...placeholders(entry.value)].sort() : []);
    }
  }
  return { messages, junk, twice };
}

function* placeholders(pattern: Pattern): Generator<string> {
  for (const element of pattern.elements) {
    if (element.type === "Placeable") yield* inExpression(element.expression);
  }
}

function* inExpression(expression: Expression | Pattern | { type: string }): Generator<string> {
  const node = expression as unknown as Record<string, unknown> & { type: string };
  if (node.type === "VariableReference") yield (node.id as { name: string }).name;
  if (node.type === "SelectExpression") {
    yield* inExpression(node.selector as Expression);
    for (const variant of node.variants as { value: Pattern }[]) yield* placeholders(variant.value);
  }
  if (node.type === "Placeable") yield* inExpression(node.expression as Expression);
}

const english = messagesOf(catalogues["./en.ftl"] ?? "");

describe("catalogues", () => {
  it("has one per language, each read without a syntax error", () => {
    expect(Object.keys(catalogues).sort()).toEqual(LANGUAGES.map((tag) => `./${tag}.ftl`).sort());
    for (const [file, source] of Object.entries(catalogues)) {
      expect(messagesOf(source).junk, file).toEqual([]);
    }
  });

  it("defines each message once in each catalogue", () => {
    for (const [file, source] of Object.entries(catalogues)) {
      expect(messagesOf(source).twice, file).toEqual([]);
    }
  });

  it.each(LANGUAGES.filter((tag) => tag !== "en"))(
    "%s has every message with the same placeholders",
    (tag) => {
      const translated = messagesOf(catalogues[`./${tag}.ftl`] ?? "").messages;
      expect(
        [...translated.keys()].filter((id) => !english.messages.has(id)),
        "messages English lacks",
      ).toEqual([]);
      expect(
        [...english.messages.keys()].filter((id) => !translated.has(id)),
        "messages missing",
      ).toEqual([]);
      for (const [id, names] of english.messages) {
        expect(translated.get(id), `placeholders of ${id}`).toEqual(names);
      }
    },
  );

  it("holds every message the window asks for (the shell's own test checks its)", () => {
    const asked = new Map<string, string>();
    for (const [file, source] of Object.entries(sources)) {
      for (const match of source.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) asked.set(match[1]!, file);
    }
    expect(asked.size).toBeGreaterThan(0);
    const missing = [...asked]
      .filter(([id]) => !english.messages.has(id))
      .map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });

  it("holds only messages the window or the shell names", () => {
    expect(Object.keys(shellSources).length).toBeGreaterThan(0);
    const named = new Set<string>();
    for (const source of [...Object.values(sources), ...Object.values(shellSources)]) {
      for (const match of source.matchAll(/"([a-z][a-z0-9-]*)"/g)) named.add(match[1]!);
    }
    expect([...english.messages.keys()].filter((id) => !named.has(id))).toEqual([]);
  });
});

// Attributes that hold words a person reads, whatever their value looks like.
const TEXT_ATTRIBUTES =
  /^(aria-label|aria-description|aria-roledescription|aria-valuetext|placeholder|title|alt|label)$/;
// Attributes that hold names for machines.
const MACHINE_ATTRIBUTES =
  /^(class|style|id|for|type|name|role|href|src|d|viewBox|points|transform|fill|stroke|autocomplete|inputmode|accept|pattern|lang|dir|method|data-[\w-]+|aria-controls|aria-describedby|aria-labelledby|aria-live|aria-current|aria-haspopup|aria-hidden|aria-expanded|aria-pressed|aria-selected|aria-checked|aria-invalid|aria-modal|aria-orientation|aria-sort|aria-autocomplete|tabindex|xmlns|stroke-[\w-]+|fill-rule|clip-rule|variant|kind|size|tone|icon|key|route|field|testid)$/;

/** The words a Svelte file's markup shows without its catalogue: text between tags, and text in
 * attributes, once script, style, comments and `{expressions}` are taken out. */
export function wordsInMarkup(source: string): string[] {
  let markup = source
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  markup = withoutExpressions(markup);
  const found: string[] = [];
  markup = markup.replace(/<[^>]*>/g, (tag) => {
    for (const [, name, value] of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const attribute = (name ?? "").replace(/^(bind|on|use|class|style):.*/, "$1");
      if (
        MACHINE_ATTRIBUTES.test(attribute) ||
        /^(bind|on|use|class|style|transition|animate|in|out)$/.test(attribute)
      )
        continue;
      const words = (value ?? "").replace(/␣/g, " ").trim();
      if (
        TEXT_ATTRIBUTES.test(attribute)
          ? /\p{L}{2,}/u.test(words)
          : /\p{Lu}\p{Ll}|\p{L}{2,}\s+\p{L}{2,}/u.test(words)
      ) {
        found.push(`${name}="${words}"`);
      }
    }
    return " ";
  });
  for (const text of markup.replace(/&[#\w]+;/g, " ").split(/\s{2,}|\n/)) {
    if (/\p{L}{2,}/u.test(text)) found.push(text.trim());
  }
  return found;
}

/** The markup with each `{…}` (nested braces and quoted strings included) replaced by ␣. */
function withoutExpressions(markup: string): string {
  let out = "";
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < markup.length; i++) {
    const c = markup[i]!;
    if (depth === 0) {
      if (c === "{") {
        depth = 1;
        out += "␣";
      } else out += c;
      continue;
    }
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
  }
  return out;
}

describe("markup", () => {
  it("finds words left in markup, so the check below can fail", () => {
    expect(
      wordsInMarkup(
        `<script>let a = "x";</script>\n<p class="lead big">Hello there</p>\n<b title={t("x")}>{t("y")}</b>\n<i aria-label="Close">×</i>`,
      ),
    ).toEqual(['aria-label="Close"', "Hello there"]);
  });

  it("shows no words outside the catalogue", () => {
    const left: string[] = [];
    for (const [file, source] of Object.entries(sources)) {
      if (!file.endsWith(".svelte")) continue;
      for (const words of wordsInMarkup(source)) left.push(`${file}: ${words}`);
    }
    expect(left).toEqual([]);
  });
});
