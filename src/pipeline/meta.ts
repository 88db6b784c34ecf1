import { createHash } from 'node:crypto';
import type { FrontMatter } from '../front-matter/front-matter.js';
import { directionOf } from '../locale/direction.js';
import type { Meta } from '../model.js';

/** What, besides the front matter, decides a document's metadata. */
export interface MetaContext {
  /** The Markdown source, hashed to derive a stable identifier. */
  readonly source: string;
  /** Seconds since the epoch, from `SOURCE_DATE_EPOCH`, for reproducible builds. */
  readonly sourceDateEpoch?: number | undefined;
  /** The clock to use when neither `SOURCE_DATE_EPOCH` nor a date is given. */
  readonly now: Date;
}

/** Fill in the metadata every writer needs, from validated front matter. */
export function resolveMeta(matter: FrontMatter, context: MetaContext): Meta {
  const { author, keywords } = matter;
  return {
    ...matter,
    dir: matter.dir ?? directionOf(matter.lang),
    authors: author === undefined ? [] : typeof author === 'string' ? [author] : author,
    keywordList: typeof keywords === 'string' ? splitKeywords(keywords) : (keywords ?? []),
    id: matter.identifier ?? uuidUrn(context.source),
    modified: modifiedDate(matter.date, context),
  };
}

function splitKeywords(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

function modifiedDate(date: string | undefined, context: MetaContext): Date {
  if (context.sourceDateEpoch !== undefined) return new Date(context.sourceDateEpoch * 1000);
  if (date !== undefined) return new Date(date);
  return context.now;
}

/**
 * A name-based UUID (RFC 9562 version 5 layout, SHA-1) of the source text, so
 * the same document keeps the same identifier from build to build.
 */
export function uuidUrn(text: string): string {
  const bytes = createHash('sha1').update(text).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
