/**
 * Companies: `POST /companies` upserts on `company_id`; lists (`GET /companies`, `POST /companies/list`)
 * page by number and, like the real API, leave out companies that no contact is attached to; the scroll
 * (`GET /companies/scroll`) is single-flight per workspace, expires after a minute of inactivity, and
 * ends with an empty page after which its `scroll_param` is gone. Contacts are attached through
 * `POST /contacts/{id}/companies` (at most 1000 companies per contact).
 */
import { randomUUID } from 'node:crypto';
import { renderContact } from './contacts.js';
import { checkCustomAttributes } from './data-attributes.js';
import { IntercomApiError, companyNotFound, invalid, missing, userNotFound } from './errors.js';
import { numberedPage, perPage } from './pagination.js';
import { bodyObject, nullableInteger, optBoolean, optInteger, optObject, optString, queryInteger } from './request-input.js';
import type { CompanyRecord, ContactRecord } from './records.js';
import type { RouteContext, Router } from './router.js';
import type { IntercomStore } from './store.js';
import { renderTagList } from './tags.js';

const MAX_COMPANIES_PER_CONTACT = 1000;
const LIST_CAP = 10_000;

export function renderCompany(store: IntercomStore, company: CompanyRecord): Record<string, unknown> {
  return {
    type: 'company',
    id: company.id,
    name: company.name,
    app_id: store.app.id_code,
    plan: company.plan === null ? {} : { type: 'plan', id: planId(company.plan), name: company.plan },
    company_id: company.company_id,
    remote_created_at: company.remote_created_at ?? company.created_at,
    created_at: company.created_at,
    updated_at: company.updated_at,
    last_request_at: company.last_request_at ?? 0,
    size: company.size ?? 0,
    website: company.website ?? '',
    industry: company.industry ?? '',
    monthly_spend: company.monthly_spend,
    session_count: company.session_count,
    user_count: store.userCount(company.id),
    custom_attributes: company.custom_attributes,
    tags: renderTagList(store, company.tags, false),
    segments: { type: 'segment.list', segments: [] },
  };
}

function planId(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return String(h % 1_000_000);
}

export function requireCompany(store: IntercomStore, id: string | undefined): CompanyRecord {
  const company = id === undefined ? undefined : store.companies.get(id);
  if (!company) throw companyNotFound();
  return company;
}

function requireLiveContact(store: IntercomStore, id: string | undefined): ContactRecord {
  const contact = id === undefined ? undefined : store.contacts.get(id);
  if (!contact || contact.merged_into !== null) throw userNotFound();
  return contact;
}

/** Companies the list endpoints show: only those with at least one contact. */
function listable(store: IntercomStore): CompanyRecord[] {
  return [...store.companies.values()].filter((c) => store.userCount(c.id) > 0);
}

/** monthly_spend is truncated to an integer and capped at 2^31-1, as documented. */
function monthlySpend(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid('monthly_spend must be a number', 'monthly_spend');
  return Math.min(Math.trunc(value), 2 ** 31 - 1);
}

export function upsertCompany(store: IntercomStore, body: Record<string, unknown>, strict: boolean): CompanyRecord {
  const companyId = optString(body, 'company_id');
  const name = optString(body, 'name');
  // The spec marks nothing required; without a company_id there is no upsert key and nothing to create.
  if (!companyId) throw missing('company_id must be provided', 'company_id');
  const custom = optObject(body, 'custom_attributes');
  const customValues = custom ? checkCustomAttributes(store, 'company', custom, strict) : undefined;
  const now = store.now();
  let company = store.findCompanyByCompanyId(companyId);
  if (!company) {
    company = {
      id: store.nextHexId('company'),
      company_id: companyId,
      name: name ?? '',
      plan: null,
      size: null,
      website: null,
      industry: null,
      monthly_spend: 0,
      remote_created_at: null,
      // created_at is not writable: only remote_created_at carries the source's date.
      created_at: now,
      updated_at: now,
      last_request_at: null,
      session_count: 0,
      custom_attributes: {},
      tags: [],
    };
    store.companies.set(company.id, company);
  }
  if (name !== undefined) company.name = name;
  const plan = optString(body, 'plan');
  if (plan !== undefined) company.plan = plan;
  const size = optInteger(body, 'size');
  if (size !== undefined) company.size = size;
  const website = optString(body, 'website');
  if (website !== undefined) company.website = website;
  const industry = optString(body, 'industry');
  if (industry !== undefined) company.industry = industry;
  const spend = monthlySpend(body['monthly_spend']);
  if (spend !== undefined) company.monthly_spend = spend;
  const remote = nullableInteger(body, 'remote_created_at');
  if (remote !== undefined) company.remote_created_at = remote;
  if (optBoolean(body, 'update_last_request_at')) company.last_request_at = now;
  if (customValues) company.custom_attributes = { ...company.custom_attributes, ...customValues };
  company.updated_at = now;
  return company;
}

function companyList(ctx: RouteContext): Record<string, unknown> {
  const { store, query } = ctx;
  let companies = listable(store);
  const name = query.get('name');
  const companyId = query.get('company_id');
  const tagId = query.get('tag_id');
  if (name !== null) companies = companies.filter((c) => c.name === name);
  if (companyId !== null) companies = companies.filter((c) => c.company_id === companyId);
  if (tagId !== null) companies = companies.filter((c) => c.tags.some((t) => t.tag_id === tagId));
  if ((name !== null || companyId !== null) && companies.length === 0) throw companyNotFound();
  const page = numberedPage(companies.slice(0, LIST_CAP), queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 60));
  return { type: 'list', data: page.items.map((c) => renderCompany(store, c)), pages: page.pages, total_count: page.total_count };
}

function scroll(ctx: RouteContext): Record<string, unknown> {
  const { store, query, config } = ctx;
  const nowMs = config.clockMs();
  if (store.scroll && nowMs - store.scroll.lastUsedMs > config.scrollTtlMs) store.scroll = null;
  const param = query.get('scroll_param');
  if (param === null || param === '') {
    if (store.scroll) {
      throw new IntercomApiError(400, 'scroll_exists', 'scroll already exists for this workspace. Please use the existing scroll_param or wait for it to expire');
    }
    store.scroll = { param: randomUUID(), ids: listable(store).map((c) => c.id), position: 0, lastUsedMs: nowMs };
  } else if (!store.scroll || store.scroll.param !== param) {
    throw new IntercomApiError(404, 'not_found', 'scroll parameter not found');
  }
  const state = store.scroll;
  const ids = state.ids.slice(state.position, state.position + config.scrollPageSize);
  state.position += ids.length;
  state.lastUsedMs = nowMs;
  // The end of the scroll is an empty page; the scroll_param then expires and a new scroll may start.
  if (ids.length === 0) store.scroll = null;
  const data = ids.map((id) => store.companies.get(id)).filter((c): c is CompanyRecord => c !== undefined);
  return { type: 'list', data: data.map((c) => renderCompany(store, c)), pages: null, total_count: null, scroll_param: state.param };
}

export function registerCompanyRoutes(router: Router): void {
  router.on('POST', '/companies', ({ store, request, config }) => renderCompany(store, upsertCompany(store, bodyObject(request.body), config.strictCustomAttributes)));
  router.on('GET', '/companies', companyList);
  router.on('POST', '/companies/list', (ctx) => {
    const { store, query } = ctx;
    const order = query.get('order') ?? 'desc';
    const companies = listable(store).sort((a, b) => {
      const d = (a.last_request_at ?? 0) - (b.last_request_at ?? 0);
      return order === 'asc' ? d : -d;
    });
    const page = numberedPage(companies.slice(0, LIST_CAP), queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 60));
    return { type: 'list', data: page.items.map((c) => renderCompany(store, c)), pages: page.pages, total_count: page.total_count };
  });
  router.on('GET', '/companies/scroll', scroll);
  router.on('GET', '/companies/{company_id}', ({ store, params }) => renderCompany(store, requireCompany(store, params['company_id'])));
  router.on('PUT', '/companies/{company_id}', ({ store, params, request, config }) => {
    const company = requireCompany(store, params['company_id']);
    const body = bodyObject(request.body);
    if (body['company_id'] !== undefined && body['company_id'] !== company.company_id) throw invalid('company_id cannot be changed', 'company_id');
    return renderCompany(store, upsertCompany(store, { ...body, company_id: company.company_id }, config.strictCustomAttributes));
  });
  router.on('GET', '/companies/{company_id}/contacts', ({ store, params }) => {
    const company = requireCompany(store, params['company_id']);
    const contacts = [...store.contacts.values()].filter((c) => c.merged_into === null && c.company_ids.includes(company.id));
    return {
      type: 'list',
      data: contacts.map((c) => renderContact(store, c)),
      total_count: contacts.length,
      pages: { type: 'pages', page: 1, per_page: Math.max(contacts.length, 1), total_pages: 1 },
    };
  });

  router.on('POST', '/contacts/{contact_id}/companies', ({ store, params, request }) => {
    const contact = requireLiveContact(store, params['contact_id']);
    const body = bodyObject(request.body);
    const id = optString(body, 'id');
    if (!id) throw missing('company not specified', 'id');
    const company = requireCompany(store, id);
    if (!contact.company_ids.includes(company.id)) {
      if (contact.company_ids.length >= MAX_COMPANIES_PER_CONTACT) {
        throw new IntercomApiError(400, 'contact_company_limit_exceeded', 'Contact has reached the maximum of 1000 company associations');
      }
      contact.company_ids.push(company.id);
      contact.updated_at = store.now();
    }
    return renderCompany(store, company);
  });
  router.on('GET', '/contacts/{contact_id}/companies', ({ store, params }) => {
    const contact = requireLiveContact(store, params['contact_id']);
    const companies = contact.company_ids.map((id) => store.companies.get(id)).filter((c): c is CompanyRecord => c !== undefined);
    return {
      type: 'list',
      companies: companies.map((c) => renderCompany(store, c)),
      total_count: companies.length,
      pages: { type: 'pages', page: 1, next: null, per_page: 50, total_pages: 1 },
    };
  });
  router.on('DELETE', '/contacts/{contact_id}/companies/{company_id}', ({ store, params }) => {
    const contact = requireLiveContact(store, params['contact_id']);
    const company = requireCompany(store, params['company_id']);
    const i = contact.company_ids.indexOf(company.id);
    if (i < 0) throw companyNotFound();
    contact.company_ids.splice(i, 1);
    contact.updated_at = store.now();
    return renderCompany(store, company);
  });
}
