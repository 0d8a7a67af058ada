/**
 * WCAG 2 contrast with white text: the portal writes white on a territory's primary and accent
 * colours. The server enforces the rule with it (territory theme.service.ts), the console shows it live.
 */
export const MIN_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(hex: string, at: number) {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The ratio of white to `hex` (#rrggbb), from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  const luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  return 1.05 / (luminance + 0.05);
}

/** Rounded down, so that a pair shown as « 4,5:1 » is never one the rule refuses. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;
}
