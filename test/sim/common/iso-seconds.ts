/** ISO 8601 in UTC to the second, `Z` suffix (`2024-01-02T03:04:05Z`): Zendesk's and Freshdesk's timestamp format. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
