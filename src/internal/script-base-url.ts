/**
 * Where the script-tag bundle finds the files it imports on demand (the sandbox, the payout
 * list's virtualizer, `locales/<locale>.js`): the folder named by its tag's `data-base-path`,
 * else the folder of its own `src`.
 *
 * A script inlined into a page, an iframe `srcdoc` or `about:blank`, or loaded from a blob: or
 * data: URL, has no folder: there is no `src`, or one that nothing resolves against. The page's
 * own address is no answer either (it may be `about:srcdoc`, and the files are not beside the
 * page). Such a host sets the folder on the tag:
 *
 * ```html
 * <script data-base-path="https://your.cdn/sp-finance-widgets/dist/cdn/">…</script>
 * ```
 *
 * Without one, finding a file fails with an error that says so, which the element that needed
 * the file shows (or, for a translation or the virtualizer, logs): never an uncaught
 * "Invalid URL" while the script loads.
 *
 * The tag is read while this module is evaluated, during the bundle's synchronous first run:
 * `document.currentScript` is only set then.
 */

const script =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : undefined;

/** A folder's URL, or why there is none. */
type Folder = { url: URL } | { problem: string };

const HOW_TO_FIX =
  'set data-base-path on the <script> tag to the URL of the folder that holds sp-finance-widgets.js (dist/cdn/)';

function folderOf(tag: HTMLScriptElement | undefined): Folder {
  const basePath = tag?.dataset.basePath?.trim();
  if (basePath) {
    // A folder, so files resolve inside it whether or not the host wrote the last slash.
    const folder = basePath.endsWith('/') ? basePath : `${basePath}/`;
    try {
      return { url: new URL(folder, document.baseURI) };
    } catch {
      return { problem: `data-base-path "${basePath}" is not a URL` };
    }
  }
  if (tag?.src) {
    try {
      return { url: new URL('./', tag.src) };
    } catch {
      return { problem: `the script's own address (${tag.src.split(':')[0]}:) has no folder` };
    }
  }
  return { problem: 'the script has no address of its own (it is inline)' };
}

const folder = folderOf(script);

/**
 * The URL of `file` (e.g. `locales/de.js`) in the script's folder. Throws an Error naming the
 * file and the fix when there is no folder; callers turn it into a rejected load.
 */
export function urlBesideTheScript(file: string): string {
  if ('url' in folder) return new URL(file, folder.url).href;
  throw new Error(`sp-finance-widgets cannot locate ${file}: ${folder.problem}; ${HOW_TO_FIX}.`);
}
