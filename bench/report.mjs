// The results: a table on the console, bench/results/latest.md and bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COLUMNS = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'baseline', 'ratio'];

const cell = (value) => (value === null || value === undefined ? '—' : String(value));

function rows(report) {
  return report.scenarios.map((s) => [
    s.name,
    s.skipped ? 'skipped' : s.throughput,
    s.p50Ms,
    s.p99Ms,
    s.errors,
    s.baselineThroughput === null ? null : `${s.baselineThroughput} (${s.baselineLabel})`,
    s.ratio,
  ]);
}

function consoleTable(report) {
  const table = [COLUMNS, ...rows(report).map((r) => r.map(cell))];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(table[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

function markdown(report, details) {
  const table = [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows(report).map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const { registration } = report;
  return [
    '# Benchmark results',
    '',
    `${details.date} · commit ${details.commit} · Node ${process.version} · ${details.machine}`,
    '',
    `Database: ${details.database}. Pinning: ${details.pinning}. Duration scale: ${details.scale}.`,
    `Data set: ${details.dataset}.`,
    '',
    ...table,
    '',
    `Registration rush: ${registration.registered} registered, ${registration.waitlisted} waitlisted ` +
      `in ${registration.seconds} s. Peak RSS of the app: ${cell(report.peakRssMb)} MB.`,
    ...(report.votes
      ? [
          '',
          `Votes by name: ${report.votes.voters} voters, ${report.votes.votesSent} votes sent (${report.votes.changes} changed), ` +
            `closed count ${JSON.stringify(report.votes.tally)}: ${report.votes.correct ? 'equals the votes cast' : 'WRONG'}.`,
        ]
      : []),
    '',
    'Throughput is responses per second over the whole run; errors are non-2xx answers plus socket',
    'errors and timeouts. Ratio = app ÷ baseline: the bare node:http + pg agenda server (same SQL, same',
    'JSON), or pgbench TPS of the core SQL of the operation at -c 10 -j 2 (bench/pgbench/*.sql).',
    '',
    ...details.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** Prettier's layout (the repository checks formatting), when prettier is installed. */
async function formatted(file, text) {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...config, filepath: file });
  } catch {
    return text;
  }
}

/** Writes both files (only the shape of the brief goes to JSON) and returns the console table. */
export async function writeReport(dir, report, details) {
  const json = {
    scenarios: report.scenarios.map(
      ({ name, throughput, p50Ms, p99Ms, errors, baselineThroughput, ratio, skipped }) => ({
        name,
        ...(skipped ? { skipped: true } : {}),
        throughput,
        p50Ms,
        p99Ms,
        errors,
        baselineThroughput,
        ratio,
      }),
    ),
    peakRssMb: report.peakRssMb,
    registration: report.registration,
    ...(report.votes ? { votes: report.votes } : {}),
  };
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of [
    ['latest.json', JSON.stringify(json, null, 2)],
    ['latest.md', markdown(report, details)],
  ]) {
    const file = join(dir, name);
    writeFileSync(file, await formatted(file, `${text}\n`));
  }
  return consoleTable(report);
}
