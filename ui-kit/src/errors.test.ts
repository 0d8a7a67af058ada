import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { FieldProblems, editConflict, errorMessage, fieldErrors, isUnknownAddress, missingFields } from './errors';

const answer = (...errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

const coercion = {
  message:
    'Variable "$input" got invalid value { email: "a@b.fr" }; Field "territoryCode" of required type "String!" was not provided.',
  extensions: { code: 'BAD_USER_INPUT' },
};
const guard = {
  message: 'Saisie invalide : adresse email invalide.',
  extensions: { code: 'BAD_USER_INPUT', fields: { email: 'adresse email invalide' } },
};

describe('errorMessage', () => {
  it('keeps the server’s French sentences', () => {
    expect(errorMessage(answer(guard))).toBe('Saisie invalide : adresse email invalide.');
    expect(errorMessage(answer({ message: 'Rapport introuvable.', extensions: { code: 'NOT_FOUND' } }))).toBe(
      'Rapport introuvable.',
    );
  });

  it('never shows GraphQL’s own English text', () => {
    expect(errorMessage(answer(coercion))).toBe(
      'Certains champs sont manquants ou mal remplis : vérifiez le formulaire et réessayez.',
    );
    for (const message of [
      'Cannot query field "nope" on type "Query". Did you mean "node"?',
      'Syntax Error: Expected Name, found <EOF>.',
    ]) {
      const shown = errorMessage(answer({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      expect(shown).toBe('Cette demande n’a pas pu être traitée. Rechargez la page et réessayez.');
    }
    // An English message under a server code (graphql-js's coercion inside a resolver's arguments).
    expect(
      errorMessage(
        answer({ message: 'Int cannot represent non-integer value: "x"', extensions: { code: 'BAD_USER_INPUT' } }),
      ),
    ).not.toMatch(/cannot/);
    expect(errorMessage(answer({ message: 'boom' }))).not.toBe('boom');
  });

  it('says the network failed for anything else, and asks to check the fields a form found', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/^Le serveur ne répond pas/);
    expect(errorMessage(new FieldProblems({ email: 'Indiquez votre adresse email.' }))).toBe(
      'Vérifiez les champs signalés.',
    );
  });
});

describe('fieldErrors', () => {
  it('reads each field’s French reason from the server or from the form', () => {
    expect(
      fieldErrors(
        answer(guard, { message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: { text: 'trop long', n: 3 } } }),
      ),
    ).toEqual({
      email: 'adresse email invalide',
      text: 'trop long',
    });
    expect(fieldErrors(answer(coercion))).toEqual({});
    expect(fieldErrors(new FieldProblems({ email: 'Indiquez votre adresse email.' }))).toEqual({
      email: 'Indiquez votre adresse email.',
    });
    expect(fieldErrors(undefined)).toEqual({});
  });
});

describe('missingFields', () => {
  it('names each required field left empty, or none', () => {
    const required = { email: 'Indiquez votre adresse email.', displayName: 'Indiquez un pseudonyme.' };
    expect(missingFields({ email: '  ', displayName: 'Lou' }, required)?.fields).toEqual({
      email: 'Indiquez votre adresse email.',
    });
    expect(missingFields({ email: 'a@b.fr', displayName: 'Lou' }, required)).toBeNull();
  });
});

describe('isUnknownAddress', () => {
  const url = ['code', 'id', 'year'];
  it('is true when only the page’s address is refused or unknown', () => {
    const badId = {
      message: 'Saisie invalide : identifiant invalide.',
      extensions: { code: 'BAD_USER_INPUT', fields: { id: 'identifiant invalide' } },
    };
    expect(isUnknownAddress(answer(badId), url)).toBe(true);
    expect(isUnknownAddress(answer({ message: 'Introuvable.', extensions: { code: 'NOT_FOUND' } }), url)).toBe(true);
  });
  it('is false for a refused search, a coercion, a fault or the network', () => {
    const search = {
      message: 'Saisie invalide : trop long.',
      extensions: { code: 'BAD_USER_INPUT', fields: { 'filter.search': 'trop long' } },
    };
    expect(isUnknownAddress(answer(search), url)).toBe(false);
    expect(isUnknownAddress(answer(coercion), url)).toBe(false);
    expect(isUnknownAddress(answer({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }), url)).toBe(false);
    expect(isUnknownAddress(new TypeError('Failed to fetch'), url)).toBe(false);
  });
});

describe('editConflict', () => {
  const stale = {
    message:
      'Cette action a été modifiée par Camille le 2 décembre à 14 h 05 (état) : rechargez-la avant d’enregistrer.',
    extensions: {
      code: 'CONFLICT',
      conflict: 'STALE',
      changedFields: ['status', 42],
      changedBy: 'Camille',
      changedAt: '2026-12-02T13:05:00.000Z',
    },
  };

  it('reads who changed what from a stale edit, with the server’s sentence', () => {
    expect(editConflict(answer(stale))).toEqual({
      message: stale.message,
      changedFields: ['status'],
      changedBy: 'Camille',
      changedAt: '2026-12-02T13:05:00.000Z',
    });
  });

  it('is null for any other refusal, a conflict of another kind included', () => {
    expect(editConflict(answer(guard))).toBeNull();
    expect(editConflict(answer({ message: 'Déjà fait.', extensions: { code: 'CONFLICT' } }))).toBeNull();
    expect(editConflict(new Error('réseau'))).toBeNull();
  });
});
