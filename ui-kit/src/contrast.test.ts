import { describe, expect, it } from 'vitest';
import { contrastWithWhite, formatRatio, MIN_CONTRAST } from './contrast';

describe('contrast with white text', () => {
  it('follows WCAG 2: 21:1 on black, 1:1 on white, #767676 the lightest grey that passes', () => {
    expect(formatRatio(contrastWithWhite('#000000'))).toBe('21,0:1');
    expect(formatRatio(contrastWithWhite('#ffffff'))).toBe('1,0:1');
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastWithWhite('#777777')).toBeLessThan(MIN_CONTRAST);
  });

  it('rounds the ratio down, so a colour shown as 4,5:1 is never refused', () => {
    expect(formatRatio(contrastWithWhite('#767676'))).toBe('4,5:1');
    expect(formatRatio(contrastWithWhite('#777777'))).toBe('4,4:1');
  });
});
