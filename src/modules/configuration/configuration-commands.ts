// The configuration operations the API offers, each a ChangeBuilder for changeConfiguration.
import { problem, type Problem } from '../../errors/catalog.ts';
import type { RequestContext } from '../../graphql/context.ts';
import { changeConfiguration, type ChangeOutcome } from './change-configuration.ts';
import {
  parseConfiguration,
  parseEntityType,
  parseInteractionType,
  parseSource,
  type ConfigurationDocument,
} from './document.ts';
import { nameFromUri } from './uris.ts';

type Kind = 'sources' | 'entityTypes' | 'interactionTypes';
type Item = ConfigurationDocument[Kind][number];

export type ApplyMode = 'MERGE' | 'REPLACE';

export interface CommandOutcome extends ChangeOutcome {
  /** URI of the object a single-object command created, changed or removed. */
  uri: string | null;
}

const uriPrefix: Record<Kind, string> = {
  sources: 'configuration/sources/',
  entityTypes: 'configuration/entityTypes/',
  interactionTypes: 'configuration/interactionTypes/',
};
const what: Record<Kind, string> = { sources: 'source', entityTypes: 'entity type', interactionTypes: 'interaction type' };
const parsers = { sources: parseSource, entityTypes: parseEntityType, interactionTypes: parseInteractionType };

async function run(
  ctx: RequestContext,
  build: Parameters<typeof changeConfiguration>[2],
  options: { allowImmutableToMutable?: boolean },
  uri: string | null = null,
): Promise<CommandOutcome> {
  const outcome = await changeConfiguration(ctx.db, ctx.tenantId, build, options);
  if (outcome.changed) ctx.invalidateConfiguration();
  return { ...outcome, uri: outcome.ok ? uri : null };
}

function refused(problems: Problem[]): CommandOutcome {
  return { ok: false, changed: false, version: -1, problems, uri: null };
}

/** Paths of problems in a single object, made relative to that object's input. */
function relativeTo(kind: Kind, index: number, problems: Problem[]): Problem[] {
  return problems.map((item) =>
    item.path[0] === kind && item.path[1] === index ? { ...item, path: ['input', ...item.path.slice(2)] } : item,
  );
}

/** A source marked default takes the mark from the others: a tenant has exactly one. */
function withSingleDefault(document: ConfigurationDocument, newDefault: string | null): ConfigurationDocument {
  if (!newDefault) return document;
  return { ...document, sources: document.sources.map((source) => ({ ...source, isDefault: source.name === newDefault })) };
}

/** Applies a whole configuration document: MERGE keeps objects it does not name, REPLACE removes them. */
export async function applyConfiguration(
  ctx: RequestContext,
  input: unknown,
  options: { mode: ApplyMode; allowImmutableToMutable?: boolean },
): Promise<CommandOutcome> {
  const parsed = parseConfiguration(input);
  if (!parsed.ok) return withVersion(ctx, refused(parsed.problems));
  const document = parsed.value;
  return run(ctx, (current) => {
    if (options.mode === 'REPLACE') return document;
    const merge = <T extends Item>(existing: T[], given: T[]) => [
      ...existing.map((item) => given.find((candidate) => candidate.name === item.name) ?? item),
      ...given.filter((item) => !existing.some((candidate) => candidate.name === item.name)),
    ];
    const merged: ConfigurationDocument = {
      sources: merge(current.sources, document.sources),
      entityTypes: merge(current.entityTypes, document.entityTypes),
      interactionTypes: merge(current.interactionTypes, document.interactionTypes),
    };
    return withSingleDefault(merged, document.sources.find((source) => source.isDefault)?.name ?? null);
  }, options);
}

/** Creates a source, entity type or interaction type; its name must be new. */
export async function createObject(ctx: RequestContext, kind: Kind, input: unknown, options: { allowImmutableToMutable?: boolean } = {}) {
  const parsed = parsers[kind](input);
  if (!parsed.ok) return withVersion(ctx, refused(parsed.problems.map((item) => ({ ...item, path: ['input', ...item.path] }))));
  const item = parsed.value;
  let index = -1;
  const outcome = await run(
    ctx,
    (current) => {
      const list = current[kind] as Item[];
      if (list.some((existing) => existing.name === item.name)) {
        return [problem('DUPLICATE_NAME', `${what[kind]} ${item.name} already exists`, ['input', 'name'])];
      }
      index = list.length;
      const target = { ...current, [kind]: [...list, item] } as ConfigurationDocument;
      return kind === 'sources' && (item as { isDefault: boolean }).isDefault ? withSingleDefault(target, item.name) : target;
    },
    options,
    uriPrefix[kind] + item.name,
  );
  return { ...outcome, problems: relativeTo(kind, index, outcome.problems) };
}

/** Replaces the definition of an existing object (found by URI); renaming is not possible. */
export async function updateObject(ctx: RequestContext, kind: Kind, uri: string, input: unknown, options: { allowImmutableToMutable?: boolean } = {}) {
  const parsed = parsers[kind](input);
  if (!parsed.ok) return withVersion(ctx, refused(parsed.problems.map((item) => ({ ...item, path: ['input', ...item.path] }))));
  const item = parsed.value;
  const name = nameFromUri(uri, kind);
  let index = -1;
  const outcome = await run(
    ctx,
    (current) => {
      const list = current[kind] as Item[];
      index = list.findIndex((existing) => existing.name === name);
      if (index < 0) return [problem('CONFIGURATION_NOT_FOUND', `no ${what[kind]} ${uri}`, ['uri'])];
      if (item.name !== name) return [problem('INVALID_NAME', `the name cannot change (${name} to ${item.name}); create a new ${what[kind]} instead`, ['input', 'name'])];
      const target = { ...current, [kind]: list.map((existing, at) => (at === index ? item : existing)) } as ConfigurationDocument;
      return kind === 'sources' && (item as { isDefault: boolean }).isDefault ? withSingleDefault(target, item.name) : target;
    },
    options,
    uri,
  );
  return { ...outcome, problems: relativeTo(kind, index, outcome.problems) };
}

/** Removes an object by URI, when nothing stored or configured depends on it. */
export async function deleteObject(ctx: RequestContext, kind: Kind, uri: string) {
  const name = nameFromUri(uri, kind);
  return run(
    ctx,
    (current) => {
      const list = current[kind] as Item[];
      if (!list.some((existing) => existing.name === name)) return [problem('CONFIGURATION_NOT_FOUND', `no ${what[kind]} ${uri}`, ['uri'])];
      return { ...current, [kind]: list.filter((existing) => existing.name !== name) } as ConfigurationDocument;
    },
    {},
    uri,
  );
}

async function withVersion(ctx: RequestContext, outcome: CommandOutcome): Promise<CommandOutcome> {
  return { ...outcome, version: (await ctx.configuration()).version };
}
