// npm run build:app (and the install, through postinstall): builds the example app the service
// serves at /app (src/tools/app-bundle.ts). --if-stale skips a build whose inputs are unchanged.
import { APP_BUNDLE_DIR } from '../http/example-app.ts';
import { commandLine } from './command-line.ts';

const { values } = commandLine({
  script: 'build:app',
  synopsis: '[--if-stale]',
  help: `Builds the example app the service serves at /app.

  --if-stale    only when its sources or the installed packages changed since the last build

Exit codes: 0 built or up to date, 1 failed, 64 a command line it does not take.`,
  options: { 'if-stale': { type: 'boolean' } },
});
// Loaded once the command line is known good: Vite takes seconds to load, --help should not.
const { buildApp } = await import('./app-bundle.ts');
const result = await buildApp({ ifStale: values['if-stale'] === true });
const size = `${(result.bytes / 1024).toFixed(0)} KiB`;
console.log(
  result.built ? `example app: built ${APP_BUNDLE_DIR} (${size}) in ${result.milliseconds} ms` : `example app: up to date (${size})`,
);
