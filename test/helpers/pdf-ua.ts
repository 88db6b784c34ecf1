/**
 * A PDF/UA-1 reading of a PDF, for tests: the machine-checkable parts of
 * ISO 14289-1 that veraPDF's profile covers and that a user can check by
 * hand with a PDF inspector, read independently of Folio's own code (pdf-lib
 * for objects, pdf.js for content, an XML parser for XMP). Passing it is
 * necessary, not sufficient: fonts' programs and the human checkpoints of
 * the Matterhorn Protocol are not covered.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument as Document } from 'pdf-lib';
import { readContent, type PageContent } from './pdf-ua-content.js';
import { decode, readStructure, type Structure } from './pdf-ua-structure.js';
import { readXmp, type Xmp } from './pdf-ua-xmp.js';

const run = promisify(execFile);

/** A link annotation as a screen reader announces it. */
export interface LinkAnnotation {
  /** 1-based. */
  readonly page: number;
  readonly contents: string | undefined;
  readonly uri: string | undefined;
  /** The structure element that owns it (through `/StructParent`), by standard type. */
  readonly owner: string | undefined;
  /** The owner, to tell one link's annotations from another's. */
  readonly ownerRef: string | undefined;
}

/** Everything the tests look at. */
export interface PdfUa {
  readonly header: string;
  /** The document information dictionary: Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate (ISO 8601). */
  readonly info: Readonly<Record<string, string | undefined>>;
  readonly xmp: Xmp | undefined;
  readonly lang: string | undefined;
  readonly structure: Structure;
  readonly pages: readonly PageContent[];
  readonly links: readonly LinkAnnotation[];
  /** What a PDF/UA-1 checker would report, each with its clause. */
  readonly problems: readonly string[];
}

/** Read a PDF file as a PDF/UA-1 checker would. */
export async function readPdfUa(file: string): Promise<PdfUa> {
  const { PDFDocument } = await import('pdf-lib');
  const bytes = new Uint8Array(await readFile(file));
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const structure = readStructure(pdf);
  const pages = await readContent(bytes, pdf);
  const info = {
    Title: pdf.getTitle(),
    Author: pdf.getAuthor(),
    Subject: pdf.getSubject(),
    Keywords: pdf.getKeywords(),
    Creator: pdf.getCreator(),
    Producer: pdf.getProducer(),
    CreationDate: pdf.getCreationDate()?.toISOString().replace('.000Z', 'Z'),
    ModDate: pdf.getModificationDate()?.toISOString().replace('.000Z', 'Z'),
  };
  const xmp = readXmp(pdf);
  const lang = pdf.catalog.lookup(PDFName.of('Lang'));
  const links = readLinks(pdf, structure);
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  const problems = [
    ...metadataProblems(pdf, info, xmp),
    ...structure.problems,
    ...pages.flatMap((page) => [
      ...(page.untagged.length > 0
        ? [
            `7.1-3: page ${page.page} paints ${page.untagged.length} things neither tagged nor artifact: ${page.untagged.slice(0, 3).join(', ')}`,
          ]
        : []),
      ...page.nesting.map((nesting) => `7.1-1/2: page ${page.page}: ${nesting}`),
    ]),
    ...linkProblems(pdf, links, structure),
  ];
  return { header, info, xmp, lang: lang ? decode(lang) : undefined, structure, pages, links, problems };
}

/** `qpdf --check`'s verdict: `clean`, or what it said. */
export async function qpdfCheck(file: string): Promise<string> {
  const { stdout, stderr } = await run('qpdf', ['--check', file]).catch((error: unknown) => ({ stdout: String(error), stderr: '' }));
  return stdout.includes('No syntax or stream encoding errors found') && !/WARNING/i.test(stdout + stderr) ? 'clean' : stdout + stderr;
}

/** Catalog and metadata: ISO 14289-1 5 (pdfuaid), 7.1-8 to 7.1-11, 7.2-33 (language). */
function metadataProblems(pdf: Document, info: Readonly<Record<string, string | undefined>>, xmp: Xmp | undefined): string[] {
  const flag = (dict: string, key: string): boolean | undefined => {
    const value = pdf.catalog.lookup(PDFName.of(dict));
    const found = value instanceof PDFDict ? value.lookup(PDFName.of(key)) : undefined;
    return found instanceof PDFBool ? found.asBoolean() : undefined;
  };
  const problems: string[] = [];
  if (!xmp) return ['7.1-8: the catalog has no XMP /Metadata stream'];
  if (xmp.type !== 'Metadata' || xmp.subtype !== 'XML') problems.push('7.1-8: /Metadata is not /Type /Metadata /Subtype /XML');
  if (xmp.properties['pdfuaid:part'] !== '1') problems.push('5: XMP has no pdfuaid:part 1');
  if (!xmp.properties['dc:title']) problems.push('7.1-9: XMP has no dc:title');
  if (flag('ViewerPreferences', 'DisplayDocTitle') !== true) problems.push('7.1-10: /DisplayDocTitle is not true');
  if (flag('MarkInfo', 'Marked') !== true) problems.push('7.1-11: /MarkInfo /Marked is not true');
  if (flag('MarkInfo', 'Suspects') === true) problems.push('7.1-11: /MarkInfo /Suspects is true');
  if (!pdf.catalog.has(PDFName.of('Lang'))) problems.push('7.2-33: the catalog has no /Lang');
  const agree = {
    Title: 'dc:title',
    Subject: 'dc:description',
    Producer: 'pdf:Producer',
    Creator: 'xmp:CreatorTool',
    CreationDate: 'xmp:CreateDate',
    ModDate: 'xmp:ModifyDate',
    Keywords: 'pdf:Keywords',
  };
  for (const [key, property] of Object.entries(agree)) {
    const value = xmp.properties[property];
    if (info[key] !== (Array.isArray(value) ? value.join(', ') : value))
      problems.push(`Info /${key} ${JSON.stringify(info[key])} and XMP ${property} ${JSON.stringify(value)} differ`);
  }
  const creators = xmp.properties['dc:creator'];
  if (info['Author'] !== (Array.isArray(creators) ? creators.join(', ') : creators))
    problems.push('Info /Author and XMP dc:creator differ');
  return problems;
}

/** Every link annotation of the document, with its description and its owner in the structure tree. */
function readLinks(pdf: Document, structure: Structure): LinkAnnotation[] {
  const owners = new Map(structure.elements.map((element) => [String(element.ref), element]));
  return pdf.getPages().flatMap((page, index) => {
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray)) return [];
    return annotations.asArray().flatMap((ref): LinkAnnotation[] => {
      const annotation = pdf.context.lookup(ref);
      if (!(annotation instanceof PDFDict) || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) return [];
      const key = annotation.lookup(PDFName.of('StructParent'));
      const owner = key instanceof PDFNumber ? structure.parentTree.get(key.asNumber()) : undefined;
      const element = owner instanceof PDFRef ? owners.get(String(owner)) : undefined;
      const contents = annotation.lookup(PDFName.of('Contents'));
      const action = annotation.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      const claimed = element?.objects.some((object) => String(object) === String(ref));
      return [
        {
          page: index + 1,
          contents: contents ? decode(contents) : undefined,
          uri: uri ? decode(uri) : undefined,
          owner: claimed ? element?.role : undefined,
          ownerRef: claimed ? String(element?.ref) : undefined,
        },
      ];
    });
  });
}

/**
 * Link annotations: 7.18.5-1 (in a Link element, through an OBJR), 7.18.5-2 (`/Contents`), 7.18.3-1 (`/Tabs /S`);
 * and every OBJR names an annotation that is on a page.
 */
function linkProblems(pdf: Document, links: readonly LinkAnnotation[], structure: Structure): string[] {
  const problems = links.flatMap((link) => [
    ...(link.owner === 'Link'
      ? []
      : [`7.18.5-1: a link on page ${link.page} belongs to ${link.owner ?? 'no structure element'}, not to a Link`]),
    ...(link.contents?.trim() ? [] : [`7.18.5-2: a link on page ${link.page} has no /Contents`]),
  ]);
  pdf.getPages().forEach((page, index) => {
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (annotations instanceof PDFArray && annotations.size() > 0 && page.node.get(PDFName.of('Tabs')) !== PDFName.of('S')) {
      problems.push(`7.18.3-1: page ${index + 1} has annotations but no /Tabs /S`);
    }
  });
  const onPages = new Set(pdf.getPages().flatMap((page) => page.node.Annots()?.asArray().map(String) ?? []));
  for (const element of structure.elements) {
    const lost = element.objects.filter((object) => !onPages.has(String(object)));
    if (lost.length > 0) problems.push(`a /${element.type} owns ${lost.length} annotation(s) on no page`);
  }
  return problems;
}
