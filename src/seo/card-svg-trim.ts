// Removes work from satori's SVG that changes no pixel, before librsvg draws it.
//
// satori gives every element an overflow mask and, for an <img>, a clip path, each a rect of the
// element's own box. On the card's plot image librsvg honours the mask by drawing the image into
// an offscreen surface of the whole card and compositing it back: 16 of a card's 46 ms (measured
// on the site's 129 cards, one thread). An image cannot paint outside its own box, so a mask or
// clip that is exactly that box is a no-op, and the site's cards come out byte-identical without it.

type Box = { x: string; y: string; width: string; height: string };

const attrs = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

const sameBox = (a: Map<string, string>, box: Box) =>
  a.get('x') === box.x && a.get('y') === box.y && a.get('width') === box.width && a.get('height') === box.height;

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
    const box: Box = { x: a.get('x')!, y: a.get('y')!, width: a.get('width')!, height: a.get('height')! };
    if (Object.values(box).some((v) => v === undefined)) return tag;
    const maskId = refId(a.get('mask'));
    const clipId = refId(a.get('clip-path'));
    const mask = maskId && onlyRect(svg, 'mask', maskId);
    if (maskId && !(mask && sameBox(mask, box) && mask.get('fill') === '#fff' && mask.size === 5)) return tag;
    const clip = clipId && onlyRect(svg, 'clipPath', clipId);
    if (clipId && !(clip && sameBox(clip, box) && clip.size === 4)) return tag;
    return tag.replace(/ mask="[^"]*"/, '').replace(/ clip-path="[^"]*"/, '');
  });
}
