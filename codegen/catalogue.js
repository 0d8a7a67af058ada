// @ts-check
/**
 * A graphql-codegen plugin writing the catalogue of the SDL's enums (audit actions, error codes,
 * roles, permissions, statuses…) as runtime values: for each enum a const array of its values and
 * their union type, and, for an enum whose values carry `@stored(as:)`, the code the server stores
 * for each value. The output imports nothing, so the server, ui-kit and both front ends can import it
 * without a cycle (the server's resolvers-types.ts imports the GraphQL context).
 */
import { isEnumType } from 'graphql';

/** `AuditAction` → `AUDIT_ACTION`. */
const screaming = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const plural = (name) => (name.endsWith('S') ? `${name}ES` : `${name}S`);
const quoted = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const docComment = (text) => (text ? `/** ${text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** The `as` argument of a value's `@stored` directive, read from the SDL. */
function storedCode(value) {
  const directive = value.astNode?.directives?.find((d) => d.name.value === 'stored');
  const argument = directive?.arguments?.find((a) => a.name.value === 'as');
  return argument?.value.kind === 'StringValue' ? argument.value.value : undefined;
}

function enumBlock(type) {
  const constant = plural(screaming(type.name));
  const values = type.getValues();
  const lines = [
    `${docComment(type.description)}export const ${constant} = [${values.map((v) => quoted(v.name)).join(', ')}] as const;`,
    `export type ${type.name} = (typeof ${constant})[number];`,
  ];
  const stored = values.map((v) => [v.name, storedCode(v)]);
  if (stored.some(([, code]) => code !== undefined)) {
    const missing = stored.filter(([, code]) => code === undefined).map(([name]) => name);
    if (missing.length) throw new Error(`${type.name}: @stored missing on ${missing.join(', ')}`);
    lines.push(
      `/** The code the server stores for each ${type.name}. */`,
      `export const STORED_${constant} = {\n${stored.map(([name, code]) => `  ${name}: ${quoted(code)},`).join('\n')}\n} as const;`,
      `export type Stored${type.name} = (typeof STORED_${constant})[${type.name}];`,
    );
  }
  return lines.join('\n');
}

export const plugin = (schema) => {
  const enums = Object.values(schema.getTypeMap())
    .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    '/** Generated from schema/*.graphql by codegen/catalogue.js (pnpm codegen): do not edit. */',
    ...enums.map(enumBlock),
  ].join('\n\n');
};
