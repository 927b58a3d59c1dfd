/**
 * Where a vendored OpenAPI description is wrong or silent about a request the real API takes, the
 * one list of exceptions to the request check (request-checks.ts). Each entry removes only the
 * violations its pattern matches, on one simulator, and says why the request is right anyway.
 */
export interface RequestException {
  id: string;
  sim: 'intercom' | 'zendesk';
  /** Matches a violation as validateRequest formats it (`METHOD /template: ...`). */
  violation: RegExp;
  /** Only when the body value the violation points at is null (an exception for clearing a field). */
  onlyNull?: boolean;
  why: string;
}

export const REQUEST_EXCEPTIONS: RequestException[] = [
  {
    id: 'intercom-list-paging',
    sim: 'intercom',
    violation: /^GET \/(contacts|articles|help_center\/collections): query parameter (per_page|page|starting_after) is not declared/,
    why: "Intercom's pagination guide documents per_page/starting_after (cursor lists) and page/per_page (page lists); the 2.16 OAS declares neither on these lists although their answers carry `pages`",
  },
  {
    id: 'intercom-contact-id-not-uuid',
    sim: 'intercom',
    violation: /^POST \/conversations: body \/from\/id: must match format "uuid"/,
    why: 'the OAS marks from.id as a uuid, but Intercom contact ids are 24-hex object ids (the same OAS\'s contact examples)',
  },
  {
    id: 'intercom-article-parent-id-string',
    sim: 'intercom',
    violation: /^POST \/articles: body \/parent_id: must be integer/,
    why: 'ASSUMED: the connector sends the collection id as Intercom returned it, a numeric string; Intercom coerces ids (its answers give them as strings). If it did not, the article fails with a 400 naming parent_id, never silently',
  },
  {
    id: 'intercom-unarchive-empty-body',
    sim: 'intercom',
    violation: /^POST \/contacts\/\{contact_id\}\/unarchive: sends a body the operation does not take/,
    why: 'the connector posts an empty JSON object `{}`, which carries nothing',
  },
  {
    id: 'intercom-company-attribute-types',
    sim: 'intercom',
    violation: /^POST \/companies: body \/custom_attributes\/[^:]+: must be string/,
    why: "the OAS types company custom_attributes as strings only, yet its own example holds a boolean, a float and an integer; attributes keep their data attribute's type",
  },
  {
    id: 'intercom-reply-without-body',
    sim: 'intercom',
    violation: /^POST \/conversations\/\{conversation_id\}\/reply: body (\(root\): must (have required property '(body|admin_id|user_id|email)'|match a schema in anyOf)|\/type: must be equal to one of the allowed values \["admin"\])/,
    why: 'ASSUMED: a contact reply that is only attachments goes without `body` (the OAS requires one). If Intercom refuses it, that message fails with the 400 in the report (record id), never silently',
  },
  {
    id: 'intercom-article-parent-null',
    sim: 'intercom',
    violation: /^PUT \/articles\/\{article_id\}: body \/parent_id: must be string/,
    onlyNull: true,
    why: 'ASSUMED: `parent_id: null` moves an article out of every collection (the OAS types it string, not nullable). If refused, the update fails with its 400, never silently',
  },
  {
    id: 'zendesk-cursor-paging',
    sim: 'zendesk',
    violation: /^GET \/api\/v2\/[^:]+: query parameter page\[(size|after)\] is not declared/,
    why: "Zendesk's pagination guide documents cursor pagination (page[size] up to 100, page[after]) on every list; the Support OAS declares it on almost none",
  },
  {
    id: 'zendesk-incremental-cursor-params',
    sim: 'zendesk',
    violation: /^GET \/api\/v2\/incremental\/tickets\/cursor: query parameter (per_page|exclude_deleted) is not declared/,
    why: 'the Incremental Exports reference documents per_page (up to 1000) and exclude_deleted; the OAS leaves them out',
  },
  {
    id: 'zendesk-organization-search-external-id',
    sim: 'zendesk',
    violation: /^GET \/api\/v2\/organizations\/search: query external_id=[^:]*: \(root\): must be integer/,
    why: "the OAS types this query's external_id as an integer, yet its own organization object has a string external_id and the operation's description searches by that value exactly; external ids are the source's ids (co1, ext-co-1)",
  },
  {
    id: 'zendesk-upload-filename',
    sim: 'zendesk',
    violation: /^POST \/api\/v2\/uploads: query parameter filename is not declared/,
    why: "the Attachments reference's Upload Files takes the file name as the required `filename` query parameter; the OAS declares no parameter",
  },
  {
    id: 'zendesk-create-bodies-undocumented',
    sim: 'zendesk',
    violation: /^POST \/api\/v2\/(groups|group_memberships|organization_memberships|organizations\/create_or_update|user_fields|ticket_fields|organization_fields): sends a body the operation does not take/,
    why: 'the OAS gives these create operations no requestBody although their reference pages show the JSON they take; their bodies stay unchecked (the simulator refuses unknown attributes for them)',
  },
  {
    id: 'zendesk-nested-membership-lists',
    sim: 'zendesk',
    violation: /^GET \/api\/v2\/(groups\/\d+\/memberships|users\/\d+\/organization_memberships): no such operation/,
    why: "the Group Memberships and Organization Memberships references document these list forms (by group, by user); the OAS has only the flat lists",
  },
  {
    id: 'zendesk-ticket-clear-with-null',
    sim: 'zendesk',
    violation: /^(PUT \/api\/v2\/tickets\/\{ticket_id\}|POST \/api\/v2\/tickets): body \/ticket\/(type|priority|group_id|assignee_id): must (be string|be integer|be equal to one of the allowed values)/,
    onlyNull: true,
    why: 'ASSUMED: the connector sends null to clear a type, priority, group or assignee the source no longer has (the OAS does not mark them nullable). If Zendesk refused it, the update fails with its 422 (record id in the report), never silently',
  },
  {
    id: 'zendesk-ticket-custom-fields-items',
    sim: 'zendesk',
    violation: /^PUT \/api\/v2\/tickets\/\{ticket_id\}: body \/ticket\/custom_fields\/\d+: must have required property '(type|title|key)'/,
    why: "the OAS types the items of a ticket update's custom_fields as ticket field definitions; the Tickets reference sends `{id, value}` pairs, as the connector does",
  },
  {
    id: 'zendesk-organization-external-id-string',
    sim: 'zendesk',
    violation: /^GET \/api\/v2\/organizations\/search: query external_id=[^:]+: \(root\): must be integer/,
    why: "the OAS types the search's external_id as an integer; the Organizations reference makes external_id a string (Intercom company ids are 24-hex)",
  },
  {
    id: 'intercom-ticket-admin-id-string',
    sim: 'intercom',
    violation: /^PUT \/tickets\/\{ticket_id\}: body \/admin_id: must be integer/,
    why: 'ASSUMED: the connector sends the admin id as Intercom returned it, a numeric string (as with parent_id). If refused, the update fails with its 400, never silently',
  },
];

/**
 * Specs whose overlapping `oneOf` alternatives make a valid body match two branches (Intercom's
 * POST /tags: `{name}` is both create_or_update_tag_request and a prefix of the others): requests to
 * them are validated with `oneOf` read as `anyOf`.
 */
export const ONE_OF_AS_ANY_OF = { intercom: true, zendesk: false } as const;
