import { HttpDataSource } from './http-data-source.js';

const REGISTRY_KEY = Symbol.for('sp-finance-widgets.http-clients');

type Registry = Map<string, HttpDataSource>;

/**
 * The page's one client for a base URL, so elements with the same `base-url` share request
 * coalescing, the response cache and the rate budget. Kept on `globalThis` under a registered
 * symbol so that two copies of the library on one page still share it.
 */
export function clientFor(baseUrl: string): HttpDataSource {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (global[REGISTRY_KEY] ??= new Map());
  const key = new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/').href.replace(
    /\/+$/,
    '',
  );
  let client = registry.get(key);
  if (!client) {
    client = new HttpDataSource({ baseUrl });
    registry.set(key, client);
  }
  return client;
}

/** Forget shared clients (tests; hosts that rotate credentials per base URL). */
export function resetSharedClients(): void {
  (globalThis as unknown as Record<symbol, Registry | undefined>)[REGISTRY_KEY]?.clear();
}
