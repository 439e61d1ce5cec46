/** Reading the sandbox's query parameters the way the API validates them. */
import { MARKETPLACES } from '../../api/marketplaces.js';

/** A parameter the API would reject with 400 InvalidInput. */
export class SandboxInputError extends Error {
  override readonly name = 'SandboxInputError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** An ISO 8601 date or date-time as epoch milliseconds; 400 if it is not one. */
export function parseInstant(parameter: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  const ms = iso.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    throw new SandboxInputError(parameter, `${parameter} must be an ISO 8601 date-time.`);
  }
  return ms;
}

/** Marketplace ids must be real marketplace ids (Amazon answers 400 otherwise). */
export function checkMarketplaceIds(parameter: string, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) {
    if (!MARKETPLACES.has(id)) {
      throw new SandboxInputError(parameter, `Invalid marketplace id: ${id}`);
    }
  }
}
