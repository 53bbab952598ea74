import { useState, type FormEvent } from 'react';
import type { Connection } from '../connection.ts';

/** Endpoint, credential and tenant of every request (X-Tenant-Id only matters for operators). */
export function ConnectionPanel({ connection, onConnect }: { connection: Connection; onConnect: (next: Connection) => void }) {
  const [draft, setDraft] = useState(connection);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConnect(draft);
  };
  const field = (name: keyof Connection, label: string, placeholder: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        autoComplete="off"
        value={draft[name]}
        placeholder={placeholder}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <form className="row" onSubmit={submit} aria-label="Connection">
      {field('endpoint', 'Endpoint', '/graphql')}
      {/* Kept in memory only (connection.ts): entered again after a reload. */}
      {field('token', 'Bearer token', 'none: development mode', 'password')}
      {field('tenant', 'Tenant (X-Tenant-Id)', 'the credential’s own')}
      <button type="submit">Connect</button>
    </form>
  );
}
