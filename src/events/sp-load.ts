/** Fired when an element has loaded and shows data; `detail` is the data shown. */
export type SpLoadEvent<T = unknown> = CustomEvent<T>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-load': SpLoadEvent;
  }
}
