import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { after, beforeEach } from 'node:test';
import { createSpApiProxy, type SpApiProxyOptions } from '../../server/proxy/index.js';
import type { LogFields, ProxyLogger } from '../../server/proxy/log.js';

/** The credentials every test proxy uses; none of them may ever reach a response or a log. */
export const CLIENT_ID = 'amzn1.application-oa2-client.test-client';
export const CLIENT_SECRET = 'amzn1.oa2-cs.v1.super-secret-client-secret-0123456789';
export const REFRESH_TOKEN = 'Atzr|IwEBIrefresh-token-of-the-test-seller-0123456789';

/** Everything that could leak: the secrets above and every access token the fake LWA issued. */
export const secrets = new Set<string>([CLIENT_SECRET, REFRESH_TOKEN]);

/** Every log line and every response body/header seen in this test file, for the leak scan. */
export const logLines: string[] = [];
export const seenResponses: string[] = [];

export const captureLogger: ProxyLogger = {
  info: (message: string, fields?: LogFields) =>
    logLines.push(`info ${message} ${JSON.stringify(fields)}`),
  warn: (message: string, fields?: LogFields) =>
    logLines.push(`warn ${message} ${JSON.stringify(fields)}`),
  error: (message: string, fields?: LogFields) =>
    logLines.push(`error ${message} ${JSON.stringify(fields)}`),
};

/** Fails if a secret or access token appears in any captured log line or response. */
export function assertNoSecretsLeaked(): void {
  assert.ok(logLines.length > 0, 'the proxy logged nothing, so the scan proves nothing');
  for (const secret of secrets) {
    for (const line of logLines)
      assert.ok(!line.includes(secret), `a log line leaks a secret: ${line}`);
    for (const text of seenResponses) {
      assert.ok(!text.includes(secret), `a response leaks a secret: ${text.slice(0, 200)}`);
    }
  }
}

export interface Listening {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json(): unknown;
}

/**
 * A request with the target exactly as given (`path` can be an absolute URL, hold `..` or
 * encoded slashes): what an attacker's client sends, not what a browser normalises to.
 */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          seenResponses.push(JSON.stringify(res.headers), body.toString('latin1'));
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: () => JSON.parse(body.toString('utf8')),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The first ErrorList entry of a proxy answer. */
export function firstError(response: RawResponse): {
  code: string;
  message: string;
  details?: string;
} {
  const body = response.json() as { errors: { code: string; message: string; details?: string }[] };
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0, 'expected an ErrorList');
  return body.errors[0]!;
}

export interface FakeLwa extends Listening {
  /** Form bodies of every grant request, in order. */
  grants: URLSearchParams[];
  /** What the next grants answer; change between tests. */
  behaviour: {
    expiresIn: number;
    delayMs: number;
    fail?: { status: number; body: string };
  };
  reset(): void;
}

/** Login with Amazon: answers refresh-token grants with numbered access tokens. */
export async function startFakeLwa(): Promise<FakeLwa> {
  const grants: URLSearchParams[] = [];
  const behaviour: FakeLwa['behaviour'] = { expiresIn: 3600, delayMs: 0 };
  const listening = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      grants.push(form);
      setTimeout(() => {
        if (behaviour.fail) {
          res.writeHead(behaviour.fail.status, { 'content-type': 'application/json' });
          res.end(behaviour.fail.body);
          return;
        }
        const token = `access-token-${grants.length}-${Math.random().toString(36).slice(2)}`;
        secrets.add(token);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: token,
            token_type: 'bearer',
            expires_in: behaviour.expiresIn,
            refresh_token: form.get('refresh_token'),
          }),
        );
      }, behaviour.delayMs);
    });
  });
  return Object.assign(listening, {
    grants,
    behaviour,
    reset() {
      grants.length = 0;
      behaviour.expiresIn = 3600;
      behaviour.delayMs = 0;
      delete behaviour.fail;
    },
  });
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export type SpApiRoute = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeSpApi extends Listening {
  requests: SeenRequest[];
  /** How the next requests are answered; default: 200 with a small JSON body. */
  respond: SpApiRoute;
  reset(): void;
}

export const DEFAULT_BODY = '{"payouts":[]}';

const defaultRoute: SpApiRoute = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'req-default' });
  res.end(DEFAULT_BODY);
};

/** The Selling Partner API: records each request and answers with `respond`. */
export async function startFakeSpApi(): Promise<FakeSpApi> {
  const requests: SeenRequest[] = [];
  const fake = {
    requests,
    respond: defaultRoute,
    reset() {
      requests.length = 0;
      fake.respond = defaultRoute;
    },
  };
  const listening = await listen((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    fake.respond(req, res);
  });
  return Object.assign(fake, listening);
}

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = 1_700_000_000_000): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** A proxy at `/sp-api` in a plain node:http server, wired to the fakes. */
export async function startProxy(
  lwa: FakeLwa,
  spApi: FakeSpApi,
  options: Partial<SpApiProxyOptions> = {},
): Promise<Listening> {
  const handler = createSpApiProxy({
    endpoint: spApi.origin,
    lwaEndpoint: `${lwa.origin}/auth/o2/token`,
    basePath: '/sp-api',
    logger: captureLogger,
    credentials: () => ({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      refreshToken: REFRESH_TOKEN,
    }),
    ...options,
  });
  return listen((req, res) => void handler(req, res));
}

export interface ProxyHarness {
  /** The fake Login with Amazon, reset before each test. */
  lwa: FakeLwa;
  /** The fake SP-API, reset before each test. */
  spApi: FakeSpApi;
  /** A proxy wired to the fakes, with the harness defaults under `options`; closed after the file. */
  proxyWith(options?: Partial<SpApiProxyOptions>): Promise<Listening>;
  /** Closes `server` with the proxies after the file. */
  track<T extends Listening>(server: T): T;
}

/**
 * The fixture of a proxy test file (`await` it at the top of the file): a fake LWA and SP-API,
 * both reset before each test; after the file every proxy and tracked server is closed, then
 * the captured log lines and responses are scanned for leaked secrets, unless `scanForLeaks`
 * says there was nothing to scan.
 */
export async function useProxyHarness(
  defaults: Partial<SpApiProxyOptions> = {},
  { scanForLeaks = () => true }: { scanForLeaks?: () => boolean } = {},
): Promise<ProxyHarness> {
  const lwa = await startFakeLwa();
  const spApi = await startFakeSpApi();
  const running: Listening[] = [];
  beforeEach(() => {
    lwa.reset();
    spApi.reset();
  });
  after(async () => {
    await Promise.all([...running.map((server) => server.close()), lwa.close(), spApi.close()]);
    if (scanForLeaks()) assertNoSecretsLeaked();
  });
  function track<T extends Listening>(server: T): T {
    running.push(server);
    return server;
  }
  return {
    lwa,
    spApi,
    track,
    proxyWith: async (options = {}) =>
      track(await startProxy(lwa, spApi, { ...defaults, ...options })),
  };
}

export const BALANCES = '/sp-api/finances/2024-06-19/balances';
export const SUMMARY = '/sp-api/finances/2024-06-19/summary';
export const PAYOUTS = '/sp-api/finances/transfers/2024-06-01/payouts';
export const EXPECTED = '/sp-api/finances/transfers/2024-06-01/payouts/expected';

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop`), as an outage that ends would. */
  restart(): Promise<void>;
}

/**
 * A throwaway redis-server on a free loopback port, no persistence. Resolves `undefined` when
 * the binary is missing on a developer's machine (the caller skips, saying so); in CI
 * (`CI=true`) a missing binary is a failure.
 */
export async function startRedis(): Promise<RedisServer | undefined> {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    const message =
      'redis-server is not installed: the Redis store tests need it (Debian: apt-get install redis-server).';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`SKIPPING Redis tests. ${message}`);
    return undefined;
  }
  const port = await freePort();
  let child = await spawnRedis(port);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    async restart() {
      await stop();
      child = await spawnRedis(port);
    },
  };
}

async function spawnRedis(port: number): Promise<ChildProcess> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start: ${output}`)),
      10_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${output}`));
    });
  });
  return child;
}
