import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Markdown to HTML by GitHub's rules (GFM: tables, strikethrough, autolinks, task lists), with raw HTML passed through as GitHub does for <details>. */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}
