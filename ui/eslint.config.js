import js from "@eslint/js";
import ts from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // One module owns every Tauri import: the rest of the UI goes through `lib/api.ts`.
    files: ["src/**/*.ts", "src/**/*.svelte"],
    ignores: ["src/lib/api.ts", "src/test/**", "src/test-setup.ts", "src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@tauri-apps/*"], message: "Import from lib/api.ts instead." },
            { group: ["**/bindings", "./bindings"], message: "Import types from lib/api.ts instead." },
          ],
        },
      ],
    },
  },
  {
    // The Markdown HTML comes from the journal's sanitizer (pulldown-cmark + ammonia).
    files: ["src/components/Markdown.svelte"],
    rules: { "svelte/no-at-html-tags": "off" },
  },
  { ignores: ["dist/", "node_modules/", "src/lib/bindings.ts"] },
);
