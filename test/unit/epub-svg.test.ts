import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../src/assets/image-types.js';
import { withoutOutsideReferences } from '../../src/hast/svg-references.js';
import { cleanSvg } from '../../src/writers/epub/epub-svg.js';

const dirty = readFileSync(new URL('../fixtures/epub-book/images/diagram.svg', import.meta.url));

describe('cleanSvg', () => {
  const clean = new TextDecoder().decode(cleanSvg(dirty));

  it('removes the DOCTYPE, comments, scripts, event handlers and editor namespaces', () => {
    for (const unwanted of ['<!DOCTYPE', '<!--', '<script', 'onload=', 'inkscape:']) expect(dirty.toString()).toContain(unwanted);
    expect(clean).not.toMatch(/<!DOCTYPE|<!--|<script|onload|inkscape/);
  });

  it('keeps the drawing, its namespaces and internal references', () => {
    expect(
      clean.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 240 120"',
      ),
    ).toBe(true);
    expect(clean).toContain('<use xlink:href="#stage" x="80" />');
    expect(clean).toContain('<stop offset="0" stop-color="#2a6f97" />');
    expect(sniffImageType(new TextEncoder().encode(clean))).toBe('image/svg+xml');
  });

  it('drops links that leave the image', () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/><a href="javascript:alert(1)"><rect/></a></svg>',
    );
    expect(new TextDecoder().decode(cleanSvg(svg))).not.toMatch(/example\.com|javascript|<a/);
  });

  it('drops CSS that leads outside the image, in style sheets, style attributes and presentation attributes, keeping its own parts', () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>' +
        '<style>@import url(http://evil.example/a.css); @import "HTTP://evil.example/b.css"; rect { fill: url(https://evil.example/f.svg#g); stroke: red } circle { fill: url(#g) }' +
        ' @font-face { font-family: X; src: url(file:///etc/font.woff) }</style>' +
        '<rect style="fill: url(//evil.example/s.svg#x); stroke: blue" filter="url(http://evil.example/f.svg#f)" mask="url(#g)"/></svg>',
    );
    const clean = new TextDecoder().decode(cleanSvg(svg));
    expect(clean).not.toMatch(/evil|file:|@import/i);
    for (const kept of ['rect{stroke:red}', 'circle{fill:url(#g)}', 'style="stroke:blue"', 'mask="url(#g)"']) expect(clean).toContain(kept);
  });

  it('leaves an image that refers to nothing outside it as it came', () => {
    expect(withoutOutsideReferences(dirty)).toEqual({ bytes: dirty, removed: [] });
  });

  it('makes ids valid XML names and unique, keeping references to them working', () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="1 grad"/></defs><g id="形状"><rect fill="url(#1 grad)"/></g><g id="形状"/><use href="#形状"/></svg>',
    );
    const clean = new TextDecoder().decode(cleanSvg(svg));
    expect(clean.match(/id="[^"]*"/g)).toEqual(['id="_1_grad"', 'id="形状"', 'id="形状-1"']);
    expect(clean).toContain('fill="url(#_1_grad)"');
    expect(clean).toContain('href="#形状"');
  });
});
