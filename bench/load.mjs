// The two load generators: autocannon in this process (pinned to core 0 by run.mjs) and
// pgbench as a child on core 0. Both bounded in time.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
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
