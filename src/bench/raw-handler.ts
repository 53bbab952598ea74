// The floor the service's request throughput is measured against: a plain node:http handler,
// in a process of its own, answering the requests of requests.ts with hand-written SQL
// through the raw driver (better-sqlite3 / pg, statements prepared once) and JSON.stringify of
// the very response the service gives. It knows one tenant and its configuration by id, has
// no credentials, limits, logs or error handling: nothing but the work itself.
//   node --import tsx src/bench/raw-handler.ts   (DATABASE_URL, BENCH_TENANT; prints its URL)
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { providerOf } from '../config/database-url.ts';
import { newId } from '../db/ids.ts';
import { openRawStore, type RawStore } from './raw-store.ts';

const tenant = process.env.BENCH_TENANT!;
const store: RawStore = await openRawStore(providerOf(process.env.DATABASE_URL!), process.env.DATABASE_URL!, tenant);

const TYPED = new Set(['INTEGER', 'FLOAT', 'TIMESTAMP']);
const typed = (valueType: string, text: string) => (TYPED.has(valueType) ? Number(text) : valueType === 'BOOLEAN' ? text === 'true' : text);

interface ShownInteraction {
  uri: string;
  timestamp: number;
  type: { name: string };
  attributes: Array<{ name: string; values: Array<{ uri: string; value: string | number | boolean }> }>;
  members: Array<{
    uri: string;
    participant: { name: string };
    members: Array<{ objectURI: string; type: string; label: string | null }>;
  }>;
}

/** The interactions with these ids as the service's selection (requests.ts) shows them, in the ids' order. */
async function interactionsOf(ids: string[]): Promise<ShownInteraction[]> {
  if (!ids.length) return [];
  const [interactions, values, members] = await Promise.all([store.interactions(ids), store.values(ids), store.members(ids)]);
  const nodes = new Map<string, ShownInteraction>();
  for (const row of interactions) {
    const node = {
      uri: `interactions/${row.id}`,
      timestamp: Number(row.timestamp),
      type: { name: String(row.typeName) },
      attributes: [],
      members: [],
    };
    nodes.set(String(row.id), node);
  }
  // Rows come ordered by the type's attribute (participant) order, then position.
  for (const row of values) {
    const node = nodes.get(String(row.interactionId))!;
    const name = String(row.name);
    let group = node.attributes.at(-1);
    if (!group || group.name !== name) {
      group = { name, values: [] };
      node.attributes.push(group);
    }
    group.values.push({ uri: `${node.uri}/attributes/${name}/${row.id}`, value: typed(String(row.valueType), String(row.value)) });
  }
  for (const row of members) {
    const node = nodes.get(String(row.interactionId))!;
    const participant = String(row.participant);
    let group = node.members.at(-1);
    if (!group || group.participant.name !== participant) {
      group = { uri: `${node.uri}/members/${participant}`, participant: { name: participant }, members: [] };
      node.members.push(group);
    }
    group.members.push({
      objectURI: `entities/${row.entityId}`,
      type: `configuration/entityTypes/${row.entityType}`,
      label: row.label === null ? null : String(row.label),
    });
  }
  return ids.flatMap((id) => nodes.get(id) ?? []);
}

async function timeline(entityId: string) {
  const ids: string[] = [];
  for (const row of await store.timelineIds(entityId, 51)) if (ids.at(-1) !== row.interactionId) ids.push(row.interactionId as string);
  return { data: { entity: { interactions: { nodes: await interactionsOf(ids.slice(0, 50)) } } } };
}

interface VisitBody {
  timestamp: number;
  attributes: Array<{ name: string; values: Array<string | number> }>;
  members: Array<{ participant: string; members: Array<{ objectURI?: string; crosswalks?: Array<{ source: string; value: string }> }> }>;
}

/** The rows createInteractions stores for one Visit (members resolved as it resolves them), in one transaction. */
async function create(visit: VisitBody) {
  const id = newId();
  const host = visit.members.find((group) => group.participant === 'Host')!.members[0]!.objectURI!.slice('entities/'.length);
  const guest = visit.members.find((group) => group.participant === 'Guest')!.members[0]!.crosswalks![0]!;
  const venueCode = visit.attributes.find((attribute) => attribute.name === 'VenueCode')!.values[0] as string;
  await store.createVisit({
    id,
    timestamp: visit.timestamp,
    values: Object.fromEntries(visit.attributes.map((attribute) => [attribute.name, String(attribute.values[0])])),
    host,
    guest,
    venueCode,
  });
  return { data: { createInteractions: [{ index: 0, uri: `interactions/${id}`, status: 'OK' }] } };
}

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

const server = createServer({ keepAliveTimeout: 65_000 }, async (request, response) => {
  try {
    const url = new URL(request.url!, 'http://raw');
    let answer: unknown;
    if (url.pathname === '/typename') answer = { data: { __typename: 'Query' } };
    else if (url.pathname === '/timeline') answer = await timeline(url.searchParams.get('entity')!);
    else if (url.pathname === '/interaction')
      answer = { data: { interaction: (await interactionsOf([url.searchParams.get('id')!]))[0] ?? null } };
    else if (url.pathname === '/create')
      answer = await create((JSON.parse(await body(request)) as { variables: { visit: VisitBody } }).variables.visit);
    else {
      response.writeHead(404).end();
      return;
    }
    const json = JSON.stringify(answer);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`raw handler listening at http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void store.close()));
