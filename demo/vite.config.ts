import { defineConfig, type Plugin } from 'vite';
import { createSandboxHandler } from '../server/sandbox-handler.js';

/** Serves the built-in sandbox backend over the SP-API paths at /sandbox. */
function sandboxBackend(): Plugin {
  return {
    name: 'sp-sandbox-backend',
    configureServer(server) {
      server.middlewares.use('/sandbox', createSandboxHandler());
    },
    configurePreviewServer(server) {
      server.middlewares.use('/sandbox', createSandboxHandler());
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [sandboxBackend()],
  server: { open: false },
});
