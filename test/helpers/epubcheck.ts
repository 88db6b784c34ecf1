import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

/** One message of EPUBCheck's JSON report. */
interface EpubCheckMessage {
  readonly ID: string;
  readonly severity: string;
  readonly message: string;
  readonly locations: unknown[];
}

const epubcheckJar = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';

/**
 * JVM options for a short run: the quick compiler only, the serial collector,
 * the shared class archive. EPUBCheck on a small EPUB then takes about half
 * the time (4–5 s against 8–11 s on a loaded 2-core machine); its report is
 * the same.
 */
const jvmOptions = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto'];

/** Run Debian's EPUBCheck (`java -jar`) on an EPUB file and read the messages of its JSON report. */
async function epubcheck(file: string): Promise<EpubCheckMessage[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-epubcheck-'));
  try {
    const json = path.join(dir, 'report.json');
    // EPUBCheck exits 1 when it reports problems; the JSON says which.
    await promisify(execFile)('java', [...jvmOptions, '-jar', epubcheckJar, file, '--json', json]).catch((error: unknown) => error);
    return (JSON.parse(await readFile(json, 'utf8')) as { messages: EpubCheckMessage[] }).messages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Expect EPUBCheck to report nothing at all on an EPUB: no fatal error, no
 * error, no warning. A failure lists each message with its severity, id and
 * first place.
 */
export async function expectEpubcheckPasses(file: string): Promise<void> {
  const messages = await epubcheck(file);
  const shown = messages.map(
    (message) => `${message.severity} ${message.ID}: ${message.message} ${JSON.stringify(message.locations[0] ?? '')}`,
  );
  expect(shown, `EPUBCheck on ${file}`).toEqual([]);
}
