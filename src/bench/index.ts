// npm run bench: performance of the service measured against a baseline taken in the same
// run on the same machine, printed as ratios (absolute numbers depend on the machine).
import { PROVIDERS } from '../db/schema-files.ts';
import { benchIngest } from './ingest.ts';

const format = (value: number, digits = 0) => value.toFixed(digits).padStart(9);

console.log('createInteractions ingest: batches of 100 interactions, 3 attributes and 3 members each (objectURI, crosswalk, attribute mapping)');
console.log(`${'database'.padEnd(11)}${'API/s'.padStart(9)}${'raw/s'.padStart(9)}${'ratio'.padStart(9)}${'ms/batch'.padStart(9)}${'db ms'.padStart(9)}${'stmts'.padStart(9)}`);
for (const provider of PROVIDERS) {
  const result = await benchIngest(provider);
  console.log(
    `${provider.padEnd(11)}${format(result.apiPerSecond)}${format(result.rawPerSecond)}${format(result.ratio, 2)}${format(result.requestMs, 1)}${format(result.databaseMs, 1)}${format(result.statementsPerBatch, 0)}`,
  );
}
console.log('API/s: interactions per second through HTTP + GraphQL; raw/s: the same rows by the raw driver (better-sqlite3 / pg multi-row INSERT, one transaction per batch);');
console.log('ms/batch: one request end to end; db ms: time inside database statements per request (Prisma query events); stmts: statements per request.');
