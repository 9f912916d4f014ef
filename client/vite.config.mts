import { defineConfig } from "vite";

// The client builds into client/dist, which the Express app serves on the same port as the API.
// bench.html is the rendering benchmark page (npm run bench -- --stages client); probe.html its floor.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: "index.html", bench: "bench.html", probe: "probe.html" } },
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
