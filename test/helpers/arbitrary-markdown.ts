import fc from 'fast-check';

/** Text with the odd characters people paste: accents, RTL marks, joiners, emoji, controls, markup characters. */
const oddText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'word',
        'Ünïcödé',
        'שלום',
        '\u200F',
        '\u200D',
        '👩‍🔬',
        'e\u0301',
        '\u0001',
        '\u000B',
        '\uFFFE',
        '&amp;',
        '<',
        '>',
        '"',
        "'",
        '--',
        '...',
        '*',
        '_',
        '`',
        '[',
        ']',
        '|',
        '\\',
        '$',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

/** HTML fragments, allowed and hostile, well-formed and not. */
const htmlFragment = fc.constantFrom(
  '<b>bold</b>',
  '<span style="color:red" onclick="x()">styled</span>',
  '<script>alert(1)</script>',
  '<div><p>unclosed',
  '</p></div>',
  '<svg><script>alert(1)</script><circle r="2"/></svg>',
  '<img src="x" onerror="alert(1)">',
  '<a href="javascript:alert(1)">link</a>',
  '<!-- comment -->',
  '<math><mi>x</mi></math>',
  '<details><summary>s</summary>d</details>',
  '<table><tr><td>cell',
);

const inline = fc.oneof(
  oddText,
  oddText.map((text) => `*${text}*`),
  oddText.map((text) => `**${text}**`),
  oddText.map((text) => `\`${text}\``),
  oddText.map((text) => `[${text}](#${text.length})`),
  oddText.map((text) => `[${text}](https://example.com/${text.length})`),
  oddText.map((text) => `$${text}$`),
  htmlFragment,
);

const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

/** One block, possibly nested (lists and quotations hold blocks). */
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    line,
    line.map((text) => `## ${text}`),
    line.map((text) => `### ${text}`),
    fc.tuple(fc.constantFrom('js', 'python', ''), oddText).map(([lang, text]) => `\`\`\`${lang}\n${text}\n\`\`\``),
    fc.tuple(line, line).map(([a, b]) => `| ${a.replace(/\|/g, '')} | x |\n| :-- | --: |\n| ${b.replace(/\|/g, '')} | y |`),
    htmlFragment,
    line.map((text) => `$$\n${text}\n$$`),
    line.map((text) => `> [!NOTE]\n> ${text}`),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 3 })
      .map((blocks) => blocks.map((inner) => `> ${inner.replace(/\n/g, '\n> ')}`).join('\n>\n')),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 3 })
      .map((blocks) => blocks.map((inner) => `- ${inner.replace(/\n/g, '\n  ')}`).join('\n')),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 3 })
      .map((blocks) => blocks.map((inner, index) => `${index + 3}. ${inner.replace(/\n/g, '\n   ')}`).join('\n')),
    line.map((text) => `${text}[^n]\n\n[^n]: ${text}`),
  ),
})).block;

/** A whole Markdown document with front matter, in a random language of a few. */
export const markdownDocument = fc
  .tuple(fc.constantFrom('en', 'fr', 'de', 'ar'), fc.array(block, { minLength: 1, maxLength: 8 }))
  .map(([lang, blocks]) => `---\ntitle: Generated\nlang: ${lang}\n---\n\n${blocks.join('\n\n')}\n`);
