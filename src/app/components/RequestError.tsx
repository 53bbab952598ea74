import type { CombinedError } from 'urql';

/** A request refused whole (credentials, limits, network): what the service said, and its code. */
export function RequestError({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const codes = error.graphQLErrors.map((item) => item.extensions.code).filter(Boolean);
  return (
    <p className="error" role="alert">
      {error.message}
      {codes.length ? ` (${codes.join(', ')})` : ''}
    </p>
  );
}
