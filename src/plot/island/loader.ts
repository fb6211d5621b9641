/**
 * The inline script a page with parametric figures carries instead of the
 * island: it waits for the first pointer press, key press or input inside a
 * figure's parameters, then imports the island once (retrying on the next
 * interaction if the import fails). Pages without such figures carry nothing.
 * Its size is bounded in test/plot/parameter-island.test.ts (≤ 1 KB).
 */
export function loaderScript(islandUrl: string): string {
  // JSON.stringify quotes the URL; "<" is escaped so the string cannot close the script element.
  const url = JSON.stringify(islandUrl).replace(/</g, '\\u003c');
  return `(()=>{const t=["pointerdown","keydown","input"],o=e=>{if(!e.target.closest?.(".plot-params"))return;s(removeEventListener);import(${url}).then(m=>m.start(),()=>s(addEventListener))},s=f=>t.forEach(n=>f(n,o,!0));s(addEventListener)})()`;
}
