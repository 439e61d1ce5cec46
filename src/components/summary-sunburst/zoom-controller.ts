import type { ReactiveController } from 'lit';
import type { RenderingHost } from './size-controller.js';
import type { ArcView, SunburstGeometry, ViewDomain } from './sunburst-geometry.js';
import { arcLook, type ArcLook } from './sunburst-scheme.js';
import { easeCubicInOut, zoomTween, type ZoomTween } from './sunburst-tween.js';

/** How long a drill's zoom takes (none under `prefers-reduced-motion`). */
const ZOOM_MS = 600;

/** One view of the chart: where it looks and the arcs it draws. */
export interface ZoomView {
  readonly domain: ViewDomain;
  readonly arcs: readonly ArcView[];
}

/** A path of the zoom's layer: one look, drawing every arc of that look. */
export interface ZoomLayer {
  readonly look: ArcLook;
  /** The path data it shows now. */
  readonly d: string;
}

/** Where a zoom goes: the view that is rendered, in the drawing's geometry. */
export interface ZoomTarget extends ZoomView {
  readonly geometry: SunburstGeometry;
}

/**
 * The sunburst's zoom, from one view to the next. The destination is rendered at once (focus,
 * labels and screen readers have it straight away) and shown when the zoom ends; until then a
 * layer draws the arcs of both views on their way, one path per look, and each animation frame
 * only sets those paths' `d`: a few dozen attributes whatever the number of arcs, and no render,
 * no layout, no view pruning.
 *
 * A drill starts the zoom with the view it leaves; the frames are asked for then, and the view
 * it goes to is read from the host (`target`) in the update that the drill causes, before that
 * update renders the zoom's layer.
 *
 * @example
 * ```ts
 * readonly zoom = new ZoomController(this, () => this.view);
 * this.zoom.start(currentView); // in a drill, then change the state the view comes from
 * // in the template: this.zoom.layers; `await this.zoom.done` in updateComplete
 * ```
 */
export class ZoomController implements ReactiveController {
  #run: ZoomRun | undefined;

  constructor(
    private readonly host: RenderingHost,
    private readonly target: () => ZoomTarget | undefined,
  ) {
    host.addController(this);
  }

  /** Whether a zoom is drawing. */
  get running(): boolean {
    return this.#run !== undefined;
  }

  /** Settles when the running zoom ends (at once without one). */
  get done(): Promise<void> | undefined {
    return this.#run?.done;
  }

  /** The layer's paths as the template renders them (empty without a zoom). */
  get layers(): readonly ZoomLayer[] {
    const run = this.#run;
    return run ? run.layers.map((layer, i) => ({ look: layer.look, d: run.drawn[i] ?? '' })) : [];
  }

  /**
   * Zooms from `from` to the host's next view; snaps (no zoom) under reduced motion or in a
   * hidden page. The host updates next (its state changed with the drill).
   */
  start(from: ZoomView): void {
    this.finish();
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduce || document.hidden) return;
    let resolve!: () => void;
    const done = new Promise<void>((settle) => (resolve = settle));
    const run: ZoomRun = {
      from,
      tween: undefined,
      layers: [],
      drawn: [],
      elements: undefined,
      frame: undefined,
      done,
      resolve,
    };
    this.#run = run;
    // Timed from the first frame, on the frames' own clock: it draws the start of the zoom.
    let started: number | undefined;
    const step = (now: number) => {
      const tween = run.tween;
      if (tween) {
        started ??= now;
        const t = (now - started) / ZOOM_MS;
        if (t >= 1 || !this.host.isConnected) {
          this.finish();
          return;
        }
        const paths = tween.paths(easeCubicInOut(t));
        const drawn = run.layers.map((layer) => layer.arcs.map((i) => paths[i]).join(''));
        run.elements?.forEach((element, i) => {
          const d = drawn[i] ?? '';
          if (d !== run.drawn[i]) element.setAttribute('d', d);
        });
        run.drawn = drawn;
      }
      run.frame = requestAnimationFrame(step);
    };
    run.frame = requestAnimationFrame(step);
  }

  /** Ends a running zoom at its destination. */
  finish(): void {
    const run = this.#run;
    if (!run) return;
    if (run.frame !== undefined) cancelAnimationFrame(run.frame);
    this.#run = undefined;
    this.host.requestUpdate();
    run.resolve();
  }

  hostUpdate(): void {
    const run = this.#run;
    if (!run || run.tween) return;
    const to = this.target();
    if (!to) {
      this.finish();
      return;
    }
    run.tween = zoomTween(run.from, to, to.geometry);
    const byLook = new Map<string, { look: ArcLook; arcs: number[] }>();
    run.tween.arcs.forEach((arc, i) => {
      const look = arcLook(arc);
      let layer = byLook.get(look.classes);
      if (!layer) byLook.set(look.classes, (layer = { look, arcs: [] }));
      layer.arcs.push(i);
    });
    run.layers = [...byLook.values()];
    // Drawn by the first frame, before anything is painted.
    run.drawn = run.layers.map(() => '');
  }

  hostUpdated(): void {
    const run = this.#run;
    if (run && !run.elements?.[0]?.isConnected) {
      // The layer is drawn (or drawn again, in a refresh): frames now only set its paths.
      run.elements = [...this.host.renderRoot.querySelectorAll<SVGElement>('.zoom-layer > path')];
    }
  }

  hostDisconnected(): void {
    this.finish();
  }
}

interface ZoomRun {
  readonly from: ZoomView;
  /** The arcs moving and their paths; made in the update after the drill. */
  tween: ZoomTween | undefined;
  /** The layer's paths: a look, and the indices (in the tween's arcs) of the arcs it draws. */
  layers: readonly { readonly look: ArcLook; readonly arcs: readonly number[] }[];
  /** The path data each layer shows now. */
  drawn: string[];
  /** The layer's path elements, once rendered. */
  elements: SVGElement[] | undefined;
  frame: number | undefined;
  readonly done: Promise<void>;
  readonly resolve: () => void;
}
