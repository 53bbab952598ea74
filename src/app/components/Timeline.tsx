// An entity's timeline, newest first, a page at a time in both directions: Older walks on
// with first/after from the page's last cursor, Newer walks back with last/before from its first.
import { useState } from 'react';
import { useEntityTimelineQuery } from '../../client/index.ts';
import { InteractionItem } from './InteractionItem.tsx';
import { RequestError } from './RequestError.tsx';

export const TIMELINE_PAGE = 5;

type Page = { first: number; after: string | null } | { last: number; before: string };

export function Timeline({ entityUri, types }: { entityUri: string; types?: string[] }) {
  const [page, setPage] = useState<Page>({ first: TIMELINE_PAGE, after: null });
  const [{ data, fetching, error }, refetch] = useEntityTimelineQuery({
    variables: { uri: entityUri, filter: types ? { types } : undefined, ...page },
  });
  const timeline = data?.entity?.interactions;
  if (!timeline) return fetching ? <p className="muted">Loading…</p> : <RequestError error={error} />;
  const { pageInfo } = timeline;
  return (
    <div aria-label="Timeline" aria-busy={fetching}>
      <RequestError error={error} />
      <p className="muted" data-testid="timeline-count">
        {timeline.totalCount} interaction{timeline.totalCount === 1 ? '' : 's'}
      </p>
      <div className="row">
        <button type="button" onClick={() => setPage({ first: TIMELINE_PAGE, after: null })}>
          Newest
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasPreviousPage || !pageInfo.startCursor}
          onClick={() => pageInfo.startCursor && setPage({ last: TIMELINE_PAGE, before: pageInfo.startCursor })}
        >
          Newer
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
          onClick={() => setPage({ first: TIMELINE_PAGE, after: pageInfo.endCursor })}
        >
          Older
        </button>
        <button type="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Refresh
        </button>
      </div>
      <ol className="timeline">
        {timeline.edges.map((edge) => (
          <li key={edge.cursor}>
            <InteractionItem
              interaction={edge.node}
              roles={edge.participants.map((participant) => participant.label ?? participant.name)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
