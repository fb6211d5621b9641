// URLs of KaTeX's woff2 faces as the build emits them (the same files katex-fonts.css points to).
import aMSRegular from 'katex/dist/fonts/KaTeX_AMS-Regular.woff2?url';
import caligraphicBold from 'katex/dist/fonts/KaTeX_Caligraphic-Bold.woff2?url';
import caligraphicRegular from 'katex/dist/fonts/KaTeX_Caligraphic-Regular.woff2?url';
import frakturBold from 'katex/dist/fonts/KaTeX_Fraktur-Bold.woff2?url';
import frakturRegular from 'katex/dist/fonts/KaTeX_Fraktur-Regular.woff2?url';
import mainBold from 'katex/dist/fonts/KaTeX_Main-Bold.woff2?url';
import mainBoldItalic from 'katex/dist/fonts/KaTeX_Main-BoldItalic.woff2?url';
import mainItalic from 'katex/dist/fonts/KaTeX_Main-Italic.woff2?url';
import mainRegular from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url';
import mathBoldItalic from 'katex/dist/fonts/KaTeX_Math-BoldItalic.woff2?url';
import mathItalic from 'katex/dist/fonts/KaTeX_Math-Italic.woff2?url';
import sansSerifBold from 'katex/dist/fonts/KaTeX_SansSerif-Bold.woff2?url';
import sansSerifItalic from 'katex/dist/fonts/KaTeX_SansSerif-Italic.woff2?url';
import sansSerifRegular from 'katex/dist/fonts/KaTeX_SansSerif-Regular.woff2?url';
import scriptRegular from 'katex/dist/fonts/KaTeX_Script-Regular.woff2?url';
import size1Regular from 'katex/dist/fonts/KaTeX_Size1-Regular.woff2?url';
import size2Regular from 'katex/dist/fonts/KaTeX_Size2-Regular.woff2?url';
import size3Regular from 'katex/dist/fonts/KaTeX_Size3-Regular.woff2?url';
import size4Regular from 'katex/dist/fonts/KaTeX_Size4-Regular.woff2?url';
import typewriterRegular from 'katex/dist/fonts/KaTeX_Typewriter-Regular.woff2?url';
import { facesUsed } from './katex-faces';

const URLS: Record<string, string> = {
  'AMS-Regular': aMSRegular,
  'Caligraphic-Bold': caligraphicBold,
  'Caligraphic-Regular': caligraphicRegular,
  'Fraktur-Bold': frakturBold,
  'Fraktur-Regular': frakturRegular,
  'Main-Bold': mainBold,
  'Main-BoldItalic': mainBoldItalic,
  'Main-Italic': mainItalic,
  'Main-Regular': mainRegular,
  'Math-BoldItalic': mathBoldItalic,
  'Math-Italic': mathItalic,
  'SansSerif-Bold': sansSerifBold,
  'SansSerif-Italic': sansSerifItalic,
  'SansSerif-Regular': sansSerifRegular,
  'Script-Regular': scriptRegular,
  'Size1-Regular': size1Regular,
  'Size2-Regular': size2Regular,
  'Size3-Regular': size3Regular,
  'Size4-Regular': size4Regular,
  'Typewriter-Regular': typewriterRegular,
};

/** Built URLs of the KaTeX faces that typeset math in `html` uses, for `<link rel=preload>`. */
export function katexFontUrls(html: string): string[] {
  // Faces small enough for the bundler to inline as data: URLs arrive with the CSS and need no preload.
  return facesUsed(html)
    .map((face) => URLS[face])
    .filter((u): u is string => u !== undefined && !u.startsWith('data:'));
}
