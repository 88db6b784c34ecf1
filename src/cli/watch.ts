import path from 'node:path';
import type { BuildOptions } from '../config/schema.js';
import { formats as allFormats } from '../model.js';
import { openInBrowser } from './open-in-browser.js';
import { noteTitles, previewDocuments, previewEvent, withTitles } from '../preview/preview-event.js';
import { startPreview, type PreviewServer } from '../preview/preview-server.js';
import { watch, type WatchBuild, type WatchSession } from '../watch/watch.js';
import type { Verbosity } from './args.js';
import type { WatchFlags } from './watch-flags.js';
import type { Reporter } from './report.js';
import type { Terminal } from './terminal.js';
import { exitCodeFor, interrupted, type StopSignal } from './signals.js';

/**
 * `folio build --watch [--serve]`: build everything, then rebuild what
 * changes, reporting each build as a one-off build does, and serve the live
 * preview when asked. Problems are printed and watching goes on; Ctrl-C,
 * SIGTERM or SIGHUP closes the preview and the browser and returns 130, 143
 * or 129.
 * Returns 1 when the first step fails (no content, broken theme).
 */
export async function runWatch(
  options: BuildOptions,
  flags: WatchFlags,
  reporter: Reporter,
  terminal: Terminal,
  verbosity: Verbosity,
): Promise<number> {
  const say = (text: string): void => {
    if (verbosity !== 'quiet') terminal.stdout.write(`folio: ${text}\n`);
  };
  // The preview shows the PDF: build it even when `--format` leaves it out.
  const formats = options.formats ?? allFormats;
  const watched: BuildOptions = flags.serve && !formats.includes('pdf') ? { ...options, formats: [...formats, 'pdf'] } : options;
  let preview: PreviewServer | undefined;
  const titles = new Map<string, string>();
  const onBuild = (build: WatchBuild): void => {
    reporter.finish(build.result);
    noteTitles(titles, build);
    const what = build.reason === 'start' ? 'built' : build.reason === 'theme' ? 'theme changed; rebuilt' : 'rebuilt';
    const built = [
      ...build.sources.map((source) => path.relative(terminal.cwd, source.path)),
      ...build.collections.map(({ collection }) => `collection ${collection.name}`),
    ];
    say(
      `${what} ${built.length > 3 ? `${built.length} documents` : built.join(', ') || 'nothing'} in ${Math.round(build.ms)} ms; watching for changes (Ctrl-C to stop)`,
    );
    preview?.built(previewEvent(build, session?.config.cwd ?? terminal.cwd));
  };
  // Listen from the start: a Ctrl-C during the first build must still close Chromium.
  const stop = interrupted();
  let session: WatchSession | undefined;
  try {
    session = await watch(watched, {
      onBuildStart: ({ sources, collections }) => {
        reporter.start(sources.length + collections.length, (watched.formats ?? allFormats).length);
        preview?.building(previewDocuments(sources, collections, terminal.cwd).map((document) => document.name));
      },
      onOutput: (output) => {
        reporter.output(output);
      },
      onBuild,
      onError: (error) => {
        reporter.fatal(error);
      },
    });
  } catch (error) {
    stop.dispose();
    reporter.fatal(error);
    return 1;
  }
  const { config } = session;
  const { sources, collections } = session;
  let signal: StopSignal;
  try {
    if (flags.serve) {
      preview = await startPreview({
        outDir: config.outDir,
        ...(flags.serve.port !== undefined && { port: flags.serve.port }),
        documents: () => withTitles(previewDocuments(sources(), collections(), config.cwd), titles),
      });
      say(`preview at ${preview.url}`);
      if (flags.serve.open) openInBrowser(preview.url, terminal.env, say);
    }
    signal = await stop.signal;
  } catch (error) {
    stop.dispose();
    reporter.fatal(error);
    await Promise.all([preview?.close(), session.close()]);
    return 1;
  }
  await Promise.all([preview?.close(), session.close()]);
  reporter.note('stopped watching; the outputs listed above are complete');
  return exitCodeFor(signal);
}
