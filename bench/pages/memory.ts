/** Section 5: mount and remove each element many times; Node reads the heap around it. */
import '../../src/define.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import type { ResponseOf } from '../../src/data/data-source.js';
import { readySource } from './sources.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The sandbox seller's data, fetched once in one page each, then served as fixed bodies. */
async function sandboxBodies(): Promise<Partial<ResponseOf>> {
  const sandbox = new SandboxDataSource({ pageSize: 1000 });
  const [listBalances, listSummary, listPayouts, listExpectedPayouts] = await Promise.all([
    sandbox.listBalances({}),
    sandbox.listSummary({}),
    sandbox.listPayouts({}),
    sandbox.listExpectedPayouts({}),
  ]);
  const last = <T extends { nextToken?: string | null }>(body: T): T => ({
    ...body,
    nextToken: null,
  });
  return {
    listBalances: last(listBalances),
    listSummary: last(listSummary),
    listPayouts: last(listPayouts),
    listExpectedPayouts: last(listExpectedPayouts),
  };
}

const source = sandboxBodies().then(readySource);

/** Mounts `tag` with data, waits until it shows it, removes it; `times` times. */
async function cycle(tag: string, times: number): Promise<number> {
  const dataSource = await source;
  let shown = 0;
  for (let i = 0; i < times; i++) {
    const element = document.createElement(tag) as Widget & { dataSource: unknown };
    element.dataSource = dataSource;
    document.body.append(element);
    await element.updateComplete;
    if (element.shadowRoot?.querySelector('[part~="error"], [part~="empty"]') === null) shown++;
    element.remove();
  }
  return shown;
}

Object.assign(window, { bench: { cycle } });
