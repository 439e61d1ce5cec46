/**
 * The sunburst's template parts around the drawing: the summary selector, the breadcrumb, the
 * legend and key, the tooltip and the table's frame (its rows are `TableFillController`'s).
 * Each takes what it shows and the element's `words`, and the handlers it calls back.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { SummaryModel } from '../../api/model.js';
import { bareAmountTemplate, invalidAmountTemplate } from '../../internal/invalid-amount.js';
import { str, type Words } from '../../l10n/runtime.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import type { ArcView } from './sunburst-geometry.js';
import type { SunburstNode } from './sunburst-layout.js';
import { FAMILY_SLOTS } from './sunburst-scheme.js';
import type { Selection } from './sunburst-state.js';

/** The summary selector, grouped by currency; nothing with fewer than two options. */
export function selectorTemplate(
  selection: Selection,
  words: Words,
  onSelect: (event: Event) => void,
): TemplateResult | typeof nothing {
  const count = selection.groups.reduce((n, g) => n + g.options.length, 0);
  if (count < 2) return nothing;
  return html`<div class="selector" part="selector">
    <label for="summary-select">${words.msg('Summary', { id: 'summary.title' })}</label>
    <select id="summary-select" @change=${onSelect}>
      ${selection.groups.map(
        (group) =>
          html`<optgroup label=${group.label}>
            ${group.options.map(
              (option) =>
                html`<option value=${option.key} ?selected=${option.key === selection.key}>
                  ${option.label}
                </option>`,
            )}
          </optgroup>`,
      )}
    </select>
  </div>`;
}

/** The drill path from the root to `focus`; every step but the last is a button (`data-crumb`). */
export function breadcrumbTemplate(
  focus: SunburstNode,
  words: Words,
  onCrumb: (event: Event) => void,
): TemplateResult {
  const trail: SunburstNode[] = [];
  for (let node: SunburstNode | undefined = focus; node; node = node.parent) trail.unshift(node);
  return html`<nav
    class="breadcrumb"
    part="breadcrumb"
    aria-label=${words.msg('Drill path', { id: 'summary.breadcrumb' })}
  >
    <ol>
      ${trail.map((node, i) =>
        i === trail.length - 1
          ? html`<li aria-current="location">${node.name}</li>`
          : html`<li>
              <button type="button" class="sp-link-button" data-crumb=${node.id} @click=${onCrumb}>
                ${node.name}
              </button>
            </li>`,
      )}
    </ol>
  </nav>`;
}

/** The L1 categories with their colour and signed amount, and the key to solid and hatched. */
export function legendTemplate(categories: readonly SunburstNode[], words: Words): TemplateResult {
  return html`<div class="legends">
    ${
      categories.length > 0
        ? html`<ul
            class="legend"
            part="legend"
            aria-label=${words.msg('Categories', { id: 'summary.legend' })}
          >
            ${categories.map(
              (node) =>
                html`<li>
                  ${swatch(String((node.family % FAMILY_SLOTS) + 1))}
                  <span class="name">${node.name}</span>
                  ${
                    node.money
                      ? html`<span class="amount ${isNegative(node.money) ? 'negative' : ''}"
                          >${formatMoney(node.money, words.locale, {
                            signDisplay: 'exceptZero',
                          })}</span
                        >`
                      : invalidAmountTemplate(node.invalid, words)
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <ul class="key" part="key" aria-label=${words.msg('Key', { id: 'summary.key' })}>
      <li>${swatch('plain')} ${words.msg('Solid: money in', { id: 'summary.key.solid' })}</li>
      <li>
        ${swatch('plain', true)} ${words.msg('Hatched: money out', { id: 'summary.key.hatched' })}
      </li>
    </ul>
  </div>`;
}

/**
 * What the chart says besides the drawing: that there is nothing to draw, how the keys move
 * (for screen readers, the drawing's description) and the live region announcing drills.
 */
export function chartNotesTemplate(
  words: Words,
  announcement: string,
  nothingToDraw: boolean,
): TemplateResult {
  return html`${
      nothingToDraw
        ? html`<p class="note muted">
            ${words.msg('Every amount is zero or missing: there is nothing to draw.', {
              id: 'summary.nothing-to-draw',
            })}
          </p>`
        : nothing
    }
    <p id="sunburst-keys" class="visually-hidden">
      ${words.msg(
        "Arrow keys move between segments: left and right around a ring, down to a segment's breakdown, up to its parent. Enter drills in, Escape drills out.",
        { id: 'summary.keys' },
      )}
    </p>
    <div class="visually-hidden live" role="status" aria-live="polite">${announcement}</div>`;
}

/**
 * The table's toggle and its region: always there for assistive technology, shown on request.
 * `table` is the table itself (`tableTemplate`, guarded by the element).
 */
export function tableSectionTemplate(
  shown: boolean,
  words: Words,
  onToggle: () => void,
  table: unknown,
): TemplateResult {
  return html`<div class="table-bar">
      <button
        class="sp-button table-toggle"
        part="table-toggle"
        type="button"
        aria-pressed=${shown ? 'true' : 'false'}
        aria-controls="sunburst-table"
        @click=${onToggle}
      >
        ${words.msg('Show table', { id: 'summary.show-table' })}
      </button>
    </div>
    <div
      id="sunburst-table"
      class="table-wrap ${shown ? 'shown' : 'visually-hidden'}"
      role="region"
      aria-label=${words.msg('Table of every category', { id: 'summary.table.label' })}
      tabindex=${shown ? '0' : nothing}
    >
      ${table}
    </div>`;
}

/** The tooltip: its first line is the name; hidden without lines. */
export function tooltipTemplate(lines: readonly string[] | undefined): TemplateResult {
  if (!lines) return html`<div class="tooltip" part="tooltip" aria-hidden="true" hidden></div>`;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    <p class="tip-name">${lines[0]}</p>
    ${lines.slice(1).map((line) => html`<p>${line}</p>`)}
  </div>`;
}

/**
 * Puts the tooltip over `arc`'s middle in a drawing of `size` pixels, scaled down to a narrower
 * container (`width`) as the SVG is. CSSOM custom properties: no `style` attribute, CSP-safe;
 * and no layout read, so hovering stays cheap.
 */
export function positionTooltip(
  root: ParentNode,
  arc: Pick<ArcView, 'centroid'>,
  size: number,
  width: number | undefined,
): void {
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  if (!tooltip) return;
  const half = size / 2;
  const scale = width && size > 0 ? Math.min(1, width / size) : 1;
  tooltip.style.setProperty('--_tip-x', `${(half + arc.centroid[0]) * scale}px`);
  tooltip.style.setProperty('--_tip-y', `${(half + arc.centroid[1]) * scale}px`);
}

/**
 * The table of every node, without its rows: with thousands of nodes they are most of what the
 * element creates, so `TableFillController` makes them as plain DOM after the render. Hidden,
 * the browser skips the table's style and layout (see the styles).
 */
export function tableTemplate(model: SummaryModel, title: string, words: Words): TemplateResult {
  const net = model.net;
  return html`<table part="table">
    <caption>
      ${words.msg(str`Every category of ${title}, with its signed amount`, {
        id: 'summary.table.caption',
      })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${words.msg('Category', { id: 'summary.table.category' })}</th>
        <th scope="col">${words.msg('Amount', { id: 'summary.table.amount' })}</th>
        <th scope="col">
          ${words.msg('Share of parent', { id: 'summary.table.share-of-parent' })}
        </th>
        <th scope="col">${words.msg('Share of gross', { id: 'summary.table.share-of-gross' })}</th>
      </tr>
    </thead>
    <tbody></tbody>
    ${
      net || model.invalidNet || model.bareNet
        ? html`<tfoot>
            <tr>
              <th scope="row">${words.msg('Net proceeds', { id: 'summary.net' })}</th>
              <td dir="auto" class="amount ${net && isNegative(net) ? 'negative' : ''}">
                ${
                  net
                    ? formatMoney(net, words.locale)
                    : model.bareNet
                      ? bareAmountTemplate(model.bareNet, words.locale, words)
                      : invalidAmountTemplate(model.invalidNet, words)
                }
              </td>
              <td></td>
              <td></td>
            </tr>
          </tfoot>`
        : nothing
    }
  </table>`;
}

/** A hatch pattern per family in `families`: the family colour crossed with diagonal lines. */
export function hatchPatterns(families: readonly string[]) {
  return families.map(
    (family) => svg`<pattern
      id="hatch-${family}"
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect class="swatch ${family === 'plain' ? 'plain' : `family-${family}`}" width="6" height="6"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>`,
  );
}

/** A legend swatch: a family colour, or the plain solid and hatched samples of the key. */
function swatch(family: string, hatched = false): TemplateResult {
  return html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    ${
      hatched
        ? svg`<rect class="hatched-swatch" x="0.5" y="0.5" width="13" height="13" fill="url(#hatch-${family})"></rect>`
        : svg`<rect class="swatch ${family === 'plain' ? 'plain' : `family-${family}`}" x="0.5" y="0.5" width="13" height="13"></rect>`
    }
  </svg>`;
}
