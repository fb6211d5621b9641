// npm run audit — Lighthouse (mobile) on the home page and a term page of the built site,
// with Debian's chromium. Prints the four category scores. Not a CI gate.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDir } from './lib/serve';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/browser';
import { printTable } from './lib/table';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : ['/', '/glossary/gelu/'];
const server = await serveDir('dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: string[][] = [];
try {
  for (const path of targets) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result!.lhr.categories;
    const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100));
    rows.push([path, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
  }
} finally {
  await chrome.kill();
  await server.close();
}
const head = ['page (mobile)', 'performance', 'accessibility', 'best practices', 'SEO'];
printTable(head, rows);
console.log(
  '\nServed from 127.0.0.1 without compression or caching headers (as a plain static host would need to add).',
);
