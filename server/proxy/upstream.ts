import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** An SP-API answer, its body kept as the exact bytes received. */
export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type UpstreamFailure = 'timeout' | 'network' | 'too-large' | 'aborted' | 'invalid-request';

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(readonly failure: UpstreamFailure) {
    super(
      {
        timeout: 'The Selling Partner API did not answer in time',
        network: 'The Selling Partner API could not be reached',
        'too-large': 'The Selling Partner API answer was too large',
        aborted: 'The browser went away before the answer came',
        'invalid-request': 'The request to the Selling Partner API could not be sent',
      }[failure],
    );
  }
}

export interface UpstreamRequest {
  url: URL;
  /** Default GET. A POST is sent once: this module never retries anything. */
  method?: 'GET' | 'POST';
  /** The request body (with `content-type` and `content-length` among `headers`). */
  body?: Buffer;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  signal: AbortSignal;
}

/**
 * One request (a GET, or the one POST), with one deadline for the whole exchange (connecting, headers and body). The body is
 * collected as Buffers and never decoded: amounts like 9007199254740993.07 reach the browser as
 * the SP-API wrote them. No `accept-encoding` is sent, so the bytes are the JSON itself.
 */
export function getUpstream(options: UpstreamRequest): Promise<UpstreamResponse> {
  const request = options.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    let req: ClientRequest | undefined;
    const fail = (failure: UpstreamFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      req?.destroy();
      reject(new UpstreamError(failure));
    };
    const onAbort = () => fail('aborted');
    const timer = setTimeout(() => fail('timeout'), options.timeoutMs);
    try {
      // Throws at once on a header Node will not send (a CR/LF in a value), before `req` exists.
      const method = options.method ?? 'GET';
      req = request(options.url, { method, headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            fail('too-large');
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          options.signal.removeEventListener('abort', onAbort);
          resolve({
            status: res.statusCode ?? 502,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', () => fail('network'));
        res.on('aborted', () => fail('network'));
      });
    } catch {
      fail('invalid-request');
      return;
    }
    req.on('error', () => fail('network'));
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    req.end(options.body);
  });
}
