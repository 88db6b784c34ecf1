import type { Root } from 'hast';
import { h } from 'hastscript';
import { stringify } from '../hast/stringify.js';

/** A document the preview can show: its output name (`desk/two`) and Markdown file. */
export interface PreviewDocument {
  /** The output name: the PDF is `<outDir>/<name>.pdf`. */
  readonly name: string;
  /** The Markdown file, relative to the working folder. */
  readonly source: string;
  /** Its title, once a build has told it. */
  readonly title?: string | undefined;
}

/** The URL path of a document's preview page. */
export function viewPath(name: string): string {
  return `/view/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The URL path of a document's PDF, as the preview serves it. */
function pdfPath(name: string): string {
  return `/pdf/${name.split('/').map(encodeURIComponent).join('/')}.pdf`;
}

/** The page that shows one document's print edition: Folio's own UI and script; names enter as text. */
export function viewerPage(document: PreviewDocument): string {
  return page(`${document.title ?? document.name} · Folio preview`, [
    h('header', [h('a', { href: '/' }, 'Folio'), h('h1', document.source), h('span#status', 'Loading…')]),
    h('pre#problems', { hidden: true, role: 'alert' }),
    h('main#pages', { dataPdf: pdfPath(document.name), dataName: document.name, ariaLive: 'polite' }),
    h('script', { type: 'module', src: '/_folio/preview.js' }),
  ]);
}

/** The list of documents, each linking to its preview. */
export function indexPage(documents: readonly PreviewDocument[]): string {
  return page('Folio preview', [
    h('header', [h('h1', 'Folio preview')]),
    h(
      'ul.documents',
      documents.length === 0
        ? [h('li', 'No documents yet.')]
        : documents.map((document) =>
            h('li', [
              h('a', { href: viewPath(document.name) }, document.title ?? document.source),
              ...(document.title === undefined ? [] : [' ', h('span.source', document.source)]),
            ]),
          ),
    ),
  ]);
}

function page(title: string, body: ReturnType<typeof h>[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', title),
          // No favicon request: the preview serves nothing it does not need.
          h('link', { rel: 'icon', href: 'data:,' }),
          h('link', { rel: 'stylesheet', href: '/_folio/preview.css' }),
        ]),
        h('body', body),
      ]),
    ],
  };
  return stringify(tree);
}
