import { VFileMessage } from 'vfile-message';
import type { Hyphenation } from '../browser/browser.js';

/**
 * The build's one warning when the browser Folio started prints without
 * hyphenation: a message of the build, not of a document (every document of
 * the build prints with the same browser), placed at the browser's
 * executable. `undefined` when it hyphenates, or when Folio connected to a
 * remote browser, which has no Folio dictionaries by design (docs/fleet.md).
 */
export function hyphenationMessage(hyphenation: Hyphenation | undefined): VFileMessage | undefined {
  if (hyphenation?.state !== 'off') return undefined;
  const message = new VFileMessage(`the PDF is printed without hyphenation (its text is justified and complete): ${hyphenation.reason}`, {
    ruleId: 'no-hyphenation',
    source: 'folio',
  });
  message.file = hyphenation.browser;
  return message;
}
