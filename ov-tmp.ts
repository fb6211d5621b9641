import { launchBrowser } from './test/helpers/browser';
import { serveDir } from './test/helpers/serve';
import { builtPages } from './scripts/lib/surfaces';
const server = await serveDir('dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
const culprits = new Map<string, string[]>();
for (const p of builtPages('dist')) {
  await page.goto(server.url + p);
  const r = await page.evaluate(() => {
    const W = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= W) return [];
    const out: string[] = [];
    for (const e of document.querySelectorAll('body *')) {
      const b = e.getBoundingClientRect();
      if (b.right > W + 1 && b.width > 0) {
        // only report outermost
        let anc = e.parentElement, inner = false;
        while (anc) { const a = anc.getBoundingClientRect(); const cs = getComputedStyle(anc); if (a.right > W + 1 || cs.overflowX !== 'visible' || cs.clip !== 'auto' || cs.clipPath !== 'none') { inner = true; break; } anc = anc.parentElement; }
        if (!inner) out.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} +${Math.round(b.right - W)}`);
      }
    }
    return out;
  });
  for (const c of r) culprits.set(c.replace(/\+\d+/, ''), [...(culprits.get(c.replace(/\+\d+/, '')) ?? []), `${p}${c.match(/\+\d+/)}`]);
}
for (const [k, v] of culprits) console.log(k, v.length, v.slice(0, 4).join(' '));
await browser.close(); await server.close();
