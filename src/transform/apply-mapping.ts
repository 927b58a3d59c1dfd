/**
 * The mapping file's per-record rules, applied between source and target: agent and team tables,
 * custom attribute renames, value maps, defaults, phone policy, attachment policy, and the tag added
 * to every migrated record. A record either comes out transformed (with warnings) or fails here
 * with a reason, before anything is written.
 */
import type { MappingRules } from '../rules/mapping-rules.js';
import type { EntityName } from '../model/entities.js';
import { failed, REASONS, skipped, warning, WARNINGS, type Failed, type Skipped, type Warning } from '../model/outcomes.js';
import type { AnyRecord, Article, Attachment, Company, Contact, CustomValues, Agent, FieldDef, Team, Ticket } from '../model/records.js';
import { refusal, type AttachmentRules } from './attachment-policy.js';
import { checkPhone } from './phone-number.js';

export type Transformed = { record: AnyRecord; warnings: Warning[] } | { failure: Failed } | { skip: Skipped };

export function applyMapping(entity: EntityName, input: AnyRecord, mapping: MappingRules): Transformed {
  const warnings: Warning[] = [];
  const record = structuredClone(input);
  const rules: AttachmentRules = {
    blockedExtensions: mapping.options.blocked_extensions,
    ...(mapping.options.max_attachment_mb !== undefined ? { maxBytes: mapping.options.max_attachment_mb * 1024 * 1024 } : {}),
  };
  const tag = mapping.options.tag;

  switch (entity) {
    case 'agents': {
      const agent = record as Agent;
      const mapped = lookupCaseless(mapping.agents.table, agent.email);
      if (mapped) agent.email = mapped;
      break;
    }
    case 'fields': {
      // A custom attribute renamed (or left out) by fields.<entity> is defined under its new name.
      const field = record as FieldDef;
      const renames = mapping.fields[field.on];
      if (renames && field.key in renames) {
        const to = renames[field.key];
        if (to === null || to === undefined) return { skip: skipped(REASONS.droppedByMapping, `fields.${field.on}.${field.key} is null in the mapping: the attribute is left out`) };
        field.key = to;
      }
      break;
    }
    case 'teams': {
      const team = record as Team;
      const mapped = mapping.teams.table[team.name];
      if (mapped) team.name = mapped;
      break;
    }
    case 'companies': {
      const company = record as Company;
      company.custom = renameCustom(company.custom, mapping.fields.companies);
      if (tag) addTag(company.tags, tag);
      break;
    }
    case 'contacts': {
      const contact = record as Contact;
      contact.custom = renameCustom(contact.custom, mapping.fields.contacts);
      if (tag) addTag(contact.tags, tag);
      if (contact.phone) {
        const check = checkPhone(contact.phone, mapping.options.default_country);
        if (check.valid) contact.phone = check.e164;
        else if (mapping.options.invalid_phone === 'fail') return { failure: failed(REASONS.invalidPhone, `${check.reason}; fix it in the source or set options.invalid_phone: drop`) };
        else if (mapping.options.invalid_phone === 'drop') {
          delete contact.phone;
          warnings.push(warning(WARNINGS.phoneDropped, `phone dropped: ${check.reason}`, ['phone']));
        }
      }
      break;
    }
    case 'tickets': {
      const ticket = record as Ticket;
      ticket.custom = renameCustom(ticket.custom, mapping.fields.tickets);
      ticket.status = mapping.values.status?.[ticket.status] ?? ticket.status;
      if (ticket.priority) ticket.priority = mapping.values.priority?.[ticket.priority] ?? ticket.priority;
      if (ticket.type) ticket.type = mapping.values.type?.[ticket.type] ?? ticket.type;
      const defaults = mapping.defaults.tickets ?? {};
      if (!ticket.priority && defaults.priority) ticket.priority = defaults.priority;
      if (!ticket.type && defaults.type) ticket.type = defaults.type;
      if (!ticket.subject && defaults.subject) ticket.subject = defaults.subject;
      if (tag) addTag(ticket.tags, tag);
      if (mapping.options.merge_conversations_into_tickets) ticket.kind = 'ticket';
      for (const comment of ticket.comments) {
        const kept = filterAttachments(comment.attachments, rules, mapping, warnings, `comment ${comment.id}`);
        if ('failure' in kept) return kept;
        comment.attachments = kept.attachments;
      }
      break;
    }
    case 'articles': {
      const article = record as Article;
      if (tag) addTag(article.tags, tag);
      if (!mapping.options.translations) article.translations = [];
      const kept = filterAttachments(article.attachments, rules, mapping, warnings, 'article');
      if ('failure' in kept) return kept;
      article.attachments = kept.attachments;
      break;
    }
    case 'kb_categories':
    case 'kb_folders': {
      if (!mapping.options.translations) (record as { translations: object }).translations = {};
      break;
    }
    default:
      break;
  }
  return { record, warnings };
}

function filterAttachments(
  attachments: Attachment[],
  rules: AttachmentRules,
  mapping: MappingRules,
  warnings: Warning[],
  where: string,
): { attachments: Attachment[] } | { failure: Failed } {
  if (!mapping.options.attachments) return { attachments: [] };
  const kept: Attachment[] = [];
  for (const attachment of attachments) {
    const why = refusal(attachment, rules);
    if (!why) kept.push(attachment);
    else if (mapping.options.unsupported_attachments === 'fail') {
      return { failure: failed(REASONS.unsupportedAttachment, `${where}: ${why.message}; remove it or set options.unsupported_attachments: skip`) };
    } else warnings.push(warning(why.code, `${where}: ${why.message}, not migrated`));
  }
  return { attachments: kept };
}

function renameCustom(values: CustomValues, map: Record<string, string | null> | undefined): CustomValues {
  if (!map) return values;
  const out: CustomValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!(key in map)) out[key] = value;
    else if (map[key] !== null && map[key] !== undefined) out[map[key]] = value;
  }
  return out;
}

function addTag(tags: string[], tag: string): void {
  if (!tags.includes(tag)) tags.push(tag);
}

function lookupCaseless(table: Record<string, string>, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(table)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
