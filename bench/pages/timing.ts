/** The one clock every implementation is timed with. */

/** Forces style and layout now, then waits for the next frame. */
export async function painted(element: Element): Promise<void> {
  element.getBoundingClientRect();
  void (element as HTMLElement).offsetHeight;
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

/** Milliseconds from just before `update` to the next frame after it, with layout forced. */
export async function timeToPaint(
  measured: Element,
  update: () => void | Promise<unknown>,
): Promise<number> {
  const start = performance.now();
  await update();
  await painted(measured);
  return performance.now() - start;
}

/** Every node under `root`, shadow roots included: all kinds (text, comments) and elements. */
export function countNodes(root: Node): { all: number; elements: number } {
  const count = { all: 1, elements: root instanceof Element ? 1 : 0 };
  const children = [...root.childNodes];
  if (root instanceof Element && root.shadowRoot) children.push(...root.shadowRoot.childNodes);
  for (const child of children) {
    const inner = countNodes(child);
    count.all += inner.all;
    count.elements += inner.elements;
  }
  return count;
}

/** Records each frame's time and the time since the previous frame, until `ms` have passed. */
export function frames(ms: number): Promise<{ at: number; delta: number }[]> {
  return new Promise((resolve) => {
    const recorded: { at: number; delta: number }[] = [];
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      recorded.push({ at: now, delta: now - last });
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(recorded);
    };
    requestAnimationFrame(tick);
  });
}
