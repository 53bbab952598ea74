// npm run build:app (and the install, through postinstall): builds the example app the service
// serves at /app (src/tools/app-bundle.ts). --if-stale skips a build whose inputs are unchanged.
// Arguments are parsed here rather than by tool-context.ts, which opens the database: the
// install runs this before any exists.
import { parseArgs } from 'node:util';
import { APP_BUNDLE_DIR } from '../http/example-app.ts';
import { buildApp } from './app-bundle.ts';

const usage = 'npm run build:app [-- --if-stale]   (--if-stale: only when the sources or installed packages changed)';
let flags: { 'if-stale'?: boolean; help?: boolean };
try {
  flags = parseArgs({ options: { 'if-stale': { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }).values;
} catch (error) {
  console.error(`${(error as Error).message.split('\n')[0]}\nusage: ${usage}`);
  process.exit(1);
}
if (flags.help) {
  console.log(`usage: ${usage}`);
  process.exit(0);
}
const result = await buildApp({ ifStale: flags['if-stale'] === true });
const size = `${(result.bytes / 1024).toFixed(0)} KiB`;
console.log(
  result.built ? `example app: built ${APP_BUNDLE_DIR} (${size}) in ${result.milliseconds} ms` : `example app: up to date (${size})`,
);
