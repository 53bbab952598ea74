// npm run bench [-- ingest timeline limits loader]: performance of the service measured against a
// baseline taken in the same run on the same machine, printed as ratios (absolute numbers
// depend on the machine). Without arguments every section runs.
import { PROVIDERS } from '../config/database-url.ts';
import { benchHostile } from './hostile.ts';
import { benchIngest } from './ingest.ts';
import { benchLoader, LOADER_OPTIONS, LOADER_ROWS } from './loader.ts';
import { benchTimeline } from './timeline.ts';
import { benchRequests, type Throughput } from './requests.ts';
import { chosenNames } from './chosen-names.ts';

const SECTIONS = ['requests', 'ingest', 'timeline', 'limits', 'loader'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((section) => !(SECTIONS as readonly string[]).includes(section));
if (unknown.length) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  process.exit(1);
}
const runs = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);
// BENCH_DATABASES=sqlite measures one database only (to profile it); both by default.
let askedDatabases: string[];
try {
  askedDatabases = chosenNames('BENCH_DATABASES', PROVIDERS);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const DATABASES = PROVIDERS.filter((provider) => askedDatabases.includes(provider));
const format = (value: number, digits = 0) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits)).padStart(10);

if (runs('requests')) {
  console.log('Requests through the service (its own process, NODE_ENV=production) beside a raw node:http handler answering the same');
  console.log('bytes with hand-written SQL through the raw driver (src/bench/raw-handler.ts); 10 connections');
  const cell = (figures: Throughput | undefined) =>
    figures
      ? `${format(figures.perSecond)}${format(figures.p50Ms, 1)}${format(figures.p99Ms, 1)}${format(figures.cpuMsPerRequest, 2)}`
      : ''.padStart(40);
  const columns = ['req/s', 'p50 ms', 'p99 ms', 'cpu ms'];
  console.log(
    `${'database'.padEnd(11)}${'request'.padEnd(22)}${'bytes'.padStart(8)}${columns.map((name) => name.padStart(10)).join('')}${columns.map((name) => `raw ${name.split(' ')[0]}`.padStart(10)).join('')}${'ratio'.padStart(8)}${'cpu ratio'.padStart(10)}`,
  );
  for (const provider of DATABASES) {
    for (const figures of await benchRequests(provider)) {
      const ratio = figures.raw ? (figures.service.perSecond / figures.raw.perSecond).toFixed(2) : '';
      const cpuRatio = figures.raw ? format(figures.raw.cpuMsPerRequest / figures.service.cpuMsPerRequest, 2).trim() : '';
      console.log(
        `${provider.padEnd(11)}${figures.name.padEnd(22)}${String(figures.bytes).padStart(8)}${cell(figures.service)}${cell(figures.raw)}${ratio.padStart(8)}${cpuRatio.padStart(10)}`,
      );
    }
  }
  console.log('  ratio: service req/s / raw req/s. Goals: timeline page and interaction by URI >= 0.5, single create >= 0.5.');
  console.log('  framework alone: { __typename } through @apollo/server on Express with pino-http and nothing of the service');
  console.log("  (src/bench/stack-floor.ts): the part of the fixed cost above that is the framework's, not the service's.");
  console.log('  cpu ms: CPU time of the answering process per request; cpu ratio: raw cpu ms / service cpu ms, the same');
  console.log("  comparison without the time other machines take from a shared host (the database server's own CPU is not in it).");
  console.log();
}

if (runs('ingest')) {
  console.log(
    'createInteractions ingest: batches of 100 interactions, 3 attributes and 3 members each (objectURI, crosswalk, property mapping)',
  );
  console.log(
    `${'database run'.padEnd(13)}${'API/s'.padStart(10)}${'raw/s'.padStart(10)}${'ratio'.padStart(10)}${'ms/batch'.padStart(10)}${'db ms'.padStart(10)}${'stmts'.padStart(10)}`,
  );
  // Ingest figures vary run to run with the machine's other work: every run is printed.
  const runs = Number(process.env.BENCH_INGEST_RUNS ?? 3);
  for (const provider of DATABASES) {
    const ratios: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await benchIngest(provider);
      ratios.push(result.ratio);
      console.log(
        `${`${provider} ${run}`.padEnd(13)}${format(result.apiPerSecond)}${format(result.rawPerSecond)}${format(result.ratio, 2)}${format(result.requestMs, 1)}${format(result.databaseMs, 1)}${format(result.statementsPerBatch, 0)}`,
      );
      if (run === runs) {
        console.log(
          `  ${provider} statements (mean ms per batch, last run): ${Object.entries(result.statementMs)
            .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
            .join(', ')}`,
        );
      }
    }
    console.log(
      `  ${provider} ratio over ${runs} runs: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')} (lowest ${Math.min(...ratios).toFixed(2)})`,
    );
  }
  console.log('  API/s: interactions per second through HTTP + GraphQL; raw/s: the same rows by the raw driver (better-sqlite3 / pg');
  console.log('  multi-row INSERT, one transaction per batch); ms/batch: one request end to end; db ms: time inside database');
  console.log("  statements per request (from the service's /metrics); stmts: statements per request. Goal: ratio >= 0.7 on every run.");
  console.log();
}

if (runs('timeline')) {
  console.log('Entity timeline, first page (50 interactions with members), PostgreSQL, through the server');
  const timeline = await benchTimeline();
  console.log(`${'stored'.padEnd(11)}${'median ms'.padStart(10)}${'p99 ms'.padStart(10)}`);
  for (const result of [timeline.small, timeline.large]) {
    const breakdown = Object.entries(result.statementMs)
      .map(([table, ms]) => `${table} ${ms.toFixed(1)}`)
      .join(', ');
    console.log(
      `${String(result.stored).padEnd(11)}${format(result.medianMs, 2)}${format(result.p99Ms, 2)}   in statements (mean ms): ${breakdown}`,
    );
  }
  console.log(
    `  ratio ${timeline.large.stored} / ${timeline.small.stored} stored: median ${timeline.ratio.toFixed(2)} (goal: at most 1.5), p99 ${(timeline.large.p99Ms / timeline.small.p99Ms).toFixed(2)}`,
  );
  const latestLines = (title: string, latest: typeof timeline.latest) => {
    console.log(title);
    for (const result of [latest.small, latest.large])
      console.log(`${String(result.stored).padEnd(11)}${format(result.medianMs, 2)}${format(result.p99Ms, 2)}`);
    console.log(
      `  ratio ${latest.large.stored} / ${latest.small.stored} stored: median ${latest.ratio.toFixed(2)} (goal: at most 1.5), p99 ${(latest.large.p99Ms / latest.small.p99Ms).toFixed(2)}`,
    );
  };
  latestLines(
    'Latest interaction per participant of the same entity (latestInteractions(by: PARTICIPANT)), through the server',
    timeline.latest,
  );
  latestLines(
    'The tenant\'s latest visit per value of Channel (latestInteractions(attribute: "Channel")), through the server',
    timeline.latestPerValue,
  );
  console.log();
}

if (runs('limits')) {
  console.log('Request limits under attack: the latency of an ordinary query (20 interactions with attributes and members), one at a');
  console.log('time, against the service as its own process: alone, while 4 connections send ordinary queries back to back (the');
  console.log('baseline), and while 4 connections send the hostile requests below back to back');
  const cell = (latency: { medianMs: number; p99Ms: number }) =>
    `${latency.medianMs.toFixed(1)} / ${latency.p99Ms.toFixed(1)}`.padStart(16);
  console.log(
    `${'database'.padEnd(11)}${'alone'.padStart(16)}${'ordinary load'.padStart(16)}${'hostile load'.padStart(16)}${'ratio'.padStart(14)}   (median / p99 ms; ratio: hostile / ordinary load)`,
  );
  for (const provider of DATABASES) {
    const { alone, underLoad, underAttack, refusals } = await benchHostile(provider);
    const ratio = `${(underAttack.medianMs / underLoad.medianMs).toFixed(2)} / ${(underAttack.p99Ms / underLoad.p99Ms).toFixed(2)}`;
    console.log(`${provider.padEnd(11)}${cell(alone)}${cell(underLoad)}${cell(underAttack)}${ratio.padStart(14)}`);
    for (const refusal of refusals) {
      console.log(
        `  ${refusal.name.padEnd(32)} ${String(refusal.count).padStart(5)} sent, answered ${refusal.statuses}, median ${refusal.medianMs.toFixed(1)} ms`,
      );
    }
  }
  console.log();
}

if (runs('loader')) {
  const options = LOADER_OPTIONS.length ? LOADER_OPTIONS.join(' ') : 'its defaults';
  console.log(
    `File loader (npm run load): ${LOADER_ROWS.toLocaleString('en-US')} visits of the ingest section's shape in a NDJSON file, loaded through`,
  );
  console.log(`the server by the loader in a process of its own (${options}), beside the API ingest figure on the same server`);
  console.log(
    `${'database'.padEnd(11)}${'API/s'.padStart(10)}${'loader/s'.padStart(10)}${'ratio'.padStart(10)}${'peak RSS MB'.padStart(13)}${'seconds'.padStart(10)}`,
  );
  for (const provider of DATABASES) {
    let result;
    try {
      result = await benchLoader(provider);
    } catch (error) {
      console.log(`${provider.padEnd(11)}FAILED: ${(error as Error).message}`);
      process.exitCode = 1;
      continue;
    }
    console.log(
      `${provider.padEnd(11)}${format(result.apiPerSecond)}${format(result.loaderPerSecond)}${format(result.ratio, 2)}${format(result.peakRssMb, 1).padStart(13)}${format(result.seconds, 1)}`,
    );
    console.log(`  ${provider} API/s before the load ${result.apiBefore.toFixed(0)}, after it ${result.apiAfter.toFixed(0)}`);
    if (result.failure) {
      console.log(`  ${provider} FAILED: the loader did not store every row: ${result.failure}`);
      process.exitCode = 1;
    }
    if (result.rebuilt) {
      console.log(
        `  ${provider}: the loader's files changed during the load (its bundle was rebuilt): run again for figures of one version`,
      );
    }
  }
  console.log('  API/s: sequential batches of 100 through the API as in ingest, measured before and after the load (which grows');
  console.log('  the database) and combined as an ingest slowing evenly from one to the other would be (harmonic mean);');
  console.log("  loader/s: rows the loader stored per second (its summary's rate); peak RSS: the loader process's. Goals:");
  console.log('  ratio >= 0.9; peak RSS < 150 MB at 100,000 rows and at 10x (BENCH_LOADER_ROWS=1000000). Other loader');
  console.log("  settings: BENCH_LOADER_OPTIONS='--batch-size 500 --concurrency 2'.");
}
