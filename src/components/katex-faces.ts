/**
 * Which KaTeX font faces a piece of rendered math needs, read from KaTeX's class names
 * (the same mapping as katex.min.css), so a page preloads exactly the faces its opening
 * definition and formula use.
 * @example facesUsed('<span class="katex"><span class="mord mathnormal">x</span></span>') // ['Main-Regular', 'Math-Italic']
 */
export function facesUsed(html: string): string[] {
  if (!html.includes('class="katex')) return [];
  const classes = new Set<string>();
  for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) classes.add(c);
  const faces = new Set<string>(['Main-Regular']);
  for (const [cls, face] of RULES) if (cls.every((c) => classes.has(c))) faces.add(face);
  return [...faces].sort();
}

const RULES: [string[], string][] = [
  [['mathnormal'], 'Math-Italic'],
  [['mathit'], 'Main-Italic'],
  [['mathbf'], 'Main-Bold'],
  [['textbf'], 'Main-Bold'],
  [['boldsymbol'], 'Math-BoldItalic'],
  [['amsrm'], 'AMS-Regular'],
  [['mathbb'], 'AMS-Regular'],
  [['textbb'], 'AMS-Regular'],
  [['mathcal'], 'Caligraphic-Regular'],
  [['mathfrak'], 'Fraktur-Regular'],
  [['textfrak'], 'Fraktur-Regular'],
  [['mathscr'], 'Script-Regular'],
  [['textscr'], 'Script-Regular'],
  [['mathsf'], 'SansSerif-Regular'],
  [['textsf'], 'SansSerif-Regular'],
  [['mathtt'], 'Typewriter-Regular'],
  [['texttt'], 'Typewriter-Regular'],
  [['delimsizing', 'size1'], 'Size1-Regular'],
  [['delimsizing', 'size2'], 'Size2-Regular'],
  [['delimsizing', 'size3'], 'Size3-Regular'],
  [['delimsizing', 'size4'], 'Size4-Regular'],
  [['small-op'], 'Size1-Regular'],
  [['large-op'], 'Size2-Regular'],
];
