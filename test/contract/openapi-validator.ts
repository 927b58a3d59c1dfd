/**
 * Validates JSON bodies against an OpenAPI 3.0/3.1 description with ajv, for contract tests of the
 * platform simulators. Generic: nothing here knows about Intercom or Zendesk.
 *
 *   const spec = loadSpec('specs/intercom/api.intercom.io.yaml');
 *   const errors = validateResponse(spec, 'get', '/contacts/{contact_id}', 200, body);
 *   expect(errors).toEqual([]);
 *
 * What it does to the description before handing it to ajv:
 * - `$ref`s to `#/components/schemas/...` are resolved by ajv against the whole `components` block;
 *   `$ref`s to `#/components/responses|requestBodies/...` are followed here.
 * - OpenAPI 3.0 `nullable: true` becomes `type: [T, "null"]` (and `null` joins an `enum`), or an
 *   `anyOf: [schema, {type: "null"}]` when the schema has no plain `type` (a `$ref` or a composition).
 * - OpenAPI-only keywords (`example`, `discriminator`, `xml`, `externalDocs`, `x-*`) are dropped;
 *   vendor formats that ajv does not know (`timestamp`, `text`, ...) are accepted without checks.
 * Unknown operations or statuses throw: a contract test must not pass because it validated nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { load } from 'js-yaml';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';

export interface ValidatorOptions {
  /** Check `format` keywords (date-time, email, uri, ...). Default true. */
  validateFormats?: boolean;
  /**
   * Treat `oneOf` as `anyOf`. Specs often list overlapping alternatives that make a valid body match
   * two branches; turning this on is a spec exception and should be recorded as one. Default false.
   */
  oneOfAsAnyOf?: boolean;
}

export interface OpenApiSpec {
  /** The file it was loaded from. */
  file: string;
  /** The parsed document, untouched. */
  document: JsonObject;
  /** `info.version`, for messages. */
  version: string;
  readonly options: Required<ValidatorOptions>;
  /** @internal ajv instance holding the converted components, and compiled validators by key. */
  readonly ajv: Ajv;
  readonly compiled: Map<string, ValidateFunction>;
}

const SPEC_ID = 'openapi-spec';
const cache = new Map<string, OpenApiSpec>();

/** Loads (once per file and options) and prepares an OpenAPI 3.x YAML or JSON description. */
export function loadSpec(file: string, options: ValidatorOptions = {}): OpenApiSpec {
  const resolved: Required<ValidatorOptions> = {
    validateFormats: options.validateFormats ?? true,
    oneOfAsAnyOf: options.oneOfAsAnyOf ?? false,
  };
  const path = resolvePath(file);
  const key = `${path}|${resolved.validateFormats}|${resolved.oneOfAsAnyOf}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const document = load(readFileSync(path, 'utf8')) as JsonObject;
  const openapi = String(document['openapi'] ?? '');
  if (!openapi.startsWith('3.')) throw new Error(`${file}: not an OpenAPI 3.x document (openapi: ${openapi || 'missing'})`);

  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: resolved.validateFormats, validateSchema: false });
  // ajv-formats is CommonJS; under NodeNext its default import is the module object.
  const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);
  addFormats(ajv);
  for (const vendorFormat of ['timestamp', 'text', 'string', 'datetime', 'url', 'int32', 'int64', 'float', 'double', 'binary', 'password']) {
    if (!ajv.formats[vendorFormat]) ajv.addFormat(vendorFormat, true);
  }
  const components = (document['components'] ?? {}) as JsonObject;
  ajv.addSchema({ $id: SPEC_ID, components: convertSchema(components, resolved, true) as Json } as object, SPEC_ID);

  const spec: OpenApiSpec = {
    file: path,
    document,
    version: String((document['info'] as JsonObject | undefined)?.['version'] ?? ''),
    options: resolved,
    ajv,
    compiled: new Map(),
  };
  cache.set(key, spec);
  return spec;
}

/**
 * Validates `body` against the response schema of `method pathTemplate` for `status` (exact status,
 * then `2XX`-style ranges, then `default`). Returns readable errors; an empty array means valid.
 * A response documented without content requires an empty body (undefined, null or '').
 * Throws when the operation or the status is not documented, or its content has no schema.
 */
export function validateResponse(
  spec: OpenApiSpec,
  method: HttpMethod | Uppercase<HttpMethod>,
  pathTemplate: string,
  status: number,
  body: unknown,
): string[] {
  const response = findResponse(spec, method, pathTemplate, status);
  // A response documented without content (a 204, or a 200 with no body) must come without a body.
  if (!response.object['content']) {
    return body === undefined || body === null || body === '' ? [] : [`(root): ${response.where} documents no body, got ${JSON.stringify(body).slice(0, 80)}`];
  }
  const schema = jsonSchemaOf(response.object, response.where);
  const key = `response ${method.toLowerCase()} ${pathTemplate} ${status}`;
  return run(spec, key, schema, body);
}

/** Validates a request body against the operation's `requestBody` JSON schema. */
export function validateRequestBody(
  spec: OpenApiSpec,
  method: HttpMethod | Uppercase<HttpMethod>,
  pathTemplate: string,
  body: unknown,
): string[] {
  const operation = findOperation(spec, method, pathTemplate);
  let requestBody = operation['requestBody'] as JsonObject | undefined;
  if (!requestBody) throw new Error(`${describe(method, pathTemplate)} has no requestBody in ${spec.file}`);
  requestBody = followRef(spec, requestBody);
  const schema = jsonSchemaOf(requestBody, `${describe(method, pathTemplate)} requestBody`);
  return run(spec, `request ${method.toLowerCase()} ${pathTemplate}`, schema, body);
}

/** Validates `body` against a named schema under `components.schemas` (e.g. an error envelope). */
export function validateComponent(spec: OpenApiSpec, schemaName: string, body: unknown): string[] {
  const schemas = (spec.document['components'] as JsonObject | undefined)?.['schemas'] as JsonObject | undefined;
  if (!schemas || !(schemaName in schemas)) throw new Error(`No components.schemas.${schemaName} in ${spec.file}`);
  return run(spec, `component ${schemaName}`, { $ref: `#/components/schemas/${escapePointer(schemaName)}` }, body);
}

/** The raw (unconverted) response schema object, for tests that want to inspect it. */
export function responseSchema(
  spec: OpenApiSpec,
  method: HttpMethod | Uppercase<HttpMethod>,
  pathTemplate: string,
  status: number,
): JsonObject {
  const response = findResponse(spec, method, pathTemplate, status);
  return jsonSchemaOf(response.object, response.where);
}

function findResponse(spec: OpenApiSpec, method: string, pathTemplate: string, status: number): { object: JsonObject; where: string } {
  const operation = findOperation(spec, method, pathTemplate);
  const responses = (operation['responses'] ?? {}) as JsonObject;
  const candidates = [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default'];
  const found = candidates.find((c) => c in responses);
  if (!found) {
    throw new Error(`${describe(method, pathTemplate)} documents no ${status} response (has ${Object.keys(responses).join(', ')})`);
  }
  return { object: followRef(spec, responses[found] as JsonObject), where: `${describe(method, pathTemplate)} ${found}` };
}

/** Every `METHOD path` the description declares, e.g. for coverage checks. */
export function listOperations(spec: OpenApiSpec): Array<{ method: HttpMethod; path: string }> {
  const out: Array<{ method: HttpMethod; path: string }> = [];
  for (const [path, item] of Object.entries((spec.document['paths'] ?? {}) as JsonObject)) {
    for (const method of Object.keys(item as JsonObject)) {
      if (['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(method)) out.push({ method: method as HttpMethod, path });
    }
  }
  return out;
}

/** Formats ajv errors as `"/path/to/field: message (detail)"`. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const params = e.params as Record<string, unknown>;
    const detail =
      params['additionalProperty'] !== undefined
        ? ` '${String(params['additionalProperty'])}'`
        : params['allowedValues'] !== undefined
          ? ` ${JSON.stringify(params['allowedValues'])}`
          : '';
    return `${where}: ${e.message ?? e.keyword}${detail} [${e.schemaPath}]`;
  });
}

function run(spec: OpenApiSpec, key: string, schema: JsonObject, body: unknown): string[] {
  let validate = spec.compiled.get(key);
  if (!validate) {
    validate = spec.ajv.compile(convertSchema(schema, spec.options, false) as object);
    spec.compiled.set(key, validate);
  }
  return validate(body) ? [] : formatErrors(validate.errors);
}

function findOperation(spec: OpenApiSpec, method: string, pathTemplate: string): JsonObject {
  const paths = (spec.document['paths'] ?? {}) as JsonObject;
  const item = paths[pathTemplate] as JsonObject | undefined;
  if (!item) throw new Error(`No path ${pathTemplate} in ${spec.file}`);
  const operation = item[method.toLowerCase()] as JsonObject | undefined;
  if (!operation) throw new Error(`No ${describe(method, pathTemplate)} in ${spec.file}`);
  return operation;
}

function jsonSchemaOf(holder: JsonObject, what: string): JsonObject {
  const content = (holder['content'] ?? {}) as JsonObject;
  const types = Object.keys(content);
  const type = types.find((t) => t === 'application/json') ?? types.find((t) => t.includes('json')) ?? types[0];
  const schema = type ? ((content[type] as JsonObject)['schema'] as JsonObject | undefined) : undefined;
  if (!schema) throw new Error(`${what} has no schema (content types: ${types.join(', ') || 'none'})`);
  return schema;
}

/** Follows a `$ref` to `#/components/responses|requestBodies/...` (possibly chained). */
function followRef(spec: OpenApiSpec, object: JsonObject): JsonObject {
  let current = object;
  for (let hops = 0; typeof current['$ref'] === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(current['$ref'])}`);
    current = resolvePointer(spec.document, current['$ref']);
  }
  return current;
}

function resolvePointer(document: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: Json = document;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(part in node)) throw new Error(`Unresolvable $ref ${ref}`);
    node = node[part] as Json;
  }
  return node as JsonObject;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

const DROPPED_KEYWORDS = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs']);
/** Keys whose values are maps of name → schema, not schemas themselves. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'schemas']);

/**
 * Converts an OpenAPI schema (or, with `isMap`, a map of them) to a JSON Schema ajv understands.
 * Local `$ref`s are re-pointed at the components schema registered under SPEC_ID.
 */
function convertSchema(node: Json, options: Required<ValidatorOptions>, isMap: boolean): Json {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => convertSchema(n, options, false));
  if (isMap) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = convertSchema(v, options, SCHEMA_MAPS.has(k));
    return out;
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(k) || k.startsWith('x-') || k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string') {
      out[k] = v.startsWith('#/') ? `${SPEC_ID}${v}` : v;
    } else if (k === 'oneOf' && options.oneOfAsAnyOf) {
      out['anyOf'] = convertSchema(v, options, false);
    } else if (k === 'enum' || k === 'const' || k === 'default' || k === 'required') {
      out[k] = v;
    } else {
      out[k] = convertSchema(v, options, SCHEMA_MAPS.has(k));
    }
  }
  if (node['nullable'] === true) return makeNullable(out);
  return out;
}

function makeNullable(schema: JsonObject): JsonObject {
  const type = schema['type'];
  const composed = '$ref' in schema || 'allOf' in schema || 'oneOf' in schema || 'anyOf' in schema;
  if (typeof type === 'string' && !composed) {
    const out: JsonObject = { ...schema, type: [type, 'null'] };
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) out['enum'] = [...schema['enum'], null];
    return out;
  }
  if (type === undefined && !composed && !('enum' in schema)) return schema; // already accepts null
  return { anyOf: [schema, { type: 'null' }] };
}

function describe(method: string, pathTemplate: string): string {
  return `${method.toUpperCase()} ${pathTemplate}`;
}

/**
 * Checks one request as a connector sent it: the path must be an operation of the spec (a concrete
 * path is matched to its template, literal segments before `{params}`), every query parameter must be
 * one the operation declares with a value its schema allows, and a JSON body must match the
 * operation's requestBody. Returns readable violations, each starting with `METHOD template`.
 */
export function validateRequest(spec: OpenApiSpec, method: string, path: string, query: URLSearchParams, body: unknown): string[] {
  const template = matchTemplate(spec, method, path);
  const where = `${method.toUpperCase()} ${template ?? path}`;
  if (!template) return [`${where}: no such operation in ${spec.file.split('/').pop()}`];
  const paths = spec.document['paths'] as JsonObject;
  const item = paths[template] as JsonObject;
  const operation = item[method.toLowerCase()] as JsonObject;
  const violations: string[] = [];
  const declared = new Map<string, JsonObject>();
  for (const raw of [...((item['parameters'] as JsonObject[] | undefined) ?? []), ...((operation['parameters'] as JsonObject[] | undefined) ?? [])]) {
    const parameter = followRef(spec, raw);
    if (parameter['in'] === 'query') declared.set(String(parameter['name']), parameter);
  }
  for (const name of new Set(query.keys())) {
    const parameter = declared.get(name) ?? declared.get(name.replace(/\[\]$/, ''));
    if (!parameter) {
      violations.push(`${where}: query parameter ${name} is not declared`);
      continue;
    }
    const schema = (parameter['schema'] ?? {}) as JsonObject;
    for (const value of query.getAll(name)) {
      for (const error of run(spec, `query ${where} ${name}`, schema, coerceQueryValue(spec, schema, value))) violations.push(`${where}: query ${name}=${value}: ${error}`);
    }
  }
  if (body !== undefined && operation['requestBody']) {
    const requestBody = followRef(spec, operation['requestBody'] as JsonObject);
    const content = (requestBody['content'] ?? {}) as JsonObject;
    if (Object.keys(content).some((t) => t.includes('json'))) {
      for (const error of validateRequestBody(spec, method.toLowerCase() as HttpMethod, template, body)) violations.push(`${where}: body ${error}`);
    }
  } else if (body !== undefined && !operation['requestBody']) {
    violations.push(`${where}: sends a body the operation does not take`);
  }
  return violations;
}

/** A query string value as the schema's type reads it (`5` → 5, `true` → true, `a,b` for arrays). */
function coerceQueryValue(spec: OpenApiSpec, schema: JsonObject, value: string): unknown {
  const resolved = typeof schema['$ref'] === 'string' ? resolvePointer(spec.document, schema['$ref']) : schema;
  const type = resolved['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (type === 'array') return value.split(',');
  return value;
}

const templateCache = new WeakMap<OpenApiSpec, Array<{ template: string; pattern: RegExp; literals: number }>>();

function matchTemplate(spec: OpenApiSpec, method: string, path: string): string | undefined {
  let templates = templateCache.get(spec);
  if (!templates) {
    templates = Object.keys((spec.document['paths'] ?? {}) as JsonObject).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/\.json$/, '').replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
    }));
    templates.sort((a, b) => b.literals - a.literals);
    templateCache.set(spec, templates);
  }
  const paths = spec.document['paths'] as JsonObject;
  const bare = path.replace(/\.json$/, '');
  return templates.find((t) => t.pattern.test(bare) && (paths[t.template] as JsonObject)[method.toLowerCase()] !== undefined)?.template;
}
