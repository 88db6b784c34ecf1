import { parseSrcset } from 'srcset';

/** The width, in CSS pixels, a `w` descriptor is measured against: about a page's (see `attribute-values.ts`). */
const pageWidth = 800;

/**
 * The one image a browser shows for an `<img>` with a `srcset` on a page of
 * standard density: the candidate whose density is the lowest at or above
 * 1 (`1x`, or no descriptor; a width counts against a page 800 pixels
 * wide, as with `sizes="100vw"`), else the densest. `src` is a `1x`
 * candidate when the set has neither one nor widths, as HTML says.
 * `allowed` leaves out candidates that cannot be used. `undefined` when no
 * candidate is left. Pure.
 */
export function srcsetImage(srcset: string, src: string | undefined, allowed: (url: string) => boolean): string | undefined {
  const candidates = parseSrcset(srcset).map(({ url, width, density }) => ({
    url,
    density: density ?? (width === undefined ? 1 : width / pageWidth),
    width,
  }));
  if (src !== undefined && candidates.every(({ density, width }) => density !== 1 && width === undefined))
    candidates.push({ url: src, density: 1, width: undefined });
  const usable = candidates.filter(({ url }) => allowed(url)).sort((a, b) => a.density - b.density);
  return (usable.find(({ density }) => density >= 1) ?? usable.at(-1))?.url;
}
