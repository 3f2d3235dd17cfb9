// Comment, issue and release bodies rendered the way GitHub renders them: GitHub-flavoured
// markdown with raw HTML (GitHub keeps <details>, <sub> and friends), the GFM tag filter, and
// ```mermaid blocks handed to mermaid in the browser.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { type Html, trusted } from './html.js';

const MERMAID_BLOCK = /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g;
// GitHub's alerts: a blockquote whose first line is [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION].
const ALERT = /<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g;

export interface RenderedMarkdown {
  html: Html;
  /** True when the body holds a mermaid chart, so the page must load mermaid. */
  mermaid: boolean;
}

export function renderMarkdown(markdown: string | null | undefined): RenderedMarkdown {
  if (!markdown?.trim()) return { html: trusted('<p class="empty">No description provided.</p>'), mermaid: false };
  const rendered = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
  let mermaid = false;
  // micromark already escaped the block's text; mermaid reads it back as text.
  const out = rendered
    .replace(MERMAID_BLOCK, (_, body: string) => {
      mermaid = true;
      return `<pre class="mermaid">${body}</pre>`;
    })
    .replace(ALERT, (_, kind: string) => {
      const title = kind[0] + kind.slice(1).toLowerCase();
      return `<blockquote class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${title}</p><p>`;
    });
  return { html: trusted(`<div class="markdown-body">${out}</div>`), mermaid };
}
