import type { PDFContext } from 'pdf-lib';
import { compress, setFormContent, setPageContent } from './content-streams.js';
import type { Scope } from './content-pass.js';
import type { ArtifactKind } from './untagged-runs.js';

/** A change to a content stream: bytes `start..end` replaced by `text` (an insertion when they are equal). */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What the rewrite did. */
export interface RewriteReport {
  /** Artifacts marked, by kind. */
  readonly artifacts: Readonly<Record<ArtifactKind, number>>;
  /** Artifacts in the body that show text, which the tags will not read (CSS generated content, say). */
  readonly bodyText: number;
  /** Forms painted both inside and outside tagged content: left as they are. */
  readonly mixedForms: number;
}

const openers: Readonly<Record<ArtifactKind, string>> = {
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC\n',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n',
  margin: '/Artifact <</Type /Pagination>> BDC\n',
  body: '/Artifact BMC\n',
};

/**
 * Write the content streams that change: untagged content marked as
 * artifacts, and the given MCID sequences (`demote`, by scope key: the
 * `BDC` operators' byte ranges) turned into artifacts. Nothing else of the
 * document is touched.
 */
export function rewriteContent(
  context: PDFContext,
  scopes: readonly Scope[],
  demote: ReadonlyMap<string, readonly { readonly start: number; readonly end: number }[]>,
): RewriteReport {
  const artifacts: Record<ArtifactKind, number> = { header: 0, footer: 0, margin: 0, body: 0 };
  let bodyText = 0;
  let mixedForms = 0;
  for (const scope of scopes) {
    const inTheOpen = scope.uses.every((covered) => !covered);
    if (!inTheOpen && scope.uses.some((covered) => !covered)) mixedForms++;
    const groups = inTheOpen ? scope.groups : [];
    const edits: Edit[] = [
      ...groups.flatMap((group) => [
        { start: group.start, end: group.start, text: openers[group.kind] },
        { start: group.end, end: group.end, text: '\nEMC\n' },
      ]),
      ...(demote.get(scope.key) ?? []).map((range) => ({ ...range, text: '/Artifact BMC' })),
    ];
    if (edits.length === 0) continue;
    for (const group of groups) {
      artifacts[group.kind]++;
      if (group.kind === 'body' && group.showsText) bodyText++;
    }
    const compressed = compress(
      splice(
        scope.bytes,
        edits.sort((first, second) => first.start - second.start),
      ),
    );
    if (scope.page) setPageContent(context, scope.page, compressed);
    else if (scope.form) setFormContent(context, scope.form.ref, scope.form.stream, compressed);
  }
  return { artifacts, bodyText, mixedForms };
}

/** `bytes` with the edits (sorted, not overlapping) made. */
function splice(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const encoder = new TextEncoder();
  const texts = edits.map((edit) => encoder.encode(edit.text));
  const length = bytes.length + edits.reduce((sum, edit, index) => sum + (texts[index]?.length ?? 0) - (edit.end - edit.start), 0);
  const out = new Uint8Array(length);
  let from = 0;
  let to = 0;
  edits.forEach((edit, index) => {
    out.set(bytes.subarray(from, edit.start), to);
    to += edit.start - from;
    const text = texts[index] ?? new Uint8Array();
    out.set(text, to);
    to += text.length;
    from = edit.end;
  });
  out.set(bytes.subarray(from), to);
  return out;
}
