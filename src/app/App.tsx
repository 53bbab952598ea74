// The example app: a connection, then the workspace. A new connection gets a new client, so
// nothing cached for one tenant or caller is shown to another.
import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createInteractionsClient } from '../client/index.ts';
import { ConnectionPanel } from './components/ConnectionPanel.tsx';
import { Workspace } from './components/Workspace.tsx';
import { connectionHeaders, loadConnection, saveConnection, type Connection } from './connection.ts';

export function App() {
  const [connection, setConnection] = useState<Connection>(loadConnection);
  const client = useMemo(
    () => createInteractionsClient({ url: connection.endpoint, headers: () => connectionHeaders(connection) }),
    [connection],
  );
  const connect = (next: Connection) => {
    saveConnection(next);
    setConnection(next);
  };
  return (
    <Provider value={client}>
      <header>
        <h1>Interactions</h1>
        <ConnectionPanel connection={connection} onConnect={connect} />
      </header>
      <Workspace key={JSON.stringify(connection)} />
    </Provider>
  );
}
