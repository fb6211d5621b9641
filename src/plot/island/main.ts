/**
 * The parameter island's entry, imported by the inline loader (loader.ts) on
 * the first interaction with a slider. It loads only the part the page's
 * figures need: an activation's curves (curves.ts, with the build's plot code
 * and one kernel family) or softmax's temperature bars (temperature.ts, with
 * the kernel's softmax), so neither kind of page carries the other's code.
 */
export function start(): Promise<unknown> {
  const parts: Promise<unknown>[] = [];
  if (document.querySelector('figure[data-param-plot]')) parts.push(import('./curves').then((m) => m.start()));
  if (document.querySelector('figure[data-param-bars]')) parts.push(import('./temperature').then((m) => m.start()));
  return Promise.all(parts);
}
