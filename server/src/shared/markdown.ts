import MarkdownIt from 'markdown-it';

/**
 * Staff write sections in Markdown. Raw HTML is escaped (html: false) and markdown-it drops
 * javascript:, vbscript: and data: links, so the HTML served cannot carry a script.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const renderMarkdown = (source: string) => md.render(source);
