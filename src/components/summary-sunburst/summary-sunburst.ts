import { defineElement } from '../../internal/define.js';
import { SpSummarySunburst } from './summary-sunburst.component.js';

export { SpSummarySunburst };

defineElement('sp-summary-sunburst', SpSummarySunburst);

declare global {
  interface HTMLElementTagNameMap {
    'sp-summary-sunburst': SpSummarySunburst;
  }
}
