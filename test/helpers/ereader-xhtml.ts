import { fromXml } from 'xast-util-from-xml';
import type { Publication } from '../../src/model.js';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { toXhtml } from '../../src/writers/epub/epub-xhtml.js';

const theme = await loadTheme('default');

/**
 * A publication's e-reader edition in the default theme, as one XHTML
 * document with the namespaces of an EPUB's, for an XML parser to check.
 */
export function ereaderXhtml(publication: Publication): string {
  const body = render(publication, theme)
    .ereader.map((tree) => toXhtml(tree))
    .join('');
  return `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>${body}</body></html>`;
}

/** Whether text is well-formed XML, as an EPUB reader's parser needs it: `true`, or the parser's reason. */
export function wellFormed(xml: string): true | string {
  try {
    fromXml(xml);
    return true;
  } catch (error) {
    return String(error);
  }
}
