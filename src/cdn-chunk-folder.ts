/**
 * `src/internal/script-base-url.ts` as the modules beside the script tag see it
 * (vite.cdn.config.ts swaps it in): they are ES modules in the script's folder, so the files
 * they load on demand (translations, the virtualizer) are beside their own address, the folder
 * the loader found (its tag's `data-base-path`, else its `src`).
 */
export function urlBesideTheScript(file: string): string {
  // `file` is never a literal here, so Vite leaves this `new URL` alone (no asset to inline).
  return new URL(file, import.meta.url).href;
}
