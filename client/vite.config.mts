import { defineConfig } from "vite";

// The client builds into client/dist, which the Express app serves on the same port as the API.
export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
