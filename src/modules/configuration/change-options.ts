/** What a configuration change confirms beyond the target document. */
export interface ChangeOptions {
  /** Turning immutable interaction types into mutable ones. */
  allowImmutableToMutable?: boolean;
  /**
   * Recomputing the id-attribute keys (and derived crosswalks) of the stored interactions of
   * the types whose idAttributes the change alters, which such a change needs; with an
   * unchanged configuration, a backfill of the keys of interactions stored before keys.
   */
  rekey?: boolean;
  /**
   * Everything a change does (checks, re-key) up to writing it, then rolled back: the outcome
   * says whether it would succeed and change anything, and `preview` what.
   */
  dryRun?: boolean;
}
