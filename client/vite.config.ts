import { defineConfig, type Plugin } from 'vite';
import { preloadScript } from './src/api/graph-query.js';

/**
 * The explorer: built into client/dist, which the server serves at /. `npm run dev` serves it with hot
 * reload and forwards /graphql (queries and the SSE change feed), /healthz and /graph.bin to the API
 * on port 4000.
 */
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

/**
 * Starts the graph query (JSON, or binary on a large graph: see preloadScript) from index.html, so it
 * runs while the bundle downloads and parses. First in
 * <head>: an inline script after the stylesheet would wait for it. (The server's Content-Type names
 * the charset, so the meta charset need not come first.)
 */
function preloadGraph(): Plugin {
  return { name: 'corridor-preload-graph', transformIndexHtml: () => [{ tag: 'script', children: preloadScript(), injectTo: 'head-prepend' }] };
}

export default defineConfig({
  root,
  base: './',
  plugins: [preloadGraph()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: true },
      '/healthz': { target: 'http://localhost:4000', changeOrigin: true },
      '/graph.bin': { target: 'http://localhost:4000', changeOrigin: true },
    },
  },
});
