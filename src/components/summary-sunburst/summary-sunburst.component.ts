import { html } from 'lit';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';

/** Placeholder until the element's issue lands. */
export class SpSummarySunburst extends SpElement<Record<string, never>, null> {
  protected query() {
    return {};
  }
  protected async load(_query: Record<string, never>, _context: LoadContext) {
    return null;
  }
  protected isEmpty() {
    return true;
  }
  protected renderData() {
    return html``;
  }
}
