import {
  defineConfig,
  type Connect,
  type HttpServer,
  type Plugin,
  type ResolvedConfig,
} from 'vite';
import {
  createSandboxProxy,
  createSpApiProxy,
  type ProxyHandler,
  type ProxyLogger,
  type Region,
} from '../server/proxy/index.js';

const CREDENTIAL_VARIABLES = ['SP_API_CLIENT_ID', 'SP_API_CLIENT_SECRET', 'SP_API_REFRESH_TOKEN'];

/** Warnings and errors only (already redacted by the proxy); every request would be noise. */
const logger: ProxyLogger = {
  info: () => undefined,
  warn: (message, fields) => console.warn(message, fields),
  error: (message, fields) => console.error(message, fields),
};

/**
 * The demo's backend at /sandbox: the built-in sandbox behind the proxy's front, or the live
 * Selling Partner API when SP_API_CLIENT_ID, SP_API_CLIENT_SECRET, SP_API_REFRESH_TOKEN (and
 * SP_API_REGION) are set. Either way the elements talk to the same production proxy.
 */
function demoBackend(port: number): { handler: ProxyHandler; description: string } {
  const present = CREDENTIAL_VARIABLES.filter((name) => process.env[name]);
  if (present.length === 0) {
    return {
      // Anchored to today (UTC midnight), so the next payout is in the future as a seller would
      // see it, and the data stays the same all day.
      handler: createSandboxProxy({
        logger,
        sandbox: { now: `${new Date().toISOString().slice(0, 10)}T00:00:00Z` },
        // "Pay out now" on the DE account, from the demo page only. A real portal's hook checks
        // the signed-in user (a role, a recent re-authentication); the sandbox moves no money.
        payouts: {
          enabled: true,
          origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
          authorizePayout: () => true,
        },
      }),
      description: 'the built-in sandbox (set SP_API_* to use the live API)',
    };
  }
  const missing = CREDENTIAL_VARIABLES.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(`The live demo needs ${missing.join(', ')} as well as ${present.join(', ')}`);
  }
  const region = process.env.SP_API_REGION as Region | undefined;
  if (!region) throw new Error('The live demo needs SP_API_REGION: na, eu or fe');
  const credentials = {
    clientId: process.env.SP_API_CLIENT_ID!,
    clientSecret: process.env.SP_API_CLIENT_SECRET!,
    refreshToken: process.env.SP_API_REFRESH_TOKEN!,
  };
  return {
    handler: createSpApiProxy({ region, credentials: () => credentials, logger }),
    description: `the live Selling Partner API (region ${region})`,
  };
}

/** The port the dev or preview server listens on, once it does (the default until then). */
function listeningPort(httpServer: HttpServer | null | undefined, fallback: number): number {
  const address = httpServer?.address();
  return address && typeof address === 'object' ? address.port : fallback;
}

/**
 * Mounts the backend at /sandbox. It is made once the server listens, so the payout origins
 * name the port the demo really got (Vite takes the next free one when 5173 is busy).
 */
function mount(
  server: { httpServer: HttpServer | null; middlewares: Connect.Server; config: ResolvedConfig },
  fallback: number,
) {
  let backend: ReturnType<typeof demoBackend> | undefined;
  const made = () => (backend ??= demoBackend(listeningPort(server.httpServer, fallback)));
  server.httpServer?.once('listening', () => {
    server.config.logger.info(`  /sandbox → ${made().description}`);
  });
  server.middlewares.use('/sandbox', (req, res, next) => void made().handler(req, res, next));
}

function backend(): Plugin {
  return {
    name: 'sp-demo-backend',
    configureServer(server) {
      mount(server, 5173);
    },
    configurePreviewServer(server) {
      mount(server, 4173);
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [backend()],
  // Only this demo's pages: the framework example apps beside them import the built package.
  optimizeDeps: { entries: ['index.html', 'script-tag.html'] },
  server: { open: false },
});
