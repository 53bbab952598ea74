import type { Problem } from '../../errors/catalog.ts';

/**
 * An item of a batch that does not fit its input type (a missing field, a null, a timestamp
 * without a zone, a value object where a value is due), or whose text breaks the text rule (a
 * NUL, an unpaired surrogate). It fails alone with these problems, paths relative to the
 * item; the other items of the batch go on.
 */
export class MalformedItem {
  constructor(readonly problems: Problem[]) {}
}

/** An item of a batch as a service receives it: the input, or why it could not be read. */
export type BatchItem<T> = T | MalformedItem;

/** The URIs of a delete, a malformed item as null, and the problems of each malformed one at ['uris', index]. */
export function deleteUris(items: ReadonlyArray<BatchItem<string>>): { uris: Array<string | null>; malformed: Map<number, Problem[]> } {
  const malformed = new Map<number, Problem[]>();
  const uris = items.map((item, index) => {
    if (!(item instanceof MalformedItem)) return item;
    malformed.set(
      index,
      item.problems.map((found) => ({ ...found, path: ['uris', index, ...found.path] })),
    );
    return null;
  });
  return { uris, malformed };
}
