import { crosswalkKey } from './crosswalk-key.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ConfigurationSnapshot, SourceModel } from '../configuration/model.ts';
import { sourceByReference } from '../configuration/references.ts';
import { clip } from '../../errors/quote.ts';

export interface CrosswalkInput {
  /** Source name or URI; the request's source when absent. */
  source?: string | null;
  value: string;
}

export interface PreparedCrosswalk {
  source: SourceModel;
  value: string;
}

type Path = Array<string | number>;
// The crosswalk key is a unique index: its value must fit an index entry on every database.
export const MAX_VALUE_BYTES = 1000;

/** The problem of an input that names its crosswalk twice: in its crosswalks and through the crosswalkValue option. */
export function crosswalkValueWithCrosswalks(noun: string): Problem {
  return problem(
    'CROSSWALK_VALUE_WITH_CROSSWALKS',
    `the ${noun} gives crosswalks and the request's crosswalkValue names one too: give one of them`,
    ['crosswalks'],
  );
}

/** The problem of an object given, or left with, more crosswalks than the service keeps for one. */
export function tooManyCrosswalks(maxCount: number, count: number, path: Path): Problem {
  return problem('INVALID_CROSSWALK', `an object has at most ${maxCount} crosswalks; this one would have ${count}`, path);
}

/**
 * Resolves the crosswalks given for one object, with a problem for each that cannot be used;
 * more than `maxCount` (MAX_CROSSWALKS_PER_OBJECT) are refused before any is looked at.
 */
export function prepareCrosswalks(
  snapshot: ConfigurationSnapshot,
  inputs: readonly CrosswalkInput[],
  requestSource: SourceModel,
  path: Path,
  maxCount: number,
): { crosswalks: PreparedCrosswalk[]; problems: Problem[] } {
  const crosswalks: PreparedCrosswalk[] = [];
  const problems: Problem[] = [];
  if (inputs.length > maxCount) return { crosswalks, problems: [tooManyCrosswalks(maxCount, inputs.length, path)] };
  inputs.forEach((input, index) => {
    const source = input.source ? sourceByReference(snapshot, input.source) : requestSource;
    if (!source) {
      problems.push(problem('UNKNOWN_SOURCE_SYSTEM', `source ${input.source} is not defined`, [...path, index, 'source']));
    } else if (input.value.trim() === '' || Buffer.byteLength(input.value, 'utf8') > MAX_VALUE_BYTES || input.value.includes('\u0000')) {
      problems.push(
        problem('INVALID_CROSSWALK', `a crosswalk value must be 1 to ${MAX_VALUE_BYTES} bytes (UTF-8), not blank, without NUL characters`, [
          ...path,
          index,
          'value',
        ]),
      );
    } else if (crosswalks.some((crosswalk) => crosswalk.source.id === source.id && crosswalk.value === input.value)) {
      problems.push(problem('INVALID_CROSSWALK', `crosswalk ${source.uri} ${clip(input.value)} is given twice`, [...path, index]));
    } else {
      crosswalks.push({ source, value: input.value });
    }
  });
  return { crosswalks, problems };
}

/**
 * For items in batch order, the index of the earlier item that already claims one of an
 * item's crosswalks, per item (null when none does).
 */
export function earlierClaims(items: Array<PreparedCrosswalk[] | null>): Array<{ index: number; crosswalk: PreparedCrosswalk } | null> {
  const claimed = new Map<string, number>();
  return items.map((crosswalks, index) => {
    if (!crosswalks) return null;
    for (const crosswalk of crosswalks) {
      const earlier = claimed.get(crosswalkKey({ sourceId: crosswalk.source.id, value: crosswalk.value }));
      if (earlier !== undefined) return { index: earlier, crosswalk };
    }
    for (const crosswalk of crosswalks) claimed.set(crosswalkKey({ sourceId: crosswalk.source.id, value: crosswalk.value }), index);
    return null;
  });
}
