// The install's builds (postinstall): a failed build or a missing build tool is a warning, never
// a failed `npm install`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInstallBuilds } from '../../src/tools/install-builds.ts';

describe('install builds', () => {
  it('are run by postinstall through the wrapper, not chained with && after the Prisma client', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.postinstall).toContain('src/tools/install-builds.ts');
    expect(scripts.postinstall).not.toMatch(/build-(playground|app)\.ts/);
  });

  it('skip a build whose tool is not installed, with a warning naming the command that builds it', () => {
    const warnings: string[] = [];
    const outcomes = runInstallBuilds(
      [{ name: 'thing', tool: 'no-such-build-tool', script: 'src/tools/none.ts', command: 'npm run build:thing' }],
      { warn: (message) => warnings.push(message) },
    );
    expect(outcomes).toEqual({ thing: 'skipped' });
    expect(warnings).toEqual([expect.stringMatching(/no-such-build-tool is not installed.*npm run build:thing/)]);
  });

  it('report a failed build as a warning and go on with the next one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'install-builds-'));
    const failing = join(dir, 'fails.ts');
    writeFileSync(failing, "throw new Error('broken build');\n");
    const passing = join(dir, 'passes.ts');
    writeFileSync(passing, 'export {};\n');
    const warnings: string[] = [];
    const outcomes = runInstallBuilds(
      [
        { name: 'broken', tool: 'esbuild', script: failing, command: 'npm run build:broken' },
        { name: 'fine', tool: 'esbuild', script: passing, command: 'npm run build:fine' },
      ],
      { warn: (message) => warnings.push(message) },
    );
    expect(outcomes).toEqual({ broken: 'failed', fine: 'built' });
    expect(warnings).toEqual([expect.stringMatching(/broken not built \(exit code 1\).*npm run build:broken/)]);
  });
});
