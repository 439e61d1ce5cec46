/**
 * The "Pay out now" stories, played as Storybook plays them: each ends in the state it is named
 * for (the dialog, in flight, accepted, each failure), passes axe, and shows no error.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import * as stories from '../../stories/expected-payout.stories.js';

interface Playable {
  args?: Record<string, unknown>;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}
const meta = stories.default as unknown as {
  args: Record<string, unknown>;
  render: (args: Record<string, unknown>) => TemplateResult;
};

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function play(story: Playable): Promise<{ el: SpExpectedPayout; done: () => void }> {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  render(meta.render({ ...meta.args, ...story.args }), canvasElement);
  await story.play!({ canvasElement });
  const el = canvasElement.querySelector('sp-expected-payout')!;
  return {
    el,
    done: () => {
      render(null, canvasElement);
      canvasElement.remove();
    },
  };
}

const expectations: [keyof typeof stories, string, RegExp][] = [
  ['PayoutDialog', 'confirm', /Pay out now\?.*Deposit to Bank account ••\d+, Sandbox Handel GmbH/],
  ['PayoutInFlight', 'sending', /Sending the request to Amazon…/],
  ['PayoutRequested', 'made', /Payout reference 3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc/],
  ['PayoutAlreadyRequested', 'failed', /You can ask again after Nov 15, 2026, 7:30 PM GMT\+1\./],
  ['PayoutIneligible', 'failed', /cannot ask for an on-demand payout/],
  ['PayoutNoDepositMethod', 'failed', /no valid deposit method to pay to/],
  ['PayoutRateLimited', 'failed', /Amazon is limiting payout requests right now/],
  ['PayoutRefusedByProxy', 'failed', /The server refused to send this request to Amazon/],
  ['PayoutNoClearAnswer', 'failed', /the payout may or may not have been made/],
];

describe('stories: Pay out now, played', () => {
  for (const [name, phase, words] of expectations) {
    it(`${name} ends in ${phase}`, async () => {
      const { el, done } = await play(stories[name] as Playable);
      try {
        const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.payout-dialog');
        expect(dialog?.open, 'the dialog is open').to.equal(true);
        expect(dialog!.dataset.phase).to.equal(phase);
        expect(text(dialog)).to.match(words);
        await expect(el).to.be.accessible();
      } finally {
        done();
      }
    });
  }
});
