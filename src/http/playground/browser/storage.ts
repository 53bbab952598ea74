// What GraphiQL keeps in the browser's storage (tabs, history, panel sizes), kept apart per page
// configuration. GraphiQL by default keeps one set of tabs per origin and, once it has some,
// ignores the page's defaultTabs: a read-only page after an earlier `on` one would offer the
// write examples again. (Headers are never stored, as they may hold a credential: GraphiQL
// gives a stored tab without any the page's defaultHeaders.)
import type { GraphiQLProps } from 'graphiql';

type Storage = NonNullable<GraphiQLProps['storage']>;

/** The part of the browser's localStorage used here (no DOM types: the Node tests import this file). */
export type BackingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'length'> & { key(index: number): string | null };

/** A Storage over `backing` whose keys all start with `namespace`, so that another page configuration's are never seen. */
export function playgroundStorage(backing: BackingStorage, namespace: string): Storage {
  const prefix = `interactions-playground:${namespace}:`;
  const ownKeys = () =>
    Array.from({ length: backing.length }, (_, index) => backing.key(index)).filter((key): key is string => !!key?.startsWith(prefix));
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => ownKeys().forEach((key) => backing.removeItem(key)),
    get length() {
      return ownKeys().length;
    },
  };
}
