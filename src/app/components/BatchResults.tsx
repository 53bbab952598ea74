// The outcome of each item of a batch, in input order: created (with its URI) or refused with
// its own errors; the others are not affected by an item's failure.
import type { InteractionResultFieldsFragment } from '../../client/index.ts';
import { Problems } from './Problems.tsx';

export function BatchResults({ results }: { results: InteractionResultFieldsFragment[] }) {
  if (!results.length) return null;
  const created = results.filter((result) => result.successful).length;
  return (
    <div aria-label="Batch results">
      <p>
        {created} of {results.length} created
      </p>
      <ol className="results">
        {results.map((result) => (
          <li key={result.index} data-testid="batch-result">
            <span className={result.successful ? 'ok' : 'error'}>
              Item {result.index}: {result.successful ? `created ${result.uri ?? ''}` : 'failed'}
            </span>
            <Problems problems={result.errors} />
            <Problems problems={result.warnings} kind="warning" />
          </li>
        ))}
      </ol>
    </div>
  );
}
