import fc from 'fast-check';

/** Plain words, so that every one can be found again in the output. */
const word = fc.constantFrom(
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));

/** Elements raw HTML in real Markdown uses: inline and block, known, obsolete and unknown. */
const names = [
  'span',
  'em',
  'b',
  'strong',
  'code',
  'sup',
  'u',
  'font',
  'a',
  'div',
  'p',
  'section',
  'center',
  'blockquote',
  'pre',
  'details',
  'summary',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'h2',
  'h3',
  'Listing',
  'custom-box',
  'strike',
  'tt',
  'figure',
  'figcaption',
  'q',
  'small',
  'kbd',
  'mark',
  'del',
  'ins',
  'ruby',
  'rt',
  'abbr',
  'textarea',
  'select',
  'option',
] as const;

const attributes = fc.constantFrom(
  '',
  ' id="x1"',
  ' id="x2"',
  ' id="1 two"',
  ' name="n1"',
  ' align="center"',
  ' width="100%"',
  ' height="480px"',
  ' class="c" style="color:red"',
  ' markdown="1"',
  ' href="#x1"',
  ' dir="rtl"',
  ' lang="fr"',
  ' title=""',
  ' open',
);

/** An open tag, a close tag, or a whole element around words: the fragments people leave open or close out of order. */
const fragment = fc.oneof(
  fc.tuple(fc.constantFrom(...names), attributes).map(([name, attrs]) => `<${name}${attrs}>`),
  fc.constantFrom(...names).map((name) => `</${name}>`),
  fc.tuple(fc.constantFrom(...names), attributes, words).map(([name, attrs, text]) => `<${name}${attrs}>${text}</${name}>`),
  fc.constant('<br>'),
  fc.constant('<img alt="a picture">'),
  fc.constant('<input type="checkbox" checked>'),
  fc.constant('<hr>'),
  fc.constant('<!-- note -->'),
  fc.constant('<style>.x { color: red }</style>'),
);

/** A Markdown block: a paragraph of words and fragments, a heading, a list, code, a quotation, a table, or a fragment alone on its line. */
const block = fc.oneof(
  fc.array(fc.oneof(words, fragment), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
  fragment,
  words.map((text) => `## ${text}`),
  words.map((text) => `### ${text}`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  words.map((text) => `\`\`\`\n${text}\n\`\`\``),
  words.map((text) => `> ${text}`),
  fc.tuple(words, words).map(([a, b]) => `| ${a} |\n| --- |\n| ${b} |`),
);

/** A whole document: a title, then blocks mixed with raw HTML fragments. */
export const rawHtmlDocument = fc
  .array(block, { minLength: 1, maxLength: 10 })
  .map((blocks) => `---\ntitle: Generated\nlang: en\n---\n\n${blocks.join('\n\n')}\n`);
