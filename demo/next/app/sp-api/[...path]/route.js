// The backend proxy as a route handler: the elements request /sp-api/<SP-API path>; the
// reference proxy checks the operation and its parameters, rate-limits per visitor and answers
// from the built-in sandbox. For a real seller, createSpApiProxy({ credentials, … }) instead.
import { createSandboxProxy } from 'sp-finance-widgets/proxy';
import { runNodeHandler } from '../node-handler.js';

const proxy = createSandboxProxy({ basePath: '/sp-api' });

export const dynamic = 'force-dynamic';

export function GET(request) {
  return runNodeHandler(proxy, request);
}
