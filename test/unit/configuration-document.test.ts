// The configuration document's own rules alone, without a database: shape and consistency.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfiguration } from '../../src/modules/configuration/document.ts';
import { validateDocument } from '../../src/modules/configuration/validate-document.ts';

const demo = JSON.parse(readFileSync('prisma/seed/demo-configuration.json', 'utf8')) as Record<string, unknown>;

const problemsOf = (input: unknown) => {
  const parsed = parseConfiguration(input);
  return (parsed.ok ? validateDocument(parsed.value) : parsed.problems).map((problem) => `${problem.name} at ${problem.path.join('.')}`);
};

describe('configuration documents', () => {
  it('finds nothing wrong with the demo configuration', () => {
    expect(problemsOf(demo)).toEqual([]);
  });

  it('refuses a document of the wrong shape with INVALID_DOCUMENT at the field', () => {
    expect(problemsOf({ sources: [{ name: 'A', isDefault: 'yes' }] })).toEqual(['INVALID_DOCUMENT at sources.0.isDefault']);
    expect(problemsOf({ sources: [{ name: 'A', colour: 'red' }] })[0]).toMatch(/^INVALID_DOCUMENT at sources\.0/);
  });

  it('wants exactly one default source and valid, unique names', () => {
    expect(problemsOf({ sources: [{ name: 'A' }] })).toEqual(['DEFAULT_SOURCE_REQUIRED at sources']);
    expect(problemsOf({ sources: [{ name: 'A', isDefault: true }, { name: 'A' }] })).toContain('DUPLICATE_NAME at sources.1.name');
    expect(problemsOf({ sources: [{ name: '1st', isDefault: true }] })).toEqual(['INVALID_NAME at sources.0.name']);
  });

  it('checks references inside interaction types: id and timestamp attributes, member entity types', () => {
    const document = {
      sources: [{ name: 'Default', isDefault: true }],
      entityTypes: [{ name: 'Person', attributes: [{ name: 'Name', valueType: 'STRING' }] }],
      interactionTypes: [
        {
          name: 'Call',
          attributes: [{ name: 'At', valueType: 'STRING' }],
          idAttributes: ['Missing'],
          timestampAttribute: 'At',
          participants: [{ name: 'Caller', entityTypes: ['Robot'], minOccurs: 2, maxOccurs: 1 }],
        },
      ],
    };
    expect(problemsOf(document).sort()).toEqual(
      [
        'UNKNOWN_ID_ATTRIBUTE at interactionTypes.0.idAttributes.0',
        'INVALID_TIMESTAMP_ATTRIBUTE_TYPE at interactionTypes.0.timestampAttribute',
        'UNKNOWN_ENTITY_TYPE at interactionTypes.0.participants.0.entityTypes.0',
        'INVALID_OCCURS at interactionTypes.0.participants.0.minOccurs',
      ].sort(),
    );
  });
});
