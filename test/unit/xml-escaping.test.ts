import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { visit } from 'unist-util-visit';
import { cleanSvg } from '../../src/writers/epub/epub-svg.js';
import { ereaderXhtml, wellFormed } from '../helpers/ereader-xhtml.js';
import { prepare } from '../helpers/pipeline.js';

/** The text of an XML document as a parser reads it. */
function textOf(xml: string): string {
  let text = '';
  visit(fromXml(xml), 'text', (node) => {
    text += node.value;
  });
  return text;
}

/** Content outside markup: the text between `>` and `<` of the XML. */
function contentOf(xml: string): string[] {
  return [...xml.matchAll(/>([^<]*)</g)].map((match) => match[1] ?? '');
}

describe('the text `]]>` in the EPUB', () => {
  it('is escaped in the XHTML as the XML specification says, and reads back as written', async () => {
    const xhtml = ereaderXhtml(await prepare('---\ntitle: T\n---\n\nEnd a CDATA section with ]]> and `x]]>]]>y`.\n'));
    expect(contentOf(xhtml).filter((text) => text.includes(']]>'))).toEqual([]);
    expect(wellFormed(xhtml)).toBe(true);
    expect(textOf(xhtml)).toContain('End a CDATA section with ]]> and x]]>]]>y.');
  });

  it('is escaped in an SVG image, in its text and in its style sheet', () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><style>text::after { content: "]]>" }</style><text>a ]]> b</text></svg>',
    );
    const xml = new TextDecoder().decode(cleanSvg(svg));
    expect(contentOf(xml).filter((text) => text.includes(']]>'))).toEqual([]);
    expect(textOf(xml)).toBe('text::after { content: "]]>" }a ]]> b');
  });
});
