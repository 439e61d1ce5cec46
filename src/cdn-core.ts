/**
 * The part of the script tag's API that lives with the elements' shared code (one module graph
 * beside the script, so one registry of translations and one client class): the loader imports
 * it on a data source's first request or a host's first `registerStrings`.
 */
export { HttpDataSource } from './data/http-data-source.js';
export { registerStrings } from './l10n/runtime.js';
