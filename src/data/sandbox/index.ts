/** The built-in sandbox backend: the data source, its scenarios, and the exact JSON writer. */
export {
  SandboxDataSource,
  type SandboxOptions,
  type SandboxRequestOptions,
  type SandboxExchange,
  type SandboxRequestRecord,
} from './sandbox-data-source.js';
export {
  SCENARIOS,
  SCENARIO_NAMES,
  isScenarioName,
  type ScenarioName,
  type ScenarioFunction,
} from './scenarios.js';
export { stringifyExact } from './exact-json.js';
export {
  BIG_AMOUNT,
  DEFAULT_NOW,
  DEFAULT_SEED,
  SANDBOX_MARKETPLACE_IDS,
  ACCOUNT_PLANS,
} from './seller.js';
