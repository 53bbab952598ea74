// The playground's example operations, one tab each, written for the demo configuration
// (prisma/seed/demo-configuration.json) that the quick start's tenant has. Each tab's title
// is its first operation's name. test/unit/playground.test.ts checks them against
// schema.graphql; test/playground-examples.test.ts runs them, as their comments say to.

/** Reltio's "Create Interactions" example by crosswalks, and the two members it needs. */
const CREATE_LUNCH = `# Reltio's Lunch example ("Create Interactions", members by crosswalks). Its members must
# exist first: run CreateLunchMembers (below) once, then CreateLunch (the run button asks
# which). Every run of CreateLunch records one more Lunch, with a crosswalk generated in the
# request's source.
mutation CreateLunch {
  createInteractions(
    interactions: [
      {
        type: "configuration/interactionTypes/Lunch"
        timestamp: 1338580800000
        attributes: [
          { name: "Place", values: ["Shire, Bag End in Hobbiton"] }
          { name: "Notes", values: ["All participants eat Lembas"] }
        ]
        members: [
          { participant: "Organizers", members: [{ crosswalks: [{ source: "Salesforce", value: "EMP_600000" }] }] }
          { participant: "Chefs", members: [{ crosswalks: [{ source: "Salesforce", value: "EMP_1000072" }] }] }
        ]
      }
    ]
  ) {
    index uri status
    errors { code name message path }
    warnings { code message }
    object {
      uri timestamp
      attributes { name values { value } }
      crosswalks { source { name } value }
      members { participant { name } members { objectURI label } }
    }
  }
}

mutation CreateLunchMembers {
  createEntities(
    entities: [
      { type: "Individual", attributes: [{ name: "FullName", values: ["Bilbo Baggins"] }], crosswalks: [{ source: "Salesforce", value: "EMP_600000" }] }
      { type: "Individual", attributes: [{ name: "FullName", values: ["Samwise Gamgee"] }], crosswalks: [{ source: "Salesforce", value: "EMP_1000072" }] }
    ]
  ) {
    index uri status errors { code name message }
  }
}
`;

const ENTITY_TIMELINE = `# An entity's timeline (here the Lunch example's organizer), newest first, a page at a time:
# to walk on, set "after" in the variables to the answer's pageInfo.endCursor and run it
# again. To walk back, set "first" to null, "last" to 5 and "before" to pageInfo.startCursor
# (first and last together are refused).
query EntityTimeline(
  $source: String! = "Salesforce"
  $value: String! = "EMP_600000"
  $first: Int = 5
  $after: String
  $last: Int
  $before: String
) {
  entityByCrosswalk(source: $source, value: $value) {
    uri label
    interactions(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
      edges {
        cursor
        participants { name }
        node {
          uri timestamp
          type { uri label }
          attributes { name values { value } }
          members { participant { name } members { objectURI label } }
        }
      }
    }
  }
}
`;

const INTERACTION_TYPE = `# The configuration of an interaction type: its attributes and participants (who may be
# a member, how many, and the property mapping that finds a member by attribute values).
query InteractionTypeConfiguration($uri: String! = "configuration/interactionTypes/Lunch") {
  interactionType(uri: $uri) {
    uri name label mutable idAttributes timestampAttribute
    attributes { name valueType required multiValued hidden }
    participants {
      uri name label minOccurs maxOccurs
      entityTypes { uri }
      mapping { entityType { uri } properties { interactionAttribute entityAttribute } }
    }
  }
}
`;

const REPLAY_536 = `# Error 536 on a replay: EmailOpened is identified by its id attribute MessageId. The first
# run creates the interaction; run it again and the same input is refused with 536
# CROSSWALK_ALREADY_EXISTS, naming the interaction that holds it (existingUri) and saying
# that the input is identical to it (identicalToExisting: true): a retried request, safe to
# ignore. Change a value (TimeOpened) and it is a real conflict (false).
mutation ReplayEmailOpened {
  createInteractions(
    interactions: [
      {
        type: "configuration/interactionTypes/EmailOpened"
        attributes: [{ name: "MessageId", values: ["M-1"] }, { name: "TimeOpened", values: ["2024-05-01T10:00:00Z"] }]
      }
    ]
  ) {
    index uri status successful
    errors { code name message path existingUri identicalToExisting }
  }
}
`;

export interface PlaygroundExample {
  query: string;
  variables?: Record<string, unknown>;
  /** Whether it writes: a read-only playground leaves it out. */
  writes: boolean;
}

export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [
  { query: INTERACTION_TYPE, writes: false },
  { query: CREATE_LUNCH, writes: true },
  { query: ENTITY_TIMELINE, variables: { first: 5, after: null, last: null, before: null }, writes: false },
  { query: REPLAY_536, writes: true },
];
