// Requests that tried to take the service down before it had limits (issue 9): the limits
// tests check that each is refused, and `npm run bench` measures how quickly.

/** entity → interactions → members → entity → … nested `cycles` times: each cycle multiplies the answer by a page of interactions. */
export function nestedTimelineQuery(cycles: number, entityUri = 'entities/000000000000'): string {
  let selection = 'uri';
  for (let cycle = 0; cycle < cycles; cycle++) selection = `interactions { nodes { members { members { entity { ${selection} } } } } }`;
  return `{ entity(uri: "${entityUri}") { ${selection} } }`;
}

/** The same cheap field under `count` aliases. */
export function aliasesQuery(count: number): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: errorCodes { code name description }`).join(' ')} }`;
}

/** `count` aliased createInteractions, all taking the same batch variable `$interactions`. */
export function aliasedBatchMutation(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, index) => `b${index}: createInteractions(interactions: $interactions, options: { returnObjects: false }) { status }`,
  );
  return `mutation($interactions: [InteractionInput!]!) { ${fields.join(' ')} }`;
}

/** A query of about `tokens` tokens (each `__typename` is one). */
export function manyTokensQuery(tokens: number): string {
  return `{ ${'__typename '.repeat(tokens)}}`;
}
