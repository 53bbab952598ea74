// trackInteractions: events as MXO's Interaction API records them. A touchpoint URI names the
// interaction type (its `touchpoints`), the visitor is a customer key or an anonymous id (a
// tid, given or new), properties are attribute values. Each event becomes an ordinary
// createInteractions input, so every rule of a create applies; an event with a customer key
// and a tid then links the tid to the customer (identify), moving the visitor's anonymous
// history to the customer.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { problem, type Problem } from '../../errors/catalog.ts';
import { anonymousIdFault } from '../anonymous/anonymous-id.ts';
import { linkedCustomerIds } from '../anonymous/anonymous-profiles.ts';
import { identify } from '../anonymous/identify.ts';
import type { CreateOptions } from '../batch/create-options.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { MalformedItem, type BatchItem } from '../batch/malformed-item.ts';
import type { ConfigurationSnapshot, SourceModel } from '../configuration/model.ts';
import { sourceByReference } from '../configuration/references.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { createInteractions } from '../interactions/create-interactions.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import type { InteractionModel } from '../interactions/interaction-model.ts';
import { entityUri } from '../uris/uris.ts';

export interface TouchpointEvent {
  touchpoint: string;
  anonymousId?: string | null;
  customerKey?: string | null;
  /** The source of the customer key; `customerkey` (MXO's default), else the tenant's default source, when absent. */
  customerKeyName?: string | null;
  timestamp?: bigint | null;
  properties?: ReadonlyArray<{ name: string; value: unknown }> | null;
}

export interface TrackOptions extends CreateOptions {
  /** Offline events were buffered by the touchpoint: each must carry the time it happened. */
  offline: boolean;
}

export interface TrackOutcome extends ItemOutcome<InteractionModel> {
  /** The visitor's anonymous id: the one given, else the new one the event was recorded with. */
  anonymousId: string | null;
}

// MXO's name of the customer key when a request gives none.
const DEFAULT_CUSTOMER_KEY_NAME = 'customerkey';

interface Translated {
  input: InteractionInput;
  anonymousId: string;
  /** The customer the event names by its key, when it names one and the key is known. */
  customerId: string | null;
}

type Path = Array<string | number>;

function customerKeySource(snapshot: ConfigurationSnapshot, name: string | null | undefined): SourceModel | undefined {
  if (name != null) return sourceByReference(snapshot, name);
  return sourceByReference(snapshot, DEFAULT_CUSTOMER_KEY_NAME) ?? snapshot.defaultSource ?? undefined;
}

/** The createInteractions input of an event, or the problems that stop it before it is one. */
async function translate(
  ctx: ServiceContext,
  snapshot: ConfigurationSnapshot,
  event: TouchpointEvent,
  options: TrackOptions,
): Promise<Translated | Problem[]> {
  const errors: Problem[] = [];
  const type = snapshot.interactionTypeByTouchpoint.get(event.touchpoint);
  if (!type) errors.push(problem('UNKNOWN_TOUCHPOINT', `no interaction type records touchpoint ${event.touchpoint}`, ['touchpoint']));
  if (options.offline && event.timestamp == null)
    errors.push(problem('TIMESTAMP_REQUIRED', 'an offline event needs the time it happened', ['timestamp']));
  const idFault = event.anonymousId != null ? anonymousIdFault(event.anonymousId) : null;
  if (idFault) errors.push(problem('INVALID_MEMBER_REFERENCE', idFault, ['anonymousId']));
  if (event.customerKeyName != null && event.customerKey == null)
    errors.push(problem('MALFORMED_ITEM', 'customerKeyName names the key of a customerKey, which is missing', ['customerKey']));
  const source = event.customerKey != null ? customerKeySource(snapshot, event.customerKeyName) : undefined;
  if (event.customerKey != null && !source)
    errors.push(problem('UNKNOWN_SOURCE', `customer key name ${event.customerKeyName} names no source`, ['customerKeyName']));
  if (errors.length || !type) return errors;

  const anonymousId = event.anonymousId ?? randomUUID();
  const customer = source ? await ctx.loaders.entityByCrosswalk.load({ sourceId: source.id, value: event.customerKey! }) : null;
  const attributes = new Map<string, unknown[]>();
  for (const { name, value } of event.properties ?? []) attributes.set(name, [...(attributes.get(name) ?? []), value]);
  const visitor = source ? { crosswalks: [{ source: source.name, value: event.customerKey! }] } : { anonymousId };
  return {
    anonymousId,
    customerId: customer?.id ?? null,
    input: {
      type: type.name,
      timestamp: event.timestamp ?? null,
      attributes: [...attributes].map(([name, values]) => ({ name, values })),
      members: [{ participant: type.primaryParticipant ?? type.participants[0]!.name, members: [visitor] }],
    },
  };
}

/** Where a problem of the translated input is in the event: the property, the touchpoint, the visitor. */
function eventPath(event: TouchpointEvent, input: InteractionInput, path: Path): Path {
  const [field, position] = path;
  if (field === 'type') return ['touchpoint'];
  if (field === 'members') return [event.customerKey != null ? 'customerKey' : 'anonymousId'];
  if (field === 'attributes' && typeof position === 'number') {
    const name = input.attributes?.[position]?.name;
    const index = (event.properties ?? []).findIndex((property) => property.name === name);
    return index < 0 ? ['properties'] : ['properties', index];
  }
  return path;
}

const isTranslated = (item: MalformedItem | Problem[] | Translated): item is Translated =>
  !(item instanceof MalformedItem) && !Array.isArray(item);

export async function trackInteractions(
  ctx: ServiceContext,
  events: ReadonlyArray<BatchItem<TouchpointEvent>>,
  options: TrackOptions,
): Promise<TrackOutcome[]> {
  const snapshot = await ctx.configuration();
  const translated = await Promise.all(
    events.map(async (event) => (event instanceof MalformedItem ? event : translate(ctx, snapshot, event, options))),
  );
  // A tid given with a customer key must not be another customer's: refused before anything is written.
  const linked = await linkedCustomerIds(
    ctx,
    translated.filter(isTranslated).flatMap((item) => (item.customerId ? [item.anonymousId] : [])),
  );
  const inputs = translated.map((item): BatchItem<InteractionInput> => {
    if (!isTranslated(item)) return Array.isArray(item) ? new MalformedItem(item) : item;
    const other = item.customerId ? linked.get(item.anonymousId) : undefined;
    if (other !== undefined && other !== item.customerId)
      return new MalformedItem([
        problem('ANONYMOUS_ID_IDENTIFIED_OTHERWISE', `anonymous id ${item.anonymousId} is ${entityUri(other)}'s already`, ['anonymousId']),
      ]);
    return item.input;
  });

  const created = await createInteractions(ctx, inputs, options);
  const outcomes: TrackOutcome[] = [];
  for (const [index, result] of created.entries()) {
    const event = events[index]!;
    const item = translated[index]!;
    const known = isTranslated(item) ? item : null;
    if (known && !(event instanceof MalformedItem))
      for (const found of [...result.errors, ...result.warnings]) found.path = eventPath(event, known.input, found.path);
    const given = event instanceof MalformedItem ? null : (event.anonymousId ?? null);
    const recorded = result.errors.length === 0;
    outcomes.push({ ...result, anonymousId: given ?? (recorded && known ? known.anonymousId : null) });
    if (recorded && known?.customerId) await linkToCustomer(ctx, known.anonymousId, known.customerId, result);
  }
  return outcomes;
}

/**
 * Links the event's tid to its customer. The event is committed already: whatever refuses or
 * fails the link (another customer's id, a participant that does not allow the customer, a
 * fault) is a warning on it, never a failed request a touchpoint would resend and record twice.
 */
async function linkToCustomer(ctx: ServiceContext, anonymousId: string, customerId: string, result: ItemOutcome<InteractionModel>) {
  try {
    await identify(ctx, anonymousId, { objectURI: entityUri(customerId) });
  } catch (error) {
    const refused = error instanceof GraphQLError && ['CONFLICT', 'BAD_REQUEST'].includes(String(error.extensions.code));
    if (!refused) ctx.logger.warn({ err: error, anonymousId }, 'a recorded event could not link its anonymous id to its customer');
    const reason = refused ? error.message : 'the link failed; identify the anonymous id again later';
    result.warnings.push(problem('ANONYMOUS_ID_NOT_LINKED', reason, ['anonymousId']));
  }
}
