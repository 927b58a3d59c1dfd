/**
 * The entities desk-migrate moves, in the order they must be written: every entity only refers to
 * entities that come before it, so a record's dependencies already have target ids when it is written.
 */
export const ENTITY_ORDER = [
  'agents',
  'teams',
  'fields',
  'companies',
  'contacts',
  'tags',
  'tickets',
  'kb_categories',
  'kb_folders',
  'articles',
] as const;

export type EntityName = (typeof ENTITY_ORDER)[number];

export function isEntityName(value: string): value is EntityName {
  return (ENTITY_ORDER as readonly string[]).includes(value);
}

/** Singular, human wording for messages ("ticket 42", "kb folder 7"). */
export function entityLabel(entity: EntityName): string {
  const labels: Record<EntityName, string> = {
    agents: 'agent',
    teams: 'team',
    fields: 'field',
    companies: 'company',
    contacts: 'contact',
    tags: 'tag',
    tickets: 'ticket',
    kb_categories: 'kb category',
    kb_folders: 'kb folder',
    articles: 'article',
  };
  return labels[entity];
}
