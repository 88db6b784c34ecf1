// pako as pdf-lib sees it in Folio's bundle: the same library, but its
// `deflate` is Node's own zlib. pdf-lib compresses each object stream and
// each stream Folio adds with a fresh pako deflater, which allocates and
// zeroes its window and tables every time: on the corpus book a quarter
// second of the PDF's finishing went to that and to pako's compression,
// which Node's native zlib does in a fraction of it. The output is a
// zlib stream either way (FlateDecode), at the same default level.
import { deflateSync } from 'node:zlib';
import pako from 'pako';

export default {
  ...pako,
  deflate(input, options) {
    const bytes = deflateSync(input, { level: options?.level ?? -1 });
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};
