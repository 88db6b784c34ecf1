import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

describe('fenced code as other tools write its language', () => {
  it('highlights the first word of mdBook, pandoc and capitalised info strings', async () => {
    const markdown =
      '```rust,editable\nfn main() {}\n```\n\n```{.python .numberLines}\ndef f(): pass\n```\n\n```Rust\nlet x = 1;\n```\n\n```js title="src/store.js"\nconst a = 1;\n```';
    const { chapters } = await prepare(`---\ntitle: T\n---\n\n${markdown}\n`);
    const html = stringify(chapters[0]!.hast);
    expect(html.match(/<code class="[^"]*">/g)).toEqual([
      '<code class="hljs language-rust">',
      '<code class="hljs language-python">',
      '<code class="hljs language-rust">',
      '<code class="hljs language-js">',
    ]);
    expect(html).toContain('<span class="hljs-keyword">fn</span>');
    expect(chapters[0]!.file.messages).toEqual([]);
  });

  it('prints a language highlight.js does not know as plain code, without a warning', async () => {
    const { chapters } = await prepare('---\ntitle: T\n---\n\n```bibtex\n@article{x, title={T}}\n```\n');
    expect(stringify(chapters[0]!.hast)).toContain('language-bibtex">@article{x, title={T}}\n</code>');
    expect(chapters[0]!.file.messages).toEqual([]);
  });
});
