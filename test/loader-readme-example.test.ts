// The README's worked example of the file loader, run as written (its shell blocks, in a
// folder that stands for the project's root) against a service in development mode with the
// demo tenant, as on the quick start: the commands, their exit codes and the rejects file it
// shows stay true.
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/operations/index.ts';
import { CLI_TEST_TIMEOUT, startProcess } from './helpers/cli.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const readme = readFileSync('README.md', 'utf8');
const example = readme.slice(readme.indexOf('### A worked example on the demo tenant'));
/** The example's fenced blocks of one language ('' for output shown as it is), in order. */
const blocks = (language: string) =>
  [...example.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((match) => match[1] === language).map((match) => match[2]!);

const LUNCH_MEMBERS = graphql(`
  query ReadmeLunch($source: String!, $value: String!) {
    interactionByCrosswalk(source: $source, value: $value) {
      attributes(includeHidden: true) {
        name
        values {
          value
        }
      }
      members {
        participant {
          name
        }
        members {
          label
        }
      }
    }
  }
`);

const RECEIVERS = graphql(`
  query ReadmeOpenedEmails {
    interactions(filter: { types: ["EmailOpened"] }, first: 10) {
      edges {
        node {
          members {
            members {
              label
            }
          }
        }
      }
    }
  }
`);

describe('the README worked example of the file loader', () => {
  let service: TestService;
  let root: string;
  const run = (script: string) => startProcess('bash', ['-e', '-c', script], { INTERACTIONS_URL: `${service.url}/graphql` }, root).done;

  beforeAll(async () => {
    service = await startTestService('sqlite', { DEV_MODE: 'true' });
    // The project's root as the README means it, without writing into the checkout.
    root = mkdtempSync(join(tmpdir(), 'readme-load-'));
    for (const entry of ['package.json', 'src', 'node_modules']) symlinkSync(resolve(entry), join(root, entry));
  });
  afterAll(() => service?.stop());

  it(
    'loads the people, rejects one lunch as shown, loads it once fixed and finds the email receivers by their mapped value',
    async () => {
      const [load, fix] = blocks('sh');
      const [summary, rejects] = blocks('');
      // Each load is its own command: the lunches' exit code 2 must not stop the script.
      const loads = load!.replaceAll(/^(npm run load .*)$/gm, '$1 && echo "exit 0" || echo "exit $?"');
      const loaded = await run(loads);
      expect(loaded.code, loaded.stderr).toBe(0);
      expect(loaded.stdout.match(/^exit \d+$/gm)).toEqual(['exit 0', 'exit 2', 'exit 0']);
      expect(loaded.stdout).toContain(summary!.split(' in ')[0]);
      expect(readFileSync(join(root, 'demo-load/lunches.rejects.csv'), 'utf8')).toBe(rejects);

      const fixed = await run(fix!);
      expect(fixed.code, fixed.stderr).toBe(0);
      const lunch = await service.graphql('demo', LUNCH_MEMBERS, { source: 'Salesforce', value: 'L-2' });
      expect(
        lunch.data?.interactionByCrosswalk?.attributes.find((attribute) => attribute.name === 'Cost')?.values,
        JSON.stringify(lunch),
      ).toEqual([{ value: 31 }]);
      const first = await service.graphql('demo', LUNCH_MEMBERS, { source: 'Salesforce', value: 'L-1' });
      expect(
        first.data?.interactionByCrosswalk?.members.map(({ participant, members }) => [
          participant.name,
          members.map((member) => member.label).sort(),
        ]),
      ).toEqual([
        ['Organizers', ['Ada Lovelace']],
        ['Chefs', ['Alan Turing', 'Grace Hopper']],
        ['Participants', ['Royal Infirmary']],
      ]);
      const opened = await service.graphql('demo', RECEIVERS);
      expect(
        opened.data?.interactions.edges
          .flatMap(({ node }) => node.members.flatMap((group) => group.members.map((member) => member.label)))
          .sort(),
      ).toEqual(['Ada Lovelace', 'Grace Hopper']);

      // "a second load of that file (--restart) reports both as already stored and writes nothing"
      const again = await run('npm run load -- demo-load/opened.ndjson --restart');
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('2 rows read, 0 created, 2 already stored, 0 rejected');
    },
    CLI_TEST_TIMEOUT,
  );
});
