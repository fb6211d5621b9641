import { launchBrowser } from './test/helpers/browser';
import { serveDir } from './test/helpers/serve';
import { builtPages, plotTexts } from './scripts/lib/surfaces';
const server = await serveDir('dist');
const browser = await launchBrowser();
const pages = builtPages('dist');
for (const w of [320, 360, 390, 768, 1100, 1280]) {
  const t = await plotTexts(browser, server.url, pages, w);
  const min = t.reduce((m, x) => (x.px < m.px ? x : m), t[0]);
  const clipped = t.filter((x) => x.clipped);
  console.log(w, 'min', min.px.toFixed(2), min.path, JSON.stringify(min.text), 'clipped', clipped.length, clipped.slice(0, 3).map((c) => `${c.path}:${c.text}`).join(' '));
}
await browser.close(); await server.close();
