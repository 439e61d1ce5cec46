/**
 * The cold clock (issue 19): from the moment a chart or element is put on a fresh page to after
 * its first painted frame, a frame then a task, as a new visitor meets it.
 */

/** Resolves in a task after the next frame: the frame has been painted by then. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Milliseconds from just before `show` to after the first frame painted once it is done. */
export async function coldPaint(show: () => void | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await show();
  await afterNextPaint();
  return performance.now() - start;
}

/** The stage each page draws on: the width of a seller portal's card column. */
export function stage(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'stage';
  document.body.append(element);
  return element;
}

/** Every <path> drawn under `root`, inside shadow roots too. */
export function paths(root: Element | ShadowRoot): number {
  let count = root.querySelectorAll('path').length;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) count += paths(element.shadowRoot);
  }
  return count;
}
