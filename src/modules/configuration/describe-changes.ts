// What a configuration change would do, for a person to read before applying it (config:import
// --dry-run): the sources and types added, removed and changed, and in a changed type the
// attributes and participants added, removed and changed, each with its old and new values.
import type { ConfigurationDocument } from './document.ts';

interface Named {
  name: string;
}

const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** `field old → new` for each field whose value differs, but those in `skip` (described on their own). */
function fieldChanges(before: object, after: object, skip: string[] = []): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !skip.includes(key));
  return keys.flatMap((key) => {
    const [was, is] = [(before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]];
    return show(was) === show(is) ? [] : [`${key} ${show(was)} → ${show(is)}`];
  });
}

/**
 * Lines for the items of one list: `+ what name`, `- what name`, `~ what name` followed by its
 * changes indented below it. Attributes and participants are shown in their order, so a new
 * order alone is a change too.
 */
function listChanges<T extends Named>(what: string, before: T[], after: T[], changesOf: (was: T, is: T) => string[]): string[] {
  const lines: string[] = [];
  for (const item of after) {
    const was = before.find((candidate) => candidate.name === item.name);
    if (!was) {
      lines.push(`+ ${what} ${item.name}`);
      continue;
    }
    const changes = changesOf(was, item);
    if (changes.length) lines.push(`~ ${what} ${item.name}`, ...changes.map((line) => `    ${line}`));
  }
  for (const item of before) if (!after.some((candidate) => candidate.name === item.name)) lines.push(`- ${what} ${item.name}`);
  const kept = (items: T[], others: T[]) =>
    items.filter((item) => others.some((other) => other.name === item.name)).map((item) => item.name);
  if (show(kept(before, after)) !== show(kept(after, before))) lines.push(`~ order of the ${what}s: ${kept(after, before).join(', ')}`);
  return lines;
}

/** Every difference between two configurations, one line each; [] when they are the same. */
export function describeChanges(before: ConfigurationDocument, after: ConfigurationDocument): string[] {
  return [
    ...listChanges('source', before.sources, after.sources, (was, is) => fieldChanges(was, is)),
    ...listChanges('entity type', before.entityTypes, after.entityTypes, (was, is) => [
      ...fieldChanges(was, is, ['attributes']),
      ...listChanges('attribute', was.attributes, is.attributes, (a, b) => fieldChanges(a, b)),
    ]),
    ...listChanges('interaction type', before.interactionTypes, after.interactionTypes, (was, is) => [
      ...fieldChanges(was, is, ['attributes', 'participants']),
      ...listChanges('attribute', was.attributes, is.attributes, (a, b) => fieldChanges(a, b)),
      ...listChanges('participant', was.participants, is.participants, (a, b) => fieldChanges(a, b)),
    ]),
  ];
}
