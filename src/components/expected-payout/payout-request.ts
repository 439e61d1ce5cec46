/**
 * "Pay out now" in `<sp-expected-payout>`: the lifecycle of one on-demand payout request, as a
 * controller. `open()` starts a confirmation for one expected payout (and reads the store's
 * deposit methods if the element has not), `confirm()` sends it, the dialog's `close` ends it.
 *
 * Money moves only on an explicit confirmation, and at most once per confirmation: `confirm()`
 * acts only in the `confirm` phase and leaves it before anything is awaited, so ten clicks in
 * one frame send one request. The request is never retried here (nor by the data source); a
 * failure is shown in words and the seller decides. While it is in flight the dialog cannot be
 * dismissed, so its answer is always seen.
 *
 * @example
 * ```ts
 * private readonly payoutRequest = new PayoutRequestController(this, {
 *   source: () => this.source,
 *   knownMethods: (marketplaceId) => this.depositMethods.methodsIn(marketplaceId),
 *   onMade: (detail) => { this.emit('sp-payout-request', detail); void this.retry(); },
 * });
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SpApiError } from '../../api/errors.js';
import type { ExpectedPayoutModel } from '../../api/model.js';
import { normalisePaymentMethods } from '../../api/normalise-payment-methods.js';
import { payoutFailure, payoutRequestFor, type PayoutFailure } from '../../api/on-demand-payout.js';
import type { InitiatePayoutRequest } from '../../api/operations.js';
import type { PaymentMethodModel } from '../../api/transfers-model.js';
import type { FinanceDataSource } from '../../data/data-source.js';
import type { SpPayoutRequestDetail } from '../../events/sp-payout-request.js';

/** Where a request stands: awaiting the seller's confirmation, sent, accepted or refused. */

/** What the dialog's controls do; the controller implements them, the dialog template calls them. */
export interface PayoutDialogActions {
  confirm(): void;
  close(dialog: HTMLDialogElement | null): void;
  cancel(event: Event): void;
  closed(): void;
  keydown(event: KeyboardEvent): void;
}

export type PayoutRequestPhase = 'confirm' | 'sending' | 'made' | 'failed';

export interface PayoutRequestState {
  phase: PayoutRequestPhase;
  request: InitiatePayoutRequest;
  /** The expected payout the seller asked to have paid now, as it was shown. */
  payout: ExpectedPayoutModel;
  /** The store's deposit methods; `reading` until known, `unknown` when they cannot be read. */
  methods: PaymentMethodModel[] | 'reading' | 'unknown';
  /** Amazon's reference for the payout, once made (absent if its answer had none). */
  payoutReferenceId?: string;
  failure?: PayoutFailure;
}

export interface PayoutRequestOptions {
  /** The element's data source (or why it has none). */
  source(): FinanceDataSource | SpApiError | undefined;
  /** A store's deposit methods, when the element has already read them. */
  knownMethods(marketplaceId: string): PaymentMethodModel[] | undefined;
  /** A payout was made: tell the page, refresh what it shows. */
  onMade(detail: SpPayoutRequestDetail): void;
  /** Where focus goes when the dialog closes and its account shows no button any more. */
  focusFallback(): HTMLElement | null;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The attribute that marks each "Pay out now" button with its account (`accountKeyOf`), to give
 * focus back to the same account's button after a refresh rendered it anew.
 */
export const OPENER_ATTRIBUTE = 'data-payout-account';

/** Which account an expected payout belongs to, for the opener attribute. */
export function accountKeyOf(request: InitiatePayoutRequest): string {
  return `${request.marketplaceId}|${request.accountType}`;
}

export class PayoutRequestController implements ReactiveController {
  /** The request under way or being confirmed; `undefined` while the dialog is closed. */
  state: PayoutRequestState | undefined;

  private readonly host: Host;
  private readonly options: PayoutRequestOptions;
  private lookup: AbortController | undefined;
  private sending: Promise<void> | undefined;
  private reading: Promise<void> | undefined;
  /** The button that opened the dialog, for focus when it closes. */
  private opener: HTMLElement | undefined;
  private focusResult = false;
  private focusOpener = false;

  /** The dialog's handlers, bound here (Lit calls listeners with the element as `this`). */
  readonly actions: PayoutDialogActions = {
    confirm: () => this.confirm(),
    close: (dialog) => this.close(dialog),
    cancel: (event) => this.cancel(event),
    closed: () => this.closed(),
    keydown: (event) => keepTabInside(event),
  };

  constructor(host: Host, options: PayoutRequestOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * The request "Pay out now" would send for this payout, or `undefined` when the element must
   * not offer it: the host has not opted in, the data source cannot make payouts, or the store
   * or the account type is not one Amazon pays out on demand.
   */
  requestFor(payout: ExpectedPayoutModel, allowed: boolean): InitiatePayoutRequest | undefined {
    if (!allowed) return undefined;
    const source = this.options.source();
    if (!source || source instanceof SpApiError || !source.initiatePayout) return undefined;
    return payoutRequestFor(payout.account.marketplaceId, payout.account.accountTypeRaw);
  }

  /** Starts a confirmation for `payout`; nothing while another request is in flight. */
  open(payout: ExpectedPayoutModel, request: InitiatePayoutRequest, opener: HTMLElement): void {
    if (this.state?.phase === 'sending') return;
    this.lookup?.abort();
    this.opener = opener;
    const known = this.options.knownMethods(request.marketplaceId);
    this.state = { phase: 'confirm', request, payout, methods: known ?? this.readMethods(request) };
    this.host.requestUpdate();
  }

  /** Sends the request, once, if the seller is looking at a confirmation that can be sent. */
  confirm(): void {
    const state = this.state;
    if (!state || state.phase !== 'confirm' || state.methods === 'reading') return;
    const source = this.options.source();
    if (!source || source instanceof SpApiError || !source.initiatePayout) return;
    this.state = { ...state, phase: 'sending' };
    this.host.requestUpdate();
    // No abort signal: once sent, a payout is seen through to its answer.
    this.sending = source.initiatePayout(state.request).then(
      (answer) => {
        const payoutReferenceId = answer?.payoutReferenceId;
        this.settle({ ...state, phase: 'made', payoutReferenceId });
        this.options.onMade({ ...state.request, payoutReferenceId: payoutReferenceId ?? '' });
      },
      (error: unknown) => this.settle({ ...state, phase: 'failed', failure: payoutFailure(error) }),
    );
  }

  /** The dialog's `cancel` (Escape): refused while the request is in flight. */
  cancel(event: Event): void {
    if (this.state?.phase === 'sending') event.preventDefault();
  }

  /** Closes the dialog (Cancel, Close); not while the request is in flight. */
  close(dialog: HTMLDialogElement | null): void {
    if (this.state?.phase === 'sending') return;
    dialog?.close();
    // `close` fires a task later; the dialog is done now.
    this.closed();
  }

  /** The dialog closed, however: forget the request, give focus back to its button. */
  closed(): void {
    if (!this.state) return;
    if (this.state.phase === 'sending') {
      // The browser may close a modal on a second Escape even when its cancel was refused:
      // open it again, so the answer is seen.
      this.host.requestUpdate();
      return;
    }
    this.lookup?.abort();
    this.focusOpener = true;
    this.state = undefined;
    this.host.requestUpdate();
  }

  /** The request in flight or the deposit methods being read, for the element's `updateComplete`. */
  get pending(): Promise<void> | undefined {
    if (this.state?.phase === 'sending') return this.sending;
    return this.state?.methods === 'reading' ? this.reading : undefined;
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.payout-dialog');
    if (this.state && dialog && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      // The safe choice first: Cancel, never Confirm.
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    if (this.focusResult && dialog) {
      this.focusResult = false;
      dialog.querySelector<HTMLElement>('[data-result-focus]')?.focus();
    }
    if (this.focusOpener) {
      this.focusOpener = false;
      this.returnFocus();
    }
  }

  hostDisconnected(): void {
    this.lookup?.abort();
    // A request in flight keeps its state, so its answer shows if the element comes back.
    if (this.state && this.state.phase !== 'sending') this.state = undefined;
  }

  private settle(next: PayoutRequestState): void {
    this.state = next;
    this.focusResult = true;
    this.host.requestUpdate();
  }

  /**
   * The button that opened the dialog, or the one for the same account rendered since (a
   * refresh renders new buttons), or, when that account shows none any more (its payout was
   * made), the element's fallback.
   */
  private returnFocus(): void {
    const opener = this.opener;
    this.opener = undefined;
    const account = opener?.getAttribute(OPENER_ATTRIBUTE);
    const target =
      opener?.isConnected === true
        ? opener
        : account
          ? this.host.renderRoot.querySelector<HTMLElement>(
              `[${OPENER_ATTRIBUTE}="${CSS.escape(account)}"]`,
            )
          : null;
    (target ?? this.options.focusFallback())?.focus();
  }

  private readMethods(request: InitiatePayoutRequest): PayoutRequestState['methods'] {
    const source = this.options.source();
    if (!source || source instanceof SpApiError || !source.getPaymentMethods) return 'unknown';
    const lookup = new AbortController();
    this.lookup = lookup;
    const update = (methods: PaymentMethodModel[] | 'unknown') => {
      if (lookup.signal.aborted || this.state?.request !== request) return;
      this.state = { ...this.state, methods };
      this.host.requestUpdate();
    };
    this.reading = source
      .getPaymentMethods({ marketplaceId: request.marketplaceId }, { signal: lookup.signal })
      .then(
        (response) => update(normalisePaymentMethods(response)),
        () => update('unknown'),
      );
    return 'reading';
  }
}

/**
 * Tab and Shift+Tab go round the dialog's controls. A modal dialog makes the page inert, but
 * the browser still lets Tab leave the last control for its own toolbar; a seller deciding on
 * a payout stays with the decision.
 */
function keepTabInside(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const stops = [...dialog.querySelectorAll<HTMLElement>('button, sp-copy-button')];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  const edge = event.shiftKey ? first : last;
  if (active !== edge && active !== null && dialog.contains(active)) return;
  event.preventDefault();
  const next = event.shiftKey ? last : first;
  // A copy button's own button takes the focus (it does not delegate it).
  (next.shadowRoot?.querySelector<HTMLElement>('button') ?? next).focus();
}
