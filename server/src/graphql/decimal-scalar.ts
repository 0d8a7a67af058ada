import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { normaliseDecimal } from '../shared/money.js';

const refuse = () =>
  new GraphQLError('Montant invalide : écrivez-le en euros avec deux décimales au plus, par exemple « 1250.50 ».', {
    extensions: { code: 'BAD_USER_INPUT' },
  });

function parse(value: unknown): string {
  const decimal = typeof value === 'string' && value.length <= 40 ? normaliseDecimal(value) : null;
  if (decimal === null) throw refuse();
  return decimal;
}

/**
 * Exact euros as "1250.50": PostgreSQL's numeric arrives as text and leaves as text, so no amount
 * ever passes through a float. Inputs are strings only: a JSON number may already have been rounded.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize(value) {
    if (typeof value === 'string') {
      const decimal = normaliseDecimal(value);
      if (decimal !== null) return decimal;
    }
    throw new GraphQLError(`Decimal: valeur interne non décimale (${typeof value})`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refuse();
    return parse(ast.value);
  },
});
