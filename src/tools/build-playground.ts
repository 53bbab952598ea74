// npm run build:playground (and the install, through postinstall): bundles the playground the
// service serves at /playground and, for browsers, /graphql. --if-stale skips an up-to-date bundle.
import { buildPlayground } from './playground-bundle.ts';
import { PLAYGROUND_BUNDLE_DIR } from '../http/playground/bundle-location.ts';

const result = await buildPlayground({ ifStale: process.argv.includes('--if-stale') });
const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  result.built ? `playground: built ${PLAYGROUND_BUNDLE_DIR} (${size}) in ${result.milliseconds} ms` : `playground: up to date (${size})`,
);
