// The one rule for text a caller sends, the same on every database: no NUL character
// (PostgreSQL's text cannot hold it, so SQLite must not either) and no unpaired UTF-16
// surrogate (JSON's "\ud800" escape makes one; UTF-8 cannot encode it, so Node would send
// U+FFFD to the database and store a value other than the one sent, which its own lookups
// and replays would then not find). Text is refused, never altered.

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text breaks the rule, or null when it keeps it. */
export function textFault(text: string): string | null {
  if (text.includes('\u0000')) return 'text cannot contain the NUL character (U+0000)';
  if (UNPAIRED_SURROGATE.test(text)) return 'text cannot contain an unpaired UTF-16 surrogate (such as "\\ud800"): it is not Unicode text';
  return null;
}

export interface TextFault {
  /** Field names and list indexes from the checked value down to the string. */
  path: Array<string | number>;
  reason: string;
}

// A step down from the checked value: paths are built only for the strings that break the rule.
interface Step {
  value: unknown;
  key: string | number | null;
  parent: Step | null;
}

function pathTo(step: Step): Array<string | number> {
  const path: Array<string | number> = [];
  for (let at: Step | null = step; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The strings of a value as the caller sent it (object keys included) that break the rule,
 * at most `limit` of them. Iterative: a value nested 100,000 deep costs no stack.
 */
export function findTextFaults(value: unknown, limit: number): TextFault[] {
  const faults: TextFault[] = [];
  const pending: Step[] = [{ value, key: null, parent: null }];
  while (pending.length && faults.length < limit) {
    const step = pending.pop()!;
    if (typeof step.value === 'string') {
      const reason = textFault(step.value);
      if (reason) faults.push({ path: pathTo(step), reason });
    } else if (Array.isArray(step.value)) {
      for (let index = step.value.length - 1; index >= 0; index--) pending.push({ value: step.value[index], key: index, parent: step });
    } else if (step.value && typeof step.value === 'object') {
      for (const [key, field] of Object.entries(step.value).reverse()) {
        const keyReason = textFault(key);
        if (keyReason) faults.push({ path: pathTo(step), reason: `a field name: ${keyReason}` });
        pending.push({ value: field, key, parent: step });
      }
    }
  }
  return faults.slice(0, limit);
}
