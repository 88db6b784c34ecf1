import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

describe("GitHub's emoji shortcodes", () => {
  it('print as the emoji they name, in text and tables', async () => {
    const { chapters } = await prepare('---\ntitle: T\n---\n\nShipped :tada:\n\n| LoRA |\n| --- |\n| :white_check_mark: |\n');
    const html = stringify(chapters[0]!.hast);
    expect(html).toContain('Shipped 🎉');
    expect(html).toContain('<td>✅</td>');
    expect(html).not.toContain(':white_check_mark:');
  });

  it('stay as written in code, and a name GitHub does not know stays text', async () => {
    const { chapters } = await prepare('---\ntitle: T\n---\n\n`:tada:` and :not_an_emoji: and std::fmt::Display\n');
    const html = stringify(chapters[0]!.hast);
    expect(html).toContain('<code>:tada:</code>');
    expect(html).toContain(':not_an_emoji: and std::fmt::Display');
  });
});
