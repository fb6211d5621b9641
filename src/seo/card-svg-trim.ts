// Removes work from satori's SVG that changes no pixel, before librsvg draws it.
//
// satori gives every element an overflow mask and, for an <img>, a clip path, each a rect of the
// element's own box. On the card's plot image librsvg honours the mask by drawing the image into
// an offscreen surface of the whole card and compositing it back: 16 of a card's 46 ms (measured
// on the site's 129 cards, one thread). An image cannot paint outside its own box, so a mask or
// clip that is exactly that box is a no-op, and the site's cards come out byte-identical without it.

const attrs = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** Whether `rect` has exactly the attributes `want`, with those values, and no others. */
const exactly = (rect: Map<string, string> | undefined, want: Record<string, string>) =>
  rect !== undefined &&
  rect.size === Object.keys(want).length &&
  Object.entries(want).every(([k, v]) => rect.get(k) === v);

/** The attributes of the rect that `<kind id="id">` holds, when it holds one rect and nothing else. */
function onlyRect(svg: string, kind: 'mask' | 'clipPath', id: string): Map<string, string> | undefined {
  // `id` is [\w-]+ (refId), so it needs no escaping in the pattern.
  const m = new RegExp(`<${kind} id="${id}"><rect ([^>]*)/></${kind}>`).exec(svg);
  return m ? attrs(m[1]) : undefined;
}

/** A reference `url(#id)` as its id. */
const refId = (value: string | undefined) => /^url\(#([\w-]+)\)$/.exec(value ?? '')?.[1];

/**
 * `svg` with the mask and clip path dropped from each <image> whose mask (a white rect) and clip
 * (a rect) are exactly the image's box. Anything else is left as satori wrote it.
 */
export function trimCardSvg(svg: string): string {
  return svg.replace(/<image [^>]*\/>/g, (tag) => {
    const a = attrs(tag);
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => a.get(name));
    if (x === undefined || y === undefined || width === undefined || height === undefined) return tag;
    const box = { x, y, width, height };
    const maskId = refId(a.get('mask'));
    if (maskId && !exactly(onlyRect(svg, 'mask', maskId), { ...box, fill: '#fff' })) return tag;
    const clipId = refId(a.get('clip-path'));
    if (clipId && !exactly(onlyRect(svg, 'clipPath', clipId), box)) return tag;
    return tag.replace(/ mask="[^"]*"/, '').replace(/ clip-path="[^"]*"/, '');
  });
}
