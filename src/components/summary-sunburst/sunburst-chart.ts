/**
 * The sunburst's drawing: the arcs of the view (focusable, labelled for screen readers), their
 * labels, the zoom's layer while one runs, and the centre. The parts that a hover or a zoom
 * frame does not change are `guard`ed, so they are not rendered again.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { str, type Words } from '../../l10n/runtime.js';
import { centreTemplate } from './sunburst-centre.js';
import { fitLabel } from './sunburst-fit.js';
import type { ArcView } from './sunburst-geometry.js';
import { hasBreakdown, type SunburstNode } from './sunburst-layout.js';
import { hatchPatterns } from './sunburst-parts.js';
import { arcLook, hatchFamilies } from './sunburst-scheme.js';
import type { ArcsView } from './sunburst-state.js';
import type { ArcText, CentreText } from './sunburst-text.js';
import type { ZoomLayer } from './zoom-controller.js';

/** The element's handlers for the drawing's events. */
export interface ChartHandlers {
  readonly onArcClick: (event: MouseEvent) => void;
  readonly onArcKeydown: (event: KeyboardEvent) => void;
  readonly onPointerOver: (event: PointerEvent) => void;
  readonly onPointerLeave: () => void;
  readonly onArcFocus: (event: FocusEvent) => void;
  readonly onArcBlur: (event: FocusEvent) => void;
  readonly onDrillOut: () => void;
  readonly onCentreKeydown: (event: KeyboardEvent) => void;
}

export interface ChartOptions {
  readonly view: ArcsView;
  /** The words of each of the view's arcs, in its order. */
  readonly arcText: readonly ArcText[];
  /** The centre's words, made only when the centre is drawn (its guard's keys change). */
  readonly centre: () => CentreText;
  readonly words: Words;
  /** What the summary is called ("Amazon.com · Standard Orders"). */
  readonly title: string;
  /** The node drilled into. */
  readonly focus: SunburstNode;
  /** What else the centre's words depend on, for its guard. */
  readonly centreKey: readonly unknown[];
  /** The zoom's layer, while a zoom runs. */
  readonly zoom: readonly ZoomLayer[] | undefined;
  readonly handlers: ChartHandlers;
}

export function chartTemplate(options: ChartOptions): TemplateResult {
  const { view, arcText, words, focus, zoom, handlers } = options;
  const { size, centreRadius } = view.geometry;
  const half = size / 2;
  const { arcs, activeId } = view;
  const segment = words.msg('segment', { id: 'summary.segment' });
  const title = options.title;
  return html`<svg
    class="sunburst-svg ${zoom ? 'zooming' : ''}"
    part="svg"
    width=${size}
    height=${size}
    viewBox="${-half} ${-half} ${size} ${size}"
    role="group"
    aria-label=${words.msg(str`Sunburst of ${title}`, { id: 'summary.chart.label' })}
    aria-describedby="sunburst-keys"
    @pointerleave=${handlers.onPointerLeave}
  >
    <defs>${guard([view.layout], () => hatchPatterns(hatchFamilies(view.layout.nodes)))}</defs>
    <g
      class="arcs"
      @click=${handlers.onArcClick}
      @keydown=${handlers.onArcKeydown}
      @pointerover=${handlers.onPointerOver}
      @focusin=${handlers.onArcFocus}
      @focusout=${handlers.onArcBlur}
    >
      ${guard([arcs, activeId, arcText], () =>
        repeat(
          arcs,
          (arc) => arc.id,
          (arc, i) => arcTemplate(arc, arcText[i]!.label, segment, arc.id === activeId),
        ),
      )}
    </g>
    <g class="labels" aria-hidden="true">
      ${guard([arcs, arcText], () =>
        arcs.flatMap((arc, i) =>
          arc.labelChars > 0
            ? [
                svg`<text transform=${arc.labelTransform} text-anchor="middle" dy="0.35em">${fitLabel(
                  arcText[i]!.name,
                  arc.labelChars,
                )}</text>`,
              ]
            : [],
        ),
      )}
    </g>
    ${
      zoom
        ? svg`<g class="zoom-layer" aria-hidden="true">${zoom.map(
            (layer) =>
              svg`<path class=${layer.look.classes} fill=${layer.look.fill ?? nothing} d=${layer.d}></path>`,
          )}</g>`
        : nothing
    }
    ${guard([focus, centreRadius, ...options.centreKey], () =>
      centreTemplate({
        radius: centreRadius,
        text: options.centre(),
        drillOut: focus.parent
          ? { onClick: handlers.onDrillOut, onKeydown: handlers.onCentreKeydown }
          : undefined,
      }),
    )}
  </svg>`;
}

/** An arc: a button when it drills in (or lists its group), an image when it is a leaf. */
function arcTemplate(arc: ArcView, label: string, segment: string, active: boolean) {
  const look = arcLook(arc);
  const drillable = arc.kind === 'group' || hasBreakdown(arc.node);
  return svg`<path
    class="arc ${look.classes} ${drillable ? 'drillable' : 'leaf'}"
    data-id=${arc.id}
    d=${arc.d}
    fill=${look.fill ?? nothing}
    role=${drillable ? 'button' : 'img'}
    aria-roledescription=${segment}
    aria-label=${label}
    tabindex=${active ? '0' : '-1'}
  ></path>`;
}
