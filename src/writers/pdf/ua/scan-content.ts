import type { PDFRef, PDFStream } from 'pdf-lib';
import { lexContent } from './content-lexer.js';
import type { FontDecoder } from './font-text.js';
import { Geometry, type Matrix } from './geometry.js';
import { MarkStack, markProperties, type NamedProperties } from './marked-content.js';
import { Kind, nameIs, nameText, stringBytes, type Operands } from './operands.js';
import { Op, paints, showsText } from './operators.js';
import { TextRun } from './text-run.js';
import { UntaggedRuns, type ArtifactGroup, type ArtifactKind } from './untagged-runs.js';

/** An XObject a stream paints: a form that holds tagged content is walked on its own; anything else is painted content. */
export interface XObjectUse {
  readonly ref: PDFRef | undefined;
  readonly form: PDFStream | undefined;
  /** A form with marked-content sequences of its own (Chromium's layers: opacity, SVG). */
  readonly tagged: boolean;
}

/** What a content stream's names stand for, resolved (and cached) by the caller. */
export interface ScopeResources {
  readonly properties: NamedProperties;
  font(name: string): FontDecoder | undefined;
  xobject(name: string): XObjectUse | undefined;
}

/** A tagged form painted by the stream: where, and whether inside covered content. */
export interface FormUse {
  readonly use: XObjectUse;
  readonly ctm: Matrix;
  readonly covered: boolean;
}

/** What to scan, and how. */
export interface ScanInput {
  readonly bytes: Uint8Array;
  readonly resources: ScopeResources;
  /** The matrix the stream starts with: the page's, or where a form is painted. */
  readonly ctm: Matrix;
  /** Whether the stream is painted inside an MCID sequence or an artifact. */
  readonly inherited: boolean;
  /** MCIDs whose text and `BDC` positions are wanted. */
  readonly wanted: ReadonlySet<number> | undefined;
  /** What an untagged mark at a point of the page is. */
  readonly classify: (x: number, y: number) => ArtifactKind;
}

/** What a scan found. */
export interface ScanResult {
  /** Untagged content, cut into groups to mark as artifacts. */
  readonly groups: readonly ArtifactGroup[];
  /** The text of each wanted MCID. */
  readonly texts: ReadonlyMap<number, TextRun>;
  /** The byte ranges of the `BDC` operators of wanted MCIDs. */
  readonly marks: ReadonlyMap<number, readonly { readonly start: number; readonly end: number }[]>;
  /** Tagged forms the stream paints. */
  readonly forms: readonly FormUse[];
}

/**
 * Read a content stream once: follow its marked content and geometry,
 * collect its untagged content as artifact groups, the text and `BDC`
 * positions of the wanted MCIDs, and the tagged forms it paints.
 */
export function scanContent(input: ScanInput): ScanResult {
  const { bytes, resources, wanted, classify } = input;
  const stack = new MarkStack(input.inherited);
  const geometry = new Geometry(input.ctm);
  const runs = new UntaggedRuns();
  const texts = new Map<number, TextRun>();
  const marks = new Map<number, { start: number; end: number }[]>();
  const forms: FormUse[] = [];
  const textOf = (mcid: number): TextRun => texts.get(mcid) ?? texts.set(mcid, new TextRun()).get(mcid) ?? new TextRun();
  const place = (glyphs: number): { x: number; y: number; size: number; glyphs: number } => ({
    ...{ x: geometry.textX, y: geometry.textY },
    ...{ size: geometry.textSize, glyphs },
  });
  let font: FontDecoder | undefined;
  let inText = false;
  // Chromium sets the font in every text object, mostly the same one: read its name only when it changes.
  let fontName = '';
  const fontNamed = (operands: Operands): FontDecoder | undefined => {
    const [start, end] = [operands.starts[0] ?? 0, operands.ends[0] ?? 0];
    if (operands.kind(0) !== Kind.name) return undefined;
    if (!nameIs(bytes, start, end, fontName)) fontName = nameText(bytes, start, end);
    return resources.font(fontName);
  };
  lexContent(bytes, (code, start, end, operands) => {
    if (code === Op.BMC || code === Op.BDC) {
      runs.flush();
      const properties = markProperties(bytes, operands, resources.properties);
      if (properties.mcid !== undefined && wanted?.has(properties.mcid)) {
        marks.set(properties.mcid, [...(marks.get(properties.mcid) ?? []), { start, end }]);
      }
      stack.open(properties);
      const owner = stack.owner;
      if (properties.actualText !== undefined && owner !== undefined && wanted?.has(owner))
        textOf(owner).append(properties.actualText, place(1));
      return;
    }
    if (code === Op.EMC) {
      runs.flush();
      stack.close();
      return;
    }
    const covered = stack.covered;
    const wasInText = inText;
    geometry.update(code, operands, !covered);
    if (code === Op.BT) inText = true;
    else if (code === Op.ET) inText = false;
    else if (code === Op.Tf) font = fontNamed(operands);
    else if (showsText(code) && wanted !== undefined && stack.owner !== undefined && wanted.has(stack.owner) && !stack.replaced) {
      const shown = shownText(bytes, operands, font);
      textOf(stack.owner).append(shown.text, place(shown.glyphs));
    } else if (code === Op.Do) {
      const use =
        operands.kind(0) === Kind.name ? resources.xobject(nameText(bytes, operands.starts[0] ?? 0, operands.ends[0] ?? 0)) : undefined;
      if (use?.tagged) {
        runs.flush();
        forms.push({ use, ctm: geometry.ctm, covered });
        return;
      }
    }
    if (covered) return;
    const kind = paints(code) ? classify(geometry.centreX, geometry.centreY) : undefined;
    runs.add({ code, start, end, kind }, wasInText);
  });
  runs.flush();
  return { groups: runs.groups, texts, marks, forms };
}

/** The text a text-showing operator shows (a `TJ`'s strings, with a space for a wide gap), and its glyph count. */
function shownText(bytes: Uint8Array, operands: Operands, font: FontDecoder | undefined): { text: string; glyphs: number } {
  let text = '';
  let glyphs = 0;
  for (let index = 0; index < operands.count; index++) {
    const kind = operands.kind(index);
    if (kind === Kind.number && operands.number(index) < -300 && text !== '' && operands.kind(0) === Kind.arrayOpen) text += ' ';
    if (kind !== Kind.literal && kind !== Kind.hex) continue;
    const string = stringBytes(bytes, operands.starts[index] ?? 0, operands.ends[index] ?? 0, kind);
    const read = font ? font(string) : { text: String.fromCharCode(...string), glyphs: string.length };
    text += read.text;
    glyphs += read.glyphs;
  }
  return { text, glyphs };
}
