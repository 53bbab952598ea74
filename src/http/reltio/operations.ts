// The GraphQL operations the Reltio facade executes. An interaction is selected once, in
// the fragment, as the facade's responses show it.

const INTERACTION_FIELDS = /* GraphQL */ `
  fragment ReltioInteraction on Interaction {
    uri
    type {
      uri
    }
    createdBy
    createdTime
    updatedTime
    timestamp
    attributes(includeHidden: $includeHidden) {
      name
      type {
        uri
      }
      values {
        uri
        value
      }
    }
    crosswalks {
      uri
      source {
        uri
      }
      value
    }
    members {
      uri
      participant {
        uri
        name
      }
      members {
        objectURI
        type
        label
      }
    }
  }
`;

// $includeHidden is left out of a create: the created objects then show hidden attributes
// exactly when options.includeHidden asks for them.
export const CREATE_INTERACTIONS = /* GraphQL */ `
  mutation ReltioCreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions, $includeHidden: Boolean) {
    createInteractions(interactions: $interactions, options: $options) {
      index
      uri
      successful
      errors {
        code
        name
        message
        detail
        path
        existingUri
        identicalToExisting
      }
      warnings {
        message
      }
      object {
        ...ReltioInteraction
      }
    }
  }
  ${INTERACTION_FIELDS}
`;

export const READ_INTERACTION = /* GraphQL */ `
  query ReltioReadInteraction($uri: String!, $includeHidden: Boolean) {
    interaction(uri: $uri) {
      ...ReltioInteraction
    }
  }
  ${INTERACTION_FIELDS}
`;

export const DELETE_INTERACTION = /* GraphQL */ `
  mutation ReltioDeleteInteraction($uri: String!) {
    deleteInteractions(uris: [$uri]) {
      successful
      errors {
        name
        message
      }
    }
  }
`;
