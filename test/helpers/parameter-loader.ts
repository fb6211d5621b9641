import { loaderScript } from '../../src/plot/island/loader';

/** Whether a script's text is exactly the parameter island's inline loader (src/plot/island/loader.ts), no more. */
export function isParameterLoader(code: string): boolean {
  const url = /import\("(\/_astro\/param-island-[\w-]+\.js)"\)/.exec(code)?.[1];
  return url !== undefined && code === loaderScript(url);
}
