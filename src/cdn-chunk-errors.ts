/**
 * `src/api/errors.ts` as the modules beside the script tag see it (vite.cdn.config.ts swaps it
 * in): the loader's own module, shared through its folder's slot (see cdn-shared.ts).
 */
import { sharedErrors } from './cdn-shared.js';

// Not `new URL('./', import.meta.url)`: Vite would take that for an asset and inline it.
const here = import.meta.url;
const errors = sharedErrors(here.slice(0, here.lastIndexOf('/') + 1));

export const { SpApiError, errorFromResponse, parseRetryAfter, toErrorDetail } = errors;
