import hljs from 'highlight.js/lib/common';

/**
 * Repairs the structure that copying an article out of a web page or a chat transcript breaks,
 * before the text is read as Markdown: code that lost its fence (its `# comments` would become
 * headings, its lines prose) and list markers that lost their text to the next line.
 */

/** Languages an ML article's code is written in, for highlight.js's guess (in its names). */
const LANGUAGES = ['python', 'bash', 'javascript', 'typescript', 'cpp', 'c', 'java', 'julia', 'r', 'json', 'yaml'];

// Lines that are code on their own (an import, a definition, a call or an assignment from one).
const STRONG = [
  /^\s*import\s+[\w.]+(\s+as\s+\w+)?\s*(#.*)?$/,
  /^\s*from\s+[\w.]+\s+import\s+[\w*, ()]+\s*(#.*)?$/,
  /^\s*(def|class)\s+\w+.*:\s*(#.*)?$/,
  /^\s*(return|yield|raise|assert)\b.*[()\w]\s*$/,
  /^\s*(if|for|while|with|elif|else|try|except)\b[^.!?]*:\s*$/,
  /^\s*print\(.*\)\s*$/,
  /^\s*(const|let|var|function)\s+\w+/,
  /^\s*\$\s+\w+/, // a shell prompt
  /^\s*(pip|npm|python3?|git)\s+\w+/,
];
// An assignment whose right side is code: a call, an index, an operator expression; `x = 3` alone is too weak.
const ASSIGNMENT = /^\s*[A-Za-z_][\w.[\]]*(\s*,\s*[A-Za-z_]\w*)*\s*[-+*/@]?=\s*[^=\s].*[()[\]@*+]/;
// A line that continues the expression above it ("= (W @ V) @ x + ...").
const CONTINUATION = /^\s*(=|\+|\*|@|\)|\]|\.\w)/;
const COMMENT = /^\s*#\s?\S/;
const INDENTED = /^(\s{2,}|\t)\S/;

/** Whether a line reads as a sentence: words and spaces ending in sentence punctuation. */
const sentence = (line: string) => /[A-Za-z]{2,}[^()=]*[.!?:]["')]?\s*$/.test(line) && /\s\w+\s\w+\s\w+/.test(line);

function isCode(line: string, inRun: boolean): boolean {
  if (!line.trim()) return false;
  if (STRONG.some((r) => r.test(line))) return true;
  if (ASSIGNMENT.test(line) && !sentence(line.replace(/#.*$/, ''))) return true;
  if (inRun && (COMMENT.test(line) || CONTINUATION.test(line) || INDENTED.test(line))) return true;
  return false;
}

/** The language of a piece of code, as a fence's info string (`text` when nothing fits). */
export function codeLanguage(code: string): string {
  return hljs.highlightAuto(code, LANGUAGES).language ?? 'text';
}

/**
 * Fences runs of code lines that have no fence, with the language they are in. Text inside
 * existing fences and display math is left alone. A run needs two lines of code, or one
 * line that is code on its own (an import); comment lines inside or right after a run belong to it.
 * @example fenceCode('Try:\nimport torch\nx = torch.ones(3)\nDone.') // 'Try:\n\n```python\nimport torch\nx = torch.ones(3)\n```\n\nDone.'
 */
export function fenceCode(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let math = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      continue;
    }
    if (/^\s*(\$\$|\\\[)/.test(line) && !/(\$\$|\\\])\s*$/.test(line.trim().slice(2))) math = !math;
    else if (math && /(\$\$|\\\])\s*$/.test(line)) math = false;
    if (math || !isCode(line, false)) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && isCode(lines[end], true)) end++;
    const run = lines.slice(i, end);
    const strong = run.some((l) => STRONG.some((r) => r.test(l)));
    if (run.length < 2 && !strong) {
      out.push(line);
      continue;
    }
    const code = run.join('\n');
    if (out.length && out[out.length - 1].trim()) out.push('');
    out.push(`\`\`\`${codeLanguage(code)}`, code, '```');
    if (end < lines.length && lines[end].trim()) out.push('');
    i = end - 1;
  }
  return out.join('\n');
}

/**
 * Joins list markers left alone on their line with the text on the next line
 * ("-\nGradient flow: …" → "- Gradient flow: …"), as pages copied out of HTML lists come.
 * @example joinListMarkers('-\nFirst\n-\nSecond') // '- First\n- Second'
 */
export function joinListMarkers(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^(\s*)([-*+]|\d{1,3}[.)])\s*$/.exec(lines[i]);
    if (marker && i + 1 < lines.length && lines[i + 1].trim()) {
      out.push(`${marker[1]}${marker[2]} ${lines[i + 1].trim()}`);
      i++;
    } else if (marker)
      continue; // a marker with nothing after it is an empty item
    else out.push(lines[i]);
  }
  // A list must not run into the paragraph before it without a blank line in some readers: give it one.
  return out.join('\n').replace(/^([^\n\-*+\d\s][^\n]*)\n(- )/gm, '$1\n\n$2');
}

/** One question and its answer, from a Q&A article. */
export interface QuestionAnswer {
  question: string;
  answer: string;
}

/**
 * The questions of a Q&A article and their answers: `Question: …` lines (with `Answer:` after),
 * and lines that are a question on their own ("Why GELU over ReLU?"). Text before the first
 * question (the title) belongs to none. Code fences are never split.
 */
export function questionsAndAnswers(markdown: string): QuestionAnswer[] {
  const out: QuestionAnswer[] = [];
  let current: QuestionAnswer | undefined;
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const labelled = fence ? null : /^\s*(?:\*\*)?Q(?:uestion)?:(?:\*\*)?\s*(.+?)\s*$/i.exec(line);
    const bare =
      !fence &&
      !labelled &&
      /^[A-Z][^.!:\n]{5,150}\?\s*$/.test(line.trim()) &&
      !/^[-*+]\s|^\d+[.)]\s/.test(line.trim());
    if (labelled || bare) {
      current = { question: (labelled ? labelled[1] : line).trim(), answer: '' };
      out.push(current);
      continue;
    }
    if (!current) continue;
    current.answer += `${line.replace(/^\s*(?:\*\*)?A(?:nswer)?:(?:\*\*)?\s*/i, '')}\n`;
  }
  return out.map((qa) => ({ question: qa.question, answer: qa.answer.trim() })).filter((qa) => qa.answer);
}

const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+\S/;

/**
 * Text copied out of a web page or a chat comes one block per line, without blank lines:
 * Markdown would run those lines into one paragraph, and a paragraph after a list into the
 * list's last item. When most lines are long and unwrapped (the text was never hard-wrapped),
 * each line becomes its own block; consecutive list items stay one list, fences and display math
 * stay whole. Hard-wrapped Markdown is left as it is.
 */
export function separateBlocks(markdown: string): string {
  const lines = markdown.split('\n');
  let inFence = false;
  const prose = lines.filter((l) => {
    if (/^\s*(```|~~~)/.test(l)) inFence = !inFence;
    return !inFence && l.trim() && !/^\s*(```|~~~)/.test(l) && !LIST_ITEM.test(l);
  });
  const blank = lines.filter((l) => !l.trim()).length;
  const long = prose.filter((l) => l.length >= 80).length;
  if (prose.length < 3 || blank > lines.length / 4 || long < prose.length / 4) return markdown;
  const out: string[] = [];
  let fence = false;
  let math = false;
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const opensFence = /^\s*(```|~~~)/.test(line);
    const inside = fence || math;
    if (!inside && i > 0 && prev.trim() && line.trim() && !(LIST_ITEM.test(prev) && LIST_ITEM.test(line))) out.push('');
    out.push(line);
    if (opensFence) fence = !fence;
    else if (!fence && /^\s*\$\$\s*$/.test(line)) math = !math;
  });
  return out.join('\n');
}
