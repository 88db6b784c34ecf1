import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const standard = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

/** One structure element as a checker sees it. */
export interface Element {
  readonly dict: PDFDict;
  readonly ref: PDFRef | undefined;
  /** `/S` as written, and the standard type it is or maps to (`undefined`: none). */
  readonly type: string;
  readonly role: string | undefined;
  readonly parent: Element | undefined;
  readonly kids: readonly Element[];
  /** Marked content it owns directly: the stream (page or form) and the MCID. */
  readonly content: readonly { readonly stream: PDFObject | undefined; readonly mcid: number }[];
  /** Annotations it owns (`OBJR`). */
  readonly objects: readonly PDFObject[];
  readonly alt: string | undefined;
}

/** A document's structure tree, read independently of Folio's code, and what PDF/UA-1 says is wrong with it. */
export interface Structure {
  readonly elements: readonly Element[];
  readonly roleMap: Readonly<Record<string, string>>;
  /** The parent tree: each `/StructParent(s)` key's value, as stored. */
  readonly parentTree: ReadonlyMap<number, PDFObject>;
  readonly problems: readonly string[];
}

/** Read and check the structure tree: types mapped, lists, tables, parents, and the parent tree's agreement. */
export function readStructure(pdf: PDFDocument): Structure {
  const { context } = pdf;
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return { elements: [], roleMap: {}, parentTree: new Map(), problems: ['no StructTreeRoot (untagged)'] };
  const roleMapDict = root.lookup(PDFName.of('RoleMap'));
  const roleMap: Record<string, string> = {};
  if (roleMapDict instanceof PDFDict) for (const [key, value] of roleMapDict.entries()) roleMap[key.decodeText()] = String(value).slice(1);
  const roleOf = (type: string): string | undefined => {
    const seen = new Set<string>();
    for (let current: string | undefined = type; current; current = roleMap[current]) {
      if (standard.has(current)) return current;
      if (seen.has(current)) return undefined;
      seen.add(current);
    }
    return undefined;
  };
  const elements: Element[] = [];
  const problems: string[] = [];
  const visit = (dict: PDFDict, ref: PDFRef | undefined, parent: Element | undefined): Element => {
    const type = String(dict.get(PDFName.of('S')) ?? '').slice(1);
    const kids: Element[] = [];
    const content: { stream: PDFObject | undefined; mcid: number }[] = [];
    const objects: PDFObject[] = [];
    const alt = dict.lookup(PDFName.of('Alt'));
    const element: Element = { dict, ref, type, role: roleOf(type), parent, kids, content, objects, alt: alt ? decode(alt) : undefined };
    if (dict !== root) elements.push(element);
    const page = dict.get(PDFName.of('Pg'));
    const raw = dict.get(PDFName.of('K'));
    const items = raw === undefined ? [] : context.lookup(raw) instanceof PDFArray ? context.lookup(raw, PDFArray).asArray() : [raw];
    for (const item of items) {
      if (item instanceof PDFNumber) content.push({ stream: page, mcid: item.asNumber() });
      const kid = item instanceof PDFRef ? context.lookup(item) : item;
      if (!(kid instanceof PDFDict)) continue;
      const kidType = String(kid.get(PDFName.of('Type')) ?? '');
      if (kidType === '/MCR')
        content.push({
          stream: kid.get(PDFName.of('Stm')) ?? kid.get(PDFName.of('Pg')) ?? page,
          mcid: kid.lookup(PDFName.of('MCID'), PDFNumber).asNumber(),
        });
      else if (kidType === '/OBJR') objects.push(kid.get(PDFName.of('Obj')) ?? PDFName.of('missing'));
      else {
        if (dict !== root && String(kid.get(PDFName.of('P'))) !== String(ref))
          problems.push(`/${String(kid.get(PDFName.of('S'))).slice(1)} does not point back at its parent (/P)`);
        kids.push(visit(kid, item instanceof PDFRef ? item : undefined, dict === root ? undefined : element));
      }
    }
    return element;
  };
  visit(root, undefined, undefined);
  const parentTree = readParentTree(pdf, root);
  problems.push(...checkElements(elements, roleMap), ...checkParentTree(pdf, parentTree, elements));
  return { elements, roleMap, parentTree, problems };
}

/** PDF/UA-1's rules on types, lists, tables and figures (ISO 14289-1 7.1, 7.2, 7.3). */
function checkElements(elements: readonly Element[], roleMap: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const type of Object.keys(roleMap)) if (standard.has(type)) problems.push(`7.1-7: standard type /${type} is role-mapped`);
  for (const element of elements) {
    const kidRoles = element.kids.map((kid) => kid.role);
    if (!element.role) problems.push(`7.1-5: /${element.type} is not standard and not role-mapped to a standard type`);
    if (element.role === 'LI' && (element.content.length > 0 || kidRoles.some((role) => role !== 'Lbl' && role !== 'LBody'))) {
      problems.push(`7.2-20: LI holds ${[...kidRoles, ...element.content.map(() => 'content')].join(', ')}, not Lbl and LBody only`);
    }
    if (element.role === 'LI' && !kidRoles.includes('LBody')) problems.push('LI has no LBody: its text is not the item’s body');
    if (element.role === 'LI' && element.parent?.role !== 'L') problems.push(`7.2-17: LI inside ${element.parent?.role}`);
    if (element.role === 'LBody' && element.parent?.role !== 'LI') problems.push(`7.2-18: LBody inside ${element.parent?.role}`);
    if (element.role === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(element.parent?.role ?? ''))
      problems.push(`7.2-4: TR inside ${element.parent?.role}`);
    if ((element.role === 'TH' || element.role === 'TD') && element.parent?.role !== 'TR')
      problems.push(`7.2-8: ${element.role} inside ${element.parent?.role}`);
    if ((element.role === 'Figure' || element.role === 'Formula') && !element.alt?.trim() && !element.dict.has(PDFName.of('ActualText'))) {
      problems.push(`7.3-1: ${element.role} has no /Alt${element.kids.length > 0 ? ' (it groups other elements)' : ''}`);
    }
  }
  return problems;
}

/** Every marked-content kid is owned, in the parent tree, by the element that lists it (ISO 32000-1, 14.7.4.4). */
function checkParentTree(pdf: PDFDocument, tree: ReadonlyMap<number, PDFObject>, elements: readonly Element[]): string[] {
  const { context } = pdf;
  const problems: string[] = [];
  const claimed = new Set<string>();
  for (const element of elements) {
    for (const { stream, mcid } of element.content) {
      const owner = stream instanceof PDFRef ? context.lookup(stream) : undefined;
      const holder = owner instanceof PDFStream ? owner.dict : owner;
      const key = holder instanceof PDFDict ? holder.lookup(PDFName.of('StructParents')) : undefined;
      const owners = key instanceof PDFNumber ? context.lookup(tree.get(key.asNumber())) : undefined;
      const listed = owners instanceof PDFArray && mcid < owners.size() ? owners.get(mcid) : undefined;
      if (String(listed) !== String(element.ref))
        problems.push(
          `parent tree: MCID ${mcid} of ${String(stream)} belongs to ${String(listed)}, not to its /${element.type} ${String(element.ref)}`,
        );
      if (claimed.has(`${String(stream)}#${mcid}`)) problems.push(`MCID ${mcid} of ${String(stream)} is claimed twice`);
      claimed.add(`${String(stream)}#${mcid}`);
    }
  }
  return problems.slice(0, 20);
}

/** The parent tree's keys and values (`/Nums`, through `/Kids`). */
function readParentTree(pdf: PDFDocument, root: PDFDict): Map<number, PDFObject> {
  const tree = new Map<number, PDFObject>();
  const read = (node: PDFObject | undefined): void => {
    const dict = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) return;
    const nums = dict.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray)
      for (let index = 0; index + 1 < nums.size(); index += 2) tree.set(nums.lookup(index, PDFNumber).asNumber(), nums.get(index + 1));
    const kids = dict.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) kids.asArray().forEach(read);
  };
  read(root.get(PDFName.of('ParentTree')));
  return tree;
}

/** A text string's text. */
export function decode(value: PDFObject): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
