// The identity of an interaction whose crosswalk is derived from its type's id attributes:
// (tenant, interaction type, id attribute values), whatever source a request speaks for. The
// key is what the store keeps unique per tenant (Interaction.idKey); the derived crosswalk is
// provenance, in the request's source, with a value that no other type can derive.
import { createHash } from 'node:crypto';
import { MAX_VALUE_BYTES } from '../crosswalks/prepare-crosswalks.ts';

/** An identity derived from id attributes: its key and the id values (canonical texts, in idAttributes order) it stands for. */
export interface IdIdentity {
  key: string;
  idValues: string[];
}

/** SHA-256 (hex) of the type and its id values: the same event has one key whatever source it comes from. */
export function idKeyOf(interactionTypeId: string, idValues: readonly string[]): string {
  // JSON frames every part, so no two lists of texts hash the same string.
  return createHash('sha256')
    .update(JSON.stringify([interactionTypeId, ...idValues]))
    .digest('hex');
}

// '|' separates id values; '\' escapes both, so distinct value lists never derive one crosswalk.
const escapeIdValue = (text: string) => text.replace(/[\\|]/g, (character) => `\\${character}`);

/**
 * The derived crosswalk's value, scoped by type name so that two types never derive one; a
 * value over the crosswalk limit is replaced by the key, which identifies the same values.
 */
export function derivedCrosswalkValue(typeName: string, identity: IdIdentity): string {
  const value = `${typeName}|${identity.idValues.map(escapeIdValue).join('|')}`;
  return Buffer.byteLength(value, 'utf8') <= MAX_VALUE_BYTES ? value : `${typeName}|sha256:${identity.key}`;
}

/** The value versions before type-scoped keys derived (the id values alone): the backfill recognises it. */
export function unscopedCrosswalkValue(idValues: readonly string[]): string {
  return idValues.map(escapeIdValue).join('|');
}

/**
 * The identity of an interaction of the type from its id attributes' values, or the id
 * attributes that have none. `valueOf` gives an attribute's canonical text by name.
 */
export function identityOf(
  type: { id: string; idAttributes: readonly string[] },
  valueOf: (attributeName: string) => string | undefined,
): { identity: IdIdentity } | { missing: string[] } {
  const idValues = type.idAttributes.map(valueOf);
  const missing = type.idAttributes.filter((_, at) => idValues[at] === undefined);
  if (missing.length) return { missing };
  const texts = idValues as string[];
  return { identity: { key: idKeyOf(type.id, texts), idValues: texts } };
}
