// Statements are labelled by their kind, never by their text: the text varies with every
// batch size and would make a time series per statement.

const KINDS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'WITH',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'PRAGMA',
  'CREATE',
  'ALTER',
  'DROP',
]);

// Leading blanks, comments and parentheses, then the first word.
const FIRST_WORD = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()*([A-Za-z]+)/;

/** SELECT, INSERT, ... (see KINDS) or OTHER. */
export function statementKind(sql: string): string {
  const word = FIRST_WORD.exec(sql)?.[1]?.toUpperCase();
  return word && KINDS.has(word) ? word : 'OTHER';
}
