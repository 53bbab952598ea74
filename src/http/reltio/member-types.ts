// Reltio calls the part an entity plays in an interaction a member type,
// configuration/interactionTypes/T/memberTypes/X; this service calls it a participant,
// configuration/interactionTypes/T/participants/X. The facade speaks Reltio's name.

const MEMBER_TYPE_URI = /^(configuration\/interactionTypes\/[^/]+)\/memberTypes\/([^/]+)$/;
const PARTICIPANT_URI = /^(configuration\/interactionTypes\/[^/]+)\/participants\/([^/]+)$/;

/** The participant URI a member type URI names; null for anything else. */
export function participantOfMemberType(uri: string): string | null {
  const match = MEMBER_TYPE_URI.exec(uri);
  return match ? `${match[1]}/participants/${match[2]}` : null;
}

/** The member type URI of a participant URI (unchanged when it is not one). */
export function memberTypeOfParticipant(uri: string): string {
  const match = PARTICIPANT_URI.exec(uri);
  return match ? `${match[1]}/memberTypes/${match[2]}` : uri;
}
