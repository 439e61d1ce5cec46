/** Rendering the five elements in a locale with the sandbox, and reading what a person gets. */
import { fixture } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { SandboxDataSource, type ScenarioName } from '../../src/data/sandbox/index.js';
import type { SpElement } from '../../src/internal/sp-element.js';

export const TAGS = [
  'sp-balance-card',
  'sp-summary-sunburst',
  'sp-payout-list',
  'sp-expected-payout',
  'sp-transaction-list',
] as const;
export type Tag = (typeof TAGS)[number];

/** The moment the sandbox data is anchored to, so relative dates are stable. */
export const NOW = new Date('2026-11-15T12:00:00Z');

/** The transaction list's window: the month before NOW. */
const POSTED_AFTER = '2026-10-15T00:00:00Z';

export type AnyElement = SpElement<object, unknown> & HTMLElement;

/** An element showing the sandbox in `scenario`, in `locale`, once it has settled. */
export async function renderIn(
  tag: Tag,
  locale: string | undefined,
  scenario: ScenarioName = 'default',
): Promise<AnyElement> {
  const source = new SandboxDataSource({ scenario, now: NOW.toISOString() });
  const el = await fixture<AnyElement>(
    staticHtml`<${unsafeStatic(tag)}
      locale=${ifDefined(locale)}
      show-totals
      show-releases
      posted-after=${ifDefined(tag === 'sp-transaction-list' ? POSTED_AFTER : undefined)}
      .now=${NOW}
      .dataSource=${source}
    ></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

/** Opens what a person can open: payout details, the sunburst's table and a drill, Load more. */
export async function exercise(el: AnyElement): Promise<void> {
  const root = el.shadowRoot!;
  const click = async (selector: string, max = 3) => {
    for (const target of [...root.querySelectorAll(selector)].slice(0, max)) {
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
  };
  await click('[part~="toggle-button"]');
  await click('[part~="explain-button"]');
  await click('[part~="table-toggle"]', 1);
  await click('svg .arc.drillable', 1);
  const list = el as AnyElement & { loadMore?: () => Promise<void> };
  if (typeof list.loadMore === 'function') {
    await list.loadMore();
    await el.updateComplete;
  }
}

/**
 * Everything a person reads or hears, across nested shadow roots: text, and accessible names
 * and descriptions given as attributes.
 */
export function spokenStrings(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-roledescription', 'title', 'label', 'alt']) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
      if (node instanceof HTMLTemplateElement) return;
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out;
}

export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface Xliff {
  /** id → source text, placeholders as `{0}`. */
  sources: Map<string, string>;
  /** id → translated text, placeholders as `{0}`; only units with a non-empty target. */
  targets: Map<string, string>;
}

/** The translator's file for `locale`, as the repository has it. */
export async function readXliff(locale: string): Promise<Xliff> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  if (!response.ok) throw new Error(`xliff/${locale}.xlf: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const flat = (element: Element | null) =>
    [...(element?.childNodes ?? [])]
      .map((n) =>
        n instanceof Element && n.localName === 'x' ? `{${n.getAttribute('id')}}` : n.textContent,
      )
      .join('');
  const sources = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const unit of doc.getElementsByTagName('trans-unit')) {
    const id = unit.getAttribute('id')!;
    sources.set(id, flat(unit.getElementsByTagName('source')[0] ?? null));
    const target = flat(unit.getElementsByTagName('target')[0] ?? null);
    if (target.trim()) targets.set(id, target);
  }
  return { sources, targets };
}
