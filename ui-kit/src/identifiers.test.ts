import { describe, expect, it } from 'vitest';
import { isSiret } from './identifiers';

describe('SIRET check digit', () => {
  it('checks SIRET keys, La Poste’s included', () => {
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
    expect(isSiret('35600000000048')).toBe(false);
    expect(isSiret('35600000049837')).toBe(true);
    expect(isSiret('7328293200007')).toBe(false);
  });
});
