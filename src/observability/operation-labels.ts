// Operation names are chosen by callers: every distinct name would be a time series of its
// own. Only names of operations GraphQL resolved (parsed, valid) become labels, clipped, and
// only the first MAX_OPERATION_LABELS of them; later new names share one label.

export const MAX_OPERATION_LABELS = 200;
const MAX_LABEL_LENGTH = 64;

/** The label of requests that executed no GraphQL operation (probes, refusals before GraphQL, parse or validation failures). */
export const NO_OPERATION = '(none)';
export const ANONYMOUS_OPERATION = '(anonymous)';
export const OTHER_OPERATION = '(other)';

/** The bounded set of operation labels of one process. */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_LABELS) {}

  /** The label of an operation: `resolved` says whether GraphQL resolved it, `name` is its name if it has one. */
  labelOf(resolved: boolean, name: string | undefined): string {
    if (!resolved) return NO_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    const label = name.slice(0, MAX_LABEL_LENGTH);
    if (this.seen.has(label)) return label;
    if (this.seen.size >= this.max) return OTHER_OPERATION;
    this.seen.add(label);
    return label;
  }
}
