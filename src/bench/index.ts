// npm run bench: performance of the service measured against a baseline taken in the same
// run on the same machine, printed as ratios (absolute numbers depend on the machine).
import { PROVIDERS } from '../db/schema-files.ts';
import { benchIngest } from './ingest.ts';
import { benchTimeline } from './timeline.ts';

const format = (value: number, digits = 0) => value.toFixed(digits).padStart(10);

console.log('createInteractions ingest: batches of 100 interactions, 3 attributes and 3 members each (objectURI, crosswalk, attribute mapping)');
console.log(`${'database'.padEnd(11)}${'API/s'.padStart(10)}${'raw/s'.padStart(10)}${'ratio'.padStart(10)}${'ms/batch'.padStart(10)}${'db ms'.padStart(10)}${'stmts'.padStart(10)}`);
for (const provider of PROVIDERS) {
  const result = await benchIngest(provider);
  console.log(
    `${provider.padEnd(11)}${format(result.apiPerSecond)}${format(result.rawPerSecond)}${format(result.ratio, 2)}${format(result.requestMs, 1)}${format(result.databaseMs, 1)}${format(result.statementsPerBatch, 0)}`,
  );
  console.log(`  ${provider} statements (mean ms per batch): ${Object.entries(result.statementMs).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ')}`);
}
console.log('  API/s: interactions per second through HTTP + GraphQL; raw/s: the same rows by the raw driver (better-sqlite3 / pg');
console.log('  multi-row INSERT, one transaction per batch); ms/batch: one request end to end; db ms: time inside database');
console.log('  statements per request (Prisma query events); stmts: statements per request. Goal: ratio >= 0.5.');
console.log();
console.log("Entity timeline, first page (50 interactions with members), PostgreSQL, through the server");
const timeline = await benchTimeline();
console.log(`${'stored'.padEnd(11)}${'median ms'.padStart(10)}${'p99 ms'.padStart(10)}`);
for (const result of [timeline.small, timeline.large]) {
  const breakdown = Object.entries(result.statementMs).map(([table, ms]) => `${table} ${ms.toFixed(1)}`).join(', ');
  console.log(`${String(result.stored).padEnd(11)}${format(result.medianMs, 2)}${format(result.p99Ms, 2)}   in statements (mean ms): ${breakdown}`);
}
console.log(`  ratio ${timeline.large.stored} / ${timeline.small.stored} stored: median ${timeline.ratio.toFixed(2)} (goal: at most 1.5), p99 ${(timeline.large.p99Ms / timeline.small.p99Ms).toFixed(2)}`);
