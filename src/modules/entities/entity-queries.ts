import { encodeCursor, decodeCursor, pageSize } from '../paging/pagination.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { requestError } from '../../errors/request-errors.ts';
import { attributeConditions, type AttributeEquals } from '../attributes/attribute-filter.ts';
import { entityTypeByReference, sourceByReference } from '../configuration/references.ts';
import type { EntityModel } from './entity-model.ts';
import { entityIdFromUri } from '../uris/uris.ts';

export interface EntityEdgeModel {
  cursor: string;
  node: EntityModel;
}

export interface EntityPage {
  edges: EntityEdgeModel[];
  nodes: EntityModel[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface EntityFilter {
  types?: readonly string[] | null;
  attributes?: readonly AttributeEquals[] | null;
}

/** An entity by URI; null for a URI that is not an entity of the tenant. */
export async function findEntity(ctx: ServiceContext, uri: string): Promise<EntityModel | null> {
  const id = entityIdFromUri(uri);
  return id ? ctx.loaders.entityById.load(id) : null;
}

/** The entity holding a crosswalk; null when the source or the crosswalk is unknown. */
export async function findEntityByCrosswalk(ctx: ServiceContext, sourceReference: string, value: string): Promise<EntityModel | null> {
  const source = sourceByReference(await ctx.configuration(), sourceReference);
  return source ? ctx.loaders.entityByCrosswalk.load({ sourceId: source.id, value }) : null;
}

/** A page of entities matching the filter, in id order (stable under inserts before the cursor). */
export async function listEntities(
  ctx: ServiceContext,
  filter: EntityFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<EntityPage> {
  const snapshot = await ctx.configuration();
  const size = pageSize(first);
  const types = (filter?.types ?? []).map((reference) => {
    const type = entityTypeByReference(snapshot, reference);
    if (!type) throw requestError('BAD_REQUEST', `entity type ${reference} is not defined`);
    return type;
  });
  const candidates = types.length ? types : snapshot.entityTypes;
  const where = {
    tenantId: ctx.tenantId,
    ...(types.length ? { entityTypeId: { in: types.map((type) => type.id) } } : {}),
    AND: attributeConditions(candidates, filter?.attributes ?? [], 'entity'),
  };
  const afterId = after ? decodeCursor(after) : null;
  const [rows, totalCount] = await Promise.all([
    ctx.db.entity.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: 'asc' }, take: size + 1 }),
    ctx.db.entity.count({ where }),
  ]);
  const nodes = rows.slice(0, size);
  for (const node of nodes) ctx.loaders.entityById.prime(node.id, node);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
