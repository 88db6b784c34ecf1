/** Milliseconds each stage of one document took, in the order they ran (`--verbose` prints them). */
export type StageTimes = Readonly<Record<string, number>>;

/** Times named stages of one document's build. */
export interface StageTimer {
  /** The times so far. */
  readonly stages: StageTimes;
  /** Run `work` as stage `name`, adding its duration. */
  time<T>(name: string, work: () => T | Promise<T>): Promise<T>;
}

/** A fresh timer. */
export function stageTimer(): StageTimer {
  const stages: Record<string, number> = {};
  return {
    stages,
    async time(name, work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        stages[name] = (stages[name] ?? 0) + performance.now() - started;
      }
    },
  };
}
