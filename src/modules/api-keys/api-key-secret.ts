import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newId } from '../../db/ids.ts';

// isk_<id>_<secret>: the id (12 characters) is the key's public, stored prefix; the secret is
// 32 random bytes. Only the SHA-256 of the whole key is stored: with 256 random bits a fast
// hash is enough, there is no password to guess.
const PREFIX = 'isk_';
const ID_LENGTH = 12;
const KEY_SHAPE = /^isk_[0-9A-Za-z]{12}_[0-9A-Za-z_-]{43}$/;

export interface NewApiKey {
  id: string;
  /** The key as the caller presents it: shown once, never stored. */
  key: string;
  secretHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): NewApiKey {
  const id = newId();
  const key = `${PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
  return { id, key, secretHash: hashApiKey(key) };
}

/** Whether a bearer credential has the shape of an API key (anything else is taken for a JWT). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(PREFIX);
}

/** The id of a well-formed key, or null. */
export function apiKeyId(key: string): string | null {
  return KEY_SHAPE.test(key) ? key.slice(PREFIX.length, PREFIX.length + ID_LENGTH) : null;
}

/** Compares a presented key with a stored hash in constant time. */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
