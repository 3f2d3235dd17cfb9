// HTML built by tagged templates: every interpolated value is escaped unless it is already Html,
// so a title or label from the state can never become markup.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup produced by a trusted renderer (the markdown renderer); never call it on state text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A path segment for links: tags and asset names may hold '/', '#', '?' or spaces. */
export function segment(text: string): string {
  return encodeURIComponent(text);
}

/** A tag in a link keeps its slashes, as github.com's `releases/tag/churn/v1` does. */
export function tagPath(tag: string): string {
  return tag.split('/').map(encodeURIComponent).join('/');
}
