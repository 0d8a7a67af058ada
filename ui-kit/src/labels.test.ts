import { describe, expect, it } from 'vitest';
import { frameworkItemLabel } from './labels';

describe('frameworkItemLabel', () => {
  it('never shows a code alone', () => {
    expect(frameworkItemLabel({ code: 'P1', title: 'Cohésion sociale' })).toBe('P1 — Cohésion sociale');
    expect(frameworkItemLabel({ code: '6.2', title: 'Accès aux droits' })).toBe('6.2 — Accès aux droits');
    expect(frameworkItemLabel({ code: null, title: 'Emploi' })).toBe('Emploi');
  });
});
