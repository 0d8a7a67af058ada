import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('report sections in Markdown', () => {
  it('render formatting but never raw HTML nor script links', () => {
    const html = renderMarkdown(
      '**142** actions financées\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[piège](javascript:alert(1)) [site](https://www.anct.gouv.fr)',
    );
    expect(html).toContain('<strong>142</strong>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://www.anct.gouv.fr"');
  });
});
