/**
 * Zendesk tags are lower case and a space splits one tag into two (research §1.4, simulator README):
 * spaces become underscores so that "needs review" stays one tag.
 */
export function zendeskTag(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '_');
}

export function zendeskTags(names: readonly string[]): string[] {
  return [...new Set(names.map(zendeskTag).filter(Boolean))];
}

/** A key readable as a tag or a field key: "Order number" → "order_number". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
