/**
 * The transaction list's stories as test fixtures, as test/stories does for the other four: each
 * renders with no page or console error, shows something, never "undefined" or NaN, and passes
 * axe once settled, in every language the stories show.
 */
import { expect } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import * as stories from '../../stories/transaction-list.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  decorators?: ((story: () => unknown, context: unknown) => unknown)[];
  parameters?: { smoke?: { settles?: boolean } };
  render?: (args: Args, context: unknown) => TemplateResult;
}

const { default: meta, ...named } = stories as unknown as Record<string, StoryLike> & {
  default: StoryLike & { component: string };
};

function compose(story: StoryLike): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const context = { args };
  const renderStory = () => (story.render ?? meta.render)!(args, context);
  return [...(story.decorators ?? []), ...(meta.decorators ?? [])].reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner, context),
    renderStory,
  )() as TemplateResult;
}

describe('stories: Elements/Transaction list', () => {
  for (const [name, story] of Object.entries(named)) {
    it(`${name} renders without errors and passes axe`, async function () {
      this.timeout(30_000);
      const errors: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      const onError = (event: ErrorEvent) => {
        if (!/ResizeObserver loop/.test(event.message)) errors.push(event.error ?? event.message);
      };
      window.addEventListener('error', onError);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        render(compose(story), container);
        const el = container.querySelector(meta.component) as LitElement;
        const settles = story.parameters?.smoke?.settles !== false;
        await Promise.race([
          el.updateComplete,
          new Promise((resolve) => setTimeout(resolve, settles ? 25_000 : 300)),
        ]);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(el.shadowRoot!.textContent).to.not.match(/\bundefined\b|\bNaN\b/);
        await expect(el).to.be.accessible();
        expect(errors).to.deep.equal([]);
      } finally {
        render(null, container);
        container.remove();
        console.error = consoleError;
        window.removeEventListener('error', onError);
      }
    });
  }
});
