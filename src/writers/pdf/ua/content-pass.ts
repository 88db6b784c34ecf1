import { PDFRef, type PDFDict, type PDFDocument, type PDFStream } from 'pdf-lib';
import { pageContent } from './content-streams.js';
import { identity, multiply, type Matrix } from './geometry.js';
import { entry, numbersOf, pdfName } from './pdf-values.js';
import { ResourceCache } from './resources.js';
import { scanContent, type FormUse, type ScanResult } from './scan-content.js';
import type { TextRun } from './text-run.js';
import type { ArtifactKind } from './untagged-runs.js';

/** A rectangle `[left, bottom, right, top]` in PDF points. */
export type Box = readonly [number, number, number, number];

/** A content stream the pass read, with what it found there. */
export interface Scope extends ScanResult {
  /** The page's reference, or the form's: what the structure tree's marked-content kids name. */
  readonly key: string;
  readonly page: PDFDict | undefined;
  readonly form: { readonly ref: PDFRef; readonly stream: PDFStream } | undefined;
  readonly bytes: Uint8Array;
  /** For a form: whether each time it is painted, it is painted inside tagged content or an artifact. */
  readonly uses: boolean[];
}

/** What to read. */
export interface ContentPassOptions {
  /** MCIDs whose text and `BDC` positions to collect, by scope key. */
  readonly wanted: ReadonlyMap<string, ReadonlySet<number>>;
  /** The box of each page's body (0-based index): marks outside it are page furniture. */
  readonly contentBox: (pageIndex: number) => Box | undefined;
}

/**
 * Read every page's content, and every tagged form it paints, once: the
 * scopes with their untagged content and the wanted MCIDs' text.
 */
export function readContent(pdf: PDFDocument, options: ContentPassOptions): Scope[] {
  const { context } = pdf;
  const cache = new ResourceCache(context);
  const scopes: Scope[] = [];
  const forms = new Map<string, Scope>();
  pdf.getPages().forEach((page, index) => {
    const classify = classifier(options.contentBox(index));
    const pageResources = page.node.Resources();
    const key = String(page.ref);
    const bytes = pageContent(context, page.node);
    const found = scanContent({
      bytes,
      resources: cache.scope(pageResources),
      ctm: identity,
      inherited: false,
      wanted: options.wanted.get(key),
      classify,
    });
    scopes.push({ ...found, key, page: page.node, form: undefined, bytes, uses: [] });
    const queue: FormUse[] = [...found.forms];
    for (let use = queue.shift(); use !== undefined; use = queue.shift()) {
      const { ref, form } = use.use;
      if (!(ref instanceof PDFRef) || form === undefined) continue;
      const known = forms.get(String(ref));
      if (known) {
        known.uses.push(use.covered);
        continue;
      }
      const formBytes = cache.bytes(form);
      const ctm = multiply(formMatrix(pdf, form), use.ctm);
      const resources = cache.scope(form.dict.get(pdfName('Resources')) ?? pageResources);
      const wanted = options.wanted.get(String(ref));
      // Scanned as if painted in the open; `uses` says whether that holds when the scope is rewritten.
      const scanned = scanContent({ bytes: formBytes, resources, ctm, inherited: false, wanted, classify });
      const scope: Scope = {
        ...scanned,
        key: String(ref),
        page: undefined,
        form: { ref, stream: form },
        bytes: formBytes,
        uses: [use.covered],
      };
      forms.set(scope.key, scope);
      scopes.push(scope);
      queue.push(...scanned.forms);
    }
  });
  return scopes;
}

/** The text of every wanted MCID, by scope key and MCID. */
export function textsOf(scopes: readonly Scope[]): Map<string, ReadonlyMap<number, TextRun>> {
  return new Map(scopes.map((scope) => [scope.key, scope.texts]));
}

/** A form's `/Matrix`, identity when it has none. */
function formMatrix(pdf: PDFDocument, form: PDFStream): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbersOf(pdf.context, entry(pdf.context, form.dict, 'Matrix')) ?? [];
  return [a, b, c, d, e, f];
}

/** Tell a page's furniture from its body: above the body is a header, below it a footer, beside it the margin. */
function classifier(box: Box | undefined): (x: number, y: number) => ArtifactKind {
  if (box === undefined) return () => 'body';
  const [left, bottom, right, top] = box;
  return (x, y) => {
    if (Number.isNaN(x) || Number.isNaN(y)) return 'body';
    if (y > top) return 'header';
    if (y < bottom) return 'footer';
    return x < left || x > right ? 'margin' : 'body';
  };
}
