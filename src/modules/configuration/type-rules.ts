// Per-type rules of what an interaction may carry beyond its type's definition: attributes
// the type does not define (enforcement) and implausible timestamps (timestamp rules).

/**
 * STRICT: an attribute the type does not define fails the input (UNKNOWN_ATTRIBUTE).
 * WARN: it is kept as a free-form property, with a warning (PROPERTY_KEPT).
 * OPEN: it is kept as a free-form property (as MXO keeps `properties`).
 */
export type Enforcement = 'STRICT' | 'WARN' | 'OPEN';
export const ENFORCEMENTS: readonly Enforcement[] = ['STRICT', 'WARN', 'OPEN'];
export const DEFAULT_ENFORCEMENT: Enforcement = 'STRICT';

export type TimestampAction = 'REFUSE' | 'WARN';

export interface TimestampRules {
  /** How far after the time of the request a timestamp may be, in seconds. */
  maxFutureSeconds: number;
  /** The earliest timestamp (epoch milliseconds). */
  horizon: number;
  /** A timestamp outside: refused (TIMESTAMP_OUT_OF_RANGE) or stored with a warning (TIMESTAMP_IMPLAUSIBLE). */
  action: TimestampAction;
}

// A day of clock skew and scheduled events; nothing before 1900 is a customer's interaction.
export const DEFAULT_TIMESTAMP_RULES: TimestampRules = {
  maxFutureSeconds: 86_400,
  horizon: Date.UTC(1900, 0, 1),
  action: 'REFUSE',
};

const shown = (millis: bigint | number) => {
  const date = new Date(Number(millis));
  return Number.isNaN(date.getTime()) ? String(millis) : date.toISOString();
};

/** Why `timestamp` is implausible under `rules` at `now`, or null when it is plausible. */
export function timestampFault(rules: TimestampRules, timestamp: bigint, now: bigint): string | null {
  if (timestamp > now + BigInt(rules.maxFutureSeconds) * 1000n)
    return `timestamp ${shown(timestamp)} is more than ${rules.maxFutureSeconds} s in the future (maxFutureSeconds)`;
  if (timestamp < BigInt(rules.horizon)) return `timestamp ${shown(timestamp)} is before the type's horizon, ${shown(rules.horizon)}`;
  return null;
}
