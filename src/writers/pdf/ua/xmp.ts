/** What the XMP packet says: the same values the document information dictionary gets. */
export interface XmpFields {
  readonly title: string;
  readonly creators: readonly string[];
  readonly description: string | undefined;
  readonly keywords: readonly string[];
  /** BCP 47 tag. */
  readonly language: string;
  readonly created: Date;
  readonly modified: Date;
  readonly creatorTool: string;
  readonly producer: string;
  /** `urn:uuid:…`, the document's identifier. */
  readonly documentId: string | undefined;
  /** Whether the file claims PDF/UA-1 (`pdfuaid:part` 1): only a tagged, finished main PDF does. */
  readonly pdfUa: boolean;
}

/** XMP's date form, to the second in UTC, as the information dictionary has it. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An XMP packet (ISO 16684-1) with Dublin Core, XMP basic, Adobe PDF and
 * PDF/UA identification, as UTF-8 bytes, with the customary padding so that
 * tools can edit it in place. Text is escaped for XML, and characters XML
 * cannot hold are dropped.
 */
export function xmpPacket(fields: XmpFields): Uint8Array {
  const properties = [
    '<dc:format>application/pdf</dc:format>',
    alternative('dc:title', fields.title),
    list('dc:creator', 'Seq', fields.creators),
    fields.description ? alternative('dc:description', fields.description) : '',
    list('dc:subject', 'Bag', fields.keywords),
    list('dc:language', 'Bag', [fields.language]),
    simple('xmp:CreateDate', xmpDate(fields.created)),
    simple('xmp:ModifyDate', xmpDate(fields.modified)),
    simple('xmp:MetadataDate', xmpDate(fields.modified)),
    simple('xmp:CreatorTool', fields.creatorTool),
    simple('pdf:Producer', fields.producer),
    fields.keywords.length > 0 ? simple('pdf:Keywords', fields.keywords.join(', ')) : '',
    fields.documentId ? simple('xmpMM:DocumentID', fields.documentId) : '',
    fields.pdfUa ? simple('pdfuaid:part', '1') : '',
  ].filter(Boolean);
  const xml = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    ...properties.map((property) => `  ${property}`),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    `${' '.repeat(99)}\n`.repeat(20) + '<?xpacket end="w"?>',
  ].join('\n');
  return new TextEncoder().encode(xml);
}

function simple(tag: string, value: string): string {
  return `<${tag}>${escape(value)}</${tag}>`;
}

function alternative(tag: string, value: string): string {
  return `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escape(value)}</rdf:li></rdf:Alt></${tag}>`;
}

function list(tag: string, kind: 'Seq' | 'Bag', values: readonly string[]): string {
  const items = values.filter(Boolean).map((value) => `<rdf:li>${escape(value)}</rdf:li>`);
  return items.length > 0 ? `<${tag}><rdf:${kind}>${items.join('')}</rdf:${kind}></${tag}>` : '';
}

/** Text as XML character data: markup escaped, characters XML 1.0 forbids dropped. */
function escape(text: string): string {
  return Array.from(text)
    .filter((char) => allowedInXml(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** XML 1.0's `Char`: tab, line feed, carriage return, and everything from space on but U+FFFE and U+FFFF. */
function allowedInXml(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}
