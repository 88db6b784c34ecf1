/** The signals that end a run: Ctrl-C, a service manager's stop, a closed terminal. */
const stopping = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type StopSignal = (typeof stopping)[number];

/** 128 + the signal's number, as shells report a process the signal ended. */
const exitCodes: Readonly<Record<StopSignal, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** The exit code for a run that `signal` stopped. */
export function exitCodeFor(signal: StopSignal): number {
  return exitCodes[signal];
}

/** The first stopping signal from now on. */
export interface Interruption extends Disposable {
  /** Resolves with the first SIGINT, SIGTERM or SIGHUP. */
  readonly signal: Promise<StopSignal>;
  /** The signal received so far, if any. */
  readonly received: StopSignal | undefined;
  /** Stop listening (also on dispose). */
  dispose(): void;
}

/**
 * Listen for SIGINT, SIGTERM and SIGHUP, handled alike: the first one
 * resolves `signal` (and calls `onSignal`), so that the caller aborts its
 * work, closes the browser and removes its temporary files before it exits
 * with `exitCodeFor(signal)`. Folio's are the only handlers: Puppeteer's are
 * turned off (src/browser/browser.ts) and the atomic writer installs none.
 */
export function interrupted(onSignal?: (signal: StopSignal) => void): Interruption {
  let received: StopSignal | undefined;
  let resolve: (signal: StopSignal) => void = () => undefined;
  const signal = new Promise<StopSignal>((settle) => {
    resolve = settle;
  });
  const stop = (name: NodeJS.Signals): void => {
    const which = stopping.find((candidate) => candidate === name);
    if (!which || received) return;
    received = which;
    onSignal?.(which);
    resolve(which);
  };
  for (const name of stopping) process.on(name, stop);
  const dispose = (): void => {
    for (const name of stopping) process.off(name, stop);
  };
  return {
    signal,
    get received() {
      return received;
    },
    dispose,
    [Symbol.dispose]: dispose,
  };
}
