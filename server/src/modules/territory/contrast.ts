/**
 * WCAG 2 contrast of a colour with white text: the portal writes white on the primary colour (its
 * header, its buttons) and on the accent. Mirrored by ui-kit/src/contrast.ts for the console's live
 * preview; a ui-kit test checks both agree.
 */
export const MIN_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(hex: string, at: number) {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string) {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** The ratio of white to `hex` (#rrggbb), from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Rounded down, so that a pair shown as « 4,5:1 » is never one the rule refuses. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;
}
