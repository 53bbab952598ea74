import { z } from 'zod';
import type { LoadKind } from '../rows.ts';

// A mapping file says how a CSV record becomes an input. A cell is named by its column
// ("Place" or {"column": "Place"}), optionally split into several values ({"column":
// "Chefs", "split": ";"}), or is a constant ({"value": "Lunch"}). Empty cells give nothing.

const columnCell = z.strictObject({ column: z.string().min(1), split: z.string().min(1).optional() });
const constantCell = z.strictObject({ value: z.string() });
const cell = z.union([
  z
    .string()
    .min(1)
    .transform((column): { column: string; split?: string } => ({ column })),
  columnCell,
  constantCell,
]);
const crosswalk = z.strictObject({
  /** Source name or URI; the request's source when absent. */
  source: z.string().min(1).optional(),
  value: cell,
});
const memberReference = z.union([z.strictObject({ uri: cell }), z.strictObject({ crosswalk })]);

const mappingSchema = z.strictObject({
  type: cell,
  timestamp: cell.optional(),
  attributes: z.record(z.string().min(1), cell).optional(),
  crosswalks: z.array(crosswalk).optional(),
  /** Per participant, the references of its members: by entity URI or by one of its crosswalks. */
  members: z.record(z.string().min(1), z.array(memberReference).min(1)).optional(),
});

export type CsvMapping = z.output<typeof mappingSchema>;
type Cell = z.output<typeof cell>;

const cellsOf = (mapping: CsvMapping): Cell[] => [
  mapping.type,
  ...(mapping.timestamp ? [mapping.timestamp] : []),
  ...Object.values(mapping.attributes ?? {}),
  ...(mapping.crosswalks ?? []).map((item) => item.value),
  ...Object.values(mapping.members ?? {}).flatMap((references) =>
    references.map((reference) => ('uri' in reference ? reference.uri : reference.crosswalk.value)),
  ),
];

/** The mapping file's content, checked against the CSV header: every column it names must be there. */
export function parseCsvMapping(json: unknown, header: string[], kind: LoadKind): CsvMapping {
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`the mapping file is not valid at ${first.path.join('.') || 'its top'}: ${first.message}`);
  }
  const mapping = parsed.data;
  if (kind === 'entities' && (mapping.timestamp || mapping.members)) {
    throw new Error('the mapping file maps a timestamp or members, which entities do not have: remove them to load entities');
  }
  const known = new Set(header);
  const missing = [
    ...new Set(
      cellsOf(mapping)
        .filter((item) => 'column' in item && !known.has(item.column))
        .map((item) => ('column' in item ? item.column : '')),
    ),
  ];
  if (missing.length) {
    throw new Error(
      `the mapping file names column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that the CSV header lacks (it has ${header.join(', ')})`,
    );
  }
  return mapping;
}

/** Turns one record into an input, or says why it cannot be one. */
export function recordToInput(
  mapping: CsvMapping,
  header: string[],
  cells: string[],
): { input: Record<string, unknown> } | { unreadable: string } {
  const at = new Map(header.map((name, index) => [name, index]));
  const values = (item: Cell): string[] => {
    if ('value' in item) return item.value === '' ? [] : [item.value];
    const text = (cells[at.get(item.column)!] ?? '').trim();
    if (!text) return [];
    return item.split
      ? text
          .split(item.split)
          .map((part) => part.trim())
          .filter(Boolean)
      : [text];
  };
  const [type] = values(mapping.type);
  if (!type) {
    return {
      unreadable: 'column' in mapping.type ? `no type: column ${mapping.type.column} is empty` : 'no type: the mapping gives an empty one',
    };
  }
  const input: Record<string, unknown> = { type };
  const [timestamp] = mapping.timestamp ? values(mapping.timestamp) : [];
  if (timestamp) input.timestamp = /^-?\d+$/.test(timestamp) ? Number(timestamp) : timestamp;
  const attributes = Object.entries(mapping.attributes ?? {})
    .map(([name, item]) => ({ name, values: values(item) }))
    .filter((attribute) => attribute.values.length);
  if (attributes.length) input.attributes = attributes;
  const crosswalksOf = (item: { source?: string; value: Cell }) =>
    values(item.value).map((value) => (item.source ? { source: item.source, value } : { value }));
  const crosswalks = (mapping.crosswalks ?? []).flatMap(crosswalksOf);
  if (crosswalks.length) input.crosswalks = crosswalks;
  const members = Object.entries(mapping.members ?? {})
    .map(([participant, references]) => ({
      participant,
      members: references.flatMap((reference): Array<Record<string, unknown>> =>
        'uri' in reference
          ? values(reference.uri).map((objectURI) => ({ objectURI }))
          : crosswalksOf(reference.crosswalk).map((item) => ({ crosswalks: [item] })),
      ),
    }))
    .filter((group) => group.members.length);
  if (members.length) input.members = members;
  return { input };
}
