/**
 * Every story is a test fixture: each renders in Chromium with no page error, no console
 * error, and no axe violation once it has settled.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { LitElement } from 'lit';
import * as balanceCard from '../../stories/balance-card.stories.js';
import * as expectedPayout from '../../stories/expected-payout.stories.js';
import * as payoutList from '../../stories/payout-list.stories.js';
import * as summarySunburst from '../../stories/summary-sunburst.stories.js';

type Args = Record<string, unknown>;
type Decorator = (story: () => unknown, context: unknown) => unknown;
interface StoryLike {
  args?: Args;
  decorators?: Decorator[];
  parameters?: { smoke?: { settles?: boolean } };
  render?: (args: Args, context: unknown) => TemplateResult;
}
interface MetaLike extends StoryLike {
  title: string;
  component: string;
}

const modules = [balanceCard, expectedPayout, payoutList, summarySunburst] as unknown as Array<
  Record<string, StoryLike> & { default: MetaLike }
>;

function compose(meta: MetaLike, story: StoryLike): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const context = { args };
  const renderStory = () => (story.render ?? meta.render)!(args, context);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner, context),
    renderStory,
  )() as TemplateResult;
}

const settle = (el: LitElement, ms: number) =>
  Promise.race([el.updateComplete, new Promise((resolve) => setTimeout(resolve, ms))]);

// Mocha fails the running test on any window.onerror; let the benign ResizeObserver notice through.
const mochaOnError = window.onerror;
window.onerror = (message, ...rest) =>
  /ResizeObserver loop/.test(String(message))
    ? true
    : (mochaOnError?.call(window, message, ...rest) ?? false);

for (const module of modules) {
  const { default: meta, ...stories } = module;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} renders without errors and passes axe`, async function () {
        this.timeout(30_000);
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => {
          // Chromium reports a resize that settles over two frames as an error event; it is a
          // notice from the ResizeObserver spec, not an exception, and nothing is lost.
          if (/ResizeObserver loop/.test(event.message)) return;
          errors.push(event.error ?? event.message);
        };
        const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
        const consoleError = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const container = document.createElement('div');
        document.body.append(container);
        try {
          render(compose(meta, story), container);
          const el = container.querySelector(meta.component) as LitElement;
          expect(el, `<${meta.component}> rendered`).to.exist;
          const settles = story.parameters?.smoke?.settles !== false;
          await settle(el, settles ? 25_000 : 300);
          expect(el.getBoundingClientRect().height, 'something is shown').to.be.greaterThan(0);
          expect(el.shadowRoot!.textContent, 'no "undefined" or NaN shown').to.not.match(
            /\bundefined\b|\bNaN\b/,
          );
          await expect(el).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          render(null, container);
          container.remove();
          console.error = consoleError;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    }
  });
}
