import { launchBrowser } from './test/helpers/browser';
import { serveDir } from './test/helpers/serve';
const server = await serveDir('dist');
const browser = await launchBrowser();
for (const [w, p] of [[320, '/compare/hardtanh-vs-tanh/']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(server.url + p);
  console.log(w, p, JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('svg.plot-svg')].slice(0, 1).map((svg) => {
    const s = svg.getBoundingClientRect();
    return { svgW: s.width, parentW: svg.parentElement!.getBoundingClientRect().width, parent: svg.parentElement!.className, pf: getComputedStyle(svg).getPropertyValue('--pf'), texts: [...svg.querySelectorAll('text')].map((t) => { const b = t.getBoundingClientRect(); return `${t.textContent}@${Math.round(b.left - s.left)},${Math.round(b.right - s.right)},${Math.round(b.top - s.top)},${Math.round(b.bottom - s.bottom)}`; }).join(' ') };
  }))));
}
await browser.close(); await server.close();
