// Anonymous ids are a caller's opaque tokens (tids, cookie ids): long enough for any of them.
export const MAX_ANONYMOUS_ID_LENGTH = 200;

/** Why `anonymousId` cannot be one, or null when it can. */
export const anonymousIdFault = (anonymousId: string): string | null =>
  !anonymousId.trim() || anonymousId.length > MAX_ANONYMOUS_ID_LENGTH
    ? `an anonymousId is 1 to ${MAX_ANONYMOUS_ID_LENGTH} characters, not blank`
    : null;
