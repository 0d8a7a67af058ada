import { describe, expect, it } from 'vitest';
import { differenceOf, fromCents, normaliseDecimal, sumAmounts, toCents } from './money.js';

describe('exact money', () => {
  it('adds 0.10 + 0.20 + 0.05 to exactly 0.35, where floating point does not', () => {
    expect(0.1 + 0.2 + 0.05).not.toBe(0.35);
    expect(sumAmounts(['0.10', '0.20', '0.05'])).toBe('0.35');
  });

  it('reads amounts as people type them and refuses what is not one', () => {
    expect(normaliseDecimal('1 250,5 €')).toBe('1250.50');
    expect(normaliseDecimal('47800.20')).toBe('47800.20');
    expect(normaliseDecimal('-3')).toBe('-3.00');
    for (const bad of ['', '12.345', '1e3', 'abc', '1.2.3', '9999999999999']) expect(normaliseDecimal(bad)).toBeNull();
  });

  it('converts to and from cents, signs included, and subtracts exactly', () => {
    expect(toCents('-12.05')).toBe(-1205n);
    expect(fromCents(-5n)).toBe('-0.05');
    expect(differenceOf('100.00', '99.99')).toBe('0.01');
    expect(differenceOf(null, '1.00')).toBeNull();
    expect(sumAmounts([null, undefined])).toBeNull();
  });
});
