import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { wordsFor, type Words } from '../l10n/runtime.js';
import { defineElement } from './define.js';
import { resolveLocale } from './locale.js';

/**
 * A button that copies an identifier (request id, trace id, payout id) to the clipboard and
 * says so to screen readers. Internal: the four elements use it next to every id, and hand it
 * their own `words` (`.words=${this.words}`), so it speaks their language and their host's words.
 *
 * @csspart button - The copy button.
 */
export class SpCopyButton extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    button {
      font: inherit;
      font-size: 0.85em;
      color: inherit;
      border: 1px solid var(--sp-color-border, light-dark(#d5dbdb, #414750));
      background: transparent;
      border-radius: 4px;
      padding: 0 6px;
      min-height: 24px;
      min-width: 24px;
      cursor: pointer;
    }
    .live,
    textarea {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    button:focus-visible {
      outline: 2px solid var(--sp-color-accent, light-dark(#0b5cad, #7cb7ff));
      outline-offset: 2px;
    }
  `;

  /** The text to copy. */
  @property() value = '';
  /** What is copied, for the accessible name ("Copy request id"); "Copy" when absent. */
  @property() label: string | undefined;
  /** The words of the element around it; alone, the nearest `lang`'s (or the browser's). */
  @property({ attribute: false }) words: Words | undefined;

  @state() private copied = false;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.value);
    } catch {
      // Clipboard access can be refused (no focus, permissions policy); select-and-copy fallback.
      const area = document.createElement('textarea');
      area.value = this.value;
      area.setAttribute('readonly', '');
      this.renderRoot.appendChild(area);
      area.select();
      document.execCommand?.('copy');
      area.remove();
    }
    this.copied = true;
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => (this.copied = false), 2000);
  }

  override render() {
    const words = this.words ?? wordsFor(resolveLocale(this));
    const copy = words.msg('Copy', { id: 'copy.button' });
    const copied = words.msg('Copied', { id: 'copy.done' });
    return html`<button
        part="button"
        type="button"
        aria-label=${this.label || copy}
        @click=${this.copy}
      >
        ${this.copied ? copied : copy}</button
      ><span class="live" role="status">${this.copied ? copied : ''}</span>`;
  }
}

/** Defines the copy button on first use, so importing the classes defines nothing. */
export function defineCopyButton(): void {
  if (!customElements.get('sp-copy-button')) defineElement('sp-copy-button', SpCopyButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'sp-copy-button': SpCopyButton;
  }
}
