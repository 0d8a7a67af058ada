import { describe, expect, it } from 'vitest';
import * as kit from './contrast';
import * as server from '../../server/src/modules/territory/contrast';

describe('contrast with white text', () => {
  it('gives the console the ratio the server enforces', () => {
    for (const colour of ['#000000', '#ffffff', '#1d4f91', '#a3461a', '#767676', '#777777', '#e08a3c', '#0B5A3C']) {
      expect(kit.formatRatio(kit.contrastWithWhite(colour))).toBe(server.formatRatio(server.contrastWithWhite(colour)));
      expect(kit.contrastWithWhite(colour) >= kit.MIN_CONTRAST).toBe(
        server.contrastWithWhite(colour) >= server.MIN_CONTRAST,
      );
    }
    expect(kit.HEX_COLOUR.source).toBe(server.HEX_COLOUR.source);
  });
});
