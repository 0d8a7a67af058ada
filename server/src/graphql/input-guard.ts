import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInputObjectType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isUuid, normaliseNewlines, textProblem, type TextRule } from '../shared/text.js';

/**
 * Every string an operation hands a resolver is checked here, once, before execution: the `@text`
 * directive of the SDL gives each String input its maximum length (and marks names), every ID is a
 * UUID unless `@text` marks it as an opaque key. Services then only check meaning.
 */

interface Site {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** A String input without `@text` (the schema test forbids it) still gets a bound. */
const FALLBACK: TextRule = { max: 1000 };
const MAX_ERRORS = 20;

export function createInputGuard(schema: GraphQLSchema) {
  const directive = schema.getDirective('text');
  if (!directive) throw new Error('schema/base.graphql must declare the @text directive');
  const rules = new WeakMap<GraphQLArgument | GraphQLInputField, TextRule | null>();
  const sitesOf = new WeakMap<OperationDefinitionNode, Site[]>();

  function ruleOf(input: GraphQLArgument | GraphQLInputField): TextRule | null {
    let rule = rules.get(input);
    if (rule === undefined) {
      const values = input.astNode ? getDirectiveValues(directive as GraphQLDirective, input.astNode) : undefined;
      rule = values ? { max: values.max as number, name: values.name as boolean } : null;
      rules.set(input, rule);
    }
    return rule;
  }

  function check(value: unknown, type: GraphQLInputType, rule: TextRule | null, path: string, errors: Problem[]) {
    if (value === null || value === undefined || errors.length >= MAX_ERRORS) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      (value as unknown[]).forEach((item, i) => check(item, nullable.ofType, rule, `${path}.${i}`, errors));
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) {
        const fieldValue = (value as Record<string, unknown>)[field.name];
        check(fieldValue, field.type, ruleOf(field), path ? `${path}.${field.name}` : field.name, errors);
      }
    } else if (nullable.name === 'ID' && !rule) {
      if (!isUuid(String(value))) errors.push({ path, reason: 'identifiant invalide' });
    } else if (nullable.name === 'String' || nullable.name === 'ID') {
      const reason = textProblem(String(value), rule ?? FALLBACK);
      if (reason) errors.push({ path, reason });
    }
  }

  return {
    /** CRLF → LF in every string of the variables, in place, before graphql-js and graphql-jit coerce them. */
    normalise(variables: Record<string, unknown>) {
      normaliseAll(variables);
    },
    /** The refusals for an operation's arguments, given its coerced variables; empty when all is well. */
    check(
      document: DocumentNode,
      operation: OperationDefinitionNode,
      variables: Record<string, unknown>,
    ): readonly GraphQLError[] {
      let sites = sitesOf.get(operation);
      if (!sites) sitesOf.set(operation, (sites = argumentSites(schema, document, operation)));
      const problems: Problem[] = [];
      for (const { field, node } of sites) {
        const values = getArgumentValues(field, node, variables);
        for (const arg of field.args) {
          // The `input` argument of a mutation names its fields as the forms do; others keep their name.
          check(values[arg.name], arg.type, ruleOf(arg), arg.name === 'input' ? '' : arg.name, problems);
        }
      }
      return problems.length ? [refusal(problems)] : [];
    },
  };
}

interface Problem {
  path: string;
  reason: string;
}

function refusal(problems: Problem[]): GraphQLError {
  const fields: Record<string, string> = {};
  for (const { path, reason } of problems) fields[path || 'input'] ??= reason;
  // As parseInput words it: the reasons for people, the field paths for the forms.
  const summary = [...new Set(Object.values(fields))].join(' ; ');
  return new GraphQLError(`Saisie invalide : ${summary}.`, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

function normaliseAll(container: Record<string, unknown> | unknown[]) {
  for (const [key, value] of Object.entries(container)) {
    if (typeof value === 'string') {
      if (value.includes('\r')) (container as Record<string, unknown>)[key] = normaliseNewlines(value);
    } else if (value && typeof value === 'object') normaliseAll(value as Record<string, unknown>);
  }
}

/** The fields of an operation (fragments included) that take arguments, with their definitions. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Site[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const sites: Site[] = [];
  const visited = new Set<string>();
  function walk(selectionSet: SelectionSetNode, parent: GraphQLCompositeType) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue; // __typename and introspection meta-fields
        if (selection.arguments?.length) sites.push({ field, node: selection });
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const key = selection.kind === Kind.FRAGMENT_SPREAD ? `${selection.name.value}@${parent.name}` : null;
        if (key) {
          if (visited.has(key)) continue;
          visited.add(key);
        }
        if (condition && isCompositeType(condition)) walk(fragment.selectionSet, condition);
      }
    }
  }
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root);
  return sites;
}
