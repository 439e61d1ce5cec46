/**
 * Logging with redaction. The proxy only ever logs fixed messages and chosen fields, never a
 * credential; redaction is the second line of defence: any string a request knows to be secret
 * (client secret, refresh token, access token) and anything shaped like a Login with Amazon token
 * (`Atza|…`, `Atzr|…`) is replaced before a line reaches the host's logger.
 */

export type LogFields = Record<string, string | number | boolean | undefined>;

/** `console` fits, as do most loggers' `info`/`warn`/`error`. */
export interface ProxyLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export const REDACTED = '[redacted]';
const LWA_TOKEN = /Atz[ar]\|[^\s"',;&]+/g;

export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    // Short strings would blank out ordinary words; real credentials are long.
    if (secret.length >= 8) clean = clean.split(secret).join(REDACTED);
  }
  return clean.replace(LWA_TOKEN, REDACTED);
}

export type Level = keyof ProxyLogger;

/** Writes through the host's logger (or nowhere), redacting every string. */
export class Log {
  constructor(private readonly logger: ProxyLogger | undefined) {}

  write(level: Level, message: string, fields: LogFields, secrets: readonly string[] = []): void {
    if (!this.logger) return;
    const clean: LogFields = {};
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      clean[name] = typeof value === 'string' ? redact(value, secrets) : value;
    }
    try {
      this.logger[level](redact(message, secrets), clean);
    } catch {
      // A broken logger must not break the request it is logging.
    }
  }
}
