// @ts-check
// Runs a command and times it, or samples the memory of its whole process tree (the command
// and every descendant, so Node plus Chromium's processes) every 50 ms through
// /proc: each process's Rss and Pss from /proc/<pid>/smaps_rollup, summed.
// PSS shares each page among the processes that map it, so its sum is what the
// tree really holds; the RSS sum counts shared pages (Chromium's libraries) once
// per process and overstates. Linux only.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const interval = 50;

/** Every process's parent, read from /proc/<pid>/stat. */
function parents() {
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return parent;
}

/** The pids of `root` and its descendants. */
function tree(root) {
  const parent = parents();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    for (const [pid, ppid] of parent) if (ppid === pids[i]) pids.push(pid);
  }
  return pids;
}

/** The tree's summed Rss and Pss in kB, now. */
function sample(root) {
  let rss = 0;
  let pss = 0;
  for (const pid of tree(root)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return { rss, pss };
}

/**
 * Run `command args` in `cwd`; resolve to its wall time in ms, its stdout, and, when `sample`
 * is set, the peak PSS and RSS of its process tree in MB (else 0). Rejects when it exits with an
 * error. Sampling reads every process's /proc files twenty times a second: on 2 cores it took
 * a fifth of an article's wall time from Folio, whose Chromium and Node are both busy, and a
 * twentieth from md-to-pdf, which waits half a second for the network to be idle. So timed runs
 * are not sampled, and memory is measured in runs of its own.
 */
export function runCommand(command, args, { cwd, env = process.env, sample: sampled = false }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    let peakPss = 0;
    let peakRss = 0;
    const timer = sampled
      ? setInterval(() => {
          if (child.pid === undefined) return;
          const { rss, pss } = sample(child.pid);
          peakPss = Math.max(peakPss, pss);
          peakRss = Math.max(peakRss, rss);
        }, interval)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ ms, stdout, peakPssMb: peakPss / 1024, peakRssMb: peakRss / 1024 });
    });
  });
}
