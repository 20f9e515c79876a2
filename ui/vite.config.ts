import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The app is served from Tauri's asset protocol: relative paths, no inline scripts (the CSP
// forbids them), and a fixed dev port for `tauri dev`.
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // Tauri embeds the files; a single inline-free bundle keeps the CSP strict.
    assetsInlineLimit: 0,
  },
});
