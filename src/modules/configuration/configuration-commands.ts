// The configuration operations the API offers, each a ChangeBuilder for changeConfiguration.
import { problem, type Problem } from '../../errors/catalog.ts';
import { fromCustomerInsights, overStoredType } from './customer-insights.ts';
import { exportConfiguration } from './export.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { changeConfiguration, type ChangeOutcome } from './change-configuration.ts';
import type { ChangeOptions } from './change-options.ts';
import { configurationTimeoutMs } from './configuration-timeout.ts';
import { backfillOnRequest } from './backfill-on-request.ts';
import { parseConfiguration, parseEntityType, parseInteractionType, parseSource, type ConfigurationDocument } from './document.ts';
import { configurationUri, nameFromUri } from '../uris/uris.ts';
import { checkNames } from './validate-document.ts';

type Kind = 'sources' | 'entityTypes' | 'interactionTypes';
type Item = ConfigurationDocument[Kind][number];

export type ApplyMode = 'MERGE' | 'REPLACE';

export interface CommandOutcome extends ChangeOutcome {
  /** URI of the object a single-object command created, changed or removed. */
  uri: string | null;
  /** What an import ignored, added or inferred. */
  notes?: string[];
}

const what: Record<Kind, string> = { sources: 'source', entityTypes: 'entity type', interactionTypes: 'interaction type' };
const parsers = { sources: parseSource, entityTypes: parseEntityType, interactionTypes: parseInteractionType };

async function run(
  ctx: ServiceContext,
  build: Parameters<typeof changeConfiguration>[2],
  options: ChangeOptions,
  uri: string | null = null,
): Promise<CommandOutcome> {
  const outcome = await changeConfiguration(ctx.db, ctx.tenantId, build, { ...options, timeoutMs: configurationTimeoutMs(ctx.settings) });
  if (outcome.changed && !options.dryRun) ctx.invalidateConfiguration();
  // A re-key asked for with nothing to change is the backfill's trigger.
  if (options.rekey && outcome.ok && !outcome.changed) {
    if (options.dryRun)
      return {
        ...outcome,
        uri,
        notes: [
          'the configuration would not change; the re-key asked for would backfill the keys of interactions stored before dedup keys',
        ],
      };
    return { ...(await backfillOnRequest(ctx, outcome)), uri };
  }
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
  ctx: ServiceContext,
  input: unknown,
  options: ChangeOptions & { mode: ApplyMode },
): Promise<CommandOutcome> {
  const parsed = parseConfiguration(input);
  if (!parsed.ok) return withVersion(ctx, refused(parsed.problems));
  const document = parsed.value;
  if (options.mode === 'REPLACE') return run(ctx, () => document, options);

  const ownProblems = mergeableProblems(document);
  if (ownProblems.length) return withVersion(ctx, refused(ownProblems));
  // Problems are found in the merged document; they are reported at the given object's
  // index in the input, or by name for a stored object the input does not name.
  const inputIndex: Record<Kind, Array<number | null>> = { sources: [], entityTypes: [], interactionTypes: [] };
  const mergedNames: Record<Kind, string[]> = { sources: [], entityTypes: [], interactionTypes: [] };
  const outcome = await run(
    ctx,
    (current) => {
      const merge = <T extends Item>(kind: Kind, existing: T[], given: T[]): T[] => {
        const merged = [
          ...existing.map((item) => given.find((candidate) => candidate.name === item.name) ?? item),
          ...given.filter((item) => !existing.some((candidate) => candidate.name === item.name)),
        ];
        inputIndex[kind] = merged.map((item) => {
          const index = (given as Item[]).indexOf(item);
          return index < 0 ? null : index;
        });
        mergedNames[kind] = merged.map((item) => item.name);
        return merged;
      };
      const merged: ConfigurationDocument = {
        sources: merge('sources', current.sources, document.sources),
        entityTypes: merge('entityTypes', current.entityTypes, document.entityTypes),
        interactionTypes: merge('interactionTypes', current.interactionTypes, document.interactionTypes),
      };
      return withSingleDefault(merged, document.sources.find((source) => source.isDefault)?.name ?? null);
    },
    options,
  );
  const problems = outcome.problems.map((item) => {
    const [kind, index, ...rest] = item.path;
    if (!(typeof kind === 'string' && kind in inputIndex && typeof index === 'number')) return item;
    const given = inputIndex[kind as Kind][index];
    return {
      ...item,
      path: given === null || given === undefined ? [kind, mergedNames[kind as Kind][index] ?? index, ...rest] : [kind, given, ...rest],
    };
  });
  return { ...outcome, problems };
}

/** What a document to merge must get right on its own: unique names and at most one default source. */
function mergeableProblems(document: ConfigurationDocument): Problem[] {
  const problems: Problem[] = [];
  checkNames(document.sources, ['sources'], 'source', problems);
  checkNames(document.entityTypes, ['entityTypes'], 'entity type', problems);
  checkNames(document.interactionTypes, ['interactionTypes'], 'interaction type', problems);
  const defaults = document.sources.filter((source) => source.isDefault).length;
  if (defaults > 1)
    problems.push(
      problem('DEFAULT_SOURCE_REQUIRED', `exactly one source must be the default; the document marks ${defaults}`, ['sources']),
    );
  return problems;
}

/** Creates a source, entity type or interaction type; its name must be new. */
export async function createObject(ctx: ServiceContext, kind: Kind, input: unknown, options: ChangeOptions = {}) {
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
      const target = { ...current, [kind]: [...list, item] };
      return kind === 'sources' && (item as { isDefault: boolean }).isDefault ? withSingleDefault(target, item.name) : target;
    },
    options,
    configurationUri(item.name, kind),
  );
  return { ...outcome, problems: relativeTo(kind, index, outcome.problems) };
}

/** Replaces the definition of an existing object (found by URI); renaming is not possible. */
export async function updateObject(ctx: ServiceContext, kind: Kind, uri: string, input: unknown, options: ChangeOptions = {}) {
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
      if (item.name !== name)
        return [
          problem('INVALID_NAME', `the name cannot change (${name} to ${item.name}); create a new ${what[kind]} instead`, [
            'input',
            'name',
          ]),
        ];
      const target = { ...current, [kind]: list.map((existing, at) => (at === index ? item : existing)) };
      return kind === 'sources' && (item as { isDefault: boolean }).isDefault ? withSingleDefault(target, item.name) : target;
    },
    options,
    uri,
  );
  return { ...outcome, problems: relativeTo(kind, index, outcome.problems) };
}

/** Removes an object by URI, when nothing stored or configured depends on it. */
export async function deleteObject(ctx: ServiceContext, kind: Kind, uri: string) {
  const name = nameFromUri(uri, kind);
  return run(
    ctx,
    (current) => {
      const list = current[kind] as Item[];
      if (!list.some((existing) => existing.name === name)) return [problem('CONFIGURATION_NOT_FOUND', `no ${what[kind]} ${uri}`, ['uri'])];
      return { ...current, [kind]: list.filter((existing) => existing.name !== name) };
    },
    {},
    uri,
  );
}

async function withVersion(ctx: ServiceContext, outcome: CommandOutcome): Promise<CommandOutcome> {
  return { ...outcome, version: (await ctx.configuration()).version };
}

/**
 * Applies Customer Insights interaction type definitions (one or a list, as their JSON) over
 * the tenant's configuration (MERGE): the profile types and sources they name must exist.
 * `notes` says what was ignored, added or inferred.
 */
export async function importCustomerInsights(
  ctx: ServiceContext,
  definitions: unknown,
  options: ChangeOptions = {},
): Promise<CommandOutcome> {
  if (typeof definitions === 'string') {
    try {
      definitions = JSON.parse(definitions) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ...(await withVersion(ctx, refused([problem('INVALID_DOCUMENT', `the definitions are not JSON: ${reason}`, [])]))),
        notes: [],
      };
    }
  }
  const translated = fromCustomerInsights(definitions);
  if (translated.problems.length) return { ...(await withVersion(ctx, refused(translated.problems))), notes: translated.notes };
  const stored = exportConfiguration(await ctx.configuration()).interactionTypes;
  const interactionTypes = translated.interactionTypes.map((type) =>
    overStoredType(
      type,
      stored.find((candidate) => candidate.name === type.name),
    ),
  );
  const outcome = await applyConfiguration(ctx, { interactionTypes }, { mode: 'MERGE', ...options });
  return { ...outcome, notes: [...translated.notes, ...(outcome.notes ?? [])] };
}
