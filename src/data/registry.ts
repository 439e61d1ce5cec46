import { HttpDataSource } from './http-data-source.js';

const REGISTRY_KEY = Symbol.for('sp-finance-widgets.http-clients');

type Registry = Map<string, HttpDataSource>;

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[REGISTRY_KEY] ??= new Map());
}

/**
 * One key for every spelling of a base URL (relative or absolute, with or without trailing
 * slashes): the URL that the client's request paths are appended to. Relative to the document's
 * base URL, as `fetch` resolves it: in an iframe `srcdoc` that is the parent's address, where
 * `location.href` is `about:srcdoc`, which nothing resolves against.
 */
function registryKey(baseUrl: string): string {
  const root = `${baseUrl.replace(/\/+$/, '')}/`;
  const documentBase = globalThis.document?.baseURI ?? globalThis.location?.href;
  return new URL(root, documentBase ?? 'http://localhost/').href;
}

/**
 * The page's one client for a base URL, so elements with the same `base-url` share request
 * coalescing, the response cache and the rate budget. Kept on `globalThis` under a registered
 * symbol so that two copies of the library on one page still share it.
 */
export function clientFor(baseUrl: string): HttpDataSource {
  const key = registryKey(baseUrl);
  let client = registry().get(key);
  if (!client) {
    client = new HttpDataSource({ baseUrl });
    registry().set(key, client);
  }
  return client;
}

/**
 * Makes a host-configured client (headers, credentials, rate) the one that elements with its
 * `base-url` use, instead of a default one. Register before the elements load.
 */
export function registerClient(client: HttpDataSource): void {
  registry().set(registryKey(client.baseUrl), client);
}

/** Forget shared clients (tests; hosts that rotate credentials per base URL). */
export function resetSharedClients(): void {
  registry().clear();
}
