// What the facade's operations (./operations.ts) answer, as far as it reads them.

export interface GraphQLProblem {
  code: number;
  name: string;
  message: string;
  detail: string | null;
  path: string[];
  existingUri: string | null;
  identicalToExisting: boolean | null;
}

export interface GraphQLInteraction {
  uri: string;
  type: { uri: string };
  createdBy: string;
  createdTime: number;
  updatedTime: number;
  timestamp: number;
  attributes: Array<{ name: string; type: { uri: string }; values: Array<{ uri: string; value: string | number | boolean }> }>;
  crosswalks: Array<{ uri: string; source: { uri: string }; value: string }>;
  members: Array<{
    uri: string;
    participant: { uri: string; name: string };
    members: Array<{ objectURI: string; type: string; label: string | null }>;
  }>;
}

export interface GraphQLCreateResult {
  index: number;
  uri: string | null;
  successful: boolean;
  errors: GraphQLProblem[];
  warnings: Array<{ message: string }>;
  object: GraphQLInteraction | null;
}

export interface CreateInteractionsData {
  createInteractions: GraphQLCreateResult[];
}

export interface ReadInteractionData {
  interaction: GraphQLInteraction | null;
}

export interface DeleteInteractionData {
  deleteInteractions: Array<{ successful: boolean; errors: Array<{ name: string; message: string }> }>;
}
