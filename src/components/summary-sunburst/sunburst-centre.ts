/**
 * The sunburst's centre disc: the net amount at the root, and drilled in the node in view with
 * the way back out (a button). Its words are `SunburstText.centre`'s; its lines are wrapped to
 * the circle.
 */
import { svg, type TemplateResult } from 'lit';
import { wrapLabel } from './sunburst-fit.js';
import type { CentreText } from './sunburst-text.js';

/** What the centre shows and does. */
export interface CentreOptions {
  readonly radius: number;
  readonly text: CentreText;
  /** Drilled in: the centre is a button that drills out. */
  readonly drillOut?: {
    readonly onClick: () => void;
    readonly onKeydown: (event: KeyboardEvent) => void;
  };
}

export function centreTemplate({ radius, text, drillOut }: CentreOptions): TemplateResult {
  const circle = svg`<circle r=${Math.max(0, radius - 1)}></circle>`;
  // The lines are drawn over the disc but outside it, so the disc's name is its label alone.
  const lines = svg`<g class="centre-lines" aria-hidden="true">${centreLines(radius, text)}</g>`;
  if (!drillOut) {
    return svg`<g class="centre" part="centre" role="img" aria-label=${text.label}>${circle}</g>${lines}`;
  }
  return svg`<g
    class="centre drill-out"
    part="centre"
    role="button"
    tabindex="0"
    aria-label=${text.label}
    @click=${drillOut.onClick}
    @keydown=${drillOut.onKeydown}
  >${circle}</g>${lines}`;
}

/**
 * The centre's lines, stacked around its middle: the name (up to two lines), the amount in the
 * largest size that fits, and the note (period, settlement or "Back to …", up to two lines).
 * Each line is as long as the circle's chord at its height allows.
 */
function centreLines(radius: number, { name, amount, note, negative }: CentreText) {
  const small = Math.max(9, Math.min(12, radius / 5));
  const amountSize = amount
    ? Math.max(10, Math.min(20, (radius * 1.7) / ([...amount].length * 0.6)))
    : 0;
  const charsAt = (y: number) => {
    const chord = 2 * Math.sqrt(Math.max(0, radius * radius - y * y)) * 0.88;
    return Math.floor(chord / (small * 0.55));
  };
  const lineHeight = small * 1.2;
  const nameLines = wrapLabel(name, charsAt(amountSize / 2 + lineHeight * 1.5), 2);
  const noteLines = note ? wrapLabel(note, charsAt(amountSize / 2 + lineHeight * 1.5), 2) : [];
  const rows = [
    ...nameLines.map((text) => ({ text, size: small, className: 'centre-name' })),
    ...(amount
      ? [
          {
            text: amount,
            size: amountSize,
            className: `centre-amount${negative ? ' negative' : ''}`,
          },
        ]
      : []),
    ...noteLines.map((text) => ({ text, size: small, className: 'centre-note' })),
  ];
  const height = rows.reduce((sum, row) => sum + row.size * 1.2, 0);
  let y = -height / 2;
  return rows.map((row) => {
    const middle = y + (row.size * 1.2) / 2;
    y += row.size * 1.2;
    return svg`<text class=${row.className} y=${Math.round(middle * 10) / 10} font-size=${Math.round(row.size * 10) / 10}>${row.text}</text>`;
  });
}
