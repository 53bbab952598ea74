// The attributes and crosswalks of a stored object (an entity or an interaction) are read the
// same way for both kinds: from the object when a write just produced them, else through the
// request's loaders, and shaped against the tenant's configuration.
import type { ServiceContext } from '../context/service-context.ts';
import type { AttributeTypeModel } from '../configuration/model.ts';
import { groupAttributes } from '../attributes/attribute-group.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import { crosswalkModels } from '../crosswalks/crosswalk-model.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';

/** What a stored object carries when its parts are already at hand. */
interface StoredObject {
  id: string;
  attributes?: StoredValue[];
  crosswalks?: StoredCrosswalk[];
  showHidden?: boolean;
}

/** How to read the parts of one kind of stored object. */
export interface ObjectParts<Model extends StoredObject> {
  uri: (id: string) => string;
  attributeTypes: (ctx: ServiceContext, object: Model) => Promise<AttributeTypeModel[]>;
  loadValues: (ctx: ServiceContext, id: string) => Promise<StoredValue[]>;
  loadCrosswalks: (ctx: ServiceContext, id: string) => Promise<StoredCrosswalk[]>;
}

/** The `attributes(includeHidden)` and `crosswalks` fields of a kind of stored object. */
export function partResolvers<Model extends StoredObject>(parts: ObjectParts<Model>) {
  return {
    attributes: async (object: Model, { includeHidden }: { includeHidden?: boolean | null }, ctx: ServiceContext) =>
      groupAttributes(
        parts.uri(object.id),
        await parts.attributeTypes(ctx, object),
        object.attributes ?? (await parts.loadValues(ctx, object.id)),
        includeHidden ?? object.showHidden ?? false,
      ),
    crosswalks: async (object: Model, _: unknown, ctx: ServiceContext) =>
      crosswalkModels(parts.uri(object.id), await ctx.configuration(), object.crosswalks ?? (await parts.loadCrosswalks(ctx, object.id))),
  };
}
