import { customAlphabet } from 'nanoid';

// 62^12 ≈ 3·10^21: ids are URL-safe and cannot be guessed from one another.
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A new random id for a stored object. */
export const newId = customAlphabet(alphabet, 12);
