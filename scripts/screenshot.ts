// Screenshots of built pages in light and dark mode, for looking at the design.
// Usage: npm run screenshot -- /glossary/gelu/ /activations/   (writes artifacts/screenshots/*.png)
import { mkdirSync } from 'node:fs';
import { serveDir } from './lib/serve';
import { launchBrowser } from './lib/browser';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const mobile = process.argv.includes('--mobile');
const out = 'artifacts/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDir('dist');
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({
    colorScheme: scheme,
    viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  for (const p of paths.length ? paths : ['/']) {
    await page.goto(server.url + p, { waitUntil: 'networkidle' });
    const name = `${p.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${scheme}${mobile ? '-mobile' : ''}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: !process.argv.includes('--top') });
    console.log(`${out}/${name}`);
  }
  await page.close();
}
await browser.close();
await server.close();
