// Child processes of the benchmark: CPU pinning with taskset when it exists, bounded
// stops (SIGTERM, then SIGKILL), and a last-resort kill of whatever is left on exit.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';

const children = new Set();

/** The words of a space-separated setting (an unset one has none). */
export function words(text) {
  return text?.split(' ').filter(Boolean) ?? [];
}

/** taskset is usable and there are at least two cores to split between server and load. */
export const canPin =
  process.platform === 'linux' &&
  availableParallelism() >= 2 &&
  spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

/** The command line to run `cmd args` on one core, or unchanged when pinning is not possible. */
export function onCore(core, cmd, args) {
  return canPin ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args];
}

/** Pins this process (every thread: the load generator runs here) to one core. */
export function pinSelf(core) {
  return canPin && spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)]).status === 0;
}

/** The process and all its descendants (from /proc), for pinning a server that forks. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      // The parent is the 2nd field after the command, which sits in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    all.push(...(children.get(all[i]) ?? []));
  }
  return all;
}

/**
 * Moves a running server and every process it started to one core. A forking server (the
 * embedded PostgreSQL) then starts its later children there too: they inherit the affinity.
 */
export function pinTree(pid, core) {
  if (!canPin) {
    return false;
  }
  return descendants(pid).every(
    (p) => spawnSync('taskset', ['-a', '-p', '-c', String(core), String(p)], { stdio: 'ignore' }).status === 0,
  );
}

/**
 * Starts a child whose output is kept (the last lines, for error messages), and all of it in
 * `options.logFile` when given. taskset execs its command, so `child.pid` is the process itself.
 */
export function start(name, cmd, args, options = {}) {
  const spawnOptions = { ...options };
  delete spawnOptions.logFile;
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  if (options.logFile) {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  child.name = name;
  child.output = () => lines.join('\n');
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.once('error', (error) => lines.push(`spawn failed: ${error.message}`));
  children.add(child);
  void child.exited.then(() => children.delete(child));
  return child;
}

export function running(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Sends `signal`, waits up to `timeoutMs`, then SIGKILL. Resolves with the exit code or signal. */
export async function stop(child, signal = 'SIGTERM', timeoutMs = 20_000) {
  if (!running(child)) {
    return child.exitCode ?? child.signalCode;
  }
  child.kill(signal);
  const result = await Promise.race([child.exited, sleep(timeoutMs).then(() => 'timeout')]);
  if (result !== 'timeout') {
    return result;
  }
  child.kill('SIGKILL');
  return child.exited;
}

/** Synchronous last resort (process 'exit'): SIGKILL every child still running. */
export function killAllSync() {
  for (const child of children) {
    if (running(child)) {
      child.kill('SIGKILL');
    }
  }
}

export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls /proc/<pid>/status every `everyMs`; stop() gives the peak resident set (VmHWM, VmRSS) in MB. */
export function sampleRss(pid, everyMs = 200) {
  let peakKb = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      for (const m of status.matchAll(/^Vm(?:HWM|RSS):\s+(\d+) kB/gm)) {
        peakKb = Math.max(peakKb, Number(m[1]));
      }
    } catch {
      // gone, or not Linux
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  const mb = () => (peakKb ? Math.round(peakKb / 102.4) / 10 : null);
  return {
    /** The peak so far, in MB. */
    peak() {
      read();
      return mb();
    },
    stop() {
      read();
      clearInterval(timer);
      return mb();
    },
  };
}
