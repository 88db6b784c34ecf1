import type { Element, Properties, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { cssLength, integerIn, isLanguageTag } from '../hast/attribute-values.js';
import type { Plugin } from 'unified';

/** Attributes HTML allows on every element (besides `aria-*` and `data-*`), as hast names them. */
const global = new Set([
  'id',
  'className',
  'lang',
  'dir',
  'title',
  'role',
  'tabIndex',
  'accessKey',
  'style',
  'itemProp',
  'itemScope',
  'itemType',
]);

/** Attributes HTML allows on particular elements, as hast names them. */
const perElement: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hrefLang', 'rel', 'type'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  time: ['dateTime'],
  img: ['src', 'alt', 'width', 'height'],
  input: ['type', 'checked', 'disabled'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colSpan', 'rowSpan'],
  th: ['colSpan', 'rowSpan', 'scope', 'abbr'],
  details: ['open'],
  table: ['border'],
};

/** Obsolete presentational attributes that still say something, as CSS declarations. */
const asCss: Readonly<Record<string, (value: string) => string | undefined>> = {
  width: (value) => withUnit('width', value),
  height: (value) => withUnit('height', value),
  vAlign: (value) => (/^(?:top|middle|bottom|baseline)$/i.test(value) ? `vertical-align: ${value.toLowerCase()}` : undefined),
  noWrap: () => 'white-space: nowrap',
};

const alignments = new Set(['left', 'center', 'right', 'justify']);

/**
 * Every attribute made one HTML allows on its element, with a value of the
 * right kind, so the EPUB's XHTML is valid (EPUBCheck RSC-005) and nothing
 * reaches Chromium at an absurd size: `width="100%"` on an image becomes
 * `style="width: 100%"`, `width="480px"` becomes `width="480"`, `valign` and
 * `nowrap` become CSS, `align` becomes an `align-<value>` class (the
 * stylesheets align by it), sizes are clamped, and what has no meaning left
 * (`hspace`, `bgcolor`, an empty attribute a library wrote) is dropped.
 * Runs after sanitising. Pure.
 */
const rehypeValidAttributes: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'math' || node.tagName === 'svg') return SKIP;
      const allowed = perElement[node.tagName] ?? [];
      const css: string[] = [];
      const properties: Properties = {};
      for (const [name, value] of Object.entries(node.properties)) {
        if (value === undefined || value === null || value === false) continue;
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (name === 'align') {
          if (alignments.has(text.toLowerCase()))
            properties['className'] = [...classes(properties['className'] ?? node.properties['className']), `align-${text.toLowerCase()}`];
        } else if (global.has(name) || name.startsWith('aria') || name.startsWith('data') || allowed.includes(name)) {
          const kept = checked(node.tagName, name, value);
          if (kept !== undefined) properties[name] = name === 'className' ? [...classes(properties['className']), ...classes(kept)] : kept;
          else if (asCss[name]) css.push(...optional(asCss[name](text)));
        } else {
          const declaration = asCss[name]?.(text);
          if (declaration !== undefined) css.push(declaration);
        }
      }
      const style = [properties['style'], ...css].filter((part) => typeof part === 'string' && part.trim() !== '').join('; ');
      if (style !== '') properties['style'] = style;
      node.properties = properties;
      if (node.tagName === 'img' && typeof properties['src'] !== 'string') showAlt(node);
      return undefined;
    });
  };
};

export default rehypeValidAttributes;

/** The value of an allowed attribute, corrected, or `undefined` to drop it. */
function checked(tagName: string, name: string, value: Properties[string]): Properties[string] | undefined {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  switch (name) {
    case 'width':
    case 'height':
      // On an image a number of pixels; anything else (`100%`, `12em`) becomes CSS (see `asCss`).
      return integerIn(text.replace(/px$/i, ''), 0, 10_000);
    case 'colSpan':
      return integerIn(text, 1, 1000);
    case 'rowSpan':
      return integerIn(text, 0, 65_534);
    case 'start':
    case 'value':
    case 'tabIndex':
      return integerIn(text, -1_000_000, 1_000_000);
    case 'dir':
      return /^(?:ltr|rtl|auto)$/i.test(text) ? text.toLowerCase() : undefined;
    case 'lang':
    case 'hrefLang':
      return isLanguageTag(text) ? text : undefined;
    case 'scope':
      return /^(?:row|col|rowgroup|colgroup)$/i.test(text) ? text.toLowerCase() : undefined;
    case 'border':
      return text === '' || text === '0' ? undefined : '1';
    case 'type':
      return tagName === 'ol' ? (/^[1aAiI]$/.test(text) ? text : undefined) : value;
    case 'id':
      return text.trim() === '' ? undefined : text.trim().replace(/\s+/g, '-');
    case 'cite':
      return /\s/.test(text) ? undefined : text;
    default:
      // An empty value means nothing (a library wrote it, or an author left it), except for the attributes whose presence says it.
      return value === '' &&
        !name.startsWith('data') &&
        !['alt', 'title', 'open', 'checked', 'disabled', 'reversed', 'itemScope'].includes(name)
        ? undefined
        : value;
  }
}

/** An image with no source shows its text alternative, as a browser does. */
function showAlt(image: Element): void {
  const alt = image.properties['alt'];
  image.tagName = 'span';
  image.properties = {};
  image.children = typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

/** A CSS length from an HTML size (`100%`, `480px`, `12em`, `300`), clamped. */
function withUnit(property: string, value: string): string | undefined {
  const length = cssLength(value);
  return length === undefined ? undefined : `${property}: ${length}`;
}

function classes(value: Properties[string] | undefined): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
