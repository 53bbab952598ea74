import type { ProblemFieldsFragment } from '../../client/index.ts';

/** An item's errors or warnings as the service gives them: catalog code and name, message, where. */
export function Problems({ problems, kind = 'error' }: { problems: ProblemFieldsFragment[]; kind?: 'error' | 'warning' }) {
  if (!problems.length) return null;
  return (
    <ul className={kind === 'error' ? 'error' : 'muted'}>
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.code} {problem.name}: {problem.message}
          {problem.path.length ? ` (at ${problem.path.join('.')})` : ''}
          {problem.existingUri ? ` — held by ${problem.existingUri}` : ''}
        </li>
      ))}
    </ul>
  );
}
