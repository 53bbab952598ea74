// The schema engine (WebAssembly) sets timers it never clears: on PostgreSQL a 10 s one while
// migrating (a lock timeout, by its length) outlives the migration, and a ref'd timer keeps Node
// running, so a service signalled in its first 10 s took that long to exit. While an engine runs
// its timers stay ref'd (one may be all that keeps the process waiting for it); once none runs,
// they are let go.

const pending = new Set<NodeJS.Timeout>();
let running = 0;

/** The engine's imports with its timers tracked; `bindings` is the engine's JS glue module. */
export function withTrackedTimers<T extends object>(bindings: T): T {
  const imports: Record<string, unknown> = { ...(bindings as Record<string, unknown>) };
  for (const name of Object.keys(bindings).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pending.delete(timer);
        callback();
      }, ms >>> 0);
      pending.add(timer);
      return timer;
    };
  }
  return imports as T;
}

/** Marks an engine as running; the function returned ends its run, and when no engine runs any more its leftover timers no longer hold the process. */
export function startEngineRun(): () => void {
  running++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--running > 0) return;
    for (const timer of pending) timer.unref();
    pending.clear();
  };
}
