/** The URL of another page of the same list: the request's query with some parameters replaced or dropped. */

export interface QueryChange {
  /** Parameters to set (replacing any value the request had). */
  set: Record<string, string>;
  /** Parameters to remove first. */
  drop?: readonly string[];
  /** Leave `[` and `]` unescaped in the query (Zendesk writes `page[after]=` so in its links). */
  literalBrackets?: boolean;
}

export function urlWithQuery(base: string, query: URLSearchParams, change: QueryChange): string {
  const next = new URLSearchParams(query);
  for (const name of change.drop ?? []) next.delete(name);
  for (const [name, value] of Object.entries(change.set)) next.set(name, value);
  const text = next.toString();
  return `${base}?${change.literalBrackets ? text.replace(/%5B/g, '[').replace(/%5D/g, ']') : text}`;
}
