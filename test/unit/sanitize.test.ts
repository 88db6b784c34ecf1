import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/pipeline/stringify.js';
import { prepare } from '../helpers/pipeline.js';

describe('raw HTML in content', () => {
  it('keeps allowed markup, drops scripts and handlers, and warns with file and line for each', async () => {
    const { chapters } = await prepare(
      '---\ntitle: T\n---\n\nKeep <mark>this</mark> and <abbr title="deoxyribonucleic acid">DNA</abbr>.\n\n<script>steal()</script>\n\n<p onclick="steal()">Click</p>\n\n<iframe src="https://example.com"></iframe>\n',
    );
    const [chapter] = chapters;
    const html = stringify(chapter!.hast);
    expect(html).toContain('<mark>this</mark>');
    expect(html).toContain('<abbr title="deoxyribonucleic acid">DNA</abbr>');
    expect(html).not.toMatch(/script|steal|onclick|iframe/);
    expect(chapter!.file.messages.map((message) => `${message.file}:${message.line}: ${message.reason}`)).toEqual([
      'content/doc.md:7: raw HTML `<script>` is not allowed and was removed with its content',
      'content/doc.md:9: raw HTML attribute `onclick` on `<p>` is not allowed and was removed',
      'content/doc.md:11: raw HTML `<iframe>` is not allowed and was removed keeping its text',
    ]);
  });
});
