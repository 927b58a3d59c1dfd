/** Companies: `name` mandatory and unique (case-insensitive, assumption) → 409 `duplicate_value`. */
import { iso, type SimContext } from './context.js';
import { invalidBody, parseSince } from './common-input.js';
import { checkCustomerValues } from './customer-fields.js';
import { created, duplicate, idParam, notFound, ok } from './http.js';
import { paginate, readPage } from './pagination.js';
import { readWriteInput } from './request-input.js';
import type { RouteRequest, Router } from './router.js';
import type { CompanyRecord } from './types.js';
import { Checker } from './validate.js';

const WRITABLE = ['name', 'description', 'note', 'domains', 'health_score', 'account_tier', 'renewal_date', 'industry', 'custom_fields'] as const;

export function registerCompanies(router: Router): void {
  router.add('GET', '/api/v2/companies', list);
  router.add('POST', '/api/v2/companies', create);
  router.add('GET', '/api/v2/companies/autocomplete', autocomplete);
  router.add('GET', '/api/v2/companies/{id}', view);
  router.add('PUT', '/api/v2/companies/{id}', update);
}

export function renderCompany(c: CompanyRecord): Record<string, unknown> {
  const { created_at, updated_at, ...rest } = c;
  return { ...rest, created_at: iso(created_at), updated_at: iso(updated_at) };
}

export function newCompany(id: number, name: string, time: number): CompanyRecord {
  return { id, name, description: null, note: null, domains: [], health_score: null, account_tier: null, renewal_date: null, industry: null, custom_fields: {}, created_at: time, updated_at: time };
}

function list(request: RouteRequest, context: SimContext) {
  const page = readPage(request.query);
  const since = parseSince(request.query.get('updated_since'));
  const all = [...context.store.companies.values()].filter((c) => since === undefined || c.updated_at >= since).sort((a, b) => a.id - b.id).map(renderCompany);
  return paginate(all, context.baseUrl(), request.path, request.query, page);
}

function autocomplete(request: RouteRequest, context: SimContext) {
  const term = (request.query.get('name') ?? '').toLowerCase();
  new Checker({ name: term || undefined }).required('name').done();
  const companies = [...context.store.companies.values()].filter((c) => c.name.toLowerCase().startsWith(term)).map((c) => ({ id: c.id, name: c.name }));
  return ok({ companies });
}

function view(request: RouteRequest, context: SimContext) {
  const company = context.store.companies.get(idParam(request.params['id']) ?? -1);
  return company ? ok(renderCompany(company)) : notFound();
}

async function create(request: RouteRequest, context: SimContext) {
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  check(context, input.fields).required('name').done();
  if (nameTaken(context, input.fields['name'], undefined)) return duplicate('name');
  const company = newCompany(context.store.id(), String(input.fields['name']), context.now());
  apply(company, input.fields);
  context.store.companies.set(company.id, company);
  return created(renderCompany(company), `${context.baseUrl()}/api/v2/companies/${company.id}`);
}

async function update(request: RouteRequest, context: SimContext) {
  const company = context.store.companies.get(idParam(request.params['id']) ?? -1);
  if (!company) return notFound();
  const input = await readWriteInput(request);
  if (input === 'invalid_body') return invalidBody();
  check(context, input.fields).done();
  if (nameTaken(context, input.fields['name'], company.id)) return duplicate('name');
  apply(company, input.fields);
  company.updated_at = context.now();
  return ok(renderCompany(company));
}

function check(context: SimContext, fields: Record<string, unknown>): Checker {
  const checker = new Checker(fields).only(WRITABLE).kinds({ name: 'string', description: 'string', note: 'string', domains: 'string[]', health_score: 'string', account_tier: 'string', renewal_date: 'string', industry: 'string', custom_fields: 'object' });
  if (fields['custom_fields'] !== undefined) fields['custom_fields'] = checkCustomerValues(context, 'company', fields['custom_fields'], checker);
  return checker;
}

function nameTaken(context: SimContext, name: unknown, self: number | undefined): boolean {
  if (typeof name !== 'string') return false;
  return [...context.store.companies.values()].some((c) => c.id !== self && c.name.toLowerCase() === name.toLowerCase());
}

function apply(company: CompanyRecord, fields: Record<string, unknown>): void {
  const target = company as unknown as Record<string, unknown>;
  for (const key of WRITABLE) {
    if (fields[key] === undefined) continue;
    target[key] = key === 'custom_fields' ? { ...company.custom_fields, ...(fields[key] as object) } : fields[key];
  }
}
