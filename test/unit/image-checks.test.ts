import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../helpers/build-document.js';

const png = await readFile(path.resolve('test/fixtures/epub-book/images/chart.png'));
const signature = png.subarray(0, 8);

/** A PNG header (signature and IHDR chunk) declaring `width` × `height`, with nothing after it. */
function pngHeader(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([signature, ihdr]);
}

async function imageErrors(image: Uint8Array): Promise<{ errors: string[]; written: string[] }> {
  const { result, written } = await buildDocument(
    '---\ntitle: Pictures\n---\n\nText.\n\n![A chart](chart.png)\n',
    { formats: ['html'] },
    {
      'content/chart.png': image,
    },
  );
  const errors = result.messages
    .filter((message) => message.fatal)
    .map((message) => `${message.file}:${message.line}:${message.column}: ${message.reason}`);
  return { errors, written };
}

describe('images checked by decoding their header (issue 16)', () => {
  it('refuses a PNG whose signature is right and whose header is not, at the image', async () => {
    expect(await imageErrors(Buffer.concat([signature, Buffer.from('not a PNG chunk at all')]))).toEqual({
      errors: ['content/doc.md:7:1: image `chart.png` cannot be used: its header is damaged (Invalid PNG)'],
      written: [],
    });
  });

  it('refuses a PNG that declares no size', async () => {
    expect((await imageErrors(pngHeader(0, 0))).errors).toEqual([
      'content/doc.md:7:1: image `chart.png` cannot be used: its header is damaged (it gives no width or height)',
    ]);
  });

  it('refuses a small file that declares a huge image', async () => {
    expect((await imageErrors(pngHeader(100_000, 100_000))).errors).toEqual([
      'content/doc.md:7:1: image `chart.png` cannot be used: it is 100000 × 100000 pixels, more than the 100 million Folio embeds: scale it down',
    ]);
  });

  it('embeds a sound PNG', async () => {
    expect(await imageErrors(png)).toEqual({ errors: [], written: ['doc.html'] });
  });
});
