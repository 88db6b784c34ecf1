import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Browser, type Site } from '../../src/browser/browser.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfText } from '../helpers/tools.js';

const encoder = new TextEncoder();

describe('a locked-down page', () => {
  it('runs no script and loads nothing but its own site, reporting each refusal', async () => {
    const html = [
      '<!doctype html><html><head><title>Locked</title><link rel="icon" href="data:,"></head><body>',
      '<p id="text">Printed text.</p>',
      '<script>document.getElementById("text").textContent = "SCRIPT RAN"</script>',
      '<img src="https://example.com/tracker.png">',
      '<img src="file:///etc/passwd">',
      '<img src="/../../etc/passwd">',
      '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">',
      '</body></html>',
    ].join('');
    const site: Site = {
      origin: 'https://folio.invalid',
      serve: (url) => (url.pathname === '/doc.html' ? { bytes: encoder.encode(html), type: 'text/html' } : undefined),
    };
    await using browser = await Browser.launch();
    await using page = await browser.newPage(site);
    await page.open('https://folio.invalid/doc.html');
    const file = path.join(await tempFolder('folio-lockdown-'), 'page.pdf');
    await writeFile(file, await page.pdf({ tagged: false, outline: false }));
    const text = await pdfText(file);
    expect(text).toContain('Printed text.');
    expect(text).not.toContain('SCRIPT RAN');
    // file: URLs never reach interception: Chromium forbids them to an https page outright.
    expect([...page.refused].sort()).toEqual([
      'http://127.0.0.1:9/evil.css',
      'https://example.com/tracker.png',
      'https://folio.invalid/etc/passwd',
    ]);
    // A canvas, the page covers are drawn on, is captured at its size, and locked down alike.
    await using canvas = await browser.newCanvas(site, { width: 400, height: 300 });
    await canvas.open('https://folio.invalid/doc.html');
    const png = Buffer.from(await canvas.screenshot());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, 300]);
    expect(canvas.refused.length).toBeGreaterThan(0);
  });
});
