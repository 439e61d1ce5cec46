/**
 * The deposit methods of the stores an element shows (`getPaymentMethods`, one request per
 * store), as a controller with a @lit/task of its own: it runs once the element's data says
 * which stores there are (its expected payouts, its balances), again when they name other
 * stores, and is aborted with the element. A store whose methods cannot be read keeps its error (shown beside the others);
 * the payouts never fail because of it.
 *
 * @example
 * ```ts
 * private readonly depositMethods = new DepositMethodsController(this, () => [
 *   this.showPaymentMethods ? this.source : undefined,
 *   storesOf(this.task.value),
 * ]);
 * ```
 */
import { Task, TaskStatus } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { ReactiveControllerHost } from 'lit';
import { SpApiError } from '../api/errors.js';
import type { AccountRef } from '../api/model.js';
import { normalisePaymentMethods } from '../api/normalise-payment-methods.js';
import type { PaymentMethodModel } from '../api/transfers-model.js';
import type { FinanceDataSource } from '../data/data-source.js';

/** One store's deposit methods, or why they could not be read. */
export type StoreMethods =
  | { marketplaceId: string; methods: PaymentMethodModel[] }
  | { marketplaceId: string; error: unknown };

/** Where to read from (nothing: read nothing) and which stores, in the order shown. */
export type DepositMethodsArgs = readonly [
  FinanceDataSource | SpApiError | undefined,
  readonly string[],
];

/** The distinct stores of what an element shows (payouts, balance groups), in its order. */
export function storesOf(shown: readonly { account: AccountRef }[] | undefined): string[] {
  const stores = new Set<string>();
  for (const { account } of shown ?? []) {
    if (account.marketplaceId) stores.add(account.marketplaceId);
  }
  return [...stores];
}

export class DepositMethodsController {
  private readonly task: Task<DepositMethodsArgs, StoreMethods[]>;

  constructor(host: ReactiveControllerHost, args: () => DepositMethodsArgs) {
    this.task = new Task(host, {
      args,
      argsEqual: deepArrayEquals,
      task: async ([source, stores], { signal }) => {
        if (!source || source instanceof SpApiError || !source.getPaymentMethods) return [];
        return Promise.all(stores.map((marketplaceId) => read(source, marketplaceId, signal)));
      },
    });
  }

  /** The stores read so far (none while reading or when not asked to). */
  get stores(): readonly StoreMethods[] {
    return this.task.status === TaskStatus.COMPLETE ? (this.task.value ?? []) : [];
  }

  /** One store's methods, when they were read. */
  methodsIn(marketplaceId: string | undefined): PaymentMethodModel[] | undefined {
    const store = this.stores.find((entry) => entry.marketplaceId === marketplaceId);
    return store && 'methods' in store ? store.methods : undefined;
  }

  /** The reading under way, for the element's `updateComplete`. */
  get pending(): Promise<unknown> | undefined {
    return this.task.status === TaskStatus.PENDING ? this.task.taskComplete : undefined;
  }
}

async function read(
  source: FinanceDataSource,
  marketplaceId: string,
  signal: AbortSignal,
): Promise<StoreMethods> {
  try {
    const response = await source.getPaymentMethods!({ marketplaceId }, { signal });
    return { marketplaceId, methods: normalisePaymentMethods(response) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { marketplaceId, error };
  }
}
