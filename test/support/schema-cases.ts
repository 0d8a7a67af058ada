import { randomUUID } from 'node:crypto';
import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operations generated from the schema, so that a new argument or filter is covered by the hostile
 * suite without a new test: every field that takes arguments, reached from Query or Mutation, with
 * plausible values for every argument, and the list of text, ID and integer leaves a case can replace.
 */

export interface Known {
  territoryId: string;
  territoryCode: string;
}

export interface Leaf {
  /** Path from the argument, as the server's `fields` names it (`input.` dropped). */
  path: string;
  kind: 'String' | 'ID' | 'Int';
  max: number | null;
  name: boolean;
  /** Replaces this leaf in a copy of the arguments. */
  with(value: unknown): Record<string, unknown>;
}

export interface Site {
  /** e.g. `Mutation.signUp` or `Territory.communes`. */
  label: string;
  mutation: boolean;
  /** The document, with one variable per argument of the target field. */
  query: string;
  variables: Record<string, unknown>;
  leaves: Leaf[];
}

const ROOT_ARGS = (known: Known) => `territory(code: ${JSON.stringify(known.territoryCode)})`;

/** A value the server would accept for a scalar argument of this name: the territory's own id and code where they matter. */
function plausibleScalar(name: string, type: string, known: Known): unknown {
  if (type === 'ID') return name === 'territoryId' ? known.territoryId : randomUUID();
  if (type === 'Int') return /year/i.test(name) ? 2031 : 5;
  if (type === 'Float') return 1;
  if (type === 'Decimal') return '1250.50';
  if (type === 'Boolean') return false;
  if (type === 'Date') return '2031-03-01';
  if (type === 'DateTime') return '2031-03-01T10:00:00Z';
  if (/territoryCode|^code$/.test(name)) return known.territoryCode;
  if (/email|^to$/i.test(name)) return `hostile-${randomUUID().slice(0, 8)}@exemple.fr`;
  if (/password/i.test(name)) return 'un mot de passe solide 2026';
  if (name === 'after') return null;
  return 'Texte plausible';
}

function textRule(schema: GraphQLSchema, input: GraphQLArgument | GraphQLInputField) {
  const directive = schema.getDirective('text')!;
  const values = input.astNode ? getDirectiveValues(directive, input.astNode) : undefined;
  return { max: (values?.max as number | undefined) ?? null, name: Boolean(values?.name) };
}

interface RawLeaf {
  path: string;
  kind: Leaf['kind'];
  max: number | null;
  name: boolean;
  /** Keys from the variables object down to the leaf. */
  keys: (string | number)[];
}

/** A plausible value for an input type, and the text, ID and integer leaves found inside it. */
function build(
  schema: GraphQLSchema,
  name: string,
  type: GraphQLInputType,
  rule: { max: number | null; name: boolean },
  known: Known,
  at: { path: string; keys: (string | number)[] },
  leaves: RawLeaf[],
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return [build(schema, name, nullable.ofType, rule, known, { path: `${at.path}.0`, keys: [...at.keys, 0] }, leaves)];
  }
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const path = at.path ? `${at.path}.${field.name}` : field.name;
      value[field.name] = build(
        schema,
        field.name,
        field.type,
        textRule(schema, field),
        known,
        { path, keys: [...at.keys, field.name] },
        leaves,
      );
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  const scalar = nullable.name;
  if (scalar === 'String' || scalar === 'ID' || scalar === 'Int')
    leaves.push({ ...at, kind: scalar, max: rule.max, name: rule.name });
  return plausibleScalar(name, scalar, known);
}

function setAt(root: Record<string, unknown>, keys: (string | number)[], value: unknown) {
  let container = root as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) container = container[key] as Record<string | number, unknown>;
  container[keys[keys.length - 1]!] = value;
}

function siteFor(
  schema: GraphQLSchema,
  owner: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  wrap: (inner: string) => string,
  known: Known,
  mutation: boolean,
): Site {
  const variables: Record<string, unknown> = {};
  const raw: RawLeaf[] = [];
  for (const arg of field.args) {
    const at = { path: arg.name === 'input' ? '' : arg.name, keys: [arg.name] };
    variables[arg.name] = build(schema, arg.name, arg.type, textRule(schema, arg), known, at, raw);
  }
  const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})`;
  const selection = isObjectType(getNamedType(field.type)) ? `${call} { __typename }` : call;
  const query = `${mutation ? 'mutation' : 'query'} Hostile(${declarations}) { ${wrap(selection)} }`;
  const leaves: Leaf[] = raw.map(({ keys, ...leaf }) => ({
    ...leaf,
    with(value) {
      const copy = structuredClone(variables);
      setAt(copy, keys, value);
      return copy;
    },
  }));
  return { label: `${owner.name}.${field.name}`, mutation, query, variables, leaves };
}

/**
 * Every mutation, every Query field with arguments, and every field with arguments of the types
 * reachable from `Query.territory` (connections are entered through `edges { node }`).
 */
export function schemaSites(schema: GraphQLSchema, known: Known): Site[] {
  const sites: Site[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields()))
    sites.push(siteFor(schema, schema.getMutationType()!, field, (s) => s, known, true));
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields()))
    if (field.args.length) sites.push(siteFor(schema, query, field, (s) => s, known, false));

  const seen = new Set<string>([query.name]);
  const queue: { type: GraphQLObjectType; wrap: (inner: string) => string }[] = [];
  const territory = getNamedType(query.getFields().territory!.type) as GraphQLObjectType;
  queue.push({ type: territory, wrap: (s) => `${ROOT_ARGS(known)} { ${s} }` });
  seen.add(territory.name);
  while (queue.length) {
    const { type, wrap } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length) sites.push(siteFor(schema, type, field, wrap, known, false));
      const named = getNamedType(field.type);
      if (!isObjectType(named) || seen.has(named.name)) continue;
      // Only fields whose arguments are all optional lead further (their values are not needed).
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      seen.add(named.name);
      if (named.name.endsWith('Connection')) {
        const node = getNamedType(
          (getNamedType(named.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type,
        ) as GraphQLObjectType;
        if (seen.has(node.name)) continue;
        seen.add(node.name);
        queue.push({ type: node, wrap: (s) => wrap(`${field.name}(first: 1) { edges { node { ${s} } } }`) });
      } else queue.push({ type: named, wrap: (s) => wrap(`${field.name} { ${s} }`) });
    }
  }
  return sites;
}
