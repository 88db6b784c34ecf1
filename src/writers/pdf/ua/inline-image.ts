/** White space and delimiters around `EI` (ISO 32000-1, 7.2.2). */
function separates(byte: number | undefined): boolean {
  return byte === undefined || byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
}

/** The parameters of an inline image that say how long its data is. */
interface ImageParameters {
  width?: number;
  height?: number;
  bits?: number;
  components?: number | undefined;
  mask?: boolean;
  filtered?: boolean;
  length?: number;
}

const components: Readonly<Record<string, number>> = {
  G: 1,
  DeviceGray: 1,
  RGB: 3,
  DeviceRGB: 3,
  CMYK: 4,
  DeviceCMYK: 4,
  I: 1,
  Indexed: 1,
};

/**
 * Skip an inline image: `position` is just after its `BI`; returns the
 * position after its `EI`. The parameters up to `ID` are read for the data's
 * size: an unfiltered image's data is skipped by its size first (it may hold
 * the bytes `EI`); then the first `EI` between white space ends it.
 */
export function skipInlineImage(bytes: Uint8Array, position: number): number {
  const words = parameterWords(bytes, position);
  const parameters = readParameters(words.words);
  let index = words.end + 1;
  if (parameters.length !== undefined) index += parameters.length;
  else if (!parameters.filtered && parameters.width && parameters.height) {
    const bits = parameters.mask ? 1 : (parameters.bits ?? 8);
    const perPixel = parameters.mask ? 1 : (parameters.components ?? 1);
    index += Math.ceil((parameters.width * perPixel * bits) / 8) * parameters.height;
  }
  for (index = Math.min(index, bytes.length); index + 1 < bytes.length; index++) {
    if (bytes[index] === 0x45 && bytes[index + 1] === 0x49 && separates(bytes[index - 1]) && separates(bytes[index + 2])) return index + 2;
  }
  return bytes.length;
}

/** The words (names, numbers, array brackets) between `BI` and `ID`, and where `ID` ends. */
function parameterWords(bytes: Uint8Array, position: number): { words: string[]; end: number } {
  const words: string[] = [];
  let index = position;
  while (index < bytes.length) {
    while (index < bytes.length && separates(bytes[index])) index++;
    const start = index;
    if (bytes[index] === 0x5b || bytes[index] === 0x5d) index++;
    else {
      index++;
      while (index < bytes.length && !separates(bytes[index]) && bytes[index] !== 0x2f && bytes[index] !== 0x5b && bytes[index] !== 0x5d)
        index++;
    }
    const word = String.fromCharCode(...bytes.subarray(start, index));
    if (word === 'ID') return { words, end: index };
    words.push(word);
  }
  return { words, end: bytes.length };
}

/** Read the size-related parameters from key and value words (`/W 10 /H 4 /CS /RGB /F [/AHx /Fl]`). */
function readParameters(words: readonly string[]): ImageParameters {
  const parameters: ImageParameters = {};
  for (let index = 0; index + 1 < words.length; index++) {
    const key = words[index];
    const value = words[index + 1] ?? '';
    const number = Number(value);
    if (key === '/W' || key === '/Width') parameters.width = number;
    else if (key === '/H' || key === '/Height') parameters.height = number;
    else if (key === '/BPC' || key === '/BitsPerComponent') parameters.bits = number;
    else if (key === '/L' || key === '/Length') parameters.length = number;
    else if (key === '/IM' || key === '/ImageMask') parameters.mask = value === 'true';
    else if (key === '/F' || key === '/Filter') parameters.filtered = value !== '[' || words[index + 2] !== ']';
    else if (key === '/CS' || key === '/ColorSpace')
      parameters.components = components[(value === '[' ? words[index + 2] : value)?.slice(1) ?? ''];
  }
  return parameters;
}
