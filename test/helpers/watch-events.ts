import type { WatchBuild, WatchHooks } from '../../src/watch/watch.js';

/** The builds and errors of a watch session, collected so that a test can wait for the next one. */
export class WatchEvents {
  readonly builds: WatchBuild[] = [];
  readonly errors: unknown[] = [];
  readonly #waiters = new Set<() => void>();

  /** Hooks to give `watch()`. */
  readonly hooks: WatchHooks = {
    onBuild: (build) => {
      this.#push(() => this.builds.push(build));
    },
    onError: (error) => {
      this.#push(() => this.errors.push(error));
    },
  };

  /** The first build after the first `after` builds that satisfies `test`; rejects after `timeout` ms. */
  async build(after: number, test: (build: WatchBuild) => boolean = () => true, timeout = 60_000): Promise<WatchBuild> {
    const found = (): WatchBuild | undefined => this.builds.slice(after).find(test);
    return this.#until(
      found,
      timeout,
      () => `no matching build after ${after} (have ${this.builds.length}, errors: ${this.errors.map(String).join('; ')})`,
    );
  }

  async #until<T>(found: () => T | undefined, timeout: number, why: () => string): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(why());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.#waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  #push(add: () => void): void {
    add();
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }
}
