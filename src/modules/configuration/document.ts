// The configuration document: the format of configuration files, of `applyConfiguration`
// and (one object at a time) of the create/update mutations. References between objects
// are by name; a URI is accepted wherever a name is and reduced to the name.
import { z } from 'zod';
import { problem, type Problem } from '../../errors/catalog.ts';
import { configurationName } from '../uris/uris.ts';
import type { KeptForCustomerInsights } from './model.ts';
import { epochMillisFrom } from '../attributes/values.ts';
import { DEFAULT_ENFORCEMENT, DEFAULT_TIMESTAMP_RULES, type Enforcement, type TimestampRules } from './type-rules.ts';

const localizedTexts = z.array(z.object({ locale: z.string().min(1), text: z.string() }).strict());
const reference = (kind: 'sources' | 'entityTypes' | 'interactionTypes') => z.string().transform((value) => configurationName(value, kind));

// The name, label and localized texts every definition has.
const describedShape = {
  name: z.string(),
  label: z.string().nullish(),
  displayName: localizedTexts.nullish(),
  description: localizedTexts.nullish(),
};

const attribute = z
  .object({
    ...describedShape,
    valueType: z.enum(['STRING', 'INTEGER', 'FLOAT', 'BOOLEAN', 'DATE', 'TIMESTAMP']),
    required: z.boolean().nullish(),
    multiValued: z.boolean().nullish(),
    hidden: z.boolean().nullish(),
    allowedValues: z.array(z.string()).nullish(),
    flagEnum: z.boolean().nullish(),
    isName: z.boolean().nullish(),
    localizedString: z.boolean().nullish(),
  })
  .strict();

const source = z.object({ name: reference('sources'), label: z.string().nullish(), isDefault: z.boolean().nullish() }).strict();

const entityType = z
  .object({
    ...describedShape,
    attributes: z.array(attribute).nullish(),
    labelAttribute: z.string().nullish(),
    anonymousProfiles: z.boolean().nullish(),
  })
  .strict();

const participant = z
  .object({
    ...describedShape,
    role: z.string().nullish(),
    entityTypes: z.array(reference('entityTypes')).nullish(),
    minOccurs: z.number().int().nullish(),
    maxOccurs: z.number().int().nullish(),
    mapping: z
      .object({
        entityType: reference('entityTypes'),
        properties: z.array(z.object({ interactionAttribute: z.string(), entityAttribute: z.string() }).strict()),
      })
      .strict()
      .nullish(),
  })
  .strict();

const interactionType = z
  .object({
    ...describedShape,
    attributes: z.array(attribute).nullish(),
    participants: z.array(participant).nullish(),
    idAttributes: z.array(z.string()).nullish(),
    timestampAttribute: z.string().nullish(),
    mutable: z.boolean().nullish(),
    primaryParticipant: z.string().nullish(),
    defaultSource: reference('sources').nullish(),
    touchpoints: z.array(z.string()).nullish(),
    extends: reference('interactionTypes').nullish(),
    enforcement: z.enum(['STRICT', 'WARN', 'OPEN']).nullish(),
    timestampRules: z
      .object({
        maxFutureSeconds: z.number().int().min(0).nullish(),
        horizon: z
          .union([z.bigint(), z.number(), z.string()])
          .refine((value) => epochMillisFrom(value) !== null, 'a time: epoch milliseconds or ISO-8601 with a zone')
          .nullish(),
        action: z.enum(['REFUSE', 'WARN']).nullish(),
      })
      .strict()
      .nullish(),
    apiEntitySetName: z.string().nullish(),
    schemaItemTypeLink: z.string().nullish(),
    images: z.object({ small: z.string().nullish(), medium: z.string().nullish(), large: z.string().nullish() }).strict().nullish(),
    customAttributes: z.array(z.object({ name: z.string(), values: z.array(z.string()) }).strict()).nullish(),
    localizedAttributes: z.array(z.object({ name: z.string(), texts: localizedTexts }).strict()).nullish(),
  })
  .strict();

const configuration = z
  .object({
    sources: z.array(source).nullish(),
    entityTypes: z.array(entityType).nullish(),
    interactionTypes: z.array(interactionType).nullish(),
  })
  .strict();

export type LocalizedTexts = Array<{ locale: string; text: string }>;

export interface AttributeDefinition {
  name: string;
  label: string | null;
  displayName: LocalizedTexts;
  description: LocalizedTexts;
  valueType: z.infer<typeof attribute>['valueType'];
  required: boolean;
  multiValued: boolean;
  hidden: boolean;
  /** An enumeration's values; null: any value of the value type. */
  allowedValues: string[] | null;
  /** A flag enumeration: a set of allowed values (multi-valued). */
  flagEnum: boolean;
  /** Customer Insights' isName and isLocalizedString: kept and exported, no rule here reads them. */
  isName: boolean;
  localizedString: boolean;
}
export interface SourceDefinition {
  name: string;
  label: string | null;
  isDefault: boolean;
}
export interface EntityTypeDefinition {
  name: string;
  label: string | null;
  displayName: LocalizedTexts;
  description: LocalizedTexts;
  attributes: AttributeDefinition[];
  labelAttribute: string | null;
  anonymousProfiles: boolean;
}
export interface ParticipantDefinition {
  name: string;
  label: string | null;
  displayName: LocalizedTexts;
  description: LocalizedTexts;
  role: string | null;
  entityTypes: string[];
  minOccurs: number;
  maxOccurs: number | null;
  mapping: { entityType: string; properties: Array<{ interactionAttribute: string; entityAttribute: string }> } | null;
}
export interface InteractionTypeDefinition extends KeptForCustomerInsights<LocalizedTexts> {
  name: string;
  label: string | null;
  displayName: LocalizedTexts;
  description: LocalizedTexts;
  attributes: AttributeDefinition[];
  participants: ParticipantDefinition[];
  idAttributes: string[];
  timestampAttribute: string | null;
  mutable: boolean;
  primaryParticipant: string | null;
  defaultSource: string | null;
  /** MXO touchpoint / interaction point URIs recorded as interactions of this type. */
  touchpoints: string[];
  /** The interaction type this one extends (its name), whose attributes and participants it has too. */
  extends: string | null;
  enforcement: Enforcement;
  timestampRules: TimestampRules;
}

/** A whole tenant configuration with every default filled in: the canonical form. */
export interface ConfigurationDocument {
  sources: SourceDefinition[];
  entityTypes: EntityTypeDefinition[];
  interactionTypes: InteractionTypeDefinition[];
}

const texts = (value: LocalizedTexts | null | undefined): LocalizedTexts =>
  [...(value ?? [])].sort((a, b) => a.locale.localeCompare(b.locale));

interface Described {
  name: string;
  label?: string | null;
  displayName?: LocalizedTexts | null;
  description?: LocalizedTexts | null;
}

/** The name, label and localized texts every definition has, with their defaults. */
const described = (input: Described) => ({
  name: input.name,
  label: input.label ?? null,
  displayName: texts(input.displayName),
  description: texts(input.description),
});

function attributeDefinition(input: z.infer<typeof attribute>): AttributeDefinition {
  return {
    ...described(input),
    valueType: input.valueType,
    required: input.required ?? false,
    multiValued: input.multiValued ?? false,
    hidden: input.hidden ?? false,
    allowedValues: input.allowedValues ?? null,
    flagEnum: input.flagEnum ?? false,
    isName: input.isName ?? false,
    localizedString: input.localizedString ?? false,
  };
}

export const sourceDefinition = (input: z.infer<typeof source>): SourceDefinition => ({
  name: input.name,
  label: input.label ?? null,
  isDefault: input.isDefault ?? false,
});

export const entityTypeDefinition = (input: z.infer<typeof entityType>): EntityTypeDefinition => ({
  ...described(input),
  attributes: (input.attributes ?? []).map(attributeDefinition),
  labelAttribute: input.labelAttribute ?? null,
  anonymousProfiles: input.anonymousProfiles ?? false,
});

export const interactionTypeDefinition = (input: z.infer<typeof interactionType>): InteractionTypeDefinition => ({
  ...described(input),
  attributes: (input.attributes ?? []).map(attributeDefinition),
  participants: (input.participants ?? []).map((member) => ({
    ...described(member),
    role: member.role ?? null,
    entityTypes: member.entityTypes ?? [],
    minOccurs: member.minOccurs ?? 0,
    maxOccurs: member.maxOccurs ?? null,
    mapping: member.mapping ?? null,
  })),
  idAttributes: input.idAttributes ?? [],
  timestampAttribute: input.timestampAttribute ?? null,
  mutable: input.mutable ?? false,
  primaryParticipant: input.primaryParticipant ?? null,
  defaultSource: input.defaultSource ?? null,
  touchpoints: input.touchpoints ?? [],
  extends: input.extends ?? null,
  enforcement: input.enforcement ?? DEFAULT_ENFORCEMENT,
  timestampRules: {
    maxFutureSeconds: input.timestampRules?.maxFutureSeconds ?? DEFAULT_TIMESTAMP_RULES.maxFutureSeconds,
    horizon:
      input.timestampRules?.horizon != null ? Number(epochMillisFrom(input.timestampRules.horizon)) : DEFAULT_TIMESTAMP_RULES.horizon,
    action: input.timestampRules?.action ?? DEFAULT_TIMESTAMP_RULES.action,
  },
  apiEntitySetName: input.apiEntitySetName ?? null,
  schemaItemTypeLink: input.schemaItemTypeLink ?? null,
  images: input.images
    ? { small: input.images.small ?? null, medium: input.images.medium ?? null, large: input.images.large ?? null }
    : null,
  customAttributes: input.customAttributes ?? [],
  localizedAttributes: (input.localizedAttributes ?? []).map(({ name, texts: given }) => ({ name, texts: texts(given) })),
});

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parseWith<S extends z.ZodType, T>(schema: S, input: unknown, build: (value: z.infer<S>) => T): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: build(result.data) };
  return {
    ok: false,
    problems: result.error.issues.map((issue) =>
      problem(
        'INVALID_DOCUMENT',
        issue.message,
        issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      ),
    ),
  };
}

/** Reads a configuration document (file contents or GraphQL input) into canonical form. */
export const parseConfiguration = (input: unknown): Parsed<ConfigurationDocument> =>
  parseWith(configuration, input, (value) => ({
    sources: (value.sources ?? []).map(sourceDefinition),
    entityTypes: (value.entityTypes ?? []).map(entityTypeDefinition),
    interactionTypes: (value.interactionTypes ?? []).map(interactionTypeDefinition),
  }));

/**
 * The document in canonical order, as exports write it: top-level objects by name and the
 * entity types a participant allows by name. Attributes and participants keep their order:
 * it is their display order. Parsing keeps the input's order so problems point into it.
 */
export function canonicalDocument(document: ConfigurationDocument): ConfigurationDocument {
  return {
    sources: byName(document.sources),
    entityTypes: byName(document.entityTypes),
    interactionTypes: byName(document.interactionTypes).map((type) => ({
      ...type,
      participants: type.participants.map((member) => ({ ...member, entityTypes: [...member.entityTypes].sort() })),
    })),
  };
}

export function byName<T extends { name: string }>(items: T[]): T[] {
  // Code-unit order, not a database collation: the same on every provider and in JS.
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
export const parseSource = (input: unknown) => parseWith(source, input, sourceDefinition);
export const parseEntityType = (input: unknown) => parseWith(entityType, input, entityTypeDefinition);
export const parseInteractionType = (input: unknown) => parseWith(interactionType, input, interactionTypeDefinition);
