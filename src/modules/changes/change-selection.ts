// Which entries of the change stream a reader asked for, and how positions travel as cursors.
import { requestError } from '../../errors/request-errors.ts';
import type { ConfigurationSnapshot } from '../configuration/model.ts';
import { entityTypeByReference, interactionTypeByReference } from '../configuration/references.ts';
import { decodeCursor, encodeCursor } from '../paging/pagination.ts';
import type { ChangeSelection } from './change-model.ts';

const CURSOR_PREFIX = 'change:';

export const changeCursor = (seq: bigint) => encodeCursor(`${CURSOR_PREFIX}${seq}`);

/** The position a cursor of the change stream stands for (0: before the first change). */
export function positionOfCursor(cursor: string): bigint {
  const position = decodeCursor(cursor);
  if (!position.startsWith(CURSOR_PREFIX) || !/^\d{1,19}$/.test(position.slice(CURSOR_PREFIX.length)))
    throw requestError('BAD_REQUEST', 'the cursor is not a cursor of the change stream');
  return BigInt(position.slice(CURSOR_PREFIX.length));
}

/**
 * The selection `objectTypes` and `types` name: a type by name or URI, an interaction type's
 * or an entity type's (a name both use selects both); a type the tenant does not define is refused.
 */
export function changeSelection(
  snapshot: ConfigurationSnapshot,
  objectTypes: readonly ('INTERACTION' | 'ENTITY')[] | null | undefined,
  types: readonly string[] | null | undefined,
): ChangeSelection {
  const typeIds = types?.length
    ? types.flatMap((reference) => {
        const interactionType = interactionTypeByReference(snapshot, reference);
        // An interaction type selects the changes of the types extending it too.
        const interactionTypeIds = interactionType ? [interactionType.id, ...interactionType.descendantIds] : [];
        const ids = [...interactionTypeIds, entityTypeByReference(snapshot, reference)?.id].filter((id): id is string => id !== undefined);
        if (!ids.length) throw requestError('BAD_REQUEST', `no interaction type or entity type ${reference} is defined`);
        return ids;
      })
    : null;
  return {
    objectTypes: objectTypes?.length ? objectTypes.map((type) => (type === 'INTERACTION' ? 'interaction' : 'entity')) : null,
    typeIds,
  };
}
