/**
 * Whole-site files written piece by piece. V8 caps a string at 2^29 − 24 UTF-16 units (~537 million): at
 * the benchmark's ~7.8 and ~6.6 KB a term, `/llms-full.txt` and `/glossary.json` pass that near
 * 70,000 and 80,000 terms, and joining or stringifying them whole threw "Invalid string length". An
 * endpoint returns `new Response(textStream(pieces))` instead: each piece is made and encoded only when
 * Astro reads it, and no string holds the whole file.
 */

/** A byte stream of `pieces`, UTF-8 encoded, each produced when the reader asks for it. */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/**
 * The JSON text of `{ ...head, [key]: [...items] }` in pieces, one per item: exactly the bytes of
 * `JSON.stringify` of that object (`key` goes last, as an object literal ending with it would print),
 * without the whole array or its text in memory.
 * @example [...jsonWithItems({ a: 1 }, 'terms', [{ b: 2 }])].join('') === '{"a":1,"terms":[{"b":2}]}'
 */
export function* jsonWithItems(
  head: Record<string, unknown>,
  key: string,
  items: Iterable<unknown>,
): Generator<string> {
  if (Object.hasOwn(head, key)) throw new Error(`jsonWithItems: "${key}" is already a key of the head`);
  const opening = JSON.stringify({ ...head, [key]: [] });
  // `…"key":[]}` → `…"key":[`, then the items, then `]}`.
  yield opening.slice(0, -2);
  let first = true;
  for (const item of items) {
    // As in JSON.stringify, an item with no JSON form (undefined, a function) is written as null.
    yield `${first ? '' : ','}${JSON.stringify(item) ?? 'null'}`;
    first = false;
  }
  yield ']}';
}
