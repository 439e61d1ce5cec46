/**
 * The states every element is shown in. Each element's CSF file exports these under its own
 * names (Storybook indexes named exports), adding what is particular to the element.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { frames, type ScenarioName } from './sources.js';

export interface CommonArgs {
  scenario: ScenarioName;
  /** `base-url`: set it to fetch from a real proxy instead of the story's sandbox data source. */
  baseUrl?: string;
  locale?: string;
  theme?: 'light' | 'dark';
}

type Story<A> = StoryObj<A & CommonArgs>;

const scenario = <A>(name: ScenarioName, extra: Partial<Story<A>> = {}): Story<A> =>
  ({ ...extra, args: { ...(extra.args ?? {}), scenario: name } }) as Story<A>;

/** Stories for the states every element shares; the element's file exports each of them. */
export function commonStates<A>() {
  return {
    Default: scenario<A>('default'),
    Loading: scenario<A>('pending', { parameters: { smoke: { settles: false } } }),
    Empty: scenario<A>('empty'),
    BadRequest400: scenario<A>('error-400'),
    Forbidden403: scenario<A>('error-403'),
    RateLimited429: scenario<A>('error-429'),
    ServerError500: scenario<A>('error-500'),
    NetworkFailure: scenario<A>('network'),
    ExactBigAmounts: scenario<A>('big-amounts'),
    MultiCurrency: scenario<A>('multi-currency'),
    PublishedModel: scenario<A>('published'),
    Narrow320: scenario<A>('default', { decorators: [frames.narrow] }),
    Dark: scenario<A>('default', {
      args: { theme: 'dark' } as Partial<A & CommonArgs>,
      decorators: [frames.dark],
    }),
    RightToLeft: scenario<A>('default', {
      args: { locale: 'ar-SA' } as Partial<A & CommonArgs>,
      decorators: [frames.rtl],
    }),
    Japanese: scenario<A>('default', { args: { locale: 'ja-JP' } as Partial<A & CommonArgs> }),
    BrazilianPortuguese: scenario<A>('default', {
      args: { locale: 'pt-BR' } as Partial<A & CommonArgs>,
    }),
    Hindi: scenario<A>('default', { args: { locale: 'hi-IN' } as Partial<A & CommonArgs> }),
  };
}

export const commonArgTypes = {
  scenario: {
    control: 'select',
    description: "Which sandbox scenario the story's data source plays (not an attribute).",
    table: { category: 'story' },
  },
  baseUrl: {
    control: 'text',
    description: 'Root of a backend proxy. When set, the story uses it instead of the sandbox.',
  },
  locale: { control: 'text' },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
} as const;
