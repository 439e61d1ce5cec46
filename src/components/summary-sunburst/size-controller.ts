import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element a controller draws in or reads from: a Lit element, connected or not. */
export type RenderingHost = ReactiveControllerHost & {
  readonly isConnected: boolean;
  readonly renderRoot: ParentNode;
};

/**
 * Follows the width of an element's container (its content box): measured once before the first
 * drawing, then followed by a `ResizeObserver`. A new width updates the host on the next frame,
 * since redrawing changes the host's height, which must not re-notify within this one.
 *
 * @example
 * ```ts
 * readonly width = new SizeController(this, () => this.renderRoot.querySelector('[part~="base"]'));
 * const size = this.width.value ?? DEFAULT_SIZE;
 * ```
 */
export class SizeController implements ReactiveController {
  #value: number | undefined;
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: RenderingHost,
    private readonly container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The container's width in pixels; `undefined` until it can be measured. Measured here the
   * first time (the container has no padding of its own, so its client width is its content
   * box), so an update sees it before it draws.
   */
  get value(): number | undefined {
    if (this.#value === undefined && this.host.isConnected) {
      const width = this.container()?.clientWidth ?? 0;
      if (width > 0) this.#value = width;
    }
    return this.#value;
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdated(): void {
    // The container is rendered with the first update.
    if (!this.#observer) this.observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  private observe(): void {
    const container = this.container();
    if (!container || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const box = entry?.contentBoxSize?.[0];
      const width = Math.round(box ? box.inlineSize : (entry?.contentRect.width ?? 0));
      if (width <= 0 || width === this.#value) return;
      requestAnimationFrame(() => {
        this.#value = width;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(container);
  }
}
