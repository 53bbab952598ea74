// `npm run config:import file.json --merge` (no `--` before the tool's flags) never gives the
// tool `--merge`: npm takes every flag before `--` as one of its own settings, warns on
// stderr about the ones it does not know, and starts the script without them, so the tool
// would do something else than asked (replace instead of merge, apply instead of --dry-run,
// the default tenant instead of --tenant's). What npm took shows in the script's environment,
// as npm_config_<name> variables: a name that is one of the tool's flags, or that npm itself
// does not define and no npmrc file sets, was meant for the tool.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Set by npm for every script whatever it was given (@npmcli/config, set-envs.js).
const ALWAYS_SET = new Set(['global_prefix', 'local_prefix', 'node_gyp', 'npm_version']);

const envName = (flag: string) => flag.replace(/-/g, '_').toLowerCase();

/** The settings npm defines, as their npm_config_ suffixes; null when npm's own definitions cannot be read. */
function npmSettings(npmCli: string | undefined): Set<string> | null {
  if (!npmCli) return null;
  try {
    const { definitions } = createRequire(npmCli)('@npmcli/config/lib/definitions') as { definitions: Record<string, unknown> };
    return new Set(Object.keys(definitions).map(envName));
  } catch {
    return null;
  }
}

/** The settings the npmrc files npm read (user, global, project, npm's own) set, as npm_config_ suffixes. */
function npmrcSettings(env: NodeJS.ProcessEnv): Set<string> {
  const files = [
    env.npm_config_userconfig,
    env.npm_config_globalconfig,
    env.npm_config_local_prefix && join(env.npm_config_local_prefix, '.npmrc'),
    env.npm_execpath && join(dirname(dirname(env.npm_execpath)), 'npmrc'),
  ];
  const names = new Set<string>();
  for (const file of files) {
    let text = '';
    try {
      if (file) text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split(/\r?\n/)) {
      const key = /^\s*([^#;[=\s][^=]*?)\s*=/.exec(line)?.[1];
      if (key) names.add(envName(key));
    }
  }
  return names;
}

/**
 * The flags npm took from the command line of `npm run <script>` that were meant for the tool
 * (as `--name`), or [] when the tool was not started by `npm run`.
 */
export function flagsNpmSwallowed(toolFlags: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.npm_lifecycle_event === undefined || !['run', 'run-script'].includes(env.npm_command ?? '')) return [];
  const own = new Set(toolFlags.map(envName));
  const known = npmSettings(env.npm_execpath);
  const configured = npmrcSettings(env);
  return Object.keys(env)
    .filter((key) => key.startsWith('npm_config_'))
    .map((key) => key.slice('npm_config_'.length))
    .filter((name) => own.has(name) || (known !== null && !known.has(name) && !ALWAYS_SET.has(name) && !configured.has(name)))
    .map((name) => `--${name.replace(/_/g, '-')}`)
    .sort();
}
