import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF written by pdfkit with one embedded font: content streams are inflated,
 * the glyph ids of their TJ operators mapped back to characters through the font's ToUnicode CMap.
 */
export function pdfText(pdf: Buffer): string {
  const streams: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      streams.push(inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'));
    } catch {
      // a stream that is not deflated (the embedded font program): nothing to read there
    }
  }
  const unicode = new Map<number, string>();
  for (const cmap of streams.filter((s) => s.includes('beginbfrange'))) {
    for (const range of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const start = parseInt(range[1]!, 16);
      // Each target is UTF-16BE, possibly several units (a ligature: <0066 0069> is « fi »).
      [...range[3]!.matchAll(/<([0-9a-f\s]+)>/gi)].forEach((u, i) => {
        const units = (u[1]!.replace(/\s/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16));
        unicode.set(start + i, String.fromCharCode(...units));
      });
    }
  }
  const lines: string[] = [];
  for (const content of streams.filter((s) => s.includes('TJ'))) {
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join('');
      lines.push((hex.match(/.{4}/g) ?? []).map((g) => unicode.get(parseInt(g, 16)) ?? '').join(''));
    }
  }
  // Lines are joined: a sentence wrapped over two lines reads whole.
  return lines.join(' ').replace(/\s+/g, ' ');
}
