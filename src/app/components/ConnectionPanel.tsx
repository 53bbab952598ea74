import { useState, type FormEvent } from 'react';
import type { Connection } from '../connection.ts';

/** Endpoint, credential and tenant of every request (X-Tenant-Id only matters for operators). */
export function ConnectionPanel({ connection, onConnect }: { connection: Connection; onConnect: (next: Connection) => void }) {
  const [draft, setDraft] = useState(connection);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConnect(draft);
  };
  const field = (name: keyof Connection, label: string, placeholder: string) => (
    <label>
      {label}
      <input value={draft[name]} placeholder={placeholder} onChange={(event) => setDraft({ ...draft, [name]: event.target.value })} />
    </label>
  );
  return (
    <form className="row" onSubmit={submit} aria-label="Connection">
      {field('endpoint', 'Endpoint', '/graphql')}
      {field('token', 'Bearer token', 'none: development mode')}
      {field('tenant', 'Tenant (X-Tenant-Id)', 'the credential’s own')}
      <button type="submit">Connect</button>
    </form>
  );
}
