// The load generators: wrk (C, one thread on core 0) for the timed HTTP scenarios, autocannon
// in this process (pinned to core 0 by run.mjs) for the registration rush (a fixed number of
// requests) and the smoke run (it checks bodies), pgbench as a child on core 0. All bounded in time.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCore, start, stop } from './proc.mjs';

const round = (n, digits = 1) => (n === null || n === undefined ? null : Number(n.toFixed(digits)));

/**
 * Runs autocannon and sums it up: throughput (responses per second over the whole run),
 * p50/p99 latency, errors = non-2xx + socket errors (timeouts included). Stopped after
 * `limitSeconds` whatever happens (an `amount` run whose server hangs).
 */
export function cannon(options, limitSeconds) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: 20, ...options }, (error, result) => {
      clearTimeout(timer);
      if (error) {
        reject(error);
        return;
      }
      const duration = result.duration || 1;
      resolve({
        throughput: round(result.requests.total / duration),
        p50Ms: round(result.latency.p50),
        p99Ms: round(result.latency.p99),
        errors: result.non2xx + result.errors,
        non2xx: result.non2xx,
        socketErrors: result.errors,
        timeouts: result.timeouts,
        mismatches: result.mismatches,
        requests: result.requests.total,
        seconds: duration,
        statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
      });
    });
    const timer = setTimeout(() => instance.stop(), (limitSeconds ?? (options.duration ?? 60) + 30) * 1000);
  });
}

export const hasWrk = spawnSync('wrk', ['--version'], { stdio: 'ignore' }).status !== null;
const WRK_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'wrk/load.lua');

/**
 * Runs wrk (one thread, pinned to core 0) and sums it up like `cannon`. autocannon spent three
 * quarters of core 0 on 1,400 agenda answers a second while the app's core idled: the load
 * generator, not the app, set the figure. `badges` (codes) turns each request into a check-in
 * scan of a random badge with a fresh clientId (`clientPrefix`-n); `tokens` signs each request in
 * with the next bearer token in turn (phones polling with their own sign-in).
 */
export async function wrk({ url, connections, duration, method = 'GET', headers = {}, badges, clientPrefix, tokens }) {
  const env = {
    PATH: process.env.PATH,
    BENCH_METHOD: method,
    BENCH_HEADERS: Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
  };
  if (badges) {
    const file = join(tmpdir(), `akim-bench-badges-${process.pid}.txt`);
    writeFileSync(file, `${badges.join('\n')}\n`);
    Object.assign(env, { BENCH_BADGES: file, BENCH_CLIENT_PREFIX: clientPrefix });
  }
  if (tokens) {
    const file = join(tmpdir(), `akim-bench-tokens-${process.pid}.txt`);
    writeFileSync(file, `${tokens.join('\n')}\n`);
    env.BENCH_TOKENS = file;
  }
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '20s', '-s', WRK_SCRIPT, url];
  const [cmd, cmdArgs] = onCore(0, 'wrk', args);
  const child = start('wrk', cmd, cmdArgs, { env });
  const code = await Promise.race([child.exited, sleep((duration + 30) * 1000).then(() => stop(child, 'SIGKILL'))]);
  const output = child.output();
  const line = /WRK_JSON (\{.*\})/.exec(output);
  if (!line) {
    throw new Error(`wrk ${url} failed (exit ${code}):\n${output}`);
  }
  const r = JSON.parse(line[1]);
  const seconds = r.durationUs / 1e6 || 1;
  const socketErrors = r.connect + r.read + r.write + r.timeout;
  return {
    throughput: round(r.requests / seconds),
    p50Ms: round(r.p50Us / 1000),
    p99Ms: round(r.p99Us / 1000),
    errors: r.status + socketErrors,
    non2xx: r.status,
    socketErrors,
    timeouts: r.timeout,
    requests: r.requests,
    seconds,
  };
}

export const hasPgbench = spawnSync('pgbench', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * pgbench with a custom script against the app's database: -c clients -j threads, -T seconds,
 * the extended protocol like node-postgres. Returns TPS and failures, or throws with its output.
 */
export async function pgbench({ url, script, seconds, defines, clients = 10, threads = 2 }) {
  const args = ['-n', '-M', 'extended', '-c', String(clients), '-j', String(threads), '-T', String(seconds)];
  for (const [name, value] of Object.entries(defines)) {
    args.push('-D', `${name}=${value}`);
  }
  const [cmd, cmdArgs] = onCore(0, 'pgbench', [...args, '-f', script, url]);
  const child = start('pgbench', cmd, cmdArgs, { env: { PATH: process.env.PATH, PGCONNECT_TIMEOUT: '10' } });
  const code = await Promise.race([child.exited, sleep((seconds + 60) * 1000).then(() => stop(child, 'SIGKILL'))]);
  const output = child.output();
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  if (!tps) {
    throw new Error(`pgbench ${script} failed (exit ${code}):\n${output}`);
  }
  const number = (re) => Number(re.exec(output)?.[1] ?? NaN);
  return {
    tps: round(Number(tps[1])),
    latencyMs: round(number(/latency average = ([\d.]+) ms/), 2),
    transactions: number(/number of transactions actually processed: (\d+)/),
    failed: number(/number of failed transactions: (\d+)/) || 0,
    exitCode: code,
  };
}
