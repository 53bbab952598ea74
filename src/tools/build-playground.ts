// npm run build:playground (and the install, through postinstall): bundles the playground the
// service serves at /playground and, for browsers, /graphql. --if-stale skips an up-to-date bundle.
import { buildPlayground } from './playground-bundle.ts';
import { PLAYGROUND_BUNDLE_DIR } from '../http/playground/bundle-location.ts';
import { commandLine } from './command-line.ts';

const { values } = commandLine({
  script: 'build:playground',
  synopsis: '[--if-stale]',
  help: `Bundles the playground the service serves at /playground (and, for browsers, /graphql).

  --if-stale    only when its sources or the installed packages changed since the last build

Exit codes: 0 built or up to date, 1 failed, 64 a command line it does not take.`,
  options: { 'if-stale': { type: 'boolean' } },
});
const result = await buildPlayground({ ifStale: values['if-stale'] === true });
const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  result.built ? `playground: built ${PLAYGROUND_BUNDLE_DIR} (${size}) in ${result.milliseconds} ms` : `playground: up to date (${size})`,
);
