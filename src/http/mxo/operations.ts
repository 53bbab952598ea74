// The GraphQL operation the MXO endpoint executes: every route records events through it.
export const TRACK_INTERACTIONS = /* GraphQL */ `
  mutation MxoTrackInteractions($events: [TouchpointEventInput!]!, $options: TrackOptions) {
    trackInteractions(events: $events, options: $options) {
      index
      anonymousId
      uri
      successful
      errors {
        code
        name
        message
        path
        existingUri
      }
      warnings {
        code
        name
        message
      }
    }
  }
`;

export interface TrackProblem {
  code: number;
  name: string;
  message: string;
  path: Array<string | number>;
  existingUri?: string | null;
}

export interface TrackResultData {
  index: number;
  anonymousId: string | null;
  uri: string | null;
  successful: boolean;
  errors: TrackProblem[];
  warnings: Array<Omit<TrackProblem, 'path'>>;
}

export interface TrackInteractionsData {
  trackInteractions: TrackResultData[];
}
