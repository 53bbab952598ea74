// npm run load -- <file> [options]: loads a file of interactions (or, with --entities, of
// entities) through the service's GraphQL API. See `--help` and the README's "Loading files".
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { USAGE_ERROR } from './command-line.ts';
import { flagsNpmSwallowed } from './npm-swallowed-flags.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, load, type InputFormat } from '../loader/load.ts';
import { progressReporter } from '../loader/progress.ts';
import { LoadInterrupted } from '../loader/retry.ts';

const HELP = `Loads a file of interactions (or entities) through the service's GraphQL API.

Usage: npm run load -- <file> [options]      (or: npx interactions-load <file> [options])

The file: NDJSON (one InteractionInput or EntityInput per line), a JSON array of them, or CSV
with --mapping; gzip-compressed or not. A rejects file of an earlier load loads as it is.

  --entities               load entities (createEntities) rather than interactions
  --mapping <file>         for CSV: which columns make the type, timestamp, attributes,
                           crosswalks and members (see the README)
  --format <ndjson|json|csv>  when the name and first character do not tell
  --url <url>              the GraphQL endpoint (INTERACTIONS_URL; http://localhost:4000/graphql)
  --key <key>              an API key or JWT with the WRITER role (INTERACTIONS_API_KEY, better:
                           a --key shows in the process list to other users of the machine)
  --tenant <id>            the tenant, for an operator's credential (INTERACTIONS_TENANT)
  --source <name>          the source system the rows speak for (Source-System header)
  --batch-size <n>         rows per request (${DEFAULT_BATCH_SIZE}, or the service's maximum when lower)
  --concurrency <n>        requests in flight at once (${DEFAULT_CONCURRENCY})
  --rejects <file>         where rows that were not stored go (<name>.rejects.ndjson or .csv)
  --checkpoint <file>      where progress is kept for --resume (<file>.checkpoint.json)
  --resume                 continue a load that stopped, from its checkpoint
  --restart                forget an earlier load's checkpoint (stopped or finished) and load the
                           file from the start
  --json                   progress and the summary as JSON lines on standard output
  --progress-every <s>     seconds between progress lines when not on a terminal (5)
  --retry-for <s>          how long to retry an unreachable or failing service before stopping (600)

Exit codes: 0 every row stored (or stored before), 2 some rows rejected (see the rejects file),
1 stopped (an error; after fixing it, --resume continues), 130 interrupted by Ctrl-C (143 by
SIGTERM; --resume continues), 64 a command line the loader does not take.`;

function fail(message: string): never {
  console.error(`load: ${message}`);
  process.exit(1);
}

// A command line the loader does not take exits as every tool's does, apart from a load that
// ran and stopped (1) or rejected rows (2).
function usageError(message: string): never {
  console.error(`load: ${message}`);
  process.exit(USAGE_ERROR);
}

const positive = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) usageError(`--${name} must be a whole number of at least 1, not ${value}`);
  return number;
};

const OPTIONS = {
  entities: { type: 'boolean' },
  mapping: { type: 'string' },
  format: { type: 'string' },
  url: { type: 'string' },
  key: { type: 'string' },
  tenant: { type: 'string' },
  source: { type: 'string' },
  'batch-size': { type: 'string' },
  concurrency: { type: 'string' },
  rejects: { type: 'string' },
  checkpoint: { type: 'string' },
  resume: { type: 'boolean' },
  restart: { type: 'boolean' },
  json: { type: 'boolean' },
  'progress-every': { type: 'string' },
  'retry-for': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
// npm run load keeps flags given without `--` for itself (npm's own --json among them).
const swallowed = flagsNpmSwallowed(Object.keys(OPTIONS));
if (swallowed.length) {
  usageError(
    `npm took ${swallowed.join(', ')} as its own setting and did not pass it on; put the loader's arguments after --: npm run load -- <file> …`,
  );
}
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: OPTIONS, strict: true });
} catch (error) {
  usageError(`${(error as Error).message}; see --help`);
}
const { values: flags, positionals } = parsed;
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) usageError('give one file to load; see --help');
const file = positionals[0]!;
if (flags.format && !['ndjson', 'json', 'csv'].includes(flags.format)) usageError(`--format is ndjson, json or csv, not ${flags.format}`);
if (flags.resume && flags.restart) usageError('--resume and --restart contradict each other: choose one');

const format = flags.format as InputFormat | undefined;
const isCsv = format === 'csv' || (!format && /\.csv(\.gz)?$/i.test(file));
const stem = basename(file)
  .replace(/\.gz$/i, '')
  .replace(/\.(ndjson|jsonl|json|csv)$/i, '');
const rejectsPath = flags.rejects ?? join(dirname(file), `${stem}.rejects.${isCsv ? 'csv' : 'ndjson'}`);
const style = flags.json ? 'json' : process.stderr.isTTY ? 'bar' : 'lines';
const reporter = progressReporter(style, 1000 * (positive('progress-every', flags['progress-every']) ?? 5));

// Ctrl-C once: finish the requests in flight and keep the checkpoint; twice: quit at once
// (the checkpoint, written after every batch, still holds).
const stop = new AbortController();
const INTERRUPTED = { SIGINT: 130, SIGTERM: 143 };
let interruptedBy: keyof typeof INTERRUPTED = 'SIGINT';
// The bar hides the cursor while it draws: a quit at once must show it again.
process.on('exit', () => {
  if (style === 'bar') process.stderr.write('\u001b[?25h');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(INTERRUPTED[signal]);
    interruptedBy = signal;
    reporter.note('stopping: finishing the requests in flight (Ctrl-C again to quit at once); --resume continues');
    stop.abort();
  });
}

try {
  const summary = await load({
    file,
    kind: flags.entities ? 'entities' : 'interactions',
    format,
    mappingPath: flags.mapping,
    api: {
      url: flags.url ?? process.env.INTERACTIONS_URL ?? 'http://localhost:4000/graphql',
      key: flags.key ?? process.env.INTERACTIONS_API_KEY,
      tenant: flags.tenant ?? process.env.INTERACTIONS_TENANT,
      source: flags.source,
      requestTimeoutMs: 120_000,
    },
    batchSize: positive('batch-size', flags['batch-size']),
    concurrency: positive('concurrency', flags.concurrency),
    rejectsPath,
    checkpointPath: flags.checkpoint ?? `${file}.checkpoint.json`,
    resume: Boolean(flags.resume),
    restart: Boolean(flags.restart),
    retryForMs: 1000 * (positive('retry-for', flags['retry-for']) ?? 600),
    reporter,
    signal: stop.signal,
  });
  reporter.finish(summary);
  process.exitCode = { loaded: 0, 'loaded with rejects': 2, interrupted: INTERRUPTED[interruptedBy], stopped: 1 }[summary.outcome];
} catch (error) {
  if (error instanceof LoadInterrupted) {
    reporter.note('interrupted before any row was sent');
    process.exit(INTERRUPTED[interruptedBy]);
  }
  if (flags.json) console.log(JSON.stringify({ event: 'error', message: (error as Error).message }));
  fail((error as Error).message);
}
