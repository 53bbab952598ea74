// The bench's choices by environment variable (BENCH_DATABASES=sqlite, BENCH_REQUESTS=timeline,uri):
// a comma-separated list of known names, all of them when the variable is unset.

/** The names `variable` lists, each one of `known`; all of `known` when it is unset. Throws on an unknown name or an empty list. */
export function chosenNames<Name extends string>(variable: string, known: readonly Name[]): Name[] {
  const asked = process.env[variable]?.split(',').filter(Boolean) ?? [...known];
  const unknown = asked.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length || !asked.length)
    throw new Error(`${variable}: ${unknown.length ? `unknown ${unknown.join(', ')}` : 'no name given'}; known: ${known.join(', ')}`);
  return asked as Name[];
}
