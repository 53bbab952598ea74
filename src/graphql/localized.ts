import type { LocalizedMap } from '../modules/configuration/model.ts';

/** A locale → text map as the GraphQL list of LocalizedText, ordered by locale. */
export function localizedTexts(map: LocalizedMap) {
  return Object.entries(map)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, text]) => ({ locale, text }));
}
