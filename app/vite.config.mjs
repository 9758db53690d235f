// Two single-file builds: `--mode player` (the app the Python package ships) and `--mode host`
// (the browser test's host page). Each inlines its JavaScript and CSS into one HTML file.
import { resolve } from "node:path";
import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

const targets = {
  player: { input: "player.html", outDir: "../src/ace_step_mcp/surface/app" },
  host: { input: "host.html", outDir: "../tests/browser" },
};

export default defineConfig(({ mode }) => {
  const target = targets[mode];
  if (!target) throw new Error(`--mode must be one of ${Object.keys(targets).join(", ")}`);
  return {
    root: resolve(import.meta.dirname),
    plugins: [viteSingleFile()],
    logLevel: "warn",
    build: {
      outDir: resolve(import.meta.dirname, target.outDir),
      emptyOutDir: false,
      rollupOptions: { input: resolve(import.meta.dirname, target.input) },
      target: "es2022",
      sourcemap: false,
      reportCompressedSize: false,
    },
  };
});
