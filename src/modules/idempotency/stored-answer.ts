/** The first answer to a request under a key, as a retry gets it again: its HTTP status and its body. */
export interface KeptAnswer<Body> {
  status: number;
  body: Body;
}

/** The answer as the key's row keeps it (JSON). */
export const storedAnswer = <Body>(answer: KeptAnswer<Body>): string => JSON.stringify({ status: answer.status, body: answer.body });

/** The answer a row kept, to be given again. */
export const keptAnswer = <Body>(stored: string): KeptAnswer<Body> => JSON.parse(stored) as KeptAnswer<Body>;
