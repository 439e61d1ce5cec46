// `import 'sp-finance-widgets/cdn'` (the script-tag bundle, for its side effects) types what it
// sets on window.
import 'sp-finance-widgets/cdn';

export const version: string = window.SpFinanceWidgets.version;
export const sandbox = new window.SpFinanceWidgets.SandboxDataSource({
  now: '2026-11-15T00:00:00Z',
});

// @ts-expect-error: the script tag exposes no `SpSunburst` (the class is `SpSummarySunburst`)
export const misspelt = window.SpFinanceWidgets.SpSunburst;
