import { css } from 'lit';

export const summarySunburstStyles = css`
  :host {
    --_c1: var(--sp-sunburst-color-1, light-dark(#7cc4a4, #2e7d5b));
    --_c2: var(--sp-sunburst-color-2, light-dark(#f2a65a, #9a5b1e));
    --_c3: var(--sp-sunburst-color-3, light-dark(#b39ddb, #5e4b8b));
    --_c4: var(--sp-sunburst-color-4, light-dark(#90a4ae, #4f626b));
    --_c5: var(--sp-sunburst-color-5, light-dark(#f48fb1, #8e3b5a));
    --_c6: var(--sp-sunburst-color-6, light-dark(#e6c84f, #7a6a1c));
    --_c7: var(--sp-sunburst-color-7, light-dark(#64b5f6, #245e8f));
    --_c8: var(--sp-sunburst-color-8, light-dark(#c5a880, #6d5638));
    --_c-other: var(--sp-sunburst-color-other, light-dark(#c9ced3, #3a4048));
    --_hatch: var(
      --sp-sunburst-hatch-color,
      light-dark(rgb(22 25 31 / 0.55), rgb(255 255 255 / 0.6))
    );
    --_surface: var(--sp-color-surface, light-dark(#ffffff, #16191f));
    --_text: var(--sp-color-text, light-dark(#16191f, #e9ecef));
  }

  .sunburst {
    display: grid;
    gap: 12px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
  }
  .selector {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-height: 32px;
    padding: 2px 6px;
    max-width: 100%;
  }

  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 2px;
  }
  .breadcrumb li {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  .breadcrumb li + li::before {
    content: '\\203a' / '';
    color: var(--_muted);
    padding-inline: 6px;
  }
  /* Right to left, the path runs leftwards and its separators point that way. */
  [dir='rtl'] .breadcrumb li + li::before {
    content: '\\2039' / '';
  }
  .breadcrumb button {
    min-height: 24px;
  }
  .breadcrumb [aria-current] {
    font-weight: 600;
  }

  .chart {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
  }
  .plot {
    position: relative;
    max-width: 100%;
  }
  svg.sunburst-svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: manipulation;
  }
  .arc {
    cursor: pointer;
    stroke: none;
  }
  .arc.leaf {
    cursor: default;
  }
  .family-1.solid,
  .swatch.family-1 {
    fill: var(--_c1);
  }
  .family-2.solid,
  .swatch.family-2 {
    fill: var(--_c2);
  }
  .family-3.solid,
  .swatch.family-3 {
    fill: var(--_c3);
  }
  .family-4.solid,
  .swatch.family-4 {
    fill: var(--_c4);
  }
  .family-5.solid,
  .swatch.family-5 {
    fill: var(--_c5);
  }
  .family-6.solid,
  .swatch.family-6 {
    fill: var(--_c6);
  }
  .family-7.solid,
  .swatch.family-7 {
    fill: var(--_c7);
  }
  .family-8.solid,
  .swatch.family-8 {
    fill: var(--_c8);
  }
  .family-other.solid,
  .swatch.family-other {
    fill: var(--_c-other);
  }
  .swatch.plain {
    fill: var(--_subtle);
  }
  .key rect {
    stroke: var(--_muted);
  }
  .hatch-line {
    stroke: var(--_hatch);
    stroke-width: 2;
  }
  .depth-2 {
    fill-opacity: 0.8;
  }
  .depth-3 {
    fill-opacity: 0.65;
  }
  .depth-4 {
    fill-opacity: 0.5;
  }
  /* Mid-zoom a layer draws the arcs on their way; the view's own arcs wait, hidden. */
  .zooming .arcs,
  .zooming .labels {
    opacity: 0;
    pointer-events: none;
  }
  .zoom-layer {
    pointer-events: none;
  }
  .arc:hover {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .arc:focus {
    outline: none;
  }
  .arc:focus-visible {
    outline: none;
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  .labels text {
    font-size: 10px;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
    user-select: none;
  }
  .centre circle {
    fill: var(--_surface);
  }
  .centre.drill-out {
    cursor: pointer;
  }
  .centre.drill-out circle {
    stroke: var(--_border);
  }
  .centre.drill-out:hover circle {
    fill: var(--_subtle);
  }
  .centre:focus {
    outline: none;
  }
  .centre:focus-visible circle {
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  /* SVG text takes its direction from its own words, like <bdi>. */
  .labels text,
  .centre-lines text {
    unicode-bidi: plaintext;
  }
  .centre-lines text {
    fill: var(--_text);
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .centre-lines .centre-name,
  .centre-lines .centre-note {
    fill: var(--_muted);
  }
  .centre-lines .centre-amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .centre-lines .centre-amount.negative {
    fill: var(--_negative);
  }

  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 1;
    translate: calc(var(--_tip-x, 0px) - 50%) calc(var(--_tip-y, 0px) - 100% - 10px);
    max-width: min(260px, 90vw);
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    font-size: 0.9em;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip .tip-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tooltip p {
    margin: 0;
  }

  .legend,
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li,
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg,
  .key svg {
    flex: none;
  }
  .legend .name {
    overflow-wrap: anywhere;
  }

  .table-bar {
    display: flex;
    justify-content: flex-end;
  }
  /*
   * Hidden, the table stays in the accessibility tree (content-visibility: auto keeps it there,
   * unlike display: none or content-visibility: hidden) while the browser skips its style, layout
   * and paint: thousands of rows cost nothing until someone shows or reads them.
   */
  .table-wrap.visually-hidden {
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .table-wrap.shown {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  /*
   * Cells take their direction from their text (dir="auto": an amount with no letters reads left
   * to right), so they are aligned to the table's end physically, not by their own direction.
   */
  td {
    text-align: right;
  }
  [dir='rtl'] td {
    text-align: left;
  }
  tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  tbody .level-1 th {
    font-weight: 600;
  }
  tbody .level-2 th {
    padding-inline-start: 24px;
  }
  tbody .level-3 th {
    padding-inline-start: 40px;
  }
  tbody .level-4 th {
    padding-inline-start: 56px;
  }
  tbody .level-5 th {
    padding-inline-start: 72px;
  }
  /* Below the name of the last level read: what lies deeper is said, not cut silently. */
  .deeper-levels {
    display: block;
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  .invalid-amount {
    font-style: italic;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-bottom: none;
  }
  .note {
    margin: 0;
    text-align: center;
  }
`;
