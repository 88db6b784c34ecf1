// @ts-check
// Reads the time of each stage from `folio build --verbose`, which ends each
// output's line with `(load 25 ms, parse 6195 ms, ..., pdf 36706 ms, write 16 ms)`.
// The stages up to render are shared by the outputs; the writer's and the
// write's are each output's own, named here `pdf`, `pdf write`, and so on.

/** Stage name → ms, from the verbose report on stdout. */
export function stagesOf(stdout) {
  /** @type {Record<string, number>} */
  const stages = {};
  for (const line of stdout.split('\n')) {
    const match = /\.(pdf|epub|html)\s.*\(([^()]*\d ms)\)\s*$/.exec(line);
    if (!match) continue;
    const format = match[1] ?? '';
    for (const part of (match[2] ?? '').split(', ')) {
      const [, name = '', ms = '0'] = /^(.+) (\d+) ms$/.exec(part) ?? [];
      stages[name === 'write' ? `${format} write` : name] = Number(ms);
    }
  }
  return stages;
}
