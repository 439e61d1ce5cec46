import type { ReactiveController } from 'lit';
import type { RenderingHost } from './size-controller.js';
import type { SunburstText } from './sunburst-text.js';

/**
 * Table rows per idle moment after the chart has painted (all at once when a person shows the
 * table).
 */
export const TABLE_CHUNK = 250;

/** The table rows' classes by depth (indentation), made once rather than per row. */
const ROW_CLASSES = ['', 'level-1', 'level-2', 'level-3', 'level-4', 'level-5'];

/** What the table shows now, read from the element after each of its updates. */
export interface TableContent {
  /** The words of the layout whose nodes are the rows (a new one: new rows). */
  readonly text: SunburstText;
  /** Whether the table is shown: then it is completed at once. */
  readonly shown: boolean;
  /** Whether the chart is busy (a zoom): idle moments then wait. */
  readonly busy: boolean;
}

/**
 * Puts a layout's rows in the sunburst's table body after each update. The rows are not part
 * of the template: with thousands of nodes they are most of what the element creates, so they
 * are made as plain DOM (no template parts to keep), with text only (API text is never parsed
 * as HTML), each cell taking its direction from its text. They are most of the element's DOM
 * even for a small summary, and the table is visually hidden until a person shows it, so they
 * never hold up the first paint: a chunk of rows is added per idle moment after the chart has
 * painted (a small table's all at once), and the table's region is `aria-busy` meanwhile.
 * `smallTable` lets the host's `updateComplete` wait for a table of one chunk. Rows added in idle
 * moments take their words from the element's last update (the `SunburstText` it made).
 *
 * @example
 * ```ts
 * readonly table = new TableFillController(this, () => this.tableContent);
 * this.table.reveal(nodeId); // completes the table and scrolls the node's row into view
 * ```
 */
export class TableFillController implements ReactiveController {
  #fill: Fill | undefined;
  #reveal: string | undefined;
  #smallTable: { readonly done: Promise<void>; readonly resolve: () => void } | undefined;

  constructor(
    private readonly host: RenderingHost,
    private readonly content: () => TableContent | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Resolves once a table of at most one chunk has all its rows, or has been replaced or
   * removed; `undefined` when there is no such table waiting for its rows. (A bigger table says
   * it is complete by losing `aria-busy`.)
   */
  get smallTable(): Promise<void> | undefined {
    return this.#smallTable?.done;
  }

  /** After the next update, scroll the row of node `id` into view and focus the table. */
  reveal(id: string | undefined): void {
    this.#reveal = id;
  }

  hostUpdated(): void {
    this.fill();
    const id = this.#reveal;
    if (id === undefined) return;
    this.#reveal = undefined;
    const nodes = this.#fill?.text.layout.nodes;
    const index = nodes?.findIndex((node) => node.id === id) ?? -1;
    this.#fill?.body.rows[index]?.scrollIntoView({ block: 'nearest' });
    this.host.renderRoot.querySelector<HTMLElement>('.table-wrap')?.focus();
  }

  hostDisconnected(): void {
    this.#fill?.pending?.();
    this.#fill = undefined;
    this.settleSmallTable();
  }

  private settleSmallTable(): void {
    this.#smallTable?.resolve();
    this.#smallTable = undefined;
  }

  private fill(): void {
    const body = this.host.renderRoot.querySelector<HTMLTableSectionElement>(
      'table[part~="table"] > tbody',
    );
    const content = this.content();
    if (!body || !content) return this.settleSmallTable();
    // A layout's words are made per summary and words (locale, translations): new rows.
    let fill = this.#fill;
    if (fill?.body !== body || fill.text !== content.text) {
      fill?.pending?.();
      body.replaceChildren();
      fill = this.#fill = { body, text: content.text, rows: 0 };
    }
    const total = fill.text.layout.nodes.length;
    if (content.shown && total > fill.rows) addRows(fill, total);
    if (fill.rows >= total || total > TABLE_CHUNK) this.settleSmallTable();
    else if (!this.#smallTable) {
      let resolve!: () => void;
      const done = new Promise<void>((settle) => (resolve = settle));
      this.#smallTable = { done, resolve };
    }
    const wrap = body.closest('.table-wrap');
    if (fill.rows < total) {
      wrap?.setAttribute('aria-busy', 'true');
      this.fillLater(fill);
    } else {
      fill.pending?.();
      wrap?.removeAttribute('aria-busy');
    }
  }

  /** Asks for the table's next chunk when the browser is next idle (a zoom goes first). */
  private fillLater(fill: Fill): void {
    if (fill.pending) return;
    const next = (deadline?: IdleDeadline) => {
      fill.pending = undefined;
      if (this.#fill !== fill || !this.host.isConnected) return;
      const total = fill.text.layout.nodes.length;
      // A chunk (unless a zoom runs or the moment is too short), more while the moment lasts.
      const more = () => deadline !== undefined && deadline.timeRemaining() > 8;
      if (!this.content()?.busy && (!deadline || deadline.didTimeout || more())) {
        do addRows(fill, Math.min(total, fill.rows + TABLE_CHUNK));
        while (fill.rows < total && more());
      }
      this.fill();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(next, { timeout: 250 });
      fill.pending = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(next, 16);
      fill.pending = () => clearTimeout(handle);
    }
  }
}

/** The rows a table body has for a layout (in its words), and more on their way. */
interface Fill {
  readonly body: HTMLTableSectionElement;
  readonly text: SunburstText;
  /** The layout's first `rows` nodes have their row. */
  rows: number;
  /** Cancels the idle callback that adds the next chunk. */
  pending?: () => void;
}

/** Appends the layout's rows up to `to`. */
function addRows(fill: Fill, to: number): void {
  const nodes = fill.text.layout.nodes;
  const rows = document.createDocumentFragment();
  const template = rowTemplate();
  for (let i = fill.rows; i < to; i++) {
    const node = nodes[i]!;
    const t = fill.text.node(node, false);
    const row = template.cloneNode(true) as HTMLTableRowElement;
    row.className = ROW_CLASSES[Math.min(node.depth, 5)]!;
    const [heading, amount, ofParent, ofGross] = row.cells as unknown as HTMLElement[];
    heading!.firstChild!.textContent = t.trail;
    heading!.lastChild!.textContent = node.name;
    if (t.invalidRaw) amount!.append(invalidNote(t.amount, t.invalidRaw));
    else amount!.textContent = t.amount;
    if (t.negative) amount!.className = 'amount negative';
    ofParent!.textContent = t.shareOfParent;
    ofGross!.textContent = t.shareOfGross;
    if (t.deeper) heading!.append(deeperNote(t.deeper));
    rows.append(row);
  }
  fill.body.append(rows);
  fill.rows = to;
}

/** "Invalid amount", with the text the API sent as its title (as `invalidAmountTemplate` draws it). */
function invalidNote(words: string, raw: string): HTMLElement {
  const note = document.createElement('span');
  note.className = 'invalid-amount';
  note.setAttribute('part', 'invalid-amount');
  note.title = raw;
  note.textContent = words;
  return note;
}

/** The note under a row whose breakdowns lie deeper than the element reads. */
function deeperNote(text: string): HTMLElement {
  const note = document.createElement('span');
  note.className = 'deeper-levels';
  note.setAttribute('part', 'deeper-levels');
  note.textContent = text;
  return note;
}

let rowPrototype: HTMLTableRowElement | undefined;

/**
 * One table row, empty, to clone: `<tr><th scope="row"><span class="visually-hidden"></span>
 * <span class="row-name"></span></th><td dir="auto" class="amount"></td><td dir="auto"></td>
 * <td dir="auto"></td></tr>`, with no whitespace between the cells.
 */
function rowTemplate(): HTMLTableRowElement {
  if (!rowPrototype) {
    const row = document.createElement('tr');
    const heading = document.createElement('th');
    heading.scope = 'row';
    const trail = document.createElement('span');
    trail.className = 'visually-hidden';
    const name = document.createElement('span');
    name.className = 'row-name';
    heading.append(trail, name);
    row.append(heading);
    for (const className of ['amount', '', '']) {
      const cell = document.createElement('td');
      cell.dir = 'auto';
      if (className) cell.className = className;
      row.append(cell);
    }
    rowPrototype = row;
  }
  return rowPrototype;
}
