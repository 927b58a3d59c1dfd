import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 234:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _test_sim_intercom_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(321);
/* harmony import */ var _test_sim_zendesk_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(952);
/**
 * The README's first command: a real Intercom → Zendesk migration with no credentials. It starts the
 * Intercom and Zendesk simulators on 127.0.0.1, seeded from examples/sandbox/, and runs the bundled
 * CLI with mappings.example.yml through check → demo → full → verify, printing where each report is.
 */






const INTERCOM_TOKEN = 'sandbox-intercom-token';
const ZENDESK_EMAIL = 'admin@sandbox.test';
const ZENDESK_TOKEN = 'sandbox-zendesk-token';
const root = '.desk-migrate/sandbox';
/**
 * The package's files (examples/sandbox, mappings.example.yml, bin/): next to this script in a clone
 * (`npm run sandbox`), next to the bundle in an installed package (`npx desk-migrate sandbox`). The
 * state and reports go to the current folder either way.
 */
function packageRoot() {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)); dir !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'package.json')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'mappings.example.yml')))
            return dir;
    }
    throw new Error('desk-migrate sandbox: cannot find the package folder (mappings.example.yml)');
}
const home = packageRoot();
const json = (file) => JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, file), 'utf8'));
(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(root, { recursive: true, force: true });
const intercom = await (0,_test_sim_intercom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .startIntercomSim */ .ph)({ token: INTERCOM_TOKEN, seed: json('examples/sandbox/intercom-workspace.json') });
const zendesk = await (0,_test_sim_zendesk_index_js__WEBPACK_IMPORTED_MODULE_5__/* .startZendeskSim */ .mA)({ email: ZENDESK_EMAIL, apiToken: ZENDESK_TOKEN, jobs: { pollsBeforeComplete: 1 } });
zendesk.seed(json('examples/sandbox/zendesk-account.json'));
console.log(`Intercom simulator: ${intercom.url}\nZendesk simulator:  ${zendesk.url}`);
const env = {
    ...process.env,
    INTERCOM_TOKEN,
    INTERCOM_API_URL: intercom.url,
    ZENDESK_EMAIL,
    ZENDESK_TOKEN,
    ZENDESK_API_URL: zendesk.url,
};
let failedStep = false;
for (const mode of ['check', 'demo', 'full', 'verify']) {
    console.log(`\n== desk-migrate run --mode ${mode}`);
    const reports = `${root}/reports-${mode}`;
    const args = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, 'bin/desk-migrate.js'), 'run', '--config', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, 'mappings.example.yml'), '--mode', mode, '--state', `${root}/state`, '--reports', reports];
    // Child process: the CLI runs as a user runs it, against the simulators this process serves.
    const run = await new Promise((done) => {
        const child = spawnChild(args, env);
        child.on('exit', (code) => done(code));
    });
    // 3 = complete with some records failed (or, for verify, differing): the sample has invalid phones on purpose.
    if (run !== 0 && run !== 3) {
        failedStep = true;
        console.log(`desk-migrate stopped with exit code ${String(run)}; the steps after it are not run.`);
        break;
    }
    console.log(`reports: ${reports}/summary.md`);
}
// The simulators keep the real rate limits (Zendesk Suite Professional, Intercom's per app): say how
// often the CLI met one and waited, as it would against the real services.
const limited = [...intercom.server.log, ...zendesk.server.log].filter((r) => r.status === 429).length;
console.log(`\nRate limits: the simulators answered ${limited} request${limited === 1 ? '' : 's'} with 429; each was waited out and retried.`);
await Promise.all([intercom.close(), zendesk.close()]);
console.log(`\nState: ${root}/state. Run the sandbox again to start over.`);
process.exitCode = failedStep ? 1 : 0;
function spawnChild(args, childEnv) {
    // spawn, not spawnSync: this process must keep serving the simulators while the CLI runs.
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, args, { stdio: 'inherit', env: childEnv });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ startSimServer)
});

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./test/sim/common/seeded-random.ts
/** A small seeded PRNG (mulberry32) so simulator faults and generated data repeat exactly. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./test/sim/common/sim-server.ts
/**
 * The HTTP server every platform simulator runs on: 127.0.0.1, a random port, JSON in and out,
 * a request log for assertions, and latency and fault injection for chaos tests and benchmarks.
 * A simulator supplies only its routing function.
 */


async function startSimServer(handler, faults = {}, port = 0) {
    let current = faults;
    let random = seededRandom(faults.seed ?? 1);
    let counter = 0;
    const log = [];
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        void serve(req, res).catch((error) => {
            log.push({ method: req.method ?? 'GET', path: req.url ?? '', status: 500 });
            send(res, { status: 500, body: { error: 'simulator_error', message: String(error) } });
        });
    });
    async function serve(req, res) {
        const rawBody = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = req.method ?? 'GET';
        const entry = { method, path: url.pathname, status: 0 };
        log.push(entry);
        counter += 1;
        if (current.stallPaths?.test(url.pathname))
            return;
        if (current.latencyMs)
            await new Promise((r) => setTimeout(r, current.latencyMs));
        const burst = current.burst429;
        if (burst && counter % burst.every < burst.length) {
            entry.status = 429;
            return send(res, {
                status: 429,
                headers: { 'retry-after': String(burst.retryAfterSeconds) },
                body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Rate limit exceeded (simulated burst)' }] },
            });
        }
        if (current.dropBeforeRate && random() < current.dropBeforeRate) {
            entry.status = 'dropped';
            req.socket.destroy();
            return;
        }
        if (current.errorRate && random() < current.errorRate) {
            const status = [500, 502, 503][Math.floor(random() * 3)] ?? 500;
            entry.status = status;
            return send(res, { status, body: { error: 'simulated_outage', message: 'Simulated server error' } });
        }
        const contentType = String(req.headers['content-type'] ?? '');
        let body;
        if (contentType.includes('json') && rawBody.length > 0) {
            try {
                body = JSON.parse(rawBody.toString('utf8'));
            }
            catch {
                entry.status = 400;
                return send(res, { status: 400, body: { error: 'invalid_json', message: 'Request body is not valid JSON' } });
            }
        }
        const response = await handler({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body, rawBody });
        if (current.dropAfterRate && random() < current.dropAfterRate) {
            entry.status = 'dropped';
            req.socket.destroy();
            return;
        }
        entry.status = response.status;
        send(res, response);
    }
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    return {
        url: `http://127.0.0.1:${address.port}`,
        port: address.port,
        log,
        setFaults(next) {
            current = next;
            random = seededRandom(next.seed ?? 1);
            counter = 0;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function send(res, response) {
    if (res.headersSent || res.destroyed)
        return;
    const headers = { ...(response.headers ?? {}) };
    let payload;
    if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
        payload = response.body;
    }
    else if (response.body !== undefined) {
        payload = JSON.stringify(response.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    res.writeHead(response.status, headers);
    res.end(payload);
}


/***/ }),

/***/ 321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ph: () => (/* reexport */ startIntercomSim)
});

// UNUSED EXPORTS: DEFAULT_TOKEN, IntercomStore, generateIntercomWorkspace, isE164, startOfDay

// EXTERNAL MODULE: ./test/sim/common/sim-server.ts + 2 modules
var sim_server = __nccwpck_require__(845);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./test/sim/intercom/errors.ts
/**
 * Intercom's error envelope and a throwable carrying it. Handlers throw `IntercomApiError`; the router
 * turns it into `{"type":"error.list","request_id":…,"errors":[{code, message}]}` with the status.
 */

class IntercomApiError extends Error {
    status;
    code;
    headers;
    field;
    constructor(status, code, message, headers = {}, field) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
        this.field = field;
    }
}
function errorBody(code, message, field) {
    const item = { code, message };
    if (field !== undefined)
        item.field = field;
    return { type: 'error.list', request_id: (0,external_node_crypto_.randomUUID)(), errors: [item] };
}
function errorResponse(error) {
    return { status: error.status, headers: error.headers, body: errorBody(error.code, error.message, error.field) };
}
// The messages below are the ones the 2.16 spec's examples show for each case.
const notFound = (message = 'Resource Not Found') => new IntercomApiError(404, 'not_found', message);
const userNotFound = () => new IntercomApiError(404, 'not_found', 'User Not Found');
const companyNotFound = () => new IntercomApiError(404, 'company_not_found', 'Company Not Found');
const adminNotFound = () => new IntercomApiError(404, 'admin_not_found', 'Admin not found');
const teamNotFound = () => new IntercomApiError(404, 'team_not_found', 'Team not found');
const ticketNotFound = () => new IntercomApiError(404, 'ticket_not_found', 'Ticket not found');
const badRequest = (code, message, field) => new IntercomApiError(400, code, message, {}, field);
const invalid = (message, field) => badRequest('parameter_invalid', message, field);
const missing = (message, field) => badRequest('parameter_not_found', message, field);

;// CONCATENATED MODULE: ./test/sim/intercom/admins.ts
/**
 * `GET /me`, admins and teams. Teammates and teams are read-only in 2.16: there is no route to create
 * or change them, so such requests fall through to the router's 404.
 */

function renderAdmin(admin) {
    return {
        type: 'admin',
        id: admin.id,
        name: admin.name,
        email: admin.email,
        job_title: admin.job_title ?? '',
        away_mode_enabled: admin.away_mode_enabled,
        away_mode_reassign: admin.away_mode_reassign,
        away_status_reason_id: null,
        has_inbox_seat: admin.has_inbox_seat,
        team_ids: admin.team_ids,
        avatar: admin.avatar,
        team_priority_level: {},
    };
}
function renderMe(store, admin) {
    return {
        type: 'admin',
        id: admin.id,
        name: admin.name,
        email: admin.email,
        job_title: admin.job_title ?? '',
        away_mode_enabled: admin.away_mode_enabled,
        away_mode_reassign: admin.away_mode_reassign,
        has_inbox_seat: admin.has_inbox_seat,
        team_ids: admin.team_ids,
        avatar: { type: 'avatar', image_url: admin.avatar },
        email_verified: true,
        app: {
            type: 'app',
            id_code: store.app.id_code,
            name: store.app.name,
            region: store.app.region,
            timezone: store.app.timezone,
            created_at: store.app.created_at,
            identity_verification: false,
        },
    };
}
function renderTeam(team) {
    return {
        type: 'team',
        id: team.id,
        name: team.name,
        admin_ids: team.admin_ids,
        admin_priority_level: { primary_admin_ids: null, secondary_admin_ids: null },
        assignment_limit: null,
        distribution_method: 'round_robin',
    };
}
function requireAdmin(store, id) {
    const admin = store.admins.get(String(id ?? ''));
    if (!admin)
        throw adminNotFound();
    return admin;
}
function registerAdminRoutes(router) {
    router.on('GET', '/me', ({ store }) => {
        const me = (store.meId && store.admins.get(store.meId)) ?? store.admins.values().next().value;
        if (!me)
            throw adminNotFound();
        return renderMe(store, me);
    });
    router.on('GET', '/admins', ({ store }) => ({ type: 'admin.list', admins: [...store.admins.values()].map(renderAdmin) }));
    router.on('GET', '/admins/{admin_id}', ({ store, params }) => renderAdmin(requireAdmin(store, params['admin_id'])));
    router.on('GET', '/teams', ({ store }) => ({ type: 'team.list', teams: [...store.teams.values()].map(renderTeam) }));
    router.on('GET', '/teams/{team_id}', ({ store, params }) => {
        const team = store.teams.get(params['team_id'] ?? '');
        if (!team)
            throw teamNotFound();
        return renderTeam(team);
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/auth.ts

/** The versions the 2.16 spec's `intercom_version` enum lists. The simulator answers in 2.16 shapes whatever is asked. */
const KNOWN_VERSIONS = new Set([
    '1.0', '1.1', '1.2', '1.3', '1.4', '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8',
    '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', 'Unstable',
]);
/** The token of `Authorization: Bearer <token>` if it is one of `tokens`; else throws the real 401 body. */
function checkToken(request, tokens) {
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const sent = /^Bearer\s+(.+)$/i.exec(value ?? '')?.[1]?.trim();
    if (sent === undefined || !tokens.has(sent))
        throw new IntercomApiError(401, 'unauthorized', 'Access Token Invalid');
    return sent;
}
/**
 * Returns the requested version (undefined when absent: the app's default applies). An unknown
 * version is refused with 400 `intercom_version_invalid`; the code is the one the spec lists, the
 * wording of the message is this simulator's.
 */
function checkVersion(request) {
    const header = request.headers['intercom-version'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined || value === '')
        return undefined;
    if (!KNOWN_VERSIONS.has(value)) {
        throw new IntercomApiError(400, 'intercom_version_invalid', `Intercom-Version '${value}' is not a valid API version`);
    }
    return value;
}

;// CONCATENATED MODULE: ./test/sim/intercom/request-input.ts
/**
 * Typed reading of request bodies and query strings. Intercom answers a wrong type or a missing required
 * field with a 400 `parameter_invalid` / `parameter_not_found`; these helpers throw exactly that.
 */

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The request body as an object; a missing body reads as `{}`. */
function bodyObject(body) {
    if (body === undefined || body === null)
        return {};
    if (!isObject(body))
        throw invalid('Request body must be a JSON object');
    return body;
}
function optString(input, key) {
    const value = input[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number')
        return String(value); // Intercom accepts numeric ids where strings are declared
    if (typeof value !== 'string')
        throw invalid(`${key} must be a string`, key);
    return value;
}
function reqString(input, key, message = `${key} is a required parameter.`) {
    const value = optString(input, key);
    if (value === undefined || value === '')
        throw missing(message, key);
    return value;
}
/** A value that may be explicitly null (to clear it) or absent (to leave it). */
function nullableString(input, key) {
    if (!(key in input))
        return undefined;
    if (input[key] === null)
        return null;
    return optString(input, key);
}
function optInteger(input, key) {
    const value = input[key];
    if (value === undefined || value === null)
        return undefined;
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n))
        throw invalid(`${key} must be an integer`, key);
    return Math.trunc(n);
}
function nullableInteger(input, key) {
    if (!(key in input))
        return undefined;
    if (input[key] === null)
        return null;
    return optInteger(input, key);
}
function optBoolean(input, key) {
    const value = input[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'boolean')
        throw invalid(`${key} must be a boolean`, key);
    return value;
}
function optObject(input, key) {
    const value = input[key];
    if (value === undefined || value === null)
        return undefined;
    if (!isObject(value))
        throw invalid(`${key} must be an object`, key);
    return value;
}
function optArray(input, key) {
    const value = input[key];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value))
        throw invalid(`${key} must be an array`, key);
    return value;
}
/** `?per_page=` style integer query parameter. */
function queryInteger(query, key) {
    const raw = query.get(key);
    if (raw === null || raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw invalid(`${key} must be a positive integer`, key);
    return Number(raw);
}

;// CONCATENATED MODULE: ./test/sim/intercom/data-attributes.ts
/**
 * Data attributes. `GET /data_attributes?model=contact|company` lists standard and custom attributes
 * (a connector must keep `custom: true` ones); 2.16 refuses `model=conversation` with a 422 and moves
 * conversation attributes to `/conversations/attributes`. `POST /data_attributes` creates a custom
 * attribute; a name already used on the model is a 400, as are names with punctuation.
 */


const STANDARD = {
    contact: [
        ['name', 'Name', 'string'],
        ['email', 'Email', 'string'],
        ['phone', 'Phone', 'string'],
        ['external_id', 'User ID', 'string'],
        ['signed_up_at', 'Signed up', 'date'],
        ['last_seen_at', 'Last seen', 'date'],
        ['owner_id', 'Owner', 'integer'],
        ['unsubscribed_from_emails', 'Unsubscribed from Emails', 'boolean'],
    ],
    company: [
        ['name', 'Company name', 'string'],
        ['company_id', 'Company ID', 'string'],
        ['plan', 'Plan', 'string'],
        ['size', 'Company size', 'integer'],
        ['website', 'Company website', 'string'],
        ['industry', 'Company industry', 'string'],
        ['monthly_spend', 'Monthly Spend', 'float'],
        ['remote_created_at', 'Company created at', 'date'],
    ],
};
/** Standard (non-custom) attributes every workspace has. */
function installStandardAttributes(store) {
    for (const model of ['contact', 'company']) {
        for (const [name, label, dataType] of STANDARD[model]) {
            const id = Number(store.nextNumericId('data_attribute', 1_000));
            store.dataAttributes.set(id, {
                id,
                model,
                name,
                full_name: name,
                label,
                description: '',
                data_type: dataType,
                options: [],
                api_writable: name !== 'owner_id',
                messenger_writable: false,
                ui_writable: true,
                custom: false,
                archived: false,
                created_at: store.app.created_at,
                updated_at: store.app.created_at,
                admin_id: null,
            });
        }
    }
}
function renderDataAttribute(attr) {
    return {
        type: 'data_attribute',
        id: attr.id,
        model: attr.model,
        name: attr.name,
        full_name: attr.full_name,
        label: attr.label,
        description: attr.description,
        data_type: attr.data_type,
        options: attr.options,
        api_writable: attr.api_writable,
        messenger_writable: attr.messenger_writable,
        ui_writable: attr.ui_writable,
        custom: attr.custom,
        archived: attr.archived,
        created_at: attr.created_at,
        updated_at: attr.updated_at,
        ...(attr.admin_id ? { admin_id: attr.admin_id } : {}),
    };
}
const DATA_TYPES = {
    string: 'string',
    integer: 'integer',
    float: 'float',
    boolean: 'boolean',
    date: 'date',
    datetime: 'date',
    options: 'string',
};
const NAME_PATTERN = /^[\p{L}\p{N}\p{Sc}\- _]+$/u;
function createDataAttribute(store, input) {
    if (!NAME_PATTERN.test(input.name)) {
        throw invalid('Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens', 'name');
    }
    const dataType = DATA_TYPES[input.data_type];
    if (!dataType)
        throw invalid("Data Type isn't an option", 'data_type');
    if (input.data_type === 'options' && (input.options?.length ?? 0) < 2)
        throw invalid('A list attribute needs at least two options', 'options');
    for (const existing of store.dataAttributes.values()) {
        if (existing.name.toLowerCase() !== input.name.toLowerCase())
            continue;
        // Custom names clash across models (the spec's example); standard ones only within their model.
        if (!existing.custom && existing.model !== input.model)
            continue;
        const where = existing.model === 'company' ? 'company' : 'people';
        const wanted = input.model === 'company' ? 'company' : 'people';
        throw invalid(`You already have '${input.name}' in your ${where} data. To save this as new ${wanted} data, use a different name.`, 'name');
    }
    const now = store.now();
    const id = Number(store.nextNumericId('data_attribute', 1_000));
    const attr = {
        id,
        model: input.model,
        name: input.name,
        full_name: `custom_attributes.${input.name}`,
        label: input.label ?? input.name,
        description: input.description ?? '',
        data_type: dataType,
        options: input.options ?? [],
        api_writable: true,
        messenger_writable: input.messenger_writable ?? false,
        ui_writable: true,
        custom: true,
        archived: false,
        created_at: now,
        updated_at: now,
        admin_id: store.meId,
    };
    store.dataAttributes.set(id, attr);
    return attr;
}
/**
 * Checks custom attribute values against the model's custom data attributes. Writing an attribute that
 * does not exist is refused with 400 `parameter_not_found`: the spec is silent on it; this follows what
 * integrators report from the real API, and can be turned off with `strictCustomAttributes: false`.
 */
function checkCustomAttributes(store, model, values, strict) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
            throw invalid(`Custom attribute '${name}' must be a string, number, boolean or null`, 'custom_attributes');
        }
        const attr = [...store.dataAttributes.values()].find((a) => a.model === model && a.custom && !a.archived && a.name === name);
        if (!attr && strict)
            throw missing(`Custom attribute '${name}' does not exist`, 'custom_attributes');
        if (attr && value !== null) {
            const ok = (attr.data_type === 'string' && typeof value === 'string') ||
                ((attr.data_type === 'integer' || attr.data_type === 'date') && typeof value === 'number' && Number.isInteger(value)) ||
                (attr.data_type === 'float' && typeof value === 'number') ||
                (attr.data_type === 'boolean' && typeof value === 'boolean');
            if (!ok)
                throw invalid(`Custom attribute '${name}' expects a ${attr.data_type} value`, 'custom_attributes');
        }
        out[name] = value;
    }
    return out;
}
function renderConversationAttribute(attr) {
    const base = {
        type: 'conversation_attribute',
        id: attr.id,
        name: attr.name,
        description: attr.description,
        data_type: attr.data_type,
        required: attr.required,
        visible_to_team_ids: attr.visible_to_team_ids,
        archived: attr.archived,
        created_at: attr.created_at,
        updated_at: attr.updated_at,
        admin_id: attr.admin_id ?? '',
    };
    if (attr.data_type === 'string')
        base['multiline'] = attr.multiline;
    if (attr.data_type === 'list')
        base['options'] = attr.options;
    return base;
}
const CONVERSATION_TYPES = ['string', 'integer', 'list', 'decimal', 'boolean', 'datetime', 'relationship', 'files'];
function registerDataAttributeRoutes(router) {
    router.on('GET', '/data_attributes', ({ store, query }) => {
        const model = query.get('model');
        if (model === 'conversation') {
            throw new IntercomApiError(422, 'parameter_invalid', 'model=conversation is no longer supported. Use GET /conversations/attributes instead');
        }
        if (model !== null && model !== 'contact' && model !== 'company') {
            throw invalid('The Data Attribute model field must be either contact or company', 'model');
        }
        const includeArchived = query.get('include_archived') === 'true';
        const data = [...store.dataAttributes.values()]
            .filter((a) => (model === null || a.model === model) && (includeArchived || !a.archived))
            .map(renderDataAttribute);
        return { type: 'list', data };
    });
    router.on('POST', '/data_attributes', ({ store, request }) => {
        const body = bodyObject(request.body);
        const name = reqString(body, 'name');
        const model = reqString(body, 'model');
        if (model !== 'contact' && model !== 'company')
            throw invalid('The Data Attribute model field must be either contact or company', 'model');
        const dataType = reqString(body, 'data_type');
        const options = optArray(body, 'options')?.map((o) => {
            if (!isObject(o) || typeof o['value'] !== 'string')
                throw invalid('options must be a list of {value}', 'options');
            return o['value'];
        });
        const attr = createDataAttribute(store, {
            model,
            name,
            data_type: dataType,
            description: optString(body, 'description'),
            options,
            messenger_writable: optBoolean(body, 'messenger_writable'),
        });
        return renderDataAttribute(attr);
    });
    router.on('GET', '/conversations/attributes', ({ store, query }) => {
        const includeArchived = query.get('include_archived') === 'true';
        const data = [...store.conversationAttributes.values()].filter((a) => includeArchived || !a.archived).map(renderConversationAttribute);
        return { type: 'list', data };
    });
    router.on('POST', '/conversations/attributes', ({ store, request }) => {
        const body = bodyObject(request.body);
        const name = reqString(body, 'name');
        const dataType = reqString(body, 'data_type');
        if (!CONVERSATION_TYPES.includes(dataType))
            throw new IntercomApiError(422, 'parameter_invalid', "Data Type isn't an option");
        for (const existing of store.conversationAttributes.values()) {
            if (existing.name.toLowerCase() === name.toLowerCase()) {
                throw new IntercomApiError(422, 'parameter_invalid', `You already have '${name}' in your conversation data. Use a different name.`);
            }
        }
        const now = store.now();
        const id = Number(store.nextNumericId('conversation_attribute', 2_000));
        const options = (optArray(body, 'options') ?? []).map((o, i) => {
            if (!isObject(o) || typeof o['label'] !== 'string')
                throw new IntercomApiError(422, 'parameter_invalid', 'options must be a list of {label}');
            return { id: `${id}-${i + 1}`, label: o['label'], archived: false };
        });
        const attr = {
            id,
            name,
            description: optString(body, 'description') ?? '',
            data_type: dataType,
            required: optBoolean(body, 'required') ?? false,
            multiline: optBoolean(body, 'multiline') ?? false,
            options,
            visible_to_team_ids: [],
            archived: false,
            created_at: now,
            updated_at: now,
            admin_id: store.meId,
        };
        store.conversationAttributes.set(id, attr);
        return renderConversationAttribute(attr);
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/pagination.ts
/**
 * The two paging styles of the list endpoints.
 * - Cursor (contacts, conversations, searches): `pages.next.starting_after` is an opaque cursor; the
 *   next page starts after it; `pages.next` is absent on the last page. The cursor is the sort key of the
 *   last item returned, so deletions between pages do not shift results (a record whose sort key moves
 *   behind the cursor is missed, as with the real API).
 * - Page (companies, articles, collections): `page`/`per_page` numbers and `total_pages`.
 */

function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        return String(x) < String(y) ? -1 : 1;
    }
    return 0;
}
function encodeCursor(key) {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor) {
    try {
        const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number'))
            return key;
    }
    catch {
        // fall through
    }
    throw invalid('starting_after is not a valid cursor', 'starting_after');
}
/**
 * One cursor page of `items`, which must already be sorted by `compare` over `keyOf`. `keyOf` must be
 * unique per item (end it with the id).
 */
function cursorPage(items, keyOf, startingAfter, perPage, compare = compareKeys) {
    let start = 0;
    if (startingAfter) {
        const after = decodeCursor(startingAfter);
        start = items.findIndex((item) => compare(keyOf(item), after) > 0);
        if (start < 0)
            start = items.length;
    }
    const slice = items.slice(start, start + perPage);
    const pages = {
        type: 'pages',
        page: Math.floor(start / perPage) + 1,
        per_page: perPage,
        total_pages: Math.max(1, Math.ceil(items.length / perPage)),
    };
    const last = slice[slice.length - 1];
    if (last !== undefined && start + perPage < items.length) {
        pages.next = { per_page: perPage, starting_after: encodeCursor(keyOf(last)) };
    }
    return { items: slice, pages, total_count: items.length };
}
function numberedPage(items, page, perPage) {
    const p = Math.max(1, page);
    const totalPages = Math.max(1, Math.ceil(items.length / perPage));
    const pages = { type: 'pages', page: p, per_page: perPage, total_pages: totalPages };
    if (p >= totalPages)
        pages.next = null;
    return { items: items.slice((p - 1) * perPage, p * perPage), pages, total_count: items.length };
}
/** `per_page` with Intercom's default and cap (values above the cap are reduced to it). */
function perPage(requested, defaultSize, max) {
    if (requested === undefined)
        return defaultSize;
    if (requested < 1)
        throw invalid('per_page must be at least 1', 'per_page');
    return Math.min(requested, max);
}

;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/metadata.min.json.js
// This file is a workaround for a bug in web browsers' "native"
// ES6 importing system which is uncapable of importing "*.json" files.
// https://github.com/catamphetamine/libphonenumber-js/issues/239
/* harmony default export */ const metadata_min_json = ({"version":4,"country_calling_codes":{"1":["US","AG","AI","AS","BB","BM","BS","CA","DM","DO","GD","GU","JM","KN","KY","LC","MP","MS","PR","SX","TC","TT","VC","VG","VI"],"7":["RU","KZ"],"20":["EG"],"27":["ZA"],"30":["GR"],"31":["NL"],"32":["BE"],"33":["FR"],"34":["ES"],"36":["HU"],"39":["IT","VA"],"40":["RO"],"41":["CH"],"43":["AT"],"44":["GB","GG","IM","JE"],"45":["DK"],"46":["SE"],"47":["NO","SJ"],"48":["PL"],"49":["DE"],"51":["PE"],"52":["MX"],"53":["CU"],"54":["AR"],"55":["BR"],"56":["CL"],"57":["CO"],"58":["VE"],"60":["MY"],"61":["AU","CC","CX"],"62":["ID"],"63":["PH"],"64":["NZ"],"65":["SG"],"66":["TH"],"81":["JP"],"82":["KR"],"84":["VN"],"86":["CN"],"90":["TR"],"91":["IN"],"92":["PK"],"93":["AF"],"94":["LK"],"95":["MM"],"98":["IR"],"211":["SS"],"212":["MA","EH"],"213":["DZ"],"216":["TN"],"218":["LY"],"220":["GM"],"221":["SN"],"222":["MR"],"223":["ML"],"224":["GN"],"225":["CI"],"226":["BF"],"227":["NE"],"228":["TG"],"229":["BJ"],"230":["MU"],"231":["LR"],"232":["SL"],"233":["GH"],"234":["NG"],"235":["TD"],"236":["CF"],"237":["CM"],"238":["CV"],"239":["ST"],"240":["GQ"],"241":["GA"],"242":["CG"],"243":["CD"],"244":["AO"],"245":["GW"],"246":["IO"],"247":["AC"],"248":["SC"],"249":["SD"],"250":["RW"],"251":["ET"],"252":["SO"],"253":["DJ"],"254":["KE"],"255":["TZ"],"256":["UG"],"257":["BI"],"258":["MZ"],"260":["ZM"],"261":["MG"],"262":["RE","YT"],"263":["ZW"],"264":["NA"],"265":["MW"],"266":["LS"],"267":["BW"],"268":["SZ"],"269":["KM"],"290":["SH","TA"],"291":["ER"],"297":["AW"],"298":["FO"],"299":["GL"],"350":["GI"],"351":["PT"],"352":["LU"],"353":["IE"],"354":["IS"],"355":["AL"],"356":["MT"],"357":["CY"],"358":["FI","AX"],"359":["BG"],"370":["LT"],"371":["LV"],"372":["EE"],"373":["MD"],"374":["AM"],"375":["BY"],"376":["AD"],"377":["MC"],"378":["SM"],"380":["UA"],"381":["RS"],"382":["ME"],"383":["XK"],"385":["HR"],"386":["SI"],"387":["BA"],"389":["MK"],"420":["CZ"],"421":["SK"],"423":["LI"],"500":["FK"],"501":["BZ"],"502":["GT"],"503":["SV"],"504":["HN"],"505":["NI"],"506":["CR"],"507":["PA"],"508":["PM"],"509":["HT"],"590":["GP","BL","MF"],"591":["BO"],"592":["GY"],"593":["EC"],"594":["GF"],"595":["PY"],"596":["MQ"],"597":["SR"],"598":["UY"],"599":["CW","BQ"],"670":["TL"],"672":["NF"],"673":["BN"],"674":["NR"],"675":["PG"],"676":["TO"],"677":["SB"],"678":["VU"],"679":["FJ"],"680":["PW"],"681":["WF"],"682":["CK"],"683":["NU"],"685":["WS"],"686":["KI"],"687":["NC"],"688":["TV"],"689":["PF"],"690":["TK"],"691":["FM"],"692":["MH"],"850":["KP"],"852":["HK"],"853":["MO"],"855":["KH"],"856":["LA"],"880":["BD"],"886":["TW"],"960":["MV"],"961":["LB"],"962":["JO"],"963":["SY"],"964":["IQ"],"965":["KW"],"966":["SA"],"967":["YE"],"968":["OM"],"970":["PS"],"971":["AE"],"972":["IL"],"973":["BH"],"974":["QA"],"975":["BT"],"976":["MN"],"977":["NP"],"992":["TJ"],"993":["TM"],"994":["AZ"],"995":["GE"],"996":["KG"],"998":["UZ"]},"countries":{"AC":["247","00","(?:[01589]\\d|[2-467])\\d{4}",[5,6]],"AD":["376","00","(?:1|6\\d)\\d{7}|[135-9]\\d{5}",[6,8,9],[["(\\d{3})(\\d{3})","$1 $2",["[135-9]"]],["(\\d{4})(\\d{4})","$1 $2",["1"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["6"]]]],"AE":["971","00","(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}",[5,6,7,8,9,10,11,12],[["(\\d{3})(\\d{2,9})","$1 $2",["60|8"]],["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["[236]|[479][2-8]"],"0$1"],["(\\d{3})(\\d)(\\d{5})","$1 $2 $3",["[479]"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["5"],"0$1"]],"0"],"AF":["93","00","[2-7]\\d{8}",[9],[["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[2-7]"],"0$1"]],"0"],"AG":["1","011","(?:268|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([457]\\d{6})$|1","268$1",0,"268"],"AI":["1","011","(?:264|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2457]\\d{6})$|1","264$1",0,"264"],"AL":["355","00","(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}",[6,7,8,9],[["(\\d{3})(\\d{3,4})","$1 $2",["80|9"],"0$1"],["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["4[2-6]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[2358][2-5]|4"],"0$1"],["(\\d{3})(\\d{5})","$1 $2",["[23578]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["6"],"0$1"]],"0"],"AM":["374","00","(?:[1-489]\\d|55|60|77)\\d{6}",[8],[["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["[89]0"],"0 $1"],["(\\d{3})(\\d{5})","$1 $2",["2|3[12]"],"(0$1)"],["(\\d{2})(\\d{6})","$1 $2",["1|47"],"(0$1)"],["(\\d{2})(\\d{6})","$1 $2",["[3-9]"],"0$1"]],"0"],"AO":["244","00","[29]\\d{8}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[29]"]]]],"AR":["54","00","(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}",[10,11],[["(\\d{4})(\\d{2})(\\d{4})","$1 $2-$3",["2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9])","2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8]))|2(?:2[24-9]|3[1-59]|47)","2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5[56][46]|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]","2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|58|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|54(?:4|5[13-7]|6[89])|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:454|85[56])[46]|3(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"],"0$1",1],["(\\d{2})(\\d{4})(\\d{4})","$1 $2-$3",["1"],"0$1",1],["(\\d{3})(\\d{3})(\\d{4})","$1-$2-$3",["[68]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2-$3",["[23]"],"0$1",1],["(\\d)(\\d{4})(\\d{2})(\\d{4})","$2 15-$3-$4",["9(?:2[2-469]|3[3-578])","9(?:2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9]))","9(?:2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8])))|92(?:2[24-9]|3[1-59]|47)","9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5(?:[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]","9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|5(?:4(?:4|5[13-7]|6[89])|[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"],"0$1",0,"$1 $2 $3-$4"],["(\\d)(\\d{2})(\\d{4})(\\d{4})","$2 15-$3-$4",["91"],"0$1",0,"$1 $2 $3-$4"],["(\\d{3})(\\d{3})(\\d{5})","$1-$2-$3",["8"],"0$1"],["(\\d)(\\d{3})(\\d{3})(\\d{4})","$2 15-$3-$4",["9"],"0$1",0,"$1 $2 $3-$4"]],"0",0,"0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?","9$1"],"AS":["1","011","(?:[58]\\d\\d|684|900)\\d{7}",[10],0,"1",0,"([267]\\d{6})$|1","684$1",0,"684"],"AT":["43","00","1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}",[4,5,6,7,8,9,10,11,12,13],[["(\\d)(\\d{3,12})","$1 $2",["1(?:11|[2-9])"],"0$1"],["(\\d{3})(\\d{2})","$1 $2",["517"],"0$1"],["(\\d{2})(\\d{3,5})","$1 $2",["5[079]"],"0$1"],["(\\d{3})(\\d{3,10})","$1 $2",["(?:31|4)6|51|6(?:48|5[0-3579]|[6-9])|7(?:20|32|8)|[89]","(?:31|4)6|51|6(?:485|5[0-3579]|[6-9])|7(?:20|32|8)|[89]"],"0$1"],["(\\d{4})(\\d{3,9})","$1 $2",["[2-467]|5[2-6]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["5"],"0$1"],["(\\d{2})(\\d{4})(\\d{4,7})","$1 $2 $3",["5"],"0$1"]],"0"],"AU":["61","001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011","1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}",[5,6,7,8,9,10,12],[["(\\d{2})(\\d{3,4})","$1 $2",["16"],"0$1"],["(\\d{2})(\\d{3})(\\d{2,4})","$1 $2 $3",["16"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["14|4"],"0$1"],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["[2378]"],"(0$1)"],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1(?:30|[89])"]]],"0",0,"(183[12])|0",0,0,0,[["(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["190[0-26]\\d{6}",[10]],0,0,0,["163\\d{2,6}",[5,6,7,8,9]],["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]]],"0011"],"AW":["297","00","(?:[25-79]\\d\\d|800)\\d{4}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[25-9]"]]]],"AX":["358","00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))","2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}",[5,6,7,8,9,10,11,12],0,"0",0,0,0,0,"18",0,"00"],"AZ":["994","00","365\\d{6}|(?:[124579]\\d|60|88)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["90"],"0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["1[28]|2|365|46","1[28]|2|365[45]|46","1[28]|2|365(?:4|5[02])|46"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[13-9]"],"0$1"]],"0"],"BA":["387","00","6\\d{8}|(?:[35689]\\d|49|70)\\d{6}",[8,9],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["6[1-3]|[7-9]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2-$3",["[3-5]|6[56]"],"0$1"],["(\\d{2})(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3 $4",["6"],"0$1"]],"0"],"BB":["1","011","(?:246|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","246$1",0,"246"],"BD":["880","00","[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}",[6,7,8,9,10],[["(\\d{2})(\\d{4,6})","$1-$2",["31[5-8]|[459]1"],"0$1"],["(\\d{3})(\\d{3,7})","$1-$2",["3(?:[67]|8[013-9])|4(?:6[168]|7|[89][18])|5(?:6[128]|9)|6(?:[15]|28)|7[2-589]|8(?:0[014-9]|[12])|9[358]|(?:3[2-5]|4[235]|5[2-578]|6[0389]|76|8[3-7]|9[24])1|(?:44|66)[01346-9]"],"0$1"],["(\\d{4})(\\d{3,6})","$1-$2",["[13-9]|2[23]"],"0$1"],["(\\d)(\\d{7,8})","$1-$2",["2"],"0$1"]],"0"],"BE":["32","00","4\\d{8}|[1-9]\\d{7}",[8,9],[["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["(?:80|9)0"],"0$1"],["(\\d)(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[239]|4[23]"],"0$1"],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[15-8]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["4"],"0$1"]],"0"],"BF":["226","00","[024-7]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[024-7]"]]]],"BG":["359","00","00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}",[6,7,8,9,12],[["(\\d)(\\d)(\\d{2})(\\d{2})","$1 $2 $3 $4",["2"],"0$1"],["(\\d{3})(\\d{4})","$1 $2",["43[1-6]|70[1-9]"],"0$1"],["(\\d)(\\d{3})(\\d{3,4})","$1 $2 $3",["2"],"0$1"],["(\\d{2})(\\d{3})(\\d{2,3})","$1 $2 $3",["[356]|4[124-7]|7[1-9]|8[1-6]|9[1-7]"],"0$1"],["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["(?:70|8)0"],"0$1"],["(\\d{3})(\\d{3})(\\d{2})","$1 $2 $3",["43[1-7]|7"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[48]|9[08]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["9"],"0$1"]],"0"],"BH":["973","00","[136-9]\\d{7}",[8],[["(\\d{4})(\\d{4})","$1 $2",["[13679]|8[02-4679]"]]]],"BI":["257","00","(?:[267]\\d|31)\\d{6}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2367]"]]]],"BJ":["229","00","01\\d{8}",[10],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["0"]]]],"BL":["590","00","7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],0,"0",0,0,0,0,0,[["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],["80[0-5]\\d{6}"],["8[129]\\d{7}"],0,0,0,0,["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]],"BM":["1","011","(?:441|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","441$1",0,"441"],"BN":["673","00","[2-578]\\d{6}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[2-578]"]]]],"BO":["591","00(?:1\\d)?","(?:[2-7]\\d\\d|8001)\\d{5}",[8,9],[["(\\d)(\\d{7})","$1 $2",["[23]|4[46]|50"]],["(\\d{8})","$1",["[5-7]"]],["(\\d{3})(\\d{2})(\\d{4})","$1 $2 $3",["8"]]],"0",0,"0(1\\d)?"],"BQ":["599","00","(?:[34]1|7\\d)\\d{5}",[7],0,0,0,0,0,0,"[347]"],"BR":["55","00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)","[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}",[8,9,10,11],[["(\\d{4})(\\d{4})","$1-$2",["300|4(?:0[02]|37|86)","300|4(?:0(?:0|20)|370|864)"]],["(\\d{3})(\\d{2,3})(\\d{4})","$1 $2 $3",["(?:[358]|90)0"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1 $2-$3",["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-57]"],"($1)"],["(\\d{2})(\\d{5})(\\d{4})","$1 $2-$3",["[16][1-9]|[2-57-9]"],"($1)"]],"0",0,"(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?","$2"],"BS":["1","011","(?:242|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([3-8]\\d{6})$|1","242$1",0,"242"],"BT":["975","00","[178]\\d{7}|[2-8]\\d{6}",[7,8],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["[2-6]|7[246]|8[2-4]"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["1[67]|[78]"]]]],"BW":["267","00","90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}",[7,8,10],[["(\\d{2})(\\d{5})","$1 $2",["90"]],["(\\d{3})(\\d{4})","$1 $2",["[2-6]"]],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["7"]],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["0"]],["(\\d{3})(\\d{4})(\\d{3})","$1 $2 $3",["8"]]]],"BY":["375","810","(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}",[6,7,8,9,10,11],[["(\\d{3})(\\d{3})","$1 $2",["800"],"8 $1"],["(\\d{3})(\\d{2})(\\d{2,4})","$1 $2 $3",["800"],"8 $1"],["(\\d{4})(\\d{2})(\\d{3})","$1 $2-$3",["1(?:5[169]|6[3-5]|7[179])|2(?:1[35]|2[34]|3[3-5])","1(?:5[169]|6(?:3[1-3]|4|5[125])|7(?:1[3-9]|7[0-24-6]|9[2-7]))|2(?:1[35]|2[34]|3[3-5])"],"8 0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2-$3-$4",["1(?:[56]|7[467])|2[1-3]"],"8 0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2-$3-$4",["[1-4]"],"8 0$1"],["(\\d{3})(\\d{3,4})(\\d{4})","$1 $2 $3",["[89]"],"8 $1"]],"8",0,"0|80?",0,0,0,0,"8~10"],"BZ":["501","00","(?:0800\\d|[2-8])\\d{6}",[7,11],[["(\\d{3})(\\d{4})","$1-$2",["[2-8]"]],["(\\d)(\\d{3})(\\d{4})(\\d{3})","$1-$2-$3-$4",["0"]]]],"CA":["1","011","[2-9]\\d{9}|3\\d{6}",[7,10],0,"1",0,0,0,0,0,[["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}",[10]],["",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["900[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}",[10]],0,["310\\d{4}",[7]],0,["600[2-9]\\d{6}",[10]]]],"CC":["61","001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011","1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",[6,7,8,9,10,12],0,"0",0,"([59]\\d{7})$|0","8$1",0,0,[["8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["190[0-26]\\d{6}",[10]],0,0,0,0,["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]]],"0011"],"CD":["243","00","(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}",[7,8,9,10],[["(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3",["88"],"0$1"],["(\\d{2})(\\d{5})","$1 $2",["[1-6]"],"0$1"],["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["2"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["1"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[89]"],"0$1"],["(\\d{2})(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3 $4",["5"],"0$1"]],"0"],"CF":["236","00","8776\\d{4}|(?:[27]\\d|61)\\d{6}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[26-8]"]]]],"CG":["242","00","222\\d{6}|(?:0\\d|80)\\d{7}",[9],[["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["8"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[02]"]]]],"CH":["41","00","8\\d{11}|[2-9]\\d{8}",[9,12],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["8[047]|90"],"0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2-79]|81"],"0$1"],["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["8"],"0$1"]],"0"],"CI":["225","00","[02]\\d{9}",[10],[["(\\d{2})(\\d{2})(\\d)(\\d{5})","$1 $2 $3 $4",["2"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3 $4",["0"]]]],"CK":["682","00","[2-578]\\d{4}",[5],[["(\\d{2})(\\d{3})","$1 $2",["[2-578]"]]]],"CL":["56","(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0","12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}",[9,10,11],[["(\\d{5})(\\d{4})","$1 $2",["219","2196"],"($1)"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["60|809"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["44"]],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["2[1-36]"],"($1)"],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["9(?:10|[2-9])"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["3[2-5]|[47]|5[1-3578]|6[13-57]|8(?:0[1-8]|[1-9])"],"($1)"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["60|8"]],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["1"]],["(\\d{3})(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3 $4",["60"]]]],"CM":["237","00","[26]\\d{8}|88\\d{6,7}",[8,9],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["88"]],["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["[26]|88"]]]],"CN":["86","00|1(?:[12]\\d|79)\\d\\d00","(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}",[7,8,9,10,11,12],[["(\\d{2})(\\d{5})","$1 $2",["101","1010","10100"],"0$1"],["(\\d{2})(\\d{5,6})","$1 $2",["(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]","10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1","10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12","10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123"],"0$1"],["(\\d{4})(\\d{4})","$1 $2",["101","1010"]],["(\\d{3})(\\d{5,6})","$1 $2",["3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])","(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]","(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])","(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[48]0"]],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["10|2(?:[02-57-9]|1[1-9])","10|2(?:[02-57-9]|1[1-9])","10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])"],"0$1",1],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]"],"0$1",1],["(\\d{3})(\\d{7,8})","$1 $2",["9"]],["(\\d{3})(\\d{4})(\\d{4})","$1 $2 $3",["[3-578]"],"0$1",1],["(\\d{3})(\\d{4})(\\d{4})","$1 $2 $3",["1[3-9]"]],["(\\d{2})(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3 $4",["[12]"],"0$1",1]],"0",0,"(1(?:[12]\\d|79)\\d\\d)|0",0,0,0,0,"00"],"CO":["57","00(?:4(?:[14]4|56)|[579])","(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}",[8,10,11],[["(\\d{4})(\\d{4})","$1 $2",["46"]],["(\\d{3})(\\d{7})","$1 $2",["6|90"],"($1)"],["(\\d{3})(\\d{7})","$1 $2",["3[0-357]|94"]],["(\\d)(\\d{3})(\\d{7})","$1-$2-$3",["1"],"0$1",0,"$1 $2 $3"]],"0",0,"0([3579]|4(?:[14]4|56))?"],"CR":["506","00","(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}",[8,10],[["(\\d{4})(\\d{4})","$1 $2",["[2-7]|8[3-9]"]],["(\\d{3})(\\d{3})(\\d{4})","$1-$2-$3",["[89]"]]],0,0,"(19(?:0[0-2468]|1[09]|20|66|77|99))"],"CU":["53","119","(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}",[6,7,8,10],[["(\\d{2})(\\d{4,6})","$1 $2",["2[1-4]|[34]"],"(0$1)"],["(\\d)(\\d{6,7})","$1 $2",["7"],"(0$1)"],["(\\d)(\\d{7})","$1 $2",["[56]"],"0$1"],["(\\d{3})(\\d{7})","$1 $2",["8"],"0$1"]],"0"],"CV":["238","0","(?:[2-59]\\d\\d|800)\\d{4}",[7],[["(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3",["[2-589]"]]]],"CW":["599","00","(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}",[7,8],[["(\\d{3})(\\d{4})","$1 $2",["[3467]"]],["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["9[4-8]"]]],0,0,0,0,0,"[69]"],"CX":["61","001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011","1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",[6,7,8,9,10,12],0,"0",0,"([59]\\d{7})$|0","8$1",0,0,[["8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["190[0-26]\\d{6}",[10]],0,0,0,0,["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]]],"0011"],"CY":["357","00","(?:[279]\\d|[58]0)\\d{6}",[8],[["(\\d{2})(\\d{6})","$1 $2",["[257-9]"]]]],"CZ":["420","00","(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}",[9,10,11,12],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[2-8]|9[015-7]"]],["(\\d{2})(\\d{3})(\\d{3})(\\d{2})","$1 $2 $3 $4",["96"]],["(\\d{2})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["9"]],["(\\d{3})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["9"]]]],"DE":["49","00","[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}",[4,5,6,7,8,9,10,11,12,13,14,15],[["(\\d{2})(\\d{3,13})","$1 $2",["3[02]|40|[68]9"],"0$1"],["(\\d{3})(\\d{3,12})","$1 $2",["2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1","2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1"],"0$1"],["(\\d{4})(\\d{2,11})","$1 $2",["[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]","[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]"],"0$1"],["(\\d{3})(\\d{4})","$1 $2",["138"],"0$1"],["(\\d{5})(\\d{2,10})","$1 $2",["3"],"0$1"],["(\\d{3})(\\d{5,11})","$1 $2",["181"],"0$1"],["(\\d{3})(\\d)(\\d{4,10})","$1 $2 $3",["1(?:3|80)|9"],"0$1"],["(\\d{3})(\\d{7,8})","$1 $2",["1[67]"],"0$1"],["(\\d{3})(\\d{7,12})","$1 $2",["8"],"0$1"],["(\\d{5})(\\d{6})","$1 $2",["185","1850","18500"],"0$1"],["(\\d{3})(\\d{4})(\\d{4})","$1 $2 $3",["7"],"0$1"],["(\\d{4})(\\d{7})","$1 $2",["18[68]"],"0$1"],["(\\d{4})(\\d{7})","$1 $2",["15[1279]"],"0$1"],["(\\d{5})(\\d{6})","$1 $2",["15[03-68]","15(?:[0568]|3[13]|41)"],"0$1"],["(\\d{3})(\\d{8})","$1 $2",["18"],"0$1"],["(\\d{3})(\\d{2})(\\d{7,8})","$1 $2 $3",["1(?:6[023]|7)"],"0$1"],["(\\d{4})(\\d{2})(\\d{7})","$1 $2 $3",["15[279]"],"0$1"],["(\\d{3})(\\d{2})(\\d{8})","$1 $2 $3",["15"],"0$1"]],"0"],"DJ":["253","00","(?:2\\d|77)\\d{6}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[27]"]]]],"DK":["45","00","[2-9]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2-9]"]]]],"DM":["1","011","(?:[58]\\d\\d|767|900)\\d{7}",[10],0,"1",0,"([2-7]\\d{6})$|1","767$1",0,"767"],"DO":["1","011","(?:[58]\\d\\d|900)\\d{7}",[10],0,"1",0,0,0,0,"8001|8[024]9"],"DZ":["213","00","(?:[1-4]|[5-79]\\d|80)\\d{7}",[8,9],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[1-4]"],"0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["9"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[5-8]"],"0$1"]],"0"],"EC":["593","00","1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}",[8,9,10,11],[["(\\d)(\\d{3})(\\d{4})","$1 $2-$3",["[2-7]"],"(0$1)",0,"$1-$2-$3"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["9"],"0$1"],["(\\d{4})(\\d{3})(\\d{3,4})","$1 $2 $3",["1"]]],"0"],"EE":["372","00","8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}",[7,8,10],[["(\\d{3})(\\d{4})","$1 $2",["[369]|4[3-8]|5(?:[0-2]|5[0-478]|6[45])|7[1-9]|88","[369]|4[3-8]|5(?:[02]|1(?:[0-8]|95)|5[0-478]|6(?:4[0-4]|5[1-589]))|7[1-9]|88"]],["(\\d{4})(\\d{3,4})","$1 $2",["[45]|8(?:00|[1-49])","[45]|8(?:00[1-9]|[1-49])"]],["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["7"]],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["8"]]]],"EG":["20","00","[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}",[8,9,10],[["(\\d)(\\d{7,8})","$1 $2",["[23]"],"0$1"],["(\\d{2})(\\d{6,7})","$1 $2",["1[35]|[4-6]|8[2468]|9[235-7]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[89]"],"0$1"],["(\\d{2})(\\d{8})","$1 $2",["1"],"0$1"]],"0"],"EH":["212","00","[5-8]\\d{8}",[9],0,"0",0,0,0,0,0,[["528[89]\\d{5}"],["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"],["80[0-7]\\d{6}"],["89\\d{7}"],0,0,0,0,["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"]]],"ER":["291","00","[178]\\d{6}",[7],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["[178]"],"0$1"]],"0"],"ES":["34","00","400\\d{6}|(?:51|[6-9]\\d)\\d{7}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[89]00"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[4-9]"]]]],"ET":["251","00","(?:11|[2-57-9]\\d)\\d{7}",[9],[["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[1-57-9]"],"0$1"]],"0"],"FI":["358","00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))","[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}",[5,6,7,8,9,10,11,12],[["(\\d{5})","$1",["20[2-59]"],"0$1"],["(\\d{3})(\\d{3,7})","$1 $2",["(?:[1-3]0|[68])0|70[07-9]"],"0$1"],["(\\d{2})(\\d{4,8})","$1 $2",["[14]|2[09]|50|7[135]"],"0$1"],["(\\d{2})(\\d{6,10})","$1 $2",["7"],"0$1"],["(\\d)(\\d{4,9})","$1 $2",["(?:19|[2568])[1-8]|3(?:0[1-9]|[1-9])|9"],"0$1"]],"0",0,0,0,0,"1[03-79]|[2-9]",0,"00"],"FJ":["679","0(?:0|52)","45\\d{5}|(?:0800\\d|[235-9])\\d{6}",[7,11],[["(\\d{3})(\\d{4})","$1 $2",["[235-9]|45"]],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["0"]]],0,0,0,0,0,0,0,"00"],"FK":["500","00","[2-7]\\d{4}",[5]],"FM":["691","00","(?:[39]\\d\\d|820)\\d{4}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[389]"]]]],"FO":["298","00","[2-9]\\d{5}",[6],[["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["[2-9]"]]],0,0,"(10(?:01|[12]0|88))"],"FR":["33","00","[1-9]\\d{8}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"],"0 $1"],["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["[1-79]"],"0$1"]],"0"],"GA":["241","00","(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}",[7,8],[["(\\d)(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2-7]"],"0$1"],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["0"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["11|[67]"],"0$1"]],0,0,"0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})","$1"],"GB":["44","00","[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}",[7,9,10],[["(\\d{3})(\\d{4})","$1 $2",["800","8001","80011","800111","8001111"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3",["845","8454","84546","845464"],"0$1"],["(\\d{3})(\\d{6})","$1 $2",["800"],"0$1"],["(\\d{5})(\\d{4,5})","$1 $2",["1(?:38|5[23]|69|76|94)","1(?:(?:38|69)7|5(?:24|39)|768|946)","1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)"],"0$1"],["(\\d{4})(\\d{5,6})","$1 $2",["1(?:[2-69][02-9]|[78])"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["[25]|7(?:0|6[02-9])","[25]|7(?:0|6(?:[03-9]|2[356]))"],"0$1"],["(\\d{4})(\\d{6})","$1 $2",["7"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[1389]"],"0$1"]],"0",0,"0|180020",0,0,0,[["(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}",[9,10]],["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}",[10]],["80[08]\\d{7}|800\\d{6}|8001111"],["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d",[7,10]],["70\\d{8}",[10]],0,["(?:3[0347]|55)\\d{8}",[10]],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}",[10]],["56\\d{8}",[10]]],0," x"],"GD":["1","011","(?:473|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","473$1",0,"473"],"GE":["995","00","(?:[3-57]\\d\\d|800)\\d{6}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["70"],"0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["32"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[57]"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[348]"],"0$1"]],"0"],"GF":["594","00","(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[5-7]|80[6-9]|9[47]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[89]"],"0$1"]],"0"],"GG":["44","00","(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?",[7,9,10],0,"0",0,"([25-9]\\d{5})$|0|180020","1481$1",0,0,[["1481[25-9]\\d{5}",[10]],["7(?:(?:781|839)\\d|911[17])\\d{5}",[10]],["80[08]\\d{7}|800\\d{6}|8001111"],["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d",[7,10]],["70\\d{8}",[10]],0,["(?:3[0347]|55)\\d{8}",[10]],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}",[10]],["56\\d{8}",[10]]]],"GH":["233","00","[235]\\d{8}|800\\d{5,6}",[8,9],[["(\\d{3})(\\d{5})","$1 $2",["8"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[2358]"],"0$1"]],"0"],"GI":["350","00","(?:[25]\\d|60)\\d{6}",[8],[["(\\d{3})(\\d{5})","$1 $2",["2"]]]],"GL":["299","00","(?:19|[2-689]\\d|70)\\d{4}",[6],[["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["19|[2-9]"]]]],"GM":["220","00","[48]\\d{8}|[2-9]\\d{6}",[7,9],[["(\\d{3})(\\d{4})","$1 $2",["[235-9]|4(?:[0-35]|4[16-9])"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[48]"]]]],"GN":["224","00","722\\d{6}|(?:3|6\\d)\\d{7}",[8,9],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["3"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[67]"]]]],"GP":["590","00","7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[5-79]|80[6-9]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"],"0$1"]],"0",0,0,0,0,0,[["(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}"],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],["80[0-5]\\d{6}"],["8[129]\\d{7}"],0,0,0,0,["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]],"GQ":["240","00","222\\d{6}|(?:3\\d|55|[89]0)\\d{7}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[235]"]],["(\\d{3})(\\d{6})","$1 $2",["[89]"]]]],"GR":["30","00","5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}",[10,11,12],[["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["21|7"]],["(\\d{4})(\\d{6})","$1 $2",["2(?:2|3[2-57-9]|4[2-469]|5[2-59]|6[2-9]|7[2-69]|8[2-49])|5"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[2689]"]],["(\\d{3})(\\d{3,4})(\\d{5})","$1 $2 $3",["8"]]]],"GT":["502","00","80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}",[8,11],[["(\\d{4})(\\d{4})","$1 $2",["[2-8]"]],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["1"]]]],"GU":["1","011","(?:[58]\\d\\d|671|900)\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","671$1",0,"671"],"GW":["245","00","[49]\\d{8}|4\\d{6}",[7,9],[["(\\d{3})(\\d{4})","$1 $2",["40"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[49]"]]]],"GY":["592","001","(?:[2-8]\\d{3}|9008)\\d{3}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[2-9]"]]]],"HK":["852","00(?:30|5[09]|[126-9]?)","8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}",[5,6,7,8,9,11],[["(\\d{3})(\\d{2,5})","$1 $2",["900","9003"]],["(\\d{4})(\\d{4})","$1 $2",["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["8"]],["(\\d{3})(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3 $4",["9"]]],0,0,0,0,0,0,0,"00"],"HN":["504","00","8\\d{10}|[237-9]\\d{7}",[8,11],[["(\\d{4})(\\d{4})","$1-$2",["[237-9]"]]]],"HR":["385","00","[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}",[7,8,9],[["(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3",["6[01]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2,3})","$1 $2 $3",["8"],"0$1"],["(\\d)(\\d{4})(\\d{3})","$1 $2 $3",["1"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["6|7[245]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["9"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[2-57]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["8"],"0$1"]],"0"],"HT":["509","00","[2-589]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["[2-589]"]]]],"HU":["36","00","[235-7]\\d{8}|[1-9]\\d{7}",[8,9],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["1"],"(06 $1)"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6|8[2-57-9]|9[2-69]"],"(06 $1)"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[2-9]"],"06 $1"]],"06"],"ID":["62","00[89]","00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}",[7,8,9,10,11,12,13,14,15,16,17],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["15"]],["(\\d{2})(\\d{5,9})","$1 $2",["2[124]|[36]1"],"(0$1)"],["(\\d{3})(\\d{5,7})","$1 $2",["800"],"0$1"],["(\\d{3})(\\d{5,8})","$1 $2",["[2-79]"],"(0$1)"],["(\\d{3})(\\d{3,4})(\\d{3})","$1-$2-$3",["8[1-35-9]"],"0$1"],["(\\d{3})(\\d{6,8})","$1 $2",["1"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["804"],"0$1"],["(\\d{3})(\\d)(\\d{3})(\\d{3})","$1 $2 $3 $4",["80"],"0$1"],["(\\d{3})(\\d{4})(\\d{4,5})","$1-$2-$3",["8"],"0$1"]],"0"],"IE":["353","00","(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}",[7,8,9,10],[["(\\d{2})(\\d{5})","$1 $2",["2[24-9]|47|58|6[237-9]|9[35-9]"],"(0$1)"],["(\\d{3})(\\d{5})","$1 $2",["[45]0"],"(0$1)"],["(\\d)(\\d{3,4})(\\d{4})","$1 $2 $3",["1"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[2569]|4[1-69]|7[14]"],"(0$1)"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["70"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["81"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[78]"],"0$1"],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1"]],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["4"],"(0$1)"],["(\\d{2})(\\d)(\\d{3})(\\d{4})","$1 $2 $3 $4",["8"],"0$1"]],"0"],"IL":["972","0(?:0|1(?:05|[2-9]))","1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}",[7,8,9,10,11,12],[["(\\d{4})(\\d{3})","$1-$2",["125"]],["(\\d{4})(\\d{2})(\\d{2})","$1-$2-$3",["121"]],["(\\d)(\\d{3})(\\d{4})","$1-$2-$3",["[2-489]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1-$2-$3",["[57]"],"0$1"],["(\\d{4})(\\d{3})(\\d{3})","$1-$2-$3",["12"]],["(\\d{4})(\\d{6})","$1-$2",["159"]],["(\\d)(\\d{3})(\\d{3})(\\d{3})","$1-$2-$3-$4",["1[7-9]"]],["(\\d{3})(\\d{1,2})(\\d{3})(\\d{4})","$1-$2 $3-$4",["15"]]],"0"],"IM":["44","00","1624\\d{6}|(?:[3578]\\d|90)\\d{8}",[10],0,"0",0,"([25-8]\\d{5})$|0|180020","1624$1",0,"74576|(?:16|7[56])24"],"IN":["91","00","(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}",[8,9,10,11,12,13],[["(\\d{8})","$1",["5(?:0|2[23]|3[03]|[67]1|88)","5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)","5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)"],0,1],["(\\d{4})(\\d{4,5})","$1 $2",["180","1800"],0,1],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["140"],0,1],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["11|2[02]|33|4[04]|79[1-5]|80[2-46]","11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])","11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])"],"0$1",1],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]","1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]","1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]"],"0$1",1],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807","1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]","1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]"],"0$1",1],["(\\d{5})(\\d{5})","$1 $2",["16|[6-9]"],"0$1",1],["(\\d{4})(\\d{2,4})(\\d{4})","$1 $2 $3",["18[06]","18[06]0"],0,1],["(\\d{4})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["18"],0,1]],"0"],"IO":["246","00","3\\d{6}",[7],[["(\\d{3})(\\d{4})","$1 $2",["3"]]]],"IQ":["964","00","(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}",[8,9,10],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["1"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[2-6]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["7"],"0$1"]],"0"],"IR":["98","00","[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}",[4,5,6,7,10],[["(\\d{4,5})","$1",["96"],"0$1"],["(\\d{2})(\\d{4,5})","$1 $2",["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])[12689]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["9"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["[1-8]"],"0$1"]],"0"],"IS":["354","00|1(?:0(?:01|[12]0)|100)","(?:38\\d|[4-9])\\d{6}",[7,9],[["(\\d{3})(\\d{4})","$1 $2",["[4-9]"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["3"]]],0,0,0,0,0,0,0,"00"],"IT":["39","00","0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?",[6,7,8,9,10,11,12],[["(\\d{2})(\\d{4,6})","$1 $2",["0[26]"]],["(\\d{3})(\\d{3,6})","$1 $2",["0[13-57-9][0159]|8(?:03|4[17]|9[2-5])","0[13-57-9][0159]|8(?:03|4[17]|9(?:2|3[04]|[45][0-4]))"]],["(\\d{4})(\\d{2,6})","$1 $2",["0(?:[13-579][2-46-8]|8[236-8])"]],["(\\d{4})(\\d{4})","$1 $2",["894"]],["(\\d{2})(\\d{3,4})(\\d{4})","$1 $2 $3",["0[26]|5"]],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["1(?:44|[679])|[378]|43"]],["(\\d{3})(\\d{3,4})(\\d{4})","$1 $2 $3",["0[13-57-9][0159]|14"]],["(\\d{2})(\\d{4})(\\d{5})","$1 $2 $3",["0[26]"]],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["0"]],["(\\d{3})(\\d{4})(\\d{4,5})","$1 $2 $3",["[03]"]]],0,0,0,0,0,0,[["0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}"],["3[2-9]\\d{7,8}|(?:31|43)\\d{8}",[9,10]],["80(?:0\\d{3}|3)\\d{3}",[6,9]],["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}",[6,8,9,10]],["1(?:78\\d|99)\\d{6}",[9,10]],["3[2-8]\\d{9,10}",[11,12]],0,0,["55\\d{8}",[10]],["84(?:[08]\\d{3}|[17])\\d{3}",[6,9]]]],"JE":["44","00","1534\\d{6}|(?:[3578]\\d|90)\\d{8}",[10],0,"0",0,"([0-24-8]\\d{5})$|0|180020","1534$1",0,0,[["1534[0-24-8]\\d{5}"],["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"],["80(?:07(?:35|81)|8901)\\d{4}"],["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}"],["701511\\d{4}"],0,["(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}"],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}"],["56\\d{8}"]]],"JM":["1","011","(?:[58]\\d\\d|658|900)\\d{7}",[10],0,"1",0,0,0,0,"658|876"],"JO":["962","00","(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}",[8,9],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["[2356]|87"],"(0$1)"],["(\\d{3})(\\d{5,6})","$1 $2",["[89]"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["70"],"0$1"],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["[47]"],"0$1"]],"0"],"JP":["81","010","00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}",[8,9,10,11,12,13,14,15,16,17],[["(\\d{3})(\\d{3})(\\d{3})","$1-$2-$3",["(?:12|57|99)0"],"0$1"],["(\\d{4})(\\d)(\\d{4})","$1-$2-$3",["1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])","1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]","1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1-$2-$3",["60"],"0$1"],["(\\d)(\\d{4})(\\d{4})","$1-$2-$3",["3|4(?:2[09]|7[01])|6[1-9]","3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1-$2-$3",["1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])","1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]","1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]"],"0$1"],["(\\d{3})(\\d{2})(\\d{4})","$1-$2-$3",["[14]|[289][2-9]|5[3-9]|7[2-4679]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1-$2-$3",["800"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1-$2-$3",["[25-9]"],"0$1"]],"0",0,"(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0","$1"],"KE":["254","000","(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}",[7,8,9,10],[["(\\d{2})(\\d{5,7})","$1 $2",["[24-6]"],"0$1"],["(\\d{3})(\\d{6})","$1 $2",["[17]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["[89]"],"0$1"]],"0"],"KG":["996","00","8\\d{9}|[235-9]\\d{8}",[9,10],[["(\\d{4})(\\d{5})","$1 $2",["3(?:1[346]|[24-79])"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[235-79]|88"],"0$1"],["(\\d{3})(\\d{3})(\\d)(\\d{2,3})","$1 $2 $3 $4",["8"],"0$1"]],"0"],"KH":["855","00[14-9]","1\\d{9}|[1-9]\\d{7,8}",[8,9,10],[["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[1-9]"],"0$1"],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1"]]],"0"],"KI":["686","00","(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}",[5,8],0,"0"],"KM":["269","00","[3478]\\d{6}",[7],[["(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3",["[3478]"]]]],"KN":["1","011","(?:[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-7]\\d{6})$|1","869$1",0,"869"],"KP":["850","00|99","85\\d{6}|(?:19\\d|[2-7])\\d{7}",[8,10],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["8"],"0$1"],["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["[2-7]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["1"],"0$1"]],"0"],"KR":["82","00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))","00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}",[5,6,8,9,10,11,12,13,14],[["(\\d{2})(\\d{3,4})","$1-$2",["(?:3[1-3]|[46][1-4]|5[1-5])1"],"0$1"],["(\\d{4})(\\d{4})","$1-$2",["1"]],["(\\d)(\\d{3,4})(\\d{4})","$1-$2-$3",["2"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1-$2-$3",["[36]0|8"],"0$1"],["(\\d{2})(\\d{3,4})(\\d{4})","$1-$2-$3",["[1346]|5[1-5]"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1-$2-$3",["[57]"],"0$1"],["(\\d{2})(\\d{5})(\\d{4})","$1-$2-$3",["5"],"0$1"]],"0",0,"0(8(?:[1-46-8]|5\\d\\d))?"],"KW":["965","00","18\\d{5}|(?:[2569]\\d|41)\\d{6}",[7,8],[["(\\d{4})(\\d{3,4})","$1 $2",["[169]|2(?:[235]|4[1-35-9])|52"]],["(\\d{3})(\\d{5})","$1 $2",["[245]"]]]],"KY":["1","011","(?:345|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","345$1",0,"345"],"KZ":["7","810","8\\d{13}|[78]\\d{9}",[10,14],0,"8",0,0,0,0,"7",0,"8~10"],"LA":["856","00","(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}",[8,9,10],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["2[13]|3[14]|[4-8]"],"0$1"],["(\\d{2})(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3 $4",["3"],"0$1"],["(\\d{2})(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3 $4",["2"],"0$1"]],"0"],"LB":["961","00","[27-9]\\d{7}|[13-9]\\d{6}",[7,8],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["[13-69]|7(?:[2-57]|62|8[0-6]|9[04-9])|8[02-9]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[27-9]"]]],"0"],"LC":["1","011","(?:[58]\\d\\d|758|900)\\d{7}",[10],0,"1",0,"([2-8]\\d{6})$|1","758$1",0,"758"],"LI":["423","00","[68]\\d{8}|(?:[2378]\\d|90)\\d{5}",[7,9],[["(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3",["[2379]|8(?:0[09]|7)","[2379]|8(?:0(?:02|9)|7)"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["8"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["69"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["6"]]],"0",0,"(1001)|0"],"LK":["94","00","[1-9]\\d{8}",[9],[["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["7"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[1-689]"],"0$1"]],"0"],"LR":["231","00","(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}",[7,8,9],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["4[67]|[56]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["2"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[2-578]"],"0$1"]],"0"],"LS":["266","00","(?:[256]\\d\\d|800)\\d{5}",[8],[["(\\d{4})(\\d{4})","$1 $2",["[2568]"]]]],"LT":["370","00","(?:[3469]\\d|52|[78]0)\\d{6}",[8],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["52[0-7]"],"(0-$1)",1],["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["[7-9]"],"0 $1",1],["(\\d{2})(\\d{6})","$1 $2",["37|4(?:[15]|6[1-8])"],"(0-$1)",1],["(\\d{3})(\\d{5})","$1 $2",["[3-6]"],"(0-$1)",1]],"0",0,"[08]"],"LU":["352","00","35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}",[4,5,6,7,8,9,10,11],[["(\\d{2})(\\d{3})","$1 $2",["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]],["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]],["(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3",["20[2-689]"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})","$1 $2 $3 $4",["20"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{1,5})","$1 $2 $3 $4",["[3-57]|8[13-9]|9(?:0[89]|[2-579])|(?:2|80)[2-9]"]],["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["80[01]|90[015]"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3 $4",["20"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["6"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})","$1 $2 $3 $4 $5",["20"]]],0,0,"(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)"],"LV":["371","00","(?:[268]\\d|78|90)\\d{6}",[8],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[2679]|8[01]"]]]],"LY":["218","00","[2-9]\\d{8}",[9],[["(\\d{2})(\\d{7})","$1-$2",["[2-9]"],"0$1"]],"0"],"MA":["212","00","[5-8]\\d{8}",[9],[["(\\d{4})(\\d{5})","$1-$2",["892"],"0$1"],["(\\d{2})(\\d{7})","$1-$2",["8(?:0[0-7]|9)"],"0$1"],["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["[5-8]"],"0$1"]],"0",0,0,0,0,"[5-8]"],"MC":["377","00","(?:[3489]|[67]\\d)\\d{7}",[8,9],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["4"],"0$1"],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[389]"]],["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4 $5",["[67]"],"0$1"]],"0"],"MD":["373","00","(?:[235-7]\\d|[89]0)\\d{6}",[8],[["(\\d{3})(\\d{5})","$1 $2",["[89]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["22|3"],"0$1"],["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["[25-7]"],"0$1"]],"0"],"ME":["382","00","(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}",[8,9],[["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[2-9]"],"0$1"]],"0"],"MF":["590","00","7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],0,"0",0,0,0,0,0,[["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],["80[0-5]\\d{6}"],["8[129]\\d{7}"],0,0,0,0,["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]],"MG":["261","00","[23]\\d{8}",[9],[["(\\d{2})(\\d{2})(\\d{3})(\\d{2})","$1 $2 $3 $4",["[23]"],"0$1"]],"0",0,"([24-9]\\d{6})$|0","20$1"],"MH":["692","011","329\\d{4}|(?:[256]\\d|45)\\d{5}",[7],[["(\\d{3})(\\d{4})","$1-$2",["[2-6]"]]],"1"],"MK":["389","00","[2-578]\\d{7}",[8],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["2|34[47]|4(?:[37]7|5[47]|64)"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[347]"],"0$1"],["(\\d{3})(\\d)(\\d{2})(\\d{2})","$1 $2 $3 $4",["[58]"],"0$1"]],"0"],"ML":["223","00","[24-9]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[24-9]"]]]],"MM":["95","00","1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}",[6,7,8,9,10],[["(\\d)(\\d{2})(\\d{3})","$1 $2 $3",["16|2"],"0$1"],["(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3",["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"],"0$1"],["(\\d)(\\d{3})(\\d{3,4})","$1 $2 $3",["[12]|452|678|86","[12]|452|6788|86"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[4-7]|8[1-35]"],"0$1"],["(\\d)(\\d{3})(\\d{4,6})","$1 $2 $3",["9(?:2[0-4]|[35-9]|4[137-9])"],"0$1"],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["2"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["8"],"0$1"],["(\\d)(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["92"],"0$1"],["(\\d)(\\d{5})(\\d{4})","$1 $2 $3",["9"],"0$1"]],"0"],"MN":["976","001","[12]\\d{7,9}|[5-9]\\d{7}",[8,9,10],[["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["11|2[16]"],"0$1"],["(\\d{4})(\\d{4})","$1 $2",["[5-9]"]],["(\\d{3})(\\d{5,6})","$1 $2",["[12]2[1-3]"],"0$1"],["(\\d{4})(\\d{5,6})","$1 $2",["[12](?:27|3[2-8]|4[2-68]|5[1-4689])","[12](?:27|3[2-8]|4[2-68]|5[1-4689])[0-3]"],"0$1"],["(\\d{5})(\\d{4,5})","$1 $2",["[12]"],"0$1"]],"0"],"MO":["853","00","0800\\d{3}|(?:28|[68]\\d)\\d{6}",[7,8],[["(\\d{4})(\\d{3})","$1 $2",["0"]],["(\\d{4})(\\d{4})","$1 $2",["[268]"]]]],"MP":["1","011","[58]\\d{9}|(?:67|90)0\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","670$1",0,"670"],"MQ":["596","00","7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[5-79]|8(?:0[6-9]|[36])"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"],"0$1"]],"0"],"MR":["222","00","(?:[2-4]\\d\\d|800)\\d{5}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2-48]"]]]],"MS":["1","011","(?:[58]\\d\\d|664|900)\\d{7}",[10],0,"1",0,"([34]\\d{6})$|1","664$1",0,"664"],"MT":["356","00","3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}",[8],[["(\\d{4})(\\d{4})","$1 $2",["[2357-9]"]]]],"MU":["230","0(?:0|[24-7]0|3[03])","(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}",[7,8,10],[["(\\d{3})(\\d{4})","$1 $2",["[2-46]|8[013]"]],["(\\d{4})(\\d{4})","$1 $2",["[57]"]],["(\\d{5})(\\d{5})","$1 $2",["8"]]],0,0,0,0,0,0,0,"020"],"MV":["960","0(?:0|19)","(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}",[7,10],[["(\\d{3})(\\d{4})","$1-$2",["[34679]"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[89]"]]],0,0,0,0,0,0,0,"00"],"MW":["265","00","(?:[1289]\\d|31|77)\\d{7}|1\\d{6}",[7,9],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["1[2-9]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[1-37-9]"],"0$1"]],"0"],"MX":["52","0[09]","[2-9]\\d{9}",[10],[["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["33|5[56]|81"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[2-9]"]]],0,0,0,0,0,0,0,"00"],"MY":["60","00","1\\d{8,9}|(?:3\\d|[4-9])\\d{7}",[8,9,10],[["(\\d)(\\d{3})(\\d{4})","$1-$2 $3",["[4-79]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1-$2 $3",["1(?:[02469]|[378][1-9]|53)|8","1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"],"0$1"],["(\\d)(\\d{4})(\\d{4})","$1-$2 $3",["3"],"0$1"],["(\\d)(\\d{3})(\\d{2})(\\d{4})","$1-$2-$3-$4",["1(?:[367]|80)"]],["(\\d{3})(\\d{3})(\\d{4})","$1-$2 $3",["15"],"0$1"],["(\\d{2})(\\d{4})(\\d{4})","$1-$2 $3",["1"],"0$1"]],"0"],"MZ":["258","00","(?:2|8\\d)\\d{7}",[8,9],[["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["2|8[2-9]"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["8"]]]],"NA":["264","00","[68]\\d{7,8}",[8,9],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["88"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["6"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["87"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["8"],"0$1"]],"0"],"NC":["687","00","(?:050|[2-57-9]\\d\\d)\\d{3}",[6],[["(\\d{2})(\\d{2})(\\d{2})","$1.$2.$3",["[02-57-9]"]]]],"NE":["227","00","[027-9]\\d{7}",[8],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["08"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[089]|2[013]|7[0467]"]]]],"NF":["672","00","[13]\\d{5}",[6],[["(\\d{2})(\\d{4})","$1 $2",["1[0-3]"]],["(\\d)(\\d{5})","$1 $2",["[13]"]]],0,0,"([0-258]\\d{4})$","3$1"],"NG":["234","009","(?:20|9\\d)\\d{8}|[78]\\d{9,13}",[10,11,12,13,14],[["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["[7-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["20[129]"],"0$1"],["(\\d{4})(\\d{2})(\\d{4})","$1 $2 $3",["2"],"0$1"],["(\\d{3})(\\d{4})(\\d{4,5})","$1 $2 $3",["[78]"],"0$1"],["(\\d{3})(\\d{5})(\\d{5,6})","$1 $2 $3",["[78]"],"0$1"]],"0"],"NI":["505","00","(?:1800|[25-8]\\d{3})\\d{4}",[8],[["(\\d{4})(\\d{4})","$1 $2",["[125-8]"]]]],"NL":["31","00","(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}",[5,6,7,8,9,10,11],[["(\\d{3})(\\d{4,7})","$1 $2",["[89]0"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["66"],"0$1"],["(\\d)(\\d{8})","$1 $2",["6"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[1-578]|91"],"0$1"],["(\\d{3})(\\d{3})(\\d{5})","$1 $2 $3",["9"],"0$1"]],"0"],"NO":["47","00","(?:0|[2-9]\\d{3})\\d{4}",[5,8],[["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["8"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[2-79]"]]],0,0,0,0,0,"[02-689]|7[0-8]"],"NP":["977","00","(?:1\\d|9)\\d{9}|[1-9]\\d{7}",[8,10,11],[["(\\d)(\\d{7})","$1-$2",["1[2-6]"],"0$1"],["(\\d{2})(\\d{6})","$1-$2",["1[01]|[2-8]|9(?:[1-59]|[67][2-6])"],"0$1"],["(\\d{3})(\\d{7})","$1-$2",["9"]]],"0"],"NR":["674","00","(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[24-9]"]]]],"NU":["683","00","(?:[4-7]|888\\d)\\d{3}",[4,7],[["(\\d{3})(\\d{4})","$1 $2",["8"]]]],"NZ":["64","0(?:0|161)","[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}",[5,6,7,8,9,10],[["(\\d{2})(\\d{3,8})","$1 $2",["8[1-79]"],"0$1"],["(\\d{3})(\\d{2})(\\d{2,3})","$1 $2 $3",["50[036-8]|8|90","50(?:[0367]|88)|8|90"],"0$1"],["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["24|[346]|7[2-57-9]|9[2-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["2(?:10|74)|[589]"],"0$1"],["(\\d{2})(\\d{3,4})(\\d{4})","$1 $2 $3",["1|2[028]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,5})","$1 $2 $3",["2(?:[169]|7[0-35-9])|7"],"0$1"]],"0",0,0,0,0,0,0,"00"],"OM":["968","00","(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}",[7,8,9],[["(\\d{3})(\\d{4,6})","$1 $2",["[58]"]],["(\\d{2})(\\d{6})","$1 $2",["2"]],["(\\d{4})(\\d{4})","$1 $2",["[179]"]]]],"PA":["507","00","(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}",[7,8,10,11],[["(\\d{3})(\\d{4})","$1-$2",["[1-57-9]"]],["(\\d{4})(\\d{4})","$1-$2",["[68]"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["8"]]]],"PE":["51","00|19(?:1[124]|77|90)00","(?:[14-8]|9\\d)\\d{7}",[8,9],[["(\\d{3})(\\d{5})","$1 $2",["80"],"(0$1)"],["(\\d)(\\d{7})","$1 $2",["1"],"(0$1)"],["(\\d{2})(\\d{6})","$1 $2",["[4-8]"],"(0$1)"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["9"]]],"0",0,0,0,0,0,0,"00"," Anexo "],"PF":["689","00","4\\d{5}(?:\\d{2})?|8\\d{7,8}",[6,8,9],[["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["44"]],["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["4|8[7-9]"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"]]]],"PG":["675","00|140[1-3]","(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}",[7,8],[["(\\d{3})(\\d{4})","$1 $2",["18|[2-69]|85[02-46-9]"]],["(\\d{4})(\\d{4})","$1 $2",["[78]"]]],0,0,0,0,0,0,0,"00"],"PH":["63","00","(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}",[6,8,9,10,11,12,13],[["(\\d)(\\d{5})","$1 $2",["2"],"(0$1)"],["(\\d{4})(\\d{4,6})","$1 $2",["3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2","3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))"],"(0$1)"],["(\\d{5})(\\d{4})","$1 $2",["346|4(?:27|9[35])|883","3469|4(?:279|9(?:30|56))|8834"],"(0$1)"],["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["2"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[3-7]|8[2-8]"],"(0$1)"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["[89]"],"0$1"],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["1"]],["(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})","$1 $2 $3 $4",["1"]]],"0"],"PK":["92","00","122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}",[8,9,10,11,12],[["(\\d{3})(\\d{3})(\\d{2,7})","$1 $2 $3",["[89]0"],"0$1"],["(\\d{4})(\\d{5})","$1 $2",["1"]],["(\\d{3})(\\d{6,7})","$1 $2",["2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8])","9(?:2[3-8]|98)|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:22|3[27-9]|4[2-6]|6[3569]|9[25-7]))[2-9]"],"(0$1)"],["(\\d{2})(\\d{7,8})","$1 $2",["(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]"],"(0$1)"],["(\\d{5})(\\d{5})","$1 $2",["58"],"(0$1)"],["(\\d{3})(\\d{7})","$1 $2",["3"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91"],"(0$1)"],["(\\d{3})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["[24-9]"],"(0$1)"]],"0"],"PL":["48","00","(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}",[6,7,8,9,10],[["(\\d{5})","$1",["19"]],["(\\d{3})(\\d{3})","$1 $2",["11|20|64"]],["(\\d{2})(\\d{2})(\\d{3})","$1 $2 $3",["30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])1","30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])19"]],["(\\d{3})(\\d{2})(\\d{2,3})","$1 $2 $3",["64"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["21|39|45|5[0137]|6[0469]|7[02389]|8(?:0[14]|8)"]],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["1[2-8]|[2-7]|8[1-79]|9[145]"]],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["8"]]]],"PM":["508","00","[78]\\d{8}|[2-9]\\d{5}",[6,9],[["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["[2-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["7"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"],"0$1"]],"0"],"PR":["1","011","(?:[589]\\d\\d|787)\\d{7}",[10],0,"1",0,0,0,0,"787|939"],"PS":["970","00","[2489]2\\d{6}|(?:1\\d|5)\\d{8}",[8,9,10],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["[2489]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["5"],"0$1"],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1"]]],"0"],"PT":["351","00","1693\\d{5}|(?:[26-9]\\d|30)\\d{7}",[9],[["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["2[12]"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["16|[236-9]"]]]],"PW":["680","01[12]","(?:[24-8]\\d\\d|345|900)\\d{4}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[2-9]"]]]],"PY":["595","00","[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}",[6,7,8,9,10,11],[["(\\d{3})(\\d{3,6})","$1 $2",["[2-9]0"],"0$1"],["(\\d{2})(\\d{5})","$1 $2",["3[289]|4[246-8]|61|7[1-3]|8[1-36]"],"(0$1)"],["(\\d{3})(\\d{4,5})","$1 $2",["2[279]|3[13-5]|4[359]|5|6(?:[34]|7[1-46-8])|7[46-8]|85"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["2[14-68]|3[26-9]|4[1246-8]|6(?:1|75)|7[1-35]|8[1-36]"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["87"]],["(\\d{3})(\\d{6})","$1 $2",["9(?:[5-79]|8[1-8])"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[2-8]"],"0$1"],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["9"]]],"0"],"QA":["974","00","800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}",[7,8,9,11],[["(\\d{3})(\\d{4})","$1 $2",["2[136]|8"]],["(\\d{4})(\\d{4})","$1 $2",["[3-7]"]]]],"RE":["262","00","709\\d{6}|(?:26|[689]\\d)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[26-9]"],"0$1"]],"0",0,0,0,0,0,[["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}"],["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"],["80\\d{7}"],["89[1-37-9]\\d{6}"],0,0,0,0,["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}"],["8(?:1[019]|2[0156]|84|90)\\d{6}"]]],"RO":["40","00","(?:[2378]\\d|90)\\d{7}|[23]\\d{5}",[6,9],[["(\\d{3})(\\d{3})","$1 $2",["2[3-6]","2[3-6]\\d9"],"0$1"],["(\\d{2})(\\d{4})","$1 $2",["219|31"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[23]1"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[237-9]"],"0$1"]],"0",0,0,0,0,0,0,0," int "],"RS":["381","00","38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}",[6,7,8,9,10,11,12],[["(\\d{3})(\\d{3,9})","$1 $2",["(?:2[389]|39)0|[7-9]"],"0$1"],["(\\d{2})(\\d{5,10})","$1 $2",["[1-36]"],"0$1"]],"0"],"RU":["7","810","8\\d{13}|[347-9]\\d{9}",[10,14],[["(\\d{4})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["7(?:1[0-8]|2[1-9])","7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:1[23]|[2-9]2))","7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:13[03-69]|62[013-9]))|72[1-57-9]2"],"8 ($1)",1],["(\\d{5})(\\d)(\\d{2})(\\d{2})","$1 $2 $3 $4",["7(?:1[0-68]|2[1-9])","7(?:1(?:[06][3-6]|[18]|2[35]|[3-5][3-5])|2(?:[13][3-5]|[24-689]|7[457]))","7(?:1(?:0(?:[356]|4[023])|[18]|2(?:3[013-9]|5)|3[45]|43[013-79]|5(?:3[1-8]|4[1-7]|5)|6(?:3[0-35-9]|[4-6]))|2(?:1(?:3[178]|[45])|[24-689]|3[35]|7[457]))|7(?:14|23)4[0-8]|71(?:33|45)[1-79]"],"8 ($1)",1],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["7"],"8 ($1)",1],["(\\d{3})(\\d{3})(\\d{2})(\\d{2})","$1 $2-$3-$4",["[349]|8(?:[02-7]|1[1-8])"],"8 ($1)",1],["(\\d{4})(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3 $4",["8"],"8 ($1)"]],"8",0,0,0,0,"[3489]",0,"8~10"],"RW":["250","00","(?:06|[27]\\d\\d|[89]00)\\d{6}",[8,9],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["0"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["2"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[7-9]"],"0$1"]],"0"],"SA":["966","00","(?:[15]\\d|800|92)\\d{7}",[9,10],[["(\\d{4})(\\d{5})","$1 $2",["9"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["1"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["5"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["8"]]],"0"],"SB":["677","0[01]","[6-9]\\d{6}|[1-6]\\d{4}",[5,7],[["(\\d{2})(\\d{5})","$1 $2",["6[89]|7|8[4-9]|9(?:[0-8]|9[0-8])"]]]],"SC":["248","010|0[0-2]","(?:[2489]\\d|64)\\d{5}",[7],[["(\\d)(\\d{3})(\\d{3})","$1 $2 $3",["[246]|9[57]"]]],0,0,0,0,0,0,0,"00"],"SD":["249","00","[19]\\d{8}",[9],[["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[19]"],"0$1"]],"0"],"SE":["46","00","(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}",[6,7,8,9,10,12],[["(\\d{2})(\\d{2,3})(\\d{2})","$1-$2 $3",["20"],"0$1",0,"$1 $2 $3"],["(\\d{3})(\\d{4})","$1-$2",["9(?:00|39|44|9)"],"0$1",0,"$1 $2"],["(\\d{2})(\\d{3})(\\d{2})","$1-$2 $3",["[12][136]|3[356]|4[0246]|6[03]|90[1-9]"],"0$1",0,"$1 $2 $3"],["(\\d)(\\d{2,3})(\\d{2})(\\d{2})","$1-$2 $3 $4",["8"],"0$1",0,"$1 $2 $3 $4"],["(\\d{3})(\\d{2,3})(\\d{2})","$1-$2 $3",["1[2457]|2(?:[247-9]|5[0138])|3[0247-9]|4[1357-9]|5[0-35-9]|6(?:[125689]|4[02-57]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"],"0$1",0,"$1 $2 $3"],["(\\d{3})(\\d{2,3})(\\d{3})","$1-$2 $3",["9(?:00|39|44)"],"0$1",0,"$1 $2 $3"],["(\\d{2})(\\d{2,3})(\\d{2})(\\d{2})","$1-$2 $3 $4",["1[13689]|2[0136]|3[1356]|4[0246]|54|6[03]|90[1-9]"],"0$1",0,"$1 $2 $3 $4"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1-$2 $3 $4",["10|7"],"0$1",0,"$1 $2 $3 $4"],["(\\d)(\\d{3})(\\d{3})(\\d{2})","$1-$2 $3 $4",["8"],"0$1",0,"$1 $2 $3 $4"],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1-$2 $3 $4",["[13-5]|2(?:[247-9]|5[0138])|6(?:[124-689]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"],"0$1",0,"$1 $2 $3 $4"],["(\\d{3})(\\d{2})(\\d{2})(\\d{3})","$1-$2 $3 $4",["9"],"0$1",0,"$1 $2 $3 $4"],["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1-$2 $3 $4 $5",["[26]"],"0$1",0,"$1 $2 $3 $4 $5"]],"0"],"SG":["65","0[0-3]\\d","(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}",[8,10,11],[["(\\d{4})(\\d{4})","$1 $2",["[369]|8(?:0[1-9]|[1-9])"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["8"]],["(\\d{4})(\\d{4})(\\d{3})","$1 $2 $3",["7"]],["(\\d{4})(\\d{3})(\\d{4})","$1 $2 $3",["1"]]]],"SH":["290","00","(?:[2569]\\d|8)\\d{3}",[4,5],0,0,0,0,0,0,"[2569]"],"SI":["386","00|10(?:22|66|88|99)","[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}",[5,6,7,8],[["(\\d{2})(\\d{3,6})","$1 $2",["8[09]|9"],"0$1"],["(\\d{3})(\\d{5})","$1 $2",["59|8"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[37][01]|4[013]|51|6"],"0$1"],["(\\d)(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[1-57]"],"(0$1)"]],"0",0,0,0,0,0,0,"00"],"SJ":["47","00","0\\d{4}|(?:[489]\\d|79)\\d{6}",[5,8],0,0,0,0,0,0,"79"],"SK":["421","00","[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}",[6,7,9],[["(\\d)(\\d{2})(\\d{3,4})","$1 $2 $3",["21"],"0$1"],["(\\d{2})(\\d{2})(\\d{2,3})","$1 $2 $3",["[3-5][1-8]1","[3-5][1-8]1[67]"],"0$1"],["(\\d)(\\d{3})(\\d{3})(\\d{2})","$1 $2 $3 $4",["2"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[689]"],"0$1"],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[3-5]"],"0$1"]],"0"],"SL":["232","00","(?:[237-9]\\d|66)\\d{6}",[8],[["(\\d{2})(\\d{6})","$1 $2",["[236-9]"],"(0$1)"]],"0"],"SM":["378","00","(?:0549|[5-7]\\d)\\d{6}",[8,10],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[5-7]"]],["(\\d{4})(\\d{6})","$1 $2",["0"]]],0,0,"([89]\\d{5})$","0549$1"],"SN":["221","00","(?:[378]\\d|93)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"]],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[379]"]]]],"SO":["252","00","[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}",[6,7,8,9],[["(\\d{2})(\\d{4})","$1 $2",["8[125]"]],["(\\d{6})","$1",["[134]"]],["(\\d)(\\d{6})","$1 $2",["[15]|2[0-79]|3[0-46-8]|4[0-7]"]],["(\\d{2})(\\d{5,7})","$1 $2",["1|28|9[2-9]"]],["(\\d)(\\d{7})","$1 $2",["[267]|904"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[346-9]"]]],"0"],"SR":["597","00","(?:[2-5]|[6-9]\\d)\\d{5}",[6,7],[["(\\d{2})(\\d{2})(\\d{2})","$1-$2-$3",["56"]],["(\\d{3})(\\d{3})","$1-$2",["[2-5]"]],["(\\d{3})(\\d{4})","$1-$2",["[6-9]"]]]],"SS":["211","00","[19]\\d{8}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[19]"],"0$1"]],"0"],"ST":["239","00","(?:22|9\\d)\\d{5}",[7],[["(\\d{3})(\\d{4})","$1 $2",["[29]"]]]],"SV":["503","00","[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?",[7,8,11],[["(\\d{3})(\\d{4})","$1 $2",["[89]"]],["(\\d{4})(\\d{4})","$1 $2",["[25-7]"]],["(\\d{3})(\\d{4})(\\d{4})","$1 $2 $3",["[89]"]]]],"SX":["1","011","7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"(5\\d{6})$|1","721$1",0,"721"],"SY":["963","00","[1-359]\\d{8}|[1-5]\\d{7}",[8,9],[["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[1-4]|5[1-3]"],"0$1",1],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[59]"],"0$1",1]],"0"],"SZ":["268","00","0800\\d{4}|(?:[237]\\d|900)\\d{6}",[8,9],[["(\\d{4})(\\d{4})","$1 $2",["[0237]"]],["(\\d{5})(\\d{4})","$1 $2",["9"]]]],"TA":["290","00","8\\d{3}",[4],0,0,0,0,0,0,"8"],"TC":["1","011","(?:[58]\\d\\d|649|900)\\d{7}",[10],0,"1",0,"([2-479]\\d{6})$|1","649$1",0,"649"],"TD":["235","00|16","(?:22|[3689]\\d|77)\\d{6}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[236-9]"]]],0,0,0,0,0,0,0,"00"],"TG":["228","00","[279]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[279]"]]]],"TH":["66","00[1-9]","(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}",[8,9,10,13],[["(\\d)(\\d{3})(\\d{4})","$1 $2 $3",["2"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[13-9]"],"0$1"],["(\\d{4})(\\d{3})(\\d{3})","$1 $2 $3",["1"]]],"0"],"TJ":["992","810","(?:[0-57-9]\\d|66)\\d{7}",[9],[["(\\d{6})(\\d)(\\d{2})","$1 $2 $3",["331","3317"]],["(\\d{3})(\\d{2})(\\d{4})","$1 $2 $3",["44[02-479]|[34]7"]],["(\\d{4})(\\d)(\\d{4})","$1 $2 $3",["3(?:[1245]|3[12])"]],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["\\d"]]],0,0,0,0,0,0,0,"8~10"],"TK":["690","00","[2-47]\\d{3,6}",[4,5,6,7]],"TL":["670","00","7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}",[7,8],[["(\\d{3})(\\d{4})","$1 $2",["[2-489]|70"]],["(\\d{4})(\\d{4})","$1 $2",["7"]]]],"TM":["993","810","[1-7]\\d{7}",[8],[["(\\d{2})(\\d{2})(\\d{2})(\\d{2})","$1 $2-$3-$4",["12"],"(8 $1)"],["(\\d{3})(\\d)(\\d{2})(\\d{2})","$1 $2-$3-$4",["[1-5]"],"(8 $1)"],["(\\d{2})(\\d{6})","$1 $2",["[67]"],"8 $1"]],"8",0,0,0,0,0,0,"8~10"],"TN":["216","00","[2-57-9]\\d{7}",[8],[["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[2-57-9]"]]]],"TO":["676","00","(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}",[5,7],[["(\\d{2})(\\d{3})","$1-$2",["[2-4]|50|6[09]|7[0-24-69]|8[05]"]],["(\\d{4})(\\d{3})","$1 $2",["0"]],["(\\d{3})(\\d{4})","$1 $2",["[5-9]"]]]],"TR":["90","00","4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}",[7,10,12,13],[["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["512|8[01589]|90"],"0$1",1],["(\\d{3})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["5"],"0$1",1],["(\\d{3})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[24][1-8]|3[1-9]"],"(0$1)",1],["(\\d{3})(\\d{3})(\\d{6,7})","$1 $2 $3",["80"],"0$1",1]],"0"],"TT":["1","011","(?:[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-46-8]\\d{6})$|1","868$1",0,"868"],"TV":["688","00","(?:2|7\\d\\d|90)\\d{4}",[5,6,7],[["(\\d{2})(\\d{3})","$1 $2",["2"]],["(\\d{2})(\\d{4})","$1 $2",["90"]],["(\\d{2})(\\d{5})","$1 $2",["7"]]]],"TW":["886","0(?:0[25-79]|19)","[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}",[7,8,9,10,11],[["(\\d{2})(\\d)(\\d{4})","$1 $2 $3",["202"],"0$1"],["(\\d{3})(\\d{5})","$1 $2",["826"],"0$1"],["(\\d{3})(\\d{2})(\\d{3})","$1 $2 $3",["83"],"0$1"],["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["82"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["[25]0|37|49|8[09]"],"0$1"],["(\\d)(\\d{3,4})(\\d{4})","$1 $2 $3",["[23568]|4(?:0[02-48]|[1-478])|7[1-9]","[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[49]"],"0$1"],["(\\d{2})(\\d{4})(\\d{4,5})","$1 $2 $3",["7"],"0$1"]],"0",0,0,0,0,0,0,0,"#"],"TZ":["255","00[056]","(?:[25-8]\\d|41|90)\\d{7}",[9],[["(\\d{3})(\\d{2})(\\d{4})","$1 $2 $3",["[89]"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[24]"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["5"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[67]"],"0$1"]],"0"],"UA":["380","00","[89]\\d{9}|[3-9]\\d{8}",[9,10],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["6[12][29]|(?:3[1-8]|4[136-8]|5[12457]|6[49])2|(?:56|65)[24]","6[12][29]|(?:35|4[1378]|5[12457]|6[49])2|(?:56|65)[24]|(?:3[1-46-8]|46)2[013-9]"],"0$1"],["(\\d{4})(\\d{5})","$1 $2",["3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6[0135689]|7[4-6])|6(?:[12][3-7]|[459])","3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6(?:[015689]|3[02389])|7[4-6])|6(?:[12][3-7]|[459])"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[3-7]|89|9[1-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["[89]"],"0$1"]],"0",0,0,0,0,0,0,"0~0"],"UG":["256","00[057]","800\\d{6}|(?:[29]0|[347]\\d)\\d{7}",[9],[["(\\d{4})(\\d{5})","$1 $2",["202","2024","20240"],"0$1"],["(\\d{3})(\\d{6})","$1 $2",["20[0-35-7]|4(?:6[45]|[7-9])|[7-9]","20(?:[0135-7]|2[5-9])|4(?:6[45]|[7-9])|[7-9]"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["[2-4]"],"0$1"]],"0"],"US":["1","011","[2-9]\\d{9}|3\\d{6}",[10],[["(\\d{3})(\\d{4})","$1-$2",["310"],0,1],["(\\d{3})(\\d{3})(\\d{4})","($1) $2-$3",["[2-9]"],0,1,"$1-$2-$3"]],"1",0,0,0,0,0,[["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}"],[""],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"],["900[2-9]\\d{6}"],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]],"UY":["598","0(?:0|1[3-9]\\d)","0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}",[4,5,6,7,8,9,10,11,12,13],[["(\\d{4,5})","$1",["21"]],["(\\d{3})(\\d{3,4})","$1 $2",["0"]],["(\\d{3})(\\d{4})","$1 $2",["[49]0|8"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["9"],"0$1"],["(\\d{4})(\\d{4})","$1 $2",["[124]"]],["(\\d{3})(\\d{3})(\\d{2,4})","$1 $2 $3",["0"]],["(\\d{3})(\\d{3})(\\d{3})(\\d{2,4})","$1 $2 $3 $4",["0"]]],"0",0,0,0,0,0,0,"00"," int. "],"UZ":["998","00","(?:20|33|[5-9]\\d)\\d{7}",[9],[["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["[235-9]"]]]],"VA":["39","00","0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}",[6,7,8,9,10,11,12],0,0,0,0,0,0,"06698"],"VC":["1","011","(?:[58]\\d\\d|784|900)\\d{7}",[10],0,"1",0,"([2-7]\\d{6})$|1","784$1",0,"784"],"VE":["58","00","[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}",[10],[["(\\d{3})(\\d{7})","$1-$2",["[24-689]"],"0$1"]],"0"],"VG":["1","011","(?:284|[58]\\d\\d|900)\\d{7}",[10],0,"1",0,"([2-578]\\d{6})$|1","284$1",0,"284"],"VI":["1","011","[58]\\d{9}|(?:34|90)0\\d{7}",[10],0,"1",0,"([2-9]\\d{6})$|1","340$1",0,"340"],"VN":["84","00","[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}",[7,8,9,10],[["(\\d{4})(\\d{4,6})","$1 $2",["1(?:2[02]|[89])"],0,1],["(\\d{2})(\\d{3})(\\d{2})(\\d{2})","$1 $2 $3 $4",["1[26]|6"],"0$1",1],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[1357-9]"],"0$1",1],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["2[48]"],"0$1",1],["(\\d{3})(\\d{4})(\\d{3})","$1 $2 $3",["2"],"0$1",1]],"0"],"VU":["678","00","[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}",[5,7],[["(\\d{3})(\\d{4})","$1 $2",["[57-9]"]]]],"WF":["681","00","(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}",[6,9],[["(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3",["[47-9]"]],["(\\d{3})(\\d{2})(\\d{2})(\\d{2})","$1 $2 $3 $4",["8"]]]],"WS":["685","0","(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}",[5,6,7,10],[["(\\d{5})","$1",["[2-5]|6[1-9]"]],["(\\d{3})(\\d{3,7})","$1 $2",["[68]"]],["(\\d{2})(\\d{5})","$1 $2",["7"]]]],"XK":["383","00","2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}",[8,9,10,11,12],[["(\\d{3})(\\d{5})","$1 $2",["[89]"],"0$1"],["(\\d{2})(\\d{3})(\\d{3})","$1 $2 $3",["[2-4]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["2|39"],"0$1"],["(\\d{2})(\\d{7,10})","$1 $2",["3"],"0$1"]],"0"],"YE":["967","00","(?:1|7\\d)\\d{7}|[1-7]\\d{6}",[7,8,9],[["(\\d)(\\d{3})(\\d{3,4})","$1 $2 $3",["[1-6]|7(?:[24-6]|8[0-7])"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["7"],"0$1"]],"0"],"YT":["262","00","(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}",[9],0,"0",0,0,0,0,0,[["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}"],["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"],["80\\d{7}"],0,0,0,0,0,["9(?:(?:39|47)8[01]|769\\d)\\d{4}"]]],"ZA":["27","00","[1-79]\\d{8}|8\\d{4,9}",[5,6,7,8,9,10],[["(\\d{2})(\\d{3,4})","$1 $2",["8[1-4]"],"0$1"],["(\\d{2})(\\d{3})(\\d{2,3})","$1 $2 $3",["8[1-4]"],"0$1"],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["860"],"0$1"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["[1-9]"],"0$1"],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["8"],"0$1"]],"0"],"ZM":["260","00","800\\d{6}|(?:21|[579]\\d|63)\\d{7}",[9],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[28]"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["[579]"],"0$1"]],"0"],"ZW":["263","00","8\\d{6}(?:\\d{3})?|[235-8]\\d{8}",[7,9,10],[["(\\d{3})(\\d{4})","$1 $2",["80"],"0$1"],["(\\d{2})(\\d{3})(\\d{3,4})","$1 $2 $3",["29[013-9]"],"0$1"],["(\\d{2})(\\d{7})","$1 $2",["[256]|39|8[13-59]"],"(0$1)"],["(\\d{2})(\\d{3})(\\d{4})","$1 $2 $3",["7"],"0$1"],["(\\d{3})(\\d{3})(\\d{3,4})","$1 $2 $3",["3"],"0$1"],["(\\d{4})(\\d{6})","$1 $2",["8"],"0$1"]],"0"]},"nonGeographic":{"800":["800",0,"(?:00|[1-9]\\d)\\d{6}",[8],[["(\\d{4})(\\d{4})","$1 $2",["\\d"]]],0,0,0,0,0,0,[0,0,["(?:00|[1-9]\\d)\\d{6}"]]],"808":["808",0,"[1-9]\\d{7}",[8],[["(\\d{4})(\\d{4})","$1 $2",["[1-9]"]]],0,0,0,0,0,0,[0,0,0,0,0,0,0,0,0,["[1-9]\\d{7}"]]],"870":["870",0,"7\\d{11}|[235-7]\\d{8}",[9,12],[["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["[235-7]"]]],0,0,0,0,0,0,[0,["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"],0,0,0,0,0,0,["2\\d{8}",[9]]]],"878":["878",0,"10\\d{10}",[12],[["(\\d{2})(\\d{5})(\\d{5})","$1 $2 $3",["1"]]],0,0,0,0,0,0,[0,0,0,0,0,0,0,0,["10\\d{10}"]]],"881":["881",0,"6\\d{9}|[0-36-9]\\d{8}",[9,10],[["(\\d)(\\d{3})(\\d{5})","$1 $2 $3",["[0-37-9]"]],["(\\d)(\\d{3})(\\d{5,6})","$1 $2 $3",["6"]]],0,0,0,0,0,0,[0,["6\\d{9}|[0-36-9]\\d{8}"]]],"882":["882",0,"[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?",[7,8,9,10,11,12],[["(\\d{2})(\\d{5})","$1 $2",["16|342"]],["(\\d{2})(\\d{6})","$1 $2",["49"]],["(\\d{2})(\\d{2})(\\d{4})","$1 $2 $3",["1[36]|9"]],["(\\d{2})(\\d{4})(\\d{3})","$1 $2 $3",["3[23]"]],["(\\d{2})(\\d{3,4})(\\d{4})","$1 $2 $3",["16"]],["(\\d{2})(\\d{4})(\\d{4})","$1 $2 $3",["10|23|3(?:[15]|4[57])|4|5[12]"]],["(\\d{3})(\\d{4})(\\d{4})","$1 $2 $3",["34"]],["(\\d{2})(\\d{4,5})(\\d{5})","$1 $2 $3",["[1-35]"]]],0,0,0,0,0,0,[0,["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}",[7,8,9,10,12]],0,0,0,["348[57]\\d{7}",[11]],0,0,["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}"]]],"883":["883",0,"(?:[1-4]\\d|51)\\d{6,10}",[8,9,10,11,12],[["(\\d{3})(\\d{3})(\\d{2,8})","$1 $2 $3",["[14]|2[24-689]|3[02-689]|51[24-9]"]],["(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3",["510"]],["(\\d{3})(\\d{3})(\\d{4})","$1 $2 $3",["21"]],["(\\d{4})(\\d{4})(\\d{4})","$1 $2 $3",["51[13]"]],["(\\d{3})(\\d{3})(\\d{3})(\\d{3})","$1 $2 $3 $4",["[235]"]]],0,0,0,0,0,0,[0,0,0,0,0,0,0,0,["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}"]]],"888":["888",0,"\\d{11}",[11],[["(\\d{3})(\\d{3})(\\d{5})","$1 $2 $3"]],0,0,0,0,0,0,[0,0,0,0,0,0,["\\d{11}"]]],"979":["979",0,"[1359]\\d{8}",[9],[["(\\d)(\\d{4})(\\d{4})","$1 $2 $3",["[1359]"]]],0,0,0,0,0,0,[0,0,0,["[1359]\\d{8}"]]]}});
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/min/exports/withMetadataArgument.js
// Importing from a ".js" file is a workaround for Node.js "ES Modules"
// importing system which is even uncapable of importing "*.json" files.


function withMetadataArgument(func, _arguments) {
	var args = Array.prototype.slice.call(_arguments)
	args.push(metadata_min_json)
	return func.apply(this, args)
}
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject_isObject(object) {
  return object !== undefined && object !== null && object.constructor === objectConstructor;
}
//# sourceMappingURL=isObject.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/normalizeArguments.js
function _typeof(o) { "@babel/helpers - typeof"; return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, _typeof(o); }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == _typeof(i) ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != _typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != _typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
function _slicedToArray(r, e) { return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray(r, e) || _nonIterableRest(); }
function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function _unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return _arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0; } }
function _arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }
function _iterableToArrayLimit(r, l) { var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (null != t) { var e, n, i, u, a = [], f = !0, o = !1; try { if (i = (t = t.call(r)).next, 0 === l) { if (Object(t) !== t) return; f = !1; } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0); } catch (r) { o = !0, n = r; } finally { try { if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return; } finally { if (o) throw n; } } return a; } }
function _arrayWithHoles(r) { if (Array.isArray(r)) return r; }


// Extracts the following properties from function arguments:
// * input `text`
// * `options` object
// * `metadata` JSON
function normalizeArguments(args) {
  var _Array$prototype$slic = Array.prototype.slice.call(args),
    _Array$prototype$slic2 = _slicedToArray(_Array$prototype$slic, 4),
    arg_1 = _Array$prototype$slic2[0],
    arg_2 = _Array$prototype$slic2[1],
    arg_3 = _Array$prototype$slic2[2],
    arg_4 = _Array$prototype$slic2[3];
  var text;
  var options;
  var metadata;

  // If the phone number is passed as a string.
  // `parsePhoneNumber('88005553535', ...)`.
  if (typeof arg_1 === 'string') {
    text = arg_1;
  } else throw new TypeError('A text for parsing must be a string.');

  // If "default country" argument is being passed then move it to `options`.
  // `parsePhoneNumber('88005553535', 'RU', [options], metadata)`.
  if (!arg_2 || typeof arg_2 === 'string') {
    if (arg_4) {
      options = arg_3;
      metadata = arg_4;
    } else {
      options = undefined;
      metadata = arg_3;
    }
    if (arg_2) {
      options = _objectSpread({
        defaultCountry: arg_2
      }, options);
    }
  }
  // `defaultCountry` is not passed.
  // Example: `parsePhoneNumber('+78005553535', [options], metadata)`.
  else if (isObject_isObject(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata = arg_3;
    } else {
      metadata = arg_2;
    }
  } else throw new Error("Invalid second argument: ".concat(arg_2));
  return {
    text: text,
    options: options,
    metadata: metadata
  };
}
//# sourceMappingURL=normalizeArguments.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/constants.js
// The minimum length of the national significant number.
var MIN_LENGTH_FOR_NSN = 2;

// The ITU says the maximum length should be 15,
// but one can find longer numbers in Germany.
var MAX_LENGTH_FOR_NSN = 17;

// The maximum length of the country calling code.
var MAX_LENGTH_COUNTRY_CODE = 3;

// Digits accepted in phone numbers
// (ascii, fullwidth, arabic-indic, and eastern arabic digits).
var VALID_DIGITS = "0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9";

// `DASHES` will be right after the opening square bracket of the "character class"
var DASHES = "-\u2010-\u2015\u2212\u30FC\uFF0D";
var SLASHES = "\uFF0F/";
var DOTS = "\uFF0E.";
var WHITESPACE = " \xA0\xAD\u200B\u2060\u3000";
var BRACKETS = "()\uFF08\uFF09\uFF3B\uFF3D\\[\\]";
// export const OPENING_BRACKETS = '(\uFF08\uFF3B\\\['
var TILDES = "~\u2053\u223C\uFF5E";

// Regular expression of acceptable punctuation found in phone numbers. This
// excludes punctuation found as a leading character only. This consists of dash
// characters, white space characters, full stops, slashes, square brackets,
// parentheses and tildes. Full-width variants are also present.
var VALID_PUNCTUATION = "".concat(DASHES).concat(SLASHES).concat(DOTS).concat(WHITESPACE).concat(BRACKETS).concat(TILDES);
var PLUS_CHARS = "+\uFF0B";
// const LEADING_PLUS_CHARS_PATTERN = new RegExp('^[' + PLUS_CHARS + ']+')
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/ParseError.js
function ParseError_typeof(o) { "@babel/helpers - typeof"; return ParseError_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, ParseError_typeof(o); }
function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, ParseError_toPropertyKey(o.key), o); } }
function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function ParseError_toPropertyKey(t) { var i = ParseError_toPrimitive(t, "string"); return "symbol" == ParseError_typeof(i) ? i : i + ""; }
function ParseError_toPrimitive(t, r) { if ("object" != ParseError_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != ParseError_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _callSuper(t, o, e) { return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e)); }
function _possibleConstructorReturn(t, e) { if (e && ("object" == ParseError_typeof(e) || "function" == typeof e)) return e; if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined"); return _assertThisInitialized(t); }
function _assertThisInitialized(e) { if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called"); return e; }
function _inherits(t, e) { if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function"); t.prototype = Object.create(e && e.prototype, { constructor: { value: t, writable: !0, configurable: !0 } }), Object.defineProperty(t, "prototype", { writable: !1 }), e && _setPrototypeOf(t, e); }
function _wrapNativeSuper(t) { var r = "function" == typeof Map ? new Map() : void 0; return _wrapNativeSuper = function _wrapNativeSuper(t) { if (null === t || !_isNativeFunction(t)) return t; if ("function" != typeof t) throw new TypeError("Super expression must either be null or a function"); if (void 0 !== r) { if (r.has(t)) return r.get(t); r.set(t, Wrapper); } function Wrapper() { return _construct(t, arguments, _getPrototypeOf(this).constructor); } return Wrapper.prototype = Object.create(t.prototype, { constructor: { value: Wrapper, enumerable: !1, writable: !0, configurable: !0 } }), _setPrototypeOf(Wrapper, t); }, _wrapNativeSuper(t); }
function _construct(t, e, r) { if (_isNativeReflectConstruct()) return Reflect.construct.apply(null, arguments); var o = [null]; o.push.apply(o, e); var p = new (t.bind.apply(t, o))(); return r && _setPrototypeOf(p, r.prototype), p; }
function _isNativeReflectConstruct() { try { var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function () {})); } catch (t) {} return (_isNativeReflectConstruct = function _isNativeReflectConstruct() { return !!t; })(); }
function _isNativeFunction(t) { try { return -1 !== Function.toString.call(t).indexOf("[native code]"); } catch (n) { return "function" == typeof t; } }
function _setPrototypeOf(t, e) { return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function (t, e) { return t.__proto__ = e, t; }, _setPrototypeOf(t, e); }
function _getPrototypeOf(t) { return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function (t) { return t.__proto__ || Object.getPrototypeOf(t); }, _getPrototypeOf(t); }
// https://stackoverflow.com/a/46971044/970769
// "Breaking changes in Typescript 2.1"
// "Extending built-ins like Error, Array, and Map may no longer work."
// "As a recommendation, you can manually adjust the prototype immediately after any super(...) calls."
// https://github.com/Microsoft/TypeScript-wiki/blob/main/Breaking-Changes.md#extending-built-ins-like-error-array-and-map-may-no-longer-work
var ParseError = /*#__PURE__*/function (_Error) {
  function ParseError(code) {
    var _this;
    _classCallCheck(this, ParseError);
    _this = _callSuper(this, ParseError, [code]);
    // Set the prototype explicitly.
    // Any subclass of FooError will have to manually set the prototype as well.
    Object.setPrototypeOf(_this, ParseError.prototype);
    _this.name = _this.constructor.name;
    return _this;
  }
  _inherits(ParseError, _Error);
  return _createClass(ParseError);
}(/*#__PURE__*/_wrapNativeSuper(Error));

//# sourceMappingURL=ParseError.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/tools/semver-compare.js
// Copy-pasted from:
// https://github.com/substack/semver-compare/blob/master/index.js
//
// Inlining this function because some users reported issues with
// importing from `semver-compare` in a browser with ES6 "native" modules.
//
// Fixes `semver-compare` not being able to compare versions with alpha/beta/etc "tags".
// https://github.com/catamphetamine/libphonenumber-js/issues/381
/* harmony default export */ function semver_compare(a, b) {
  a = a.split('-');
  b = b.split('-');
  var pa = a[0].split('.');
  var pb = b[0].split('.');
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb = Number(pb[i]);
    if (na > nb) return 1;
    if (nb > na) return -1;
    if (!isNaN(na) && isNaN(nb)) return 1;
    if (isNaN(na) && !isNaN(nb)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}
//# sourceMappingURL=semver-compare.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
  return CALLING_CODE_REG_EXP.test(string);
}
//# sourceMappingURL=isCallingCode.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/metadata.js
function _readOnlyError(r) { throw new TypeError('"' + r + '" is read-only'); }
function metadata_typeof(o) { "@babel/helpers - typeof"; return metadata_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, metadata_typeof(o); }
function metadata_classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function metadata_defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, metadata_toPropertyKey(o.key), o); } }
function metadata_createClass(e, r, t) { return r && metadata_defineProperties(e.prototype, r), t && metadata_defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function metadata_toPropertyKey(t) { var i = metadata_toPrimitive(t, "string"); return "symbol" == metadata_typeof(i) ? i : i + ""; }
function metadata_toPrimitive(t, r) { if ("object" != metadata_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != metadata_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }




// Added "possibleLengths" and renamed
// "country_phone_code_to_countries" to "country_calling_codes".
var V2 = '1.0.18';

// Added "idd_prefix" and "default_idd_prefix".
var V3 = '1.2.0';

// Moved `001` country code to "nonGeographic" section of metadata.
var V4 = '1.7.35';
var DEFAULT_EXT_PREFIX = ' ext. ';

/**
 * See: https://gitlab.com/catamphetamine/libphonenumber-js/blob/master/METADATA.md
 */
var Metadata = /*#__PURE__*/function () {
  /**
   * @param {object} metadata — Metadata JSON.
   */
  function Metadata(metadata) {
    metadata_classCallCheck(this, Metadata);
    validateMetadata(metadata);
    this.metadata = metadata;
    setVersion.call(this, metadata);
  }
  return metadata_createClass(Metadata, [{
    key: "getCountries",
    value: function getCountries() {
      return Object.keys(this.metadata.countries).filter(function (_) {
        return _ !== '001';
      });
    }
  }, {
    key: "getCountryMetadata",
    value: function getCountryMetadata(countryCode) {
      return this.metadata.countries[countryCode];
    }
  }, {
    key: "nonGeographic",
    value: function nonGeographic() {
      if (this.v1 || this.v2 || this.v3) return;
      // `nonGeographical` was a typo.
      // It's present in metadata generated from `1.7.35` to `1.7.37`.
      // The test case could be found by searching for "nonGeographical".
      return this.metadata.nonGeographic || this.metadata.nonGeographical;
    }
  }, {
    key: "hasCountry",
    value: function hasCountry(country) {
      return this.getCountryMetadata(country) !== undefined;
    }
  }, {
    key: "hasCallingCode",
    value: function hasCallingCode(callingCode) {
      if (this.getCountryCodesForCallingCode(callingCode)) {
        return true;
      }
      if (this.nonGeographic()) {
        if (this.nonGeographic()[callingCode]) {
          return true;
        }
      } else {
        // A hacky workaround for old custom metadata (generated before V4).
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === '001') {
          return true;
        }
      }
    }
  }, {
    key: "isNonGeographicCallingCode",
    value: function isNonGeographicCallingCode(callingCode) {
      if (this.nonGeographic()) {
        return this.nonGeographic()[callingCode] ? true : false;
      } else {
        return this.getCountryCodesForCallingCode(callingCode) ? false : true;
      }
    }

    // Deprecated.
  }, {
    key: "country",
    value: function country(countryCode) {
      return this.selectNumberingPlan(countryCode);
    }

    /**
     * Selects a telephone numbering plan based on either a country code or a calling code.
     * @param {string} argument — Country code or calling code.
     * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
     */
  }, {
    key: "selectNumberingPlan",
    value: function selectNumberingPlan(argument, legacyArgumentCallingCode) {
      var countryCode;
      var callingCode;
      if (argument) {
        if (isCallingCode(argument)) {
          callingCode = argument;
        } else {
          countryCode = argument;
        }
      }
      // Previously, the signature of this method was: `.selectNumberingPlan(country, callingCode)`.
      // And if `country` argument wasn't passed, it looked into the second argument `callingCode`.
      // Now it's preferred to only pass either `country` or `callingCode` as the first argument.
      if (legacyArgumentCallingCode) {
        callingCode = legacyArgumentCallingCode;
      }

      // Select a telephone numbering plan.
      if (countryCode && countryCode !== '001') {
        var countryMetadata = this.getCountryMetadata(countryCode);
        if (!countryMetadata) {
          throw new Error("Unknown country: ".concat(countryCode));
        }
        this.numberingPlan = new NumberingPlan(countryMetadata, this);
      } else if (callingCode) {
        if (!this.hasCallingCode(callingCode)) {
          throw new Error("Unknown calling code: ".concat(callingCode));
        }
        this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
      } else {
        this.numberingPlan = undefined;
      }
      return this;
    }
  }, {
    key: "getCountryCodesForCallingCode",
    value: function getCountryCodesForCallingCode(callingCode) {
      var countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes) {
        // Metadata before V4 included "non-geographic entity" calling codes
        // inside `country_calling_codes` (for example, `"881":["001"]`).
        // Now the semantics of `country_calling_codes` has changed:
        // it's specifically for "countries" now.
        // Older versions of custom metadata will simply skip parsing
        // "non-geographic entity" phone numbers with new versions
        // of this library: it's not considered a bug,
        // because such numbers are extremely rare,
        // and developers extremely rarely use custom metadata.
        if (countryCodes.length === 1 && countryCodes[0].length === 3) {
          return;
        }
        return countryCodes;
      }
    }
  }, {
    key: "getCountryCodeForCallingCode",
    value: function getCountryCodeForCallingCode(callingCode) {
      var countryCodes = this.getCountryCodesForCallingCode(callingCode);
      if (countryCodes) {
        return countryCodes[0];
      }
    }
  }, {
    key: "getNumberingPlanMetadata",
    value: function getNumberingPlanMetadata(callingCode) {
      // If a calling code is specified, choose the telephone numbering plan
      // of the "default" country for this calling code.
      // For example, if calling code `1` is passed,
      // the telephone numbering plan of `US` will be selected.
      var countryCode = this.getCountryCodeForCallingCode(callingCode);
      if (countryCode) {
        return this.getCountryMetadata(countryCode);
      }
      if (this.nonGeographic()) {
        var metadata = this.nonGeographic()[callingCode];
        if (metadata) {
          return metadata;
        }
      } else {
        // A hacky workaround for old custom metadata (generated before V4).
        // In that metadata, there was no concept of "non-geographic" metadata
        // so metadata for `001` country code was stored along with other countries.
        // The test case can be found by searching for:
        // "should work around `nonGeographic` metadata not existing".
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === '001') {
          return this.metadata.countries['001'];
        }
      }
    }

    // Deprecated.
  }, {
    key: "countryCallingCode",
    value: function countryCallingCode() {
      return this.numberingPlan.callingCode();
    }

    // Deprecated.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      return this.numberingPlan.IDDPrefix();
    }

    // Deprecated.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      return this.numberingPlan.defaultIDDPrefix();
    }

    // Deprecated.
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      return this.numberingPlan.nationalNumberPattern();
    }

    // Deprecated.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      return this.numberingPlan.possibleLengths();
    }

    // Deprecated.
  }, {
    key: "formats",
    value: function formats() {
      return this.numberingPlan.formats();
    }

    // Deprecated.
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      return this.numberingPlan.nationalPrefixForParsing();
    }

    // Deprecated.
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.numberingPlan.nationalPrefixTransformRule();
    }

    // Deprecated.
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.numberingPlan.leadingDigits();
    }

    // Deprecated.
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      return this.numberingPlan.hasTypes();
    }

    // Deprecated.
  }, {
    key: "type",
    value: function type(_type) {
      return this.numberingPlan.type(_type);
    }

    // Deprecated.
  }, {
    key: "ext",
    value: function ext() {
      return this.numberingPlan.ext();
    }
  }, {
    key: "countryCallingCodes",
    value: function countryCallingCodes() {
      if (this.v1) return this.metadata.country_phone_code_to_countries;
      return this.metadata.country_calling_codes;
    }

    // Deprecated.
  }, {
    key: "chooseCountryByCountryCallingCode",
    value: function chooseCountryByCountryCallingCode(callingCode) {
      return this.selectNumberingPlan(callingCode);
    }
  }, {
    key: "hasSelectedNumberingPlan",
    value: function hasSelectedNumberingPlan() {
      return this.numberingPlan !== undefined;
    }
  }]);
}();

var NumberingPlan = /*#__PURE__*/function () {
  function NumberingPlan(metadata, globalMetadataObject) {
    metadata_classCallCheck(this, NumberingPlan);
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  return metadata_createClass(NumberingPlan, [{
    key: "callingCode",
    value: function callingCode() {
      return this.metadata[0];
    }

    // When multiple countries share the same calling code,
    // all phone number formatting rules are included in the metadata
    // of the "default" country for that calling code.
    // Any other countries' metdata doesn't include any formatting rules.
    // Google developers said that such storage architecture was chosen for performance reasons.
    //
    // For example, for NANPA region ("North American Numbering Plan Administration",
    // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
    // are contained in the metadata of `US` country.
    //
    // This is not public API.
    //
  }, {
    key: "_getDefaultCountryMetadataForThisCallingCode",
    value: function _getDefaultCountryMetadataForThisCallingCode() {
      return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
    }

    // Deprecated.
  }, {
    key: "getDefaultCountryMetadataForRegion",
    value: function getDefaultCountryMetadataForRegion() {
      return this._getDefaultCountryMetadataForThisCallingCode();
    }

    // Is always present.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[1];
    }

    // Is only present when a country supports multiple IDD prefixes.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[12];
    }
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      if (this.v1 || this.v2) return this.metadata[1];
      return this.metadata[2];
    }

    // "possible length" data is always present in Google's metadata.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.v1) return;
      return this.metadata[this.v2 ? 2 : 3];
    }
  }, {
    key: "_getFormats",
    value: function _getFormats(metadata) {
      return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
    }

    // For countries of the same region (e.g. NANPA)
    // formats are all stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "formats",
    value: function formats() {
      var _this = this;
      var formats = this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || [];
      return formats.map(function (_) {
        return new Format(_, _this);
      });
    }
  }, {
    key: "nationalPrefix",
    value: function nationalPrefix() {
      return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
    }
  }, {
    key: "_getNationalPrefixFormattingRule",
    value: function _getNationalPrefixFormattingRule(metadata) {
      return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
    }

    // For countries of the same region (e.g. NANPA)
    // national prefix formatting rule is stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "_nationalPrefixForParsing",
    value: function _nationalPrefixForParsing() {
      return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
    }
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      // If `national_prefix_for_parsing` is not set explicitly,
      // then infer it from `national_prefix` (if any)
      return this._nationalPrefixForParsing() || this.nationalPrefix();
    }
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
    }
  }, {
    key: "_getNationalPrefixIsOptionalWhenFormatting",
    value: function _getNationalPrefixIsOptionalWhenFormatting() {
      return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
    }

    // For countries of the same region (e.g. NANPA)
    // "national prefix is optional when formatting" flag is
    // stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
    }
  }, {
    key: "types",
    value: function types() {
      return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
    }
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      // Versions 1.2.0 - 1.2.4: can be `[]`.
      /* istanbul ignore next */
      if (this.types() && this.types().length === 0) {
        return false;
      }
      // Versions <= 1.2.4: can be `undefined`.
      // Version >= 1.2.5: can be `0`.
      return !!this.types();
    }
  }, {
    key: "type",
    value: function type(_type2) {
      if (this.hasTypes() && getType(this.types(), _type2)) {
        return new Type(getType(this.types(), _type2), this);
      }
    }
  }, {
    key: "ext",
    value: function ext() {
      if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
      return this.metadata[13] || DEFAULT_EXT_PREFIX;
    }
  }]);
}();
var Format = /*#__PURE__*/function () {
  function Format(format, metadata) {
    metadata_classCallCheck(this, Format);
    this._format = format;
    this.metadata = metadata;
  }
  return metadata_createClass(Format, [{
    key: "pattern",
    value: function pattern() {
      return this._format[0];
    }
  }, {
    key: "format",
    value: function format() {
      return this._format[1];
    }
  }, {
    key: "leadingDigitsPatterns",
    value: function leadingDigitsPatterns() {
      return this._format[2] || [];
    }
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._format[3] || this.metadata.nationalPrefixFormattingRule();
    }
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }
  }, {
    key: "nationalPrefixIsMandatoryWhenFormattingInNationalFormat",
    value: function nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
      // National prefix is omitted if there's no national prefix formatting rule
      // set for this country, or when the national prefix formatting rule
      // contains no national prefix itself, or when this rule is set but
      // national prefix is optional for this phone number format
      // (and it is not enforced explicitly)
      return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }

    // Checks whether national prefix formatting rule contains national prefix.
  }, {
    key: "usesNationalPrefix",
    value: function usesNationalPrefix() {
      return this.nationalPrefixFormattingRule() &&
      // Check that national prefix formatting rule is not a "dummy" one.
      !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule())
      // In compressed metadata, `this.nationalPrefixFormattingRule()` is `0`
      // when `national_prefix_formatting_rule` is not present.
      // So, `true` or `false` are returned explicitly here, so that
      // `0` number isn't returned.
      ? true : false;
    }
  }, {
    key: "internationalFormat",
    value: function internationalFormat() {
      return this._format[5] || this.format();
    }
  }]);
}();
/**
 * A pattern that is used to determine if the national prefix formatting rule
 * has the first group only, i.e., does not start with the national prefix.
 * Note that the pattern explicitly allows for unbalanced parentheses.
 */
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = /*#__PURE__*/function () {
  function Type(type, metadata) {
    metadata_classCallCheck(this, Type);
    this.type = type;
    this.metadata = metadata;
  }
  return metadata_createClass(Type, [{
    key: "pattern",
    value: function pattern() {
      if (this.metadata.v1) return this.type;
      return this.type[0];
    }
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.metadata.v1) return;
      return this.type[1] || this.metadata.possibleLengths();
    }
  }]);
}();
function getType(types, type) {
  switch (type) {
    case 'FIXED_LINE':
      return types[0];
    case 'MOBILE':
      return types[1];
    case 'TOLL_FREE':
      return types[2];
    case 'PREMIUM_RATE':
      return types[3];
    case 'PERSONAL_NUMBER':
      return types[4];
    case 'VOICEMAIL':
      return types[5];
    case 'UAN':
      return types[6];
    case 'PAGER':
      return types[7];
    case 'VOIP':
      return types[8];
    case 'SHARED_COST':
      return types[9];
  }
}
function validateMetadata(metadata) {
  if (!metadata) {
    throw new Error('[libphonenumber-js] `metadata` argument not passed. Check your arguments.');
  }

  // `country_phone_code_to_countries` was renamed to `country_calling_codes` in `1.0.18`.
  // For that reason, it's not used in this detection algorithm.
  // Instead, it detects by `countries: {}` property existence.
  if (!isObject_isObject(metadata) || !isObject_isObject(metadata.countries)) {
    throw new Error("[libphonenumber-js] `metadata` argument was passed but it's not a valid metadata. Must be an object having `.countries` child object property. Got ".concat(isObject_isObject(metadata) ? 'an object of shape: { ' + Object.keys(metadata).join(', ') + ' }' : 'a ' + typeOf(metadata) + ': ' + metadata, "."));
  }
}

// Babel transforms `typeof` into some "branches"
// so istanbul will show this as "branch not covered".
/* istanbul ignore next */
var typeOf = function typeOf(_) {
  return metadata_typeof(_);
};

/**
 * Returns extension prefix for a country.
 * @param  {string} country
 * @param  {object} metadata
 * @return {string?}
 * @example
 * // Returns " ext. "
 * getExtPrefix("US")
 */
function getExtPrefix(country, metadataJson) {
  var metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country)) {
    return metadata.selectNumberingPlan(country).ext();
  }
  return DEFAULT_EXT_PREFIX;
}

/**
 * Returns "country calling code" for a country.
 * Throws an error if the country doesn't exist or isn't supported by this library.
 * @param  {string} country
 * @param  {object} metadataJson
 * @return {string}
 * @example
 * // Returns "44"
 * getCountryCallingCode("GB")
 */
function getCountryCallingCode(country, metadataJson) {
  var metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country)) {
    return metadata.selectNumberingPlan(country).countryCallingCode();
  }
  throw new Error("Unknown country: ".concat(country));
}

/**
 * Tells if a country code is supported.
 * @param  {string} country
 * @param  {object} metadataJson
 * @return {boolean}
 * @example
 * // Returns `true`
 * isSupportedCountry("GB")
 */
function isSupportedCountry(country, metadataJson) {
  // const metadata = new Metadata(metadataJson)
  // return metadata.hasCountry(country)
  return metadataJson.countries.hasOwnProperty(country);
}

/**
 * Sets `v1`/`v2`/`v3`/`v4` properties on `this` object.
 * @param {object} metadata — Metadata JSON
 */
function setVersion(metadata) {
  var version = metadata.version;
  if (typeof version === 'number') {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}
//# sourceMappingURL=metadata.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extension/createExtensionPattern.js


// The RFC 3966 format for extensions.
var RFC3966_EXTN_PREFIX = ';ext=';

/**
 * Helper method for constructing regular expressions for parsing. Creates
 * an expression that captures up to max_length digits.
 * @return {string} RegEx pattern to capture extension digits.
 */
var getExtensionDigitsPattern = function getExtensionDigitsPattern(maxLength) {
  return "([".concat(VALID_DIGITS, "]{1,").concat(maxLength, "})");
};

/**
 * Helper initialiser method to create the regular-expression pattern to match
 * extensions.
 * Copy-pasted from Google's `libphonenumber`:
 * https://github.com/google/libphonenumber/blob/55b2646ec9393f4d3d6661b9c82ef9e258e8b829/javascript/i18n/phonenumbers/phonenumberutil.js#L759-L766
 * @return {string} RegEx pattern to capture extensions.
 */
function createExtensionPattern(purpose) {
  // We cap the maximum length of an extension based on the ambiguity of the way
  // the extension is prefixed. As per ITU, the officially allowed length for
  // extensions is actually 40, but we don't support this since we haven't seen real
  // examples and this introduces many false interpretations as the extension labels
  // are not standardized.
  /** @type {string} */
  var extLimitAfterExplicitLabel = '20';
  /** @type {string} */
  var extLimitAfterLikelyLabel = '15';
  /** @type {string} */
  var extLimitAfterAmbiguousChar = '9';
  /** @type {string} */
  var extLimitWhenNotSure = '6';

  /** @type {string} */
  var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
  // Optional full stop (.) or colon, followed by zero or more spaces/tabs/commas.
  /** @type {string} */
  var possibleCharsAfterExtLabel = "[:\\.\uFF0E]?[ \xA0\\t,-]*";
  /** @type {string} */
  var optionalExtnSuffix = "#?";

  // Here the extension is called out in more explicit way, i.e mentioning it obvious
  // patterns like "ext.".
  /** @type {string} */
  var explicitExtLabels = "(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)";
  // One-character symbols that can be used to indicate an extension, and less
  // commonly used or more ambiguous extension labels.
  /** @type {string} */
  var ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)";
  // When extension is not separated clearly.
  /** @type {string} */
  var ambiguousSeparator = "[- ]+";
  // This is the same as possibleSeparatorsBetweenNumberAndExtLabel, but not matching
  // comma as extension label may have it.
  /** @type {string} */
  var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
  // ",," is commonly used for auto dialling the extension when connected. First
  // comma is matched through possibleSeparatorsBetweenNumberAndExtLabel, so we do
  // not repeat it here. Semi-colon works in Iphone and Android also to pop up a
  // button with the extension number following.
  /** @type {string} */
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";

  /** @type {string} */
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  /** @type {string} */
  var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
  /** @type {string} */
  var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  /** @type {string} */
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";

  /** @type {string} */
  var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
  /** @type {string} */
  var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;

  // The first regular expression covers RFC 3966 format, where the extension is added
  // using ";ext=". The second more generic where extension is mentioned with explicit
  // labels like "ext:". In both the above cases we allow more numbers in extension than
  // any other extension labels. The third one captures when single character extension
  // labels or less commonly used labels are used. In such cases we capture fewer
  // extension digits in order to reduce the chance of falsely interpreting two
  // numbers beside each other as a number + extension. The fourth one covers the
  // special case of American numbers where the extension is written with a hash
  // at the end, such as "- 503#". The fifth one is exclusively for extension
  // autodialling formats which are used when dialling and in this case we accept longer
  // extensions. The last one is more liberal on the number of commas that acts as
  // extension labels, so we have a strict cap on the number of digits in such extensions.
  return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}
//# sourceMappingURL=createExtensionPattern.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/isViablePhoneNumber.js



//  Regular expression of viable phone numbers. This is location independent.
//  Checks we have at least three leading digits, and only valid punctuation,
//  alpha characters and digits in the phone number. Does not include extension
//  data. The symbol 'x' is allowed here as valid punctuation since it is often
//  used as a placeholder for carrier codes, for example in Brazilian phone
//  numbers. We also allow multiple '+' characters at the start.
//
//  Corresponds to the following:
//  [digits]{minLengthNsn}|
//  plus_sign*
//  (([punctuation]|[star])*[digits]){3,}([punctuation]|[star]|[digits]|[alpha])*
//
//  The first reg-ex is to allow short numbers (two digits long) to be parsed if
//  they are entered as "15" etc, but only if there is no punctuation in them.
//  The second expression restricts the number of digits to three or more, but
//  then allows them to be in international form, and to have alpha-characters
//  and punctuation. We split up the two reg-exes here and combine them when
//  creating the reg-ex VALID_PHONE_NUMBER_PATTERN itself so we can prefix it
//  with ^ and append $ to each branch.
//
//  "Note VALID_PUNCTUATION starts with a -,
//   so must be the first in the range" (c) Google devs.
//  (wtf did they mean by saying that; probably nothing)
//
var MIN_LENGTH_PHONE_NUMBER_PATTERN = '[' + VALID_DIGITS + ']{' + MIN_LENGTH_FOR_NSN + '}';
//
// And this is the second reg-exp:
// (see MIN_LENGTH_PHONE_NUMBER_PATTERN for a full description of this reg-exp)
//
var VALID_PHONE_NUMBER = '[' + PLUS_CHARS + ']{0,1}' + '(?:' + '[' + VALID_PUNCTUATION + ']*' + '[' + VALID_DIGITS + ']' + '){3,}' + '[' + VALID_PUNCTUATION + VALID_DIGITS + ']*';

// This regular expression isn't present in Google's `libphonenumber`
// and is only used to determine whether the phone number being input
// is too short for it to even consider it a "valid" number.
// This is just a way to differentiate between a really invalid phone
// number like "abcde" and a valid phone number that a user has just
// started inputting, like "+1" or "1": both these cases would be
// considered `NOT_A_NUMBER` by Google's `libphonenumber`, but this
// library can provide a more detailed error message — whether it's
// really "not a number", or is it just a start of a valid phone number.
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp('^' + '[' + PLUS_CHARS + ']{0,1}' + '(?:' + '[' + VALID_PUNCTUATION + ']*' + '[' + VALID_DIGITS + ']' + '){1,2}' + '$', 'i');
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER +
// Phone number extensions
'(?:' + createExtensionPattern() + ')?';

// The combined regular expression for valid phone numbers:
//
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
// Either a short two-digit-only phone number
'^' + MIN_LENGTH_PHONE_NUMBER_PATTERN + '$' + '|' +
// Or a longer fully parsed phone number (min 3 characters)
'^' + VALID_PHONE_NUMBER_WITH_EXTENSION + '$', 'i');

// Checks to see if the string of characters could possibly be a phone number at
// all. At the moment, checks to see that the string begins with at least 2
// digits, ignoring any punctuation commonly found in phone numbers. This method
// does not require the number to be normalized in advance - but does assume
// that leading non-number symbols have been removed, such as by the method
// `extract_possible_number`.
//
function isViablePhoneNumber_isViablePhoneNumber(number) {
  return number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number);
}

// This is just a way to differentiate between a really invalid phone
// number like "abcde" and a valid phone number that a user has just
// started inputting, like "+1" or "1": both these cases would be
// considered `NOT_A_NUMBER` by Google's `libphonenumber`, but this
// library can provide a more detailed error message — whether it's
// really "not a number", or is it just a start of a valid phone number.
function isViablePhoneNumberStart(number) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}
//# sourceMappingURL=isViablePhoneNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extension/extractExtension.js


// Regexp of all known extension prefixes used by different regions followed by
// 1 or more valid digits, for use when parsing.
var EXTN_PATTERN = new RegExp('(?:' + createExtensionPattern() + ')$', 'i');

// Strips any extension (as in, the part of the number dialled after the call is
// connected, usually indicated with extn, ext, x or similar) from the end of
// the number, and returns it.
function extractExtension(number) {
  var start = number.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  // If we find a potential extension, and the number preceding this is a viable
  // number, we assume it is an extension.
  var numberWithoutExtension = number.slice(0, start);
  var matches = number.match(EXTN_PATTERN);
  var i = 1;
  while (i < matches.length) {
    if (matches[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches[i]
      };
    }
    i++;
  }
}
//# sourceMappingURL=extractExtension.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/parseDigits.js
function _createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = parseDigits_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function parseDigits_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return parseDigits_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? parseDigits_arrayLikeToArray(r, a) : void 0; } }
function parseDigits_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }
// These mappings map a character (key) to a specific digit that should
// replace it for normalization purposes. Non-European digits that
// may be used in phone numbers are mapped to a European equivalent.
//
// E.g. in Iraq they don't write `+442323234` but rather `+٤٤٢٣٢٣٢٣٤`.
//
var DIGITS = {
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
  "\uFF10": '0',
  // Fullwidth digit 0
  "\uFF11": '1',
  // Fullwidth digit 1
  "\uFF12": '2',
  // Fullwidth digit 2
  "\uFF13": '3',
  // Fullwidth digit 3
  "\uFF14": '4',
  // Fullwidth digit 4
  "\uFF15": '5',
  // Fullwidth digit 5
  "\uFF16": '6',
  // Fullwidth digit 6
  "\uFF17": '7',
  // Fullwidth digit 7
  "\uFF18": '8',
  // Fullwidth digit 8
  "\uFF19": '9',
  // Fullwidth digit 9
  "\u0660": '0',
  // Arabic-indic digit 0
  "\u0661": '1',
  // Arabic-indic digit 1
  "\u0662": '2',
  // Arabic-indic digit 2
  "\u0663": '3',
  // Arabic-indic digit 3
  "\u0664": '4',
  // Arabic-indic digit 4
  "\u0665": '5',
  // Arabic-indic digit 5
  "\u0666": '6',
  // Arabic-indic digit 6
  "\u0667": '7',
  // Arabic-indic digit 7
  "\u0668": '8',
  // Arabic-indic digit 8
  "\u0669": '9',
  // Arabic-indic digit 9
  "\u06F0": '0',
  // Eastern-Arabic digit 0
  "\u06F1": '1',
  // Eastern-Arabic digit 1
  "\u06F2": '2',
  // Eastern-Arabic digit 2
  "\u06F3": '3',
  // Eastern-Arabic digit 3
  "\u06F4": '4',
  // Eastern-Arabic digit 4
  "\u06F5": '5',
  // Eastern-Arabic digit 5
  "\u06F6": '6',
  // Eastern-Arabic digit 6
  "\u06F7": '7',
  // Eastern-Arabic digit 7
  "\u06F8": '8',
  // Eastern-Arabic digit 8
  "\u06F9": '9' // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}

/**
 * Parses phone number digits from a string.
 * Drops all punctuation leaving only digits.
 * Also converts wide-ascii and arabic-indic numerals to conventional numerals.
 * E.g. in Iraq they don't write `+442323234` but rather `+٤٤٢٣٢٣٢٣٤`.
 * @param  {string} string
 * @return {string}
 * @example
 * ```js
 * parseDigits('8 (800) 555')
 * // Outputs '8800555'.
 * ```
 */
function parseDigits(string) {
  var result = '';
  // Using `.split('')` here instead of normal `for ... of`
  // because the importing application doesn't neccessarily include an ES6 polyfill.
  // The `.split('')` approach discards "exotic" UTF-8 characters
  // (the ones consisting of four bytes) but digits
  // (including non-European ones) don't fall into that range
  // so such "exotic" characters would be discarded anyway.
  for (var _iterator = _createForOfIteratorHelperLoose(string.split('')), _step; !(_step = _iterator()).done;) {
    var character = _step.value;
    var digit = parseDigit(character);
    if (digit) {
      result += digit;
    }
  }
  return result;
}
//# sourceMappingURL=parseDigits.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/parseIncompletePhoneNumber.js
function parseIncompletePhoneNumber_createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = parseIncompletePhoneNumber_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function parseIncompletePhoneNumber_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return parseIncompletePhoneNumber_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? parseIncompletePhoneNumber_arrayLikeToArray(r, a) : void 0; } }
function parseIncompletePhoneNumber_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }


/**
 * Parses phone number characters from a string.
 * Drops all punctuation leaving only digits and the leading `+` sign (if any).
 * Also converts wide-ascii and arabic-indic numerals to conventional numerals.
 * E.g. in Iraq they don't write `+442323234` but rather `+٤٤٢٣٢٣٢٣٤`.
 * @param  {string} string
 * @return {string}
 * @example
 * ```js
 * // Outputs '8800555'.
 * parseIncompletePhoneNumber('8 (800) 555')
 * // Outputs '+7800555'.
 * parseIncompletePhoneNumber('+7 800 555')
 * ```
 */
function parseIncompletePhoneNumber(string) {
  var result = '';
  // Using `.split('')` here instead of normal `for ... of`
  // because the importing application doesn't neccessarily include an ES6 polyfill.
  // The `.split('')` approach discards "exotic" UTF-8 characters
  // (the ones consisting of four bytes) but digits
  // (including non-European ones) don't fall into that range
  // so such "exotic" characters would be discarded anyway.
  for (var _iterator = parseIncompletePhoneNumber_createForOfIteratorHelperLoose(string.split('')), _step; !(_step = _iterator()).done;) {
    var character = _step.value;
    result += parsePhoneNumberCharacter(character, result) || '';
  }
  return result;
}

/**
 * Parses next character while parsing phone number digits (including a `+`)
 * from text: discards everything except `+` and digits, and `+` is only allowed
 * at the start of a phone number.
 * For example, is used in `react-phone-number-input` where it uses
 * [`input-format`](https://gitlab.com/catamphetamine/input-format).
 * @param  {string} character - Yet another character from raw input string.
 * @param  {string?} prevParsedCharacters - Previous parsed characters.
 * @param  {function?} eventListener - An optional "on event" function.
 * @return {string?} The parsed character.
 */
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  // Only allow a leading `+`.
  if (character === '+') {
    // If this `+` is not the first parsed character
    // then discard it.
    if (prevParsedCharacters) {
      // `eventListener` argument was added to this `export`ed function on Dec 26th, 2023.
      // Any 3rd-party code that used to `import` and call this function before that
      // won't be passing any `eventListener` argument.
      //
      // The addition of the `eventListener` argument was to fix the slightly-weird behavior
      // of parsing an input string when the user inputs something like `"2+7"
      // https://github.com/catamphetamine/react-phone-number-input/issues/437
      //
      // If the parser encounters an unexpected `+` in a string being parsed
      // then it simply discards that out-of-place `+` and any following characters.
      //
      if (typeof eventListener === 'function') {
        eventListener('end');
      }
      return;
    }
    return '+';
  }
  // Allow digits.
  return parseDigit(character);
}
//# sourceMappingURL=parseIncompletePhoneNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/mergeArrays.js
function mergeArrays_createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = mergeArrays_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function mergeArrays_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return mergeArrays_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? mergeArrays_arrayLikeToArray(r, a) : void 0; } }
function mergeArrays_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }
/**
 * Merges two arrays.
 * @param  {*} a
 * @param  {*} b
 * @return {*}
 */
function mergeArrays(a, b) {
  var merged = a.slice();
  for (var _iterator = mergeArrays_createForOfIteratorHelperLoose(b), _step; !(_step = _iterator()).done;) {
    var element = _step.value;
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort(function (a, b) {
    return a - b;
  });

  // ES6 version, requires Set polyfill.
  // let merged = new Set(a)
  // for (const element of b) {
  // 	merged.add(i)
  // }
  // return Array.from(merged).sort((a, b) => a - b)
}
//# sourceMappingURL=mergeArrays.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js



/**
 * Checks phone number length against the phone numbering plan selected in metadata.
 * Optionally, it could be restrained by a specific country.
 * @param {string} nationalNumber
 * @param {string?} country — Specific country to use rather than the one that is pre-selected in the metadata instance.
 * @param {Metadata} metadata — Metadata instance with a selected numbering plan.
 * @returns {string}
 */
function checkNumberLength(nationalNumber, country, metadata) {
  return checkNumberLengthForType(nationalNumber, undefined, country, metadata);
}

/**
 * Checks phone number length against the phone numbering plan selected in metadata.
 * Optionally, it could be restrained by a specific phone number type or a specific country.
 * @param {string} nationalNumber
 * @param {string?} type — Specific phone number type.
 * @param {string?} country — Specific country to use instead of the one that is pre-selected in the metadata instance.
 * @param {Metadata} metadata — Metadata instance with a selected numbering plan.
 * @returns {string} See the README on `validatePhoneNumberLength()` function, with an addition of a special case: when phone numbers of type `type` aren't possible in the telephone numbering plan, it will return "INVALID_LENGTH".
 */
// Checks whether a number is possible for a certain `country` based on the number length.
//
// This function is not supported by metadata generated with ancient versions of
// `libphonenumber-js` (before version `1.0.18`) which didn't include "possible lengths".
//
// There was also a known issue with `checkNumberLength()` function:
// if a number is possible only in a certain `country` among several `countries`
// that share the same "country calling code", that function would check
// the possibility of the phone number only in the "main" `country` for the "country calling code"
// and would not check if it's actually be possible in the speciifc `country`.
//
// For example, "+1310xxxx" numbers are valid in Canada.
// However, they are not possible in the US due to being too short.
// Since Canada and the US share the same country calling code — "+1" —
// `checkNumberLength()` function used to return not "IS_POSSIBLE" for "+1310xxxx" numbers.
//
// In such cases, when using "/max" metadata, `isValid()` could output `true`
// but at the same time `isPossible()` could output `false`, which was contradictory.
//
// See https://issuetracker.google.com/issues/335892662 for the discusson in Google's issues.
//
// The solution suggested by Google was implemented: an optional `country` argument
// was added to `checkNumberLength()` function. If present, that `country` will be used
// to check phone number length for that specific `country` rather than the "main" country
// for the shared "country calling code".
//
function checkNumberLengthForType(nationalNumber, type, country, metadata) {
  if (country) {
    // If a specific `country` is specified, re-create a metadata instance with it.
    metadata = new Metadata(metadata.metadata);
    metadata.selectNumberingPlan(country);
  }
  var type_info = metadata.type(type);

  // There should always be "<possiblePengths/>" set for every type element.
  // This is declared in the XML schema.
  // For size efficiency, where a sub-description (e.g. fixed-line)
  // has the same "<possiblePengths/>" as the "general description", this is missing,
  // so we fall back to the "general description". Where no numbers of the type
  // exist at all, there is one possible length (-1) which is guaranteed
  // not to match the length of any real phone number.
  var possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
  // let local_lengths = type_info && type.possibleLengthsLocal() || metadata.possibleLengthsLocal()

  // Metadata before version `1.0.18` didn't contain `possible_lengths`.
  if (!possible_lengths) {
    return 'IS_POSSIBLE';
  }
  if (type === 'FIXED_LINE_OR_MOBILE') {
    // No such country in metadata.
    /* istanbul ignore next */
    if (!metadata.type('FIXED_LINE')) {
      // The rare case has been encountered where no fixedLine data is available
      // (true for some non-geographic entities), so we just check mobile.
      return checkNumberLengthForType(nationalNumber, 'MOBILE', country, metadata);
    }
    var mobile_type = metadata.type('MOBILE');
    if (mobile_type) {
      // Merge the mobile data in if there was any. "Concat" creates a new
      // array, it doesn't edit possible_lengths in place, so we don't need a copy.
      // Note that when adding the possible lengths from mobile, we have
      // to again check they aren't empty since if they are this indicates
      // they are the same as the general desc and should be obtained from there.
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
      // The current list is sorted; we need to merge in the new list and
      // re-sort (duplicates are okay). Sorting isn't so expensive because
      // the lists are very small.

      // if (local_lengths) {
      // 	local_lengths = mergeArrays(local_lengths, mobile_type.possibleLengthsLocal())
      // } else {
      // 	local_lengths = mobile_type.possibleLengthsLocal()
      // }
    }
  }
  // If the type doesn't exist then return 'INVALID_LENGTH'.
  else if (type && !type_info) {
    return 'INVALID_LENGTH';
  }
  var actual_length = nationalNumber.length;

  // In `libphonenumber-js` all "local-only" formats are dropped for simplicity.
  // // This is safe because there is never an overlap beween the possible lengths
  // // and the local-only lengths; this is checked at build time.
  // if (local_lengths && local_lengths.indexOf(nationalNumber.length) >= 0)
  // {
  // 	return 'IS_POSSIBLE_LOCAL_ONLY'
  // }

  var minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return 'IS_POSSIBLE';
  }
  if (minimum_length > actual_length) {
    return 'TOO_SHORT';
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return 'TOO_LONG';
  }

  // We skip the first element since we've already checked it.
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}
//# sourceMappingURL=checkNumberLength.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/isPossible.js



/**
 * Checks if a phone number is "possible" (basically just checks its length).
 *
 * isPossible(phoneNumberInstance, { ..., v2: true }, metadata)
 *
 * isPossible({ phone: '8005553535', country: 'RU' }, { ... }, metadata)
 * isPossible({ phone: '8005553535', country: 'RU' }, undefined, metadata)
 *
 * @param  {object|PhoneNumber} input — If `options.v2: true` flag is passed, the `input` should be a `PhoneNumber` instance. Otherwise, it should be an object of shape `{ phone: '...', country: '...' }`.
 * @param  {object} [options]
 * @param  {object} metadataJson
 * @return {string}
 */
function isPossiblePhoneNumber(input, options, metadataJson) {
  /* istanbul ignore if */
  if (options === undefined) {
    options = {};
  }
  var metadata = new Metadata(metadataJson);
  if (options.v2) {
    if (!input.countryCallingCode) {
      throw new Error('Invalid phone number object passed');
    }
    metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  } else {
    if (!input.phone) {
      return false;
    }
    if (input.country) {
      if (!metadata.hasCountry(input.country)) {
        throw new Error("Unknown country: ".concat(input.country));
      }
      metadata.selectNumberingPlan(input.country);
    } else {
      if (!input.countryCallingCode) {
        throw new Error('Invalid phone number object passed');
      }
      metadata.selectNumberingPlan(input.countryCallingCode);
    }
  }

  // Old (legacy) metadata (< 1.0.18) had no "possible length" data.
  // So `isPossibleNumber()` function is supported only for non-legacy metadata.
  if (metadata.possibleLengths()) {
    return isPossibleNumber(input.phone || input.nationalNumber, metadata);
  }

  // There was a bug in versions from `1.7.35` to `1.7.37` of `libphonenumber-js`
  // where "possible_lengths" property was missing from "non-geographical" numbering plans' metadata.
  // After that, the bug was noticed and fixed.
  // So for versions from `1.7.35` to `1.7.37`, just assume that all "non=geotraphical" numbers are possible.
  // The reason is that the bug was noticed relatively quickly (within a day or so)
  // and it's unlikely that anyone generated their custom metadata in that short time span.
  // And if they didn't generate any custom metadata then a follow-up package update would've silently fixed the bug.
  if (input.countryCallingCode && metadata.isNonGeographicCallingCode(input.countryCallingCode)) {
    return true;
  }

  // `isPossibleNumber()` function is not supported.
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}

/**
 * Tells if a given national (significant) number is possible
 * @param {string} nationalNumber
 * @param {Metadata} metadata = Metadata instance with a pre-selected telephone numbering plan.
 * @returns {boolean}
 */
function isPossibleNumber(nationalNumber, metadata) {
  switch (checkNumberLength(nationalNumber, undefined, metadata)) {
    case 'IS_POSSIBLE':
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}
//# sourceMappingURL=isPossible.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js
/**
 * Checks whether the entire input sequence can be matched
 * against the regular expression.
 * @return {boolean}
 */
function matchesEntirely(text, regularExpressionText) {
  // If the assigning of the `''` default value is moved to the arguments above,
  // the code coverage would decrease for some weird reason.
  text = text || '';
  return new RegExp('^(?:' + regularExpressionText + ')$').test(text);
}
//# sourceMappingURL=matchesEntirely.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getNumberType.js
function getNumberType_createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = getNumberType_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function getNumberType_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return getNumberType_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? getNumberType_arrayLikeToArray(r, a) : void 0; } }
function getNumberType_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }


var NON_FIXED_LINE_PHONE_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

// Finds out national phone number type (fixed line, mobile, etc)
function getNumberType(input, options, metadataJson) {
  // If assigning the `{}` default value is moved to the arguments above,
  // code coverage would decrease for some weird reason.
  options = options || {};

  // When `parse()` returns an empty object — `{}` —
  // that means that the phone number is malformed,
  // so it can't possibly be valid.
  if (!input.country && !input.countryCallingCode) {
    return;
  }
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;

  // The following is copy-pasted from the original function:
  // https://github.com/googlei18n/libphonenumber/blob/3ea547d4fbaa2d0b67588904dfa5d3f2557c27ff/javascript/i18n/phonenumbers/phonenumberutil.js#L2835

  // Is this national number even valid for this country
  if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) {
    return;
  }

  // Is it fixed line number
  if (isNumberTypeEqualTo(nationalNumber, 'FIXED_LINE', metadata)) {
    // Because duplicate regular expressions are removed
    // to reduce metadata size, if "mobile" pattern is ""
    // then it means it was removed due to being a duplicate of the fixed-line pattern.
    //
    if (metadata.type('MOBILE') && metadata.type('MOBILE').pattern() === '') {
      return 'FIXED_LINE_OR_MOBILE';
    }

    // `MOBILE` type pattern isn't included if it matched `FIXED_LINE` one.
    // For example, for "US" country.
    // Old metadata (< `1.0.18`) had a specific "types" data structure
    // that happened to be `undefined` for `MOBILE` in that case.
    // Newer metadata (>= `1.0.18`) has another data structure that is
    // not `undefined` for `MOBILE` in that case (it's just an empty array).
    // So this `if` is just for backwards compatibility with old metadata.
    if (!metadata.type('MOBILE')) {
      return 'FIXED_LINE_OR_MOBILE';
    }

    // Check if the number happens to qualify as both fixed line and mobile.
    // (no such country in the minimal metadata set)
    /* istanbul ignore if */
    if (isNumberTypeEqualTo(nationalNumber, 'MOBILE', metadata)) {
      return 'FIXED_LINE_OR_MOBILE';
    }
    return 'FIXED_LINE';
  }
  for (var _iterator = getNumberType_createForOfIteratorHelperLoose(NON_FIXED_LINE_PHONE_TYPES), _step; !(_step = _iterator()).done;) {
    var type = _step.value;
    if (isNumberTypeEqualTo(nationalNumber, type, metadata)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
  var typeDefinition = metadata.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }

  // Check if any possible number lengths are present;
  // if so, we use them to avoid checking
  // the validation pattern if they don't match.
  // If they are absent, this means they match
  // the general description, which we have
  // already checked before a specific number type.
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}
//# sourceMappingURL=getNumberType.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/isValid.js




/**
 * Checks if a given phone number is valid.
 *
 * isValid(phoneNumberInstance, { ..., v2: true }, metadata)
 *
 * isPossible({ phone: '8005553535', country: 'RU' }, { ... }, metadata)
 * isPossible({ phone: '8005553535', country: 'RU' }, undefined, metadata)
 *
 * If the `number` is a string, it will be parsed to an object,
 * but only if it contains only valid phone number characters (including punctuation).
 * If the `number` is an object, it is used as is.
 *
 * The optional `defaultCountry` argument is the default country.
 * I.e. it does not restrict to just that country,
 * e.g. in those cases where several countries share
 * the same phone numbering rules (NANPA, Britain, etc).
 * For example, even though the number `07624 369230`
 * belongs to the Isle of Man ("IM" country code)
 * calling `isValidNumber('07624369230', 'GB', metadata)`
 * still returns `true` because the country is not restricted to `GB`,
 * it's just that `GB` is the default one for the phone numbering rules.
 * For restricting the country see `isValidNumberForRegion()`
 * though restricting a country might not be a good idea.
 * https://github.com/googlei18n/libphonenumber/blob/master/FAQ.md#when-should-i-use-isvalidnumberforregion
 *
 * Examples:
 *
 * ```js
 * isValidNumber('+78005553535', metadata)
 * isValidNumber('8005553535', 'RU', metadata)
 * isValidNumber('88005553535', 'RU', metadata)
 * isValidNumber({ phone: '8005553535', country: 'RU' }, metadata)
 * ```
 */
function isValidNumber(input, options, metadataJson) {
  // If assigning the `{}` default value is moved to the arguments above,
  // code coverage would decrease for some weird reason.
  options = options || {};
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);

  // By default, countries only have type regexps when it's required for
  // distinguishing different countries having the same `countryCallingCode`.
  if (metadata.hasTypes()) {
    return getNumberType(input, options, metadata.metadata) !== undefined;
  }

  // If there are no type regexps for this country in metadata then use
  // `nationalNumberPattern` as a "better than nothing" replacement.
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  return matchesEntirely(nationalNumber, metadata.nationalNumberPattern());
}
//# sourceMappingURL=isValid.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
  return COUNTRY_CODE_REG_EXP.test(string);
}
//# sourceMappingURL=isCountryCode.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getCountryAndCallingCodeFromOneOfThem.js


var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  var country;
  var callingCode;
  var metadata = new Metadata(metadataJson);
  // If country code is passed then derive `countryCallingCode` from it.
  // Also store the country code as `.country`.
  if (isCountryCode(countryOrCallingCode)) {
    country = countryOrCallingCode;
    metadata.selectNumberingPlan(country);
    callingCode = metadata.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    /* istanbul ignore if */
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata.isNonGeographicCallingCode(callingCode)) {
        country = '001';
      }
    }
  }
  return {
    country: country,
    callingCode: callingCode
  };
}
//# sourceMappingURL=getCountryAndCallingCodeFromOneOfThem.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getPossibleCountriesForNumber.js


/**
 * Returns a list of countries that the phone number could potentially belong to.
 * @param  {string} callingCode — Calling code.
 * @param  {string} nationalNumber — National (significant) number.
 * @param  {object} metadata — Metadata.
 * @return {string[]} A list of possible countries.
 */
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
  var _metadata = new Metadata(metadata);
  var possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter(function (country) {
    return couldNationalNumberBelongToCountry(nationalNumber, country, metadata);
  });
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}
//# sourceMappingURL=getPossibleCountriesForNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/stripIddPrefix.js


var CAPTURING_DIGIT_PATTERN = new RegExp('([' + VALID_DIGITS + '])');
function stripIddPrefix(number, country, callingCode, metadataJson) {
  if (!country) {
    return;
  }

  // Get the IDD prefix pattern.
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country || callingCode);
  var IDDPrefixPattern = new RegExp(metadata.IDDPrefix());

  // Check if the number is IDD-prefixed.
  if (number.search(IDDPrefixPattern) !== 0) {
    return;
  }

  // Strip IDD prefix.
  number = number.slice(number.match(IDDPrefixPattern)[0].length);

  // If there're any digits after an IDD prefix,
  // then those digits are a country calling code.
  // Since no country code starts with a `0`,
  // the code below validates that the next digit (if present) is not `0`.
  var matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === '0') {
      return;
    }
  }
  return number;
}
//# sourceMappingURL=stripIddPrefix.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
/**
 * Strips any national prefix (such as 0, 1) present in a
 * (possibly incomplete) number provided.
 * Also strips a "carrier code", if it's present.
 * "Carrier codes" are only used  in Colombia and Brazil,
 * and only when dialing within those countries from a mobile phone to a fixed line number.
 * Sometimes it won't actually strip national prefix
 * and will instead prepend some digits to the `number`:
 * for example, when number `2345678` is passed with `VI` country selected,
 * it will return `{ number: "3402345678" }`, because `340` area code is prepended.
 * @param {string} number — National number digits.
 * @param {object} metadata — Metadata with country selected.
 * @return {object} `{ nationalNumber: string, nationalPrefix: string? carrierCode: string? }`. Even if a national prefix was extracted, it's not necessarily present in the returned object, so don't rely on its presence in the returned object in order to find out whether a national prefix has been extracted or not.
 */
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
  if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
    // See METADATA.md for the description of
    // `national_prefix_for_parsing` and `national_prefix_transform_rule`.
    // Attempt to parse the first digits as a national prefix.
    var prefixPattern = new RegExp('^(?:' + metadata.numberingPlan.nationalPrefixForParsing() + ')');
    var prefixMatch = prefixPattern.exec(number);
    if (prefixMatch) {
      var nationalNumber;
      var carrierCode;
      // https://gitlab.com/catamphetamine/libphonenumber-js/-/blob/master/METADATA.md#national_prefix_for_parsing--national_prefix_transform_rule
      // If a `national_prefix_for_parsing` has any "capturing groups"
      // then it means that the national (significant) number is equal to
      // those "capturing groups" transformed via `national_prefix_transform_rule`,
      // and nothing could be said about the actual national prefix:
      // what is it and was it even there.
      // If a `national_prefix_for_parsing` doesn't have any "capturing groups",
      // then everything it matches is a national prefix.
      // To determine whether `national_prefix_for_parsing` matched any
      // "capturing groups", the value of the result of calling `.exec()`
      // is looked at, and if it has non-undefined values where there're
      // "capturing groups" in the regular expression, then it means
      // that "capturing groups" have been matched.
      // It's not possible to tell whether there'll be any "capturing gropus"
      // before the matching process, because a `national_prefix_for_parsing`
      // could exhibit both behaviors.
      var capturedGroupsCount = prefixMatch.length - 1;
      var hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
        // If there's more than one captured group,
        // then carrier code is the second one.
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      }
      // If there're no "capturing groups",
      // or if there're "capturing groups" but no
      // `national_prefix_transform_rule`,
      // then just strip the national prefix from the number,
      // and possibly a carrier code.
      // Seems like there could be more.
      else {
        // `prefixBeforeNationalNumber` is the whole substring matched by
        // the `national_prefix_for_parsing` regular expression.
        // There seem to be no guarantees that it's just a national prefix.
        // For example, if there's a carrier code, it's gonna be a
        // part of `prefixBeforeNationalNumber` too.
        var prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number.slice(prefixBeforeNationalNumber.length);
        // If there's at least one captured group,
        // then carrier code is the first one.
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      // Tries to guess whether a national prefix was present in the input.
      // This is not something copy-pasted from Google's library:
      // they don't seem to have an equivalent for that.
      // So this isn't an "officially approved" way of doing something like that.
      // But since there seems no other existing method, this library uses it.
      var nationalPrefix;
      if (hasCapturedGroups) {
        var possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
        var possibleNationalPrefix = number.slice(0, possiblePositionOfTheFirstCapturedGroup);
        // Example: an Argentinian (AR) phone number `0111523456789`.
        // `prefixMatch[0]` is `01115`, and `$1` is `11`,
        // and the rest of the phone number is `23456789`.
        // The national number is transformed via `9$1` to `91123456789`.
        // National prefix `0` is detected being present at the start.
        // if (possibleNationalPrefix.indexOf(metadata.numberingPlan.nationalPrefix()) === 0) {
        if (possibleNationalPrefix === metadata.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber: nationalNumber,
        nationalPrefix: nationalPrefix,
        carrierCode: carrierCode
      };
    }
  }
  return {
    nationalNumber: number
  };
}
//# sourceMappingURL=extractNationalNumberFromPossiblyIncompleteNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getCountryByNationalNumber.js
function getCountryByNationalNumber_createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = getCountryByNationalNumber_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function getCountryByNationalNumber_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return getCountryByNationalNumber_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? getCountryByNationalNumber_arrayLikeToArray(r, a) : void 0; } }
function getCountryByNationalNumber_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }



/**
 * Returns the exact country that a given national (significant) number belongs to
 * in case of ambiguity, i.e. when multiple countries share the same "country calling code".
 * @param {string} [nationalNumber]
 * @param {string[]} countries — A list of countries that share the same calling code.
 * @param {object} metadata — Metadata JSON.
 * @returns {string?} Returns the exact country this number belongs to, or `undefined` if the exact country couldn't be determined.
 */
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  // Create a new `metadata` instance because it will be selecting a `country`.
  var metadata = new Metadata(metadataJson);

  // const matchingCountries = []

  for (var _iterator = getCountryByNationalNumber_createForOfIteratorHelperLoose(countries), _step; !(_step = _iterator()).done;) {
    var country = _step.value;
    metadata.selectNumberingPlan(country);
    // "Leading digits" patterns are only defined for about 20% of all countries.
    // By definition, matching "leading digits" is a sufficient but not a necessary
    // condition for a phone number to belong to a country.
    // The point of "leading digits" check is that it's the fastest one to get a match.
    // https://gitlab.com/catamphetamine/libphonenumber-js/blob/master/METADATA.md#leading_digits
    // I'd suppose that "leading digits" patterns are mutually exclusive for different countries
    // because of the intended use of that feature.
    if (metadata.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) {
        return country;
      }
    }
    // Else perform full validation with all of those
    // fixed-line/mobile/etc regular expressions.
    else if (getNumberType({
      phone: nationalNumber,
      country: country
    }, undefined, metadata.metadata)) {
      // When multiple countries share the same "country calling code",
      // type patterns aren't guaranteed to be unique among them.
      // For example, both `US` and `CA` have the same pattern for `toll_free` numbers.
      // https://gitlab.com/catamphetamine/libphonenumber-js/-/issues/103#note_1417147572
      //
      // That means that this `if` condition could be `true` for multiple countries from the list.
      // Currently, it just returns the first one, which is also the "main" country for the "country calling code".
      // In an example with `toll_free` numbers above, `"US"` would be returned even though
      // it could as well be `"CA"`.
      //
      // There was also a time when this attempted to be overly smart
      // and kept track of all such multiple matching countries
      // and then picked the one that matched the `defaultCountry`, if provided.
      // For example, with `toll_free` numbers above, and with `defaultCountry: "CA"`,
      // it would've returned `"CA"` instead of `"US"`.
      // Later it turned out that such "overly smart" behavior turned out to be just confusing,
      // so this "overly smart" country detection was reverted to returning the "main" country
      // for the "country calling code".
      // https://gitlab.com/catamphetamine/libphonenumber-js/-/issues/154
      //
      return country;
      //
      // The "overly smart" behavior code:
      //
      // if (defaultCountry) {
      // 	if (country === defaultCountry) {
      // 		return country
      // 	} else {
      // 		matchingCountries.push(country)
      // 	}
      // } else {
      // 	return country
      // }
    }
  }

  // // Return the first ("main") one of the `matchingCountries`.
  // if (matchingCountries.length > 0) {
  // 	return matchingCountries[0]
  // }
}
//# sourceMappingURL=getCountryByNationalNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getCountryByCallingCode.js

var getCountryByCallingCode_USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;

/**
 * Returns the exact country that a given national (significant) number belongs to
 * in case of ambiguity, i.e. when multiple countries share the same "country calling code".
 * @param {string} [callingCode]
 * @param {string} [options.nationalNumber] — National (significant) number.
 * @param {Metadata} options.metadata — Metadata instance.
 * @returns {string?} Returns the most suitable country for this calling code and national (significant) number.
 */
function getCountryByCallingCode(callingCode, _ref) {
  var nationalNumber = _ref.nationalNumber,
    metadata = _ref.metadata;
  /* istanbul ignore if */
  if (getCountryByCallingCode_USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
    if (metadata.isNonGeographicCallingCode(callingCode)) {
      return '001';
    }
  }
  var possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  // If there's just one country corresponding to the country code,
  // then just return it, without further phone number digits validation.
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}
//# sourceMappingURL=getCountryByCallingCode.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractNationalNumber.js





/**
 * Strips national prefix and carrier code from a complete phone number.
 * The difference from the non-"FromCompleteNumber" function is that
 * it won't extract national prefix if the resultant number is too short
 * to be a complete number for the selected phone numbering plan.
 * @param  {string} number — Complete phone number digits.
 * @param  {string?} country — Specific country to use instead of the one that is pre-selected in the metadata instance.
 * @param  {Metadata} metadata — Metadata instance with a selected numbering plan.
 * @return {object} `{ nationalNumber: string, carrierCode: string? }`.
 */
function extractNationalNumber(number, country, metadata) {
  // Parsing national prefixes and carrier codes
  // is only required for local phone numbers
  // but some people don't understand that
  // and sometimes write international phone numbers
  // with national prefixes (or maybe even carrier codes).
  // http://ucken.blogspot.ru/2016/03/trunk-prefixes-in-skype4b.html
  // Google's original library forgives such mistakes
  // and so does this library, because it has been requested:
  // https://github.com/catamphetamine/libphonenumber-js/issues/127
  var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata),
    carrierCode = _extractNationalNumbe.carrierCode,
    nationalNumber = _extractNationalNumbe.nationalNumber;
  if (nationalNumber !== number) {
    if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) {
      // Don't strip the national prefix.
      return {
        nationalNumber: number
      };
    }
    // Check the national (significant) number length after extracting national prefix and carrier code.
    // Legacy generated metadata (before `1.0.18`) didn't support the "possible lengths" feature,
    // so this `if` will only be executed with newer metadata.
    if (metadata.numberingPlan.possibleLengths()) {
      // If an exact `country` is not specified, attempt to detect it from the assumed national number.
      if (!country) {
        country = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
          nationalNumber: nationalNumber,
          metadata: metadata
        });
      }

      // The number remaining after stripping the national prefix and carrier code
      // should be long enough to have a possible length for the country.
      // Otherwise, don't strip the national prefix and carrier code,
      // since the original number could be a valid number.
      // This check has been copy-pasted "as is" from Google's original library:
      // https://github.com/google/libphonenumber/blob/876268eb1ad6cdc1b7b5bef17fc5e43052702d57/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L3236-L3250
      // It doesn't check for the "possibility" of the original `number`.
      // I guess it's fine not checking that one. It works as is anyway.
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata)) {
        // Don't strip the national prefix.
        return {
          nationalNumber: number
        };
      }
    }
  }
  return {
    nationalNumber: nationalNumber,
    carrierCode: carrierCode
  };
}

// In some countries, the same digit could be a national prefix
// or a leading digit of a valid phone number.
// For example, in Russia, national prefix is `8`,
// and also `800 555 35 35` is a valid number
// in which `8` is not a national prefix, but the first digit
// of a national (significant) number.
// Same's with Belarus:
// `82004910060` is a valid national (significant) number,
// but `2004910060` is not.
// To support such cases (to prevent the code from always stripping
// national prefix), a condition is imposed: a national prefix
// is not extracted when the original number is "viable" and the
// resultant number is not, a "viable" national number being the one
// that matches `national_number_pattern`.
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
  // The equivalent in Google's code is:
  // https://github.com/google/libphonenumber/blob/e326fa1fc4283bb05eb35cb3c15c18f98a31af33/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L2969-L3004
  if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) {
    return false;
  }
  // This "is possible" national number (length) check has been commented out
  // because it's superceded by the (effectively) same check done in the
  // `extractNationalNumber()` function after it calls `shouldHaveExtractedNationalPrefix()`.
  // In other words, why run the same check twice if it could only be run once.
  // // Check the national (significant) number length after extracting national prefix and carrier code.
  // // Fixes a minor "weird behavior" bug: https://gitlab.com/catamphetamine/libphonenumber-js/-/issues/57
  // // (Legacy generated metadata (before `1.0.18`) didn't support the "possible lengths" feature).
  // if (metadata.possibleLengths()) {
  // 	if (isPossibleIncompleteNationalNumber(nationalNumberBefore, metadata) &&
  // 		!isPossibleIncompleteNationalNumber(nationalNumberAfter, metadata)) {
  // 		return false
  // 	}
  // }
  return true;
}

/**
 * Tells if a given incomplete national number is possible or not.
 * @param {string} nationalNumber
 * @param {string?} country — Specific country rather than the one that is pre-selected in the metadata instance.
 * @param {Metadata} metadata — Metadata instance with a selected numbering plan.
 * @returns {boolean}
 */
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata) {
  switch (checkNumberLength(nationalNumber, country, metadata)) {
    case 'TOO_SHORT':
    case 'INVALID_LENGTH':
      // This library ignores "local-only" phone numbers (for simplicity).
      // See the readme for more info on what are "local-only" phone numbers.
      // case 'IS_POSSIBLE_LOCAL_ONLY':
      return false;
    default:
      return true;
  }
}
//# sourceMappingURL=extractNationalNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js






/**
 * Sometimes some people incorrectly input international phone numbers
 * without the leading `+`. This function corrects such input.
 * @param  {string} number — Phone number digits (only digits, no `+`).
 * @param  {string} [country] — Exact country of the phone number.
 * @param  {string} [defaultCountry]
 * @param  {string} [defaultCallingCode]
 * @param  {object} metadataJson
 * @return {object} `{ countryCallingCode: string?, number: string }`, where `countryCallingCode` is the calling code that was extracted from the input `number` string, and `number` is the originally passed `number` without the extracted calling code.
 */
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  // Validate arguments.
  // The `number` is known to be in a non-international form
  // because there's no leading "+" character.
  // Therefore, there must be either `country` or `defaultCountry` or `defaultCallingCode`.
  // Otherwise, there'd be no source for the calling code to search for in the `number`.
  if (!(country || defaultCountry || defaultCallingCode)) {
    // There's no source for the calling code to search for in the `number`.
    return {
      number: number
    };
  }
  var countryCallingCode = country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
  if (number.indexOf(countryCallingCode) === 0) {
    var metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
    var possibleShorterNumber = number.slice(countryCallingCode.length);
    var _extractNationalNumbe = extractNationalNumber(possibleShorterNumber, undefined, metadata),
      possibleShorterNationalNumber = _extractNationalNumbe.nationalNumber;
    var _extractNationalNumbe2 = extractNationalNumber(number, undefined, metadata),
      nationalNumber = _extractNationalNumbe2.nationalNumber;

    // If the number was not valid before but is valid now,
    // or if it was too long before, we consider the number
    // with the country calling code stripped to be a better result
    // and keep that instead.
    // For example, in Germany (+49), `49` is a valid area code,
    // so if a number starts with `49`, it could be both a valid
    // national German number or an international number without
    // a leading `+`.
    if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, undefined, metadata) === 'TOO_LONG') {
      return {
        countryCallingCode: countryCallingCode,
        number: possibleShorterNumber
      };
    }
  }
  return {
    number: number
  };
}
//# sourceMappingURL=extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCode.js





/**
 * Attempts to extract a calling code from a phone number.
 * * If the phone number is found to be "international":
 *   * It will attempt to identify the calling code part of it and whether that part is complete and valid.
 *     * If the calling code part is complete and valid, it will return two properties:
 *       that calling code part (without `+`) and the rest of the digits.
 *     * Otherwise, i.e. if the calling code part is incomplete or invalid,
 *       it will return an empty object.
 * * Otherwise, i.e. if the phone number is national, there's no callind code to extract
 *   so it will just return the originally-passed `number` string as the only property.
 * @param  {string} number — Phone number digits (possibly with a `+`).
 * @param  {string} [country] — Country.
 * @param  {string} [defaultCountry] — Default country.
 * @param  {string} [defaultCallingCode] — Default calling code (some phone numbering plans are non-geographic).
 * @param  {object} metadataJson
 * @return {object} `{ countryCallingCodeSource: string?, countryCallingCode: string?, number: string }`, where `countryCallingCodeSource` tells how the returned calling code was extracted (if it was extracted), `countryCallingCode` is the calling code that was extracted from the input `number` string, and `number` is the originally passed `number` without the extracted calling code (and without a `+`). If the calling code is present but incomplete or invalid, it will return an empty object.
 * @example
 * // Returns `{ countryCallingCode: "1", number: "2133734253" }`.
 * extractCountryCallingCode('2133734253', 'US', null, null, metadata)
 * extractCountryCallingCode('2133734253', null, 'US', null, metadata)
 * extractCountryCallingCode('2133734253', null, null, '1', metadata)
 * extractCountryCallingCode('+12133734253', null, null, null, metadata)
 * extractCountryCallingCode('+12133734253', null, 'RU', null, metadata)
 */
function extractCountryCallingCode(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number) {
    return {};
  }
  var isNumberWithIddPrefix;

  // If this is not an international phone number,
  // then either extract an "IDD" prefix, or extract a
  // country calling code from a number by autocorrecting it
  // by prepending a leading `+` in cases when it starts
  // with the country calling code.
  // https://wikitravel.org/en/International_dialling_prefix
  // https://github.com/catamphetamine/libphonenumber-js/issues/376
  if (number[0] !== '+') {
    // Convert an "out-of-country" dialing phone number
    // to a proper international phone number.
    var numberWithoutIDD = stripIddPrefix(number, country || defaultCountry, defaultCallingCode, metadataJson);
    // If an IDD prefix was stripped then
    // convert the number to international one
    // for subsequent parsing.
    if (numberWithoutIDD && numberWithoutIDD !== number) {
      isNumberWithIddPrefix = true;
      number = '+' + numberWithoutIDD;
    } else {
      // Check to see if the number starts with the country calling code
      // for the default country. If so, we remove the country calling code,
      // and do some checks on the validity of the number before and after.
      // https://github.com/catamphetamine/libphonenumber-js/issues/376
      if (country || defaultCountry || defaultCallingCode) {
        var _extractCountryCallin = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson),
          countryCallingCode = _extractCountryCallin.countryCallingCode,
          shorterNumber = _extractCountryCallin.number;
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: 'FROM_NUMBER_WITHOUT_PLUS_SIGN',
            countryCallingCode: countryCallingCode,
            number: shorterNumber
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number: number
      };
    }
  }

  // `number` can only be international at this point.

  // Fast abortion: country codes do not begin with a '0'
  if (number[1] === '0') {
    return {};
  }
  var metadata = new Metadata(metadataJson);

  // The thing with country phone codes
  // is that they are orthogonal to each other
  // i.e. there's no such country phone code A
  // for which country phone code B exists
  // where B starts with A.
  // Therefore, while scanning digits,
  // if a valid country code is found,
  // that means that it is the country code.
  //
  var i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length) {
    var _countryCallingCode = number.slice(1, i);
    if (metadata.hasCallingCode(_countryCallingCode)) {
      metadata.selectNumberingPlan(_countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? 'FROM_NUMBER_WITH_IDD' : 'FROM_NUMBER_WITH_PLUS_SIGN',
        countryCallingCode: _countryCallingCode,
        number: number.slice(i)
      };
    }
    i++;
  }
  return {};
}

// The possible values for the returned `countryCallingCodeSource` are:
//
// Copy-pasted from:
// https://github.com/google/libphonenumber/blob/master/resources/phonenumber.proto
//
// // The source from which the country_code is derived. This is not set in the
// // general parsing method, but in the method that parses and keeps raw_input.
// // New fields could be added upon request.
// enum CountryCodeSource {
//  // Default value returned if this is not set, because the phone number was
//  // created using parse, not parseAndKeepRawInput. hasCountryCodeSource will
//  // return false if this is the case.
//  UNSPECIFIED = 0;
//
//  // The country_code is derived based on a phone number with a leading "+",
//  // e.g. the French number "+33 1 42 68 53 00".
//  FROM_NUMBER_WITH_PLUS_SIGN = 1;
//
//  // The country_code is derived based on a phone number with a leading IDD,
//  // e.g. the French number "011 33 1 42 68 53 00", as it is dialled from US.
//  FROM_NUMBER_WITH_IDD = 5;
//
//  // The country_code is derived based on a phone number without a leading
//  // "+", e.g. the French number "33 1 42 68 53 00" when defaultCountry is
//  // supplied as France.
//  FROM_NUMBER_WITHOUT_PLUS_SIGN = 10;
//
//  // The country_code is derived NOT based on the phone number itself, but
//  // from the defaultCountry parameter provided in the parsing function by the
//  // clients. This happens mostly for numbers written in the national format
//  // (without country code). For example, this would be set when parsing the
//  // French number "01 42 68 53 00", when defaultCountry is supplied as
//  // France.
//  FROM_DEFAULT_COUNTRY = 20;
// }
//# sourceMappingURL=extractCountryCallingCode.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/applyInternationalSeparatorStyle.js


// Removes brackets and replaces dashes with spaces.
//
// E.g. "(999) 111-22-33" -> "999 111 22 33"
//
// For some reason Google's metadata contains `<intlFormat/>`s with brackets and dashes.
// Meanwhile, there's no single opinion about using punctuation in international phone numbers.
//
// For example, Google's `<intlFormat/>` for USA is `+1 213-373-4253`.
// And here's a quote from WikiPedia's "North American Numbering Plan" page:
// https://en.wikipedia.org/wiki/North_American_Numbering_Plan
//
// "The country calling code for all countries participating in the NANP is 1.
// In international format, an NANP number should be listed as +1 301 555 01 00,
// where 301 is an area code (Maryland)."
//
// I personally prefer the international format without any punctuation.
// For example, brackets are remnants of the old age, meaning that the
// phone number part in brackets (so called "area code") can be omitted
// if dialing within the same "area".
// And hyphens were clearly introduced for splitting local numbers into memorizable groups.
// For example, remembering "5553535" is difficult but "555-35-35" is much simpler.
// Imagine a man taking a bus from home to work and seeing an ad with a phone number.
// He has a couple of seconds to memorize that number until it passes by.
// If it were spaces instead of hyphens the man wouldn't necessarily get it,
// but with hyphens instead of spaces the grouping is more explicit.
// I personally think that hyphens introduce visual clutter,
// so I prefer replacing them with spaces in international numbers.
// In the modern age all output is done on displays where spaces are clearly distinguishable
// so hyphens can be safely replaced with spaces without losing any legibility.
//
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp("[".concat(VALID_PUNCTUATION, "]+"), 'g'), ' ').trim();
}
//# sourceMappingURL=applyInternationalSeparatorStyle.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/formatNationalNumberUsingFormat.js


// This was originally set to $1 but there are some countries for which the
// first group is not used in the national pattern (e.g. Argentina) so the $1
// group does not match correctly. Therefore, we use `\d`, so that the first
// group actually used in the pattern will be matched.
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, _ref) {
  var useInternationalFormat = _ref.useInternationalFormat,
    withNationalPrefix = _ref.withNationalPrefix,
    carrierCode = _ref.carrierCode,
    metadata = _ref.metadata;
  var formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() :
  // This library doesn't use `domestic_carrier_code_formatting_rule`,
  // because that one is only used when formatting phone numbers
  // for dialing from a mobile phone, and this is not a dialing library.
  // carrierCode && format.domesticCarrierCodeFormattingRule()
  // 	// First, replace the $CC in the formatting rule with the desired carrier code.
  // 	// Then, replace the $FG in the formatting rule with the first group
  // 	// and the carrier code combined in the appropriate way.
  // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
  // 	: (
  // 		withNationalPrefix && format.nationalPrefixFormattingRule()
  // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
  // 			: format.format()
  // 	)
  withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format());
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}
//# sourceMappingURL=formatNationalNumberUsingFormat.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/getIddPrefix.js


/**
 * Pattern that makes it easy to distinguish whether a region has a single
 * international dialing prefix or not. If a region has a single international
 * prefix (e.g. 011 in USA), it will be represented as a string that contains
 * a sequence of ASCII digits, and possibly a tilde, which signals waiting for
 * the tone. If there are multiple available international prefixes in a
 * region, they will be represented as a regex string that always contains one
 * or more characters that are not ASCII digits or a tilde.
 */
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;

// If the `country` supports IDD calling, it returns a preferred IDD prefix.
// If the `country` doesn't support IDD calling, it returns `undefined`.
function getIddPrefix(country, callingCode, metadata) {
  var countryMetadata = new Metadata(metadata);
  countryMetadata.selectNumberingPlan(country || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}
//# sourceMappingURL=getIddPrefix.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/RFC3966.js
function RFC3966_slicedToArray(r, e) { return RFC3966_arrayWithHoles(r) || RFC3966_iterableToArrayLimit(r, e) || RFC3966_unsupportedIterableToArray(r, e) || RFC3966_nonIterableRest(); }
function RFC3966_nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function RFC3966_iterableToArrayLimit(r, l) { var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (null != t) { var e, n, i, u, a = [], f = !0, o = !1; try { if (i = (t = t.call(r)).next, 0 === l) { if (Object(t) !== t) return; f = !1; } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0); } catch (r) { o = !0, n = r; } finally { try { if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return; } finally { if (o) throw n; } } return a; } }
function RFC3966_arrayWithHoles(r) { if (Array.isArray(r)) return r; }
function RFC3966_createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = RFC3966_unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function RFC3966_unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return RFC3966_arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? RFC3966_arrayLikeToArray(r, a) : void 0; } }
function RFC3966_arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }


// https://www.ietf.org/rfc/rfc3966.txt

/**
 * @param  {string} text - Phone URI (RFC 3966).
 * @return {object} `{ ?number, ?ext }`.
 */
function parseRFC3966(text) {
  var number;
  var ext;

  // Replace "tel:" with "tel=" for parsing convenience.
  text = text.replace(/^tel:/, 'tel=');
  for (var _iterator = RFC3966_createForOfIteratorHelperLoose(text.split(';')), _step; !(_step = _iterator()).done;) {
    var part = _step.value;
    var _part$split = part.split('='),
      _part$split2 = RFC3966_slicedToArray(_part$split, 2),
      name = _part$split2[0],
      value = _part$split2[1];
    switch (name) {
      case 'tel':
        number = value;
        break;
      case 'ext':
        ext = value;
        break;
      case 'phone-context':
        // Only "country contexts" are supported.
        // "Domain contexts" are ignored.
        if (value[0] === '+') {
          number = value + number;
        }
        break;
    }
  }

  // If the phone number is not viable, then abort.
  if (!isViablePhoneNumber(number)) {
    return {};
  }
  var result = {
    number: number
  };
  if (ext) {
    result.ext = ext;
  }
  return result;
}

/**
 * @param  {object} - `{ ?number, ?extension }`.
 * @return {string} Phone URI (RFC 3966).
 */
function formatRFC3966(_ref) {
  var number = _ref.number,
    ext = _ref.ext;
  if (!number) {
    return '';
  }
  if (number[0] !== '+') {
    throw new Error("\"formatRFC3966()\" expects \"number\" to be in E.164 format.");
  }
  return "tel:".concat(number).concat(ext ? ';ext=' + ext : '');
}
//# sourceMappingURL=RFC3966.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/format.js
// This is a port of Google Android `libphonenumber`'s
// `phonenumberutil.js` of December 31th, 2018.
//
// https://github.com/googlei18n/libphonenumber/commits/master/javascript/i18n/phonenumbers/phonenumberutil.js






var DEFAULT_OPTIONS = {
  formatExtension: function formatExtension(formattedNumber, extension, metadata) {
    return "".concat(formattedNumber).concat(metadata.ext()).concat(extension);
  }
};

/**
 * Formats a phone number.
 *
 * format(phoneNumberInstance, 'INTERNATIONAL', { ..., v2: true }, metadata)
 * format(phoneNumberInstance, 'NATIONAL', { ..., v2: true }, metadata)
 *
 * format({ phone: '8005553535', country: 'RU' }, 'INTERNATIONAL', { ... }, metadata)
 * format({ phone: '8005553535', country: 'RU' }, 'NATIONAL', undefined, metadata)
 *
 * @param  {object|PhoneNumber} input — If `options.v2: true` flag is passed, the `input` should be a `PhoneNumber` instance. Otherwise, it should be an object of shape `{ phone: '...', country: '...' }`.
 * @param  {string} format
 * @param  {object} [options]
 * @param  {object} metadataJson
 * @return {string}
 */
function formatNumber(input, format, options, metadataJson) {
  // Apply default options.
  if (options) {
    // Using ES6 "rest spread" syntax here didn't work with `babel`/`istanbul`
    // for some weird reason: this line of code would cause the code coverage
    // to show as not 100%. That's because `babel`/`istanbul`, for some weird reason,
    // apparently doesn't know how to properly exclude Babel polyfills from code coverage.
    //
    // options = { ...DEFAULT_OPTIONS, ...options }
    //
    options = merge({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  var metadata = new Metadata(metadataJson);

  // Normally, the `input` object is supposed to be a `PhoneNumber` class instance.
  // Also, according to the `PhoneNumber` class source code, `country` can't be "001".
  // It means that normally `input.country` or `input.countryCallingCode` is supposed
  // to be present because either of the two is always required to exist in a `PhoneNumber` instance.
  // This means that realistically, it's gonna step into either the first `if`
  // or the following `else if`, and normally it won't even reach the legacy-compatibility
  // `else return input.phone || ''` part.
  // So normally, it won't ever return an empty string here.
  if (input.country && input.country !== '001') {
    // Validate `input.country`.
    if (!metadata.hasCountry(input.country)) {
      throw new Error("Unknown country: ".concat(input.country));
    }
    metadata.selectNumberingPlan(input.country);
  } else if (input.countryCallingCode) {
    metadata.selectNumberingPlan(input.countryCallingCode);
  } else return input.phone || '';
  var countryCallingCode = metadata.countryCallingCode();
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;

  // This variable should have been declared inside `case`s
  // but Babel has a bug and it says "duplicate variable declaration".
  var number;
  switch (format) {
    case 'NATIONAL':
      // Normally, the `input` object is supposed to be a `PhoneNumber` class instance,
      // and a `PhoneNumber` class instance is always required to have a `nationalNumber`.
      // This means that the `if (!nationalNumber)` below is just for legacy-compatibility
      // and it normally can't really happen, so normally it won't ever return an empty string here.
      if (!nationalNumber) {
        return '';
      }
      number = formatNationalNumber(nationalNumber, input.carrierCode, 'NATIONAL', metadata, options);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case 'INTERNATIONAL':
      // Legacy argument support.
      // (`{ country: ..., phone: '' }`)
      if (!nationalNumber) {
        return "+".concat(countryCallingCode);
      }
      number = formatNationalNumber(nationalNumber, null, 'INTERNATIONAL', metadata, options);
      number = "+".concat(countryCallingCode, " ").concat(number);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case 'E.164':
      // `E.164` doesn't define "phone number extensions".
      return "+".concat(countryCallingCode).concat(nationalNumber);
    case 'RFC3966':
      return formatRFC3966({
        number: "+".concat(countryCallingCode).concat(nationalNumber),
        ext: input.ext
      });

    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case 'IDD':
      // If the required `fromCountry` parameter is not passed, it will return `undefined`.
      if (!options.fromCountry) {
        return;
        // throw new Error('`fromCountry` option not passed for IDD-prefixed formatting.')
      }
      var formattedNumber = formatIDD(nationalNumber, input.carrierCode, countryCallingCode, options.fromCountry, metadata);
      // If the country of the phone number doesn't support IDD calling, it will return `undefined`.
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input.ext, metadata, options.formatExtension);
    default:
      throw new Error("Unknown \"format\" argument passed to \"formatNumber()\": \"".concat(format, "\""));
  }
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
  var format = chooseFormatForNumber(metadata.formats(), number);
  if (!format) {
    return number;
  }
  return formatNationalNumberUsingFormat(number, format, {
    useInternationalFormat: formatAs === 'INTERNATIONAL',
    withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
    carrierCode: carrierCode,
    metadata: metadata
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  // Using a `for ... of` loop here didn't work with `babel`/`istanbul`:
  // for some weird reason, it showed code coverage less than 100%.
  // That's because `babel`/`istanbul`, for some weird reason,
  // apparently doesn't know how to properly exclude Babel polyfills from code coverage.
  //
  // for (const format of availableFormats) { ... }
  //
  return pickFirstMatchingElement(availableFormats, function (format) {
    // Validate leading digits.
    // The test case for "else path" could be found by searching for
    // "format.leadingDigitsPatterns().length === 0".
    if (format.leadingDigitsPatterns().length > 0) {
      // The last leading_digits_pattern is used here, as it is the most detailed
      var lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      // If leading digits don't match then move on to the next phone number format
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    // Check that the national number matches the phone number format regular expression
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata, formatExtension) {
  return ext ? formatExtension(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
  var fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata.metadata);
  // When calling within the same country calling code.
  if (fromCountryCallingCode === countryCallingCode) {
    var formattedNumber = formatNationalNumber(nationalNumber, carrierCode, 'NATIONAL', metadata);
    // For NANPA regions, return the national format for these regions
    // but prefix it with the country calling code.
    if (countryCallingCode === '1') {
      return countryCallingCode + ' ' + formattedNumber;
    }
    // If regions share a country calling code, the country calling code need
    // not be dialled. This also applies when dialling within a region, so this
    // if clause covers both these cases. Technically this is the case for
    // dialling from La Reunion to other overseas departments of France (French
    // Guiana, Martinique, Guadeloupe), but not vice versa - so we don't cover
    // this edge case for now and for those cases return the version including
    // country calling code. Details here:
    // http://www.petitfute.com/voyage/225-info-pratiques-reunion
    //
    return formattedNumber;
  }
  var iddPrefix = getIddPrefix(fromCountry, undefined, metadata.metadata);
  if (iddPrefix) {
    return "".concat(iddPrefix, " ").concat(countryCallingCode, " ").concat(formatNationalNumber(nationalNumber, null, 'INTERNATIONAL', metadata));
  }
}
function merge() {
  var i = 1;
  for (var _len = arguments.length, objects = new Array(_len), _key = 0; _key < _len; _key++) {
    objects[_key] = arguments[_key];
  }
  while (i < objects.length) {
    if (objects[i]) {
      for (var key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  var i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/PhoneNumber.js
function PhoneNumber_typeof(o) { "@babel/helpers - typeof"; return PhoneNumber_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, PhoneNumber_typeof(o); }
function PhoneNumber_ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function PhoneNumber_objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? PhoneNumber_ownKeys(Object(t), !0).forEach(function (r) { PhoneNumber_defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : PhoneNumber_ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function PhoneNumber_defineProperty(e, r, t) { return (r = PhoneNumber_toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function PhoneNumber_classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function PhoneNumber_defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, PhoneNumber_toPropertyKey(o.key), o); } }
function PhoneNumber_createClass(e, r, t) { return r && PhoneNumber_defineProperties(e.prototype, r), t && PhoneNumber_defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function PhoneNumber_toPropertyKey(t) { var i = PhoneNumber_toPrimitive(t, "string"); return "symbol" == PhoneNumber_typeof(i) ? i : i + ""; }
function PhoneNumber_toPrimitive(t, r) { if ("object" != PhoneNumber_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != PhoneNumber_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }









var PhoneNumber_USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
var PhoneNumber = /*#__PURE__*/function () {
  /**
   * @param  {string} countryOrCountryCallingCode
   * @param  {string} nationalNumber
   * @param  {object} metadata — Metadata JSON
   * @return {PhoneNumber}
   */
  function PhoneNumber(countryOrCountryCallingCode, nationalNumber, metadata) {
    PhoneNumber_classCallCheck(this, PhoneNumber);
    // Validate `countryOrCountryCallingCode` argument.
    if (!countryOrCountryCallingCode) {
      throw new TypeError('First argument is required');
    }
    if (typeof countryOrCountryCallingCode !== 'string') {
      throw new TypeError('First argument must be a string');
    }

    // In case of public API use: `constructor(number, metadata)`.
    // Transform the arguments from `constructor(number, metadata)` to
    // `constructor(countryOrCountryCallingCode, nationalNumber, metadata)`.
    if (countryOrCountryCallingCode[0] === '+' && !nationalNumber) {
      throw new TypeError('`metadata` argument not passed');
    }
    if (isObject_isObject(nationalNumber) && isObject_isObject(nationalNumber.countries)) {
      metadata = nationalNumber;
      var e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      var _extractCountryCallin = extractCountryCallingCode(e164Number, undefined, undefined, undefined, metadata),
        _countryCallingCode = _extractCountryCallin.countryCallingCode,
        number = _extractCountryCallin.number;
      nationalNumber = number;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error('Invalid `number` argument passed: too short');
      }
    }

    // Validate `nationalNumber` argument.
    if (!nationalNumber) {
      throw new TypeError('`nationalNumber` argument is required');
    }
    if (typeof nationalNumber !== 'string') {
      throw new TypeError('`nationalNumber` argument must be a string');
    }

    // Validate `metadata` argument.
    validateMetadata(metadata);

    // Initialize properties.
    var _getCountryAndCalling = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata),
      country = _getCountryAndCalling.country,
      countryCallingCode = _getCountryAndCalling.callingCode;
    this.country = country;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = '+' + this.countryCallingCode + this.nationalNumber;
    // Exclude `metadata` property output from `PhoneNumber.toString()`
    // so that it doesn't clutter the console output of Node.js.
    // Previously, when Node.js did `console.log(new PhoneNumber(...))`,
    // it would output the whole internal structure of the `metadata` object.
    this.getMetadata = function () {
      return metadata;
    };
  }
  return PhoneNumber_createClass(PhoneNumber, [{
    key: "setExt",
    value: function setExt(ext) {
      this.ext = ext;
    }
  }, {
    key: "getPossibleCountries",
    value: function getPossibleCountries() {
      if (this.country) {
        return [this.country];
      }
      return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
    }
  }, {
    key: "isPossible",
    value: function isPossible() {
      return isPossiblePhoneNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isValid",
    value: function isValid() {
      return isValidNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isNonGeographic",
    value: function isNonGeographic() {
      var metadata = new Metadata(this.getMetadata());
      return metadata.isNonGeographicCallingCode(this.countryCallingCode);
    }
  }, {
    key: "isEqual",
    value: function isEqual(phoneNumber) {
      return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
    }

    // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
    //
    // Later, it became apparent that it's not really a true equivalent.
    // The reason is that a `PhoneNumber` instance is not created
    // when the phone number string is too short for it to be considered a valid phone number:
    // * When there must be at least 2 national (significant) number digits: `"1"`.
    // * When the country calling code part of an international number is incomplete: `"+12"`.
    //
    // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
    // of using it instead of `validatePhoneNumberLength()` while ignoring
    // the "too short to be even possible" case from phone number length validation.
    // And ignoring that case wouldn't make any sense in a real-world application
    // because it would still be a valid case that should be handled.
    //
    // Because of that, this method was eventually commented out in order to not introduce
    // that kind of an anti-pattern.
    //
    // validateLength() {
    // 	const result = checkNumberLength(
    // 		this.nationalNumber,
    // 		undefined,
    // 		this.getMetadata()
    // 	)
    // 	if (result !== 'IS_POSSIBLE') {
    // 		return result
    // 	}
    // }
  }, {
    key: "getType",
    value: function getType() {
      return getNumberType(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "format",
    value: function format(_format, options) {
      return formatNumber(this, _format, options ? PhoneNumber_objectSpread(PhoneNumber_objectSpread({}, options), {}, {
        v2: true
      }) : {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "formatNational",
    value: function formatNational(options) {
      return this.format('NATIONAL', options);
    }
  }, {
    key: "formatInternational",
    value: function formatInternational(options) {
      return this.format('INTERNATIONAL', options);
    }
  }, {
    key: "getURI",
    value: function getURI(options) {
      return this.format('RFC3966', options);
    }
  }]);
}();

var E164_NUMBER_REGEXP = /^\+\d+$/;
//# sourceMappingURL=PhoneNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractPhoneContext.js
// When phone numbers are written in `RFC3966` format — `"tel:+12133734253"` —
// they can have their "calling code" part written separately in a `phone-context` parameter.
// Example: `"tel:12133734253;phone-context=+1"`.
// This function parses the full phone number from the local number and the `phone-context`
// when the `phone-context` contains a `+` sign.


var PLUS_SIGN = '+';
var RFC3966_VISUAL_SEPARATOR_ = '[\\-\\.\\(\\)]?';
var RFC3966_PHONE_DIGIT_ = '(' + '[' + VALID_DIGITS + ']' + '|' + RFC3966_VISUAL_SEPARATOR_ + ')';
var RFC3966_GLOBAL_NUMBER_DIGITS_ = '^' + '\\' + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + '*' + '[' + VALID_DIGITS + ']' + RFC3966_PHONE_DIGIT_ + '*' + '$';

/**
 * Regular expression of valid global-number-digits for the phone-context
 * parameter, following the syntax defined in RFC3966.
 */
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, 'g');

// In this port of Google's library, we don't accept alpha characters in phone numbers.
// const ALPHANUM_ = VALID_ALPHA_ + VALID_DIGITS
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = '[' + ALPHANUM_ + ']+((\\-)*[' + ALPHANUM_ + '])*';
var VALID_ALPHA_ = 'a-zA-Z';
var RFC3966_TOPLABEL_ = '[' + VALID_ALPHA_ + ']+((\\-)*[' + ALPHANUM_ + '])*';
var RFC3966_DOMAINNAME_ = '^(' + RFC3966_DOMAINLABEL_ + '\\.)*' + RFC3966_TOPLABEL_ + '\\.?$';

/**
 * Regular expression of valid domainname for the phone-context parameter,
 * following the syntax defined in RFC3966.
 */
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, 'g');
var RFC3966_PREFIX_ = 'tel:';
var RFC3966_PHONE_CONTEXT_ = ';phone-context=';
var RFC3966_ISDN_SUBADDRESS_ = ';isub=';

/**
 * Extracts the value of the phone-context parameter of `numberToExtractFrom`,
 * following the syntax defined in RFC3966.
 *
 * @param {string} numberToExtractFrom
 * @return {string|null} the extracted string (possibly empty), or `null` if no phone-context parameter is found.
 */
function extractPhoneContext(numberToExtractFrom) {
  var indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  // If no phone-context parameter is present
  if (indexOfPhoneContext < 0) {
    return null;
  }
  var phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  // If phone-context parameter is empty
  if (phoneContextStart >= numberToExtractFrom.length) {
    return '';
  }
  var phoneContextEnd = numberToExtractFrom.indexOf(';', phoneContextStart);
  // If phone-context is not the last parameter
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}

/**
 * Returns whether the value of phoneContext follows the syntax defined in RFC3966.
 *
 * @param {string|null} phoneContext
 * @return {boolean}
 */
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }

  // Does phone-context value match pattern of global-number-digits or domainname.
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}
//# sourceMappingURL=extractPhoneContext.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js



/**
 * @param  {string} numberToParse
 * @param  {string} nationalNumber
 * @return {}
 */
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, _ref) {
  var extractFormattedPhoneNumber = _ref.extractFormattedPhoneNumber;
  var phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError('NOT_A_NUMBER');
  }
  var phoneNumberString;
  if (phoneContext === null) {
    // Extract a possible number from the string passed in.
    // (this strips leading characters that could not be the start of a phone number)
    phoneNumberString = extractFormattedPhoneNumber(numberToParse) || '';
  } else {
    phoneNumberString = '';

    // If the phone context contains a phone number prefix, we need to capture
    // it, whereas domains will be ignored.
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }

    // Now append everything between the "tel:" prefix and the phone-context.
    // This should include the national number, an optional extension or
    // isdn-subaddress component. Note we also handle the case when "tel:" is
    // missing, as we have seen in some of the phone number inputs.
    // In that case, we append everything from the beginning.
    var indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    var indexOfNationalNumber;
    // RFC 3966 "tel:" prefix is preset at this stage because
    // `isPhoneContextValid()` requires it to be present.
    /* istanbul ignore else */
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    var indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }

  // Delete the isdn-subaddress and everything after it if it is present.
  // Note extension won't appear at the same time with isdn-subaddress
  // according to paragraph 5.3 of the RFC3966 spec.
  var indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  // If both phone context and isdn-subaddress are absent but other
  // parameters are present, the parameters are left in nationalNumber.
  // This is because we are concerned about deleting content from a potential
  // number string when there is no strong evidence that the number is
  // actually written in RFC3966.

  if (phoneNumberString !== '') {
    return phoneNumberString;
  }
}
//# sourceMappingURL=extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/parse.js
// This is a port of Google Android `libphonenumber`'s
// `phonenumberutil.js` of December 31th, 2018.
//
// https://github.com/googlei18n/libphonenumber/commits/master/javascript/i18n/phonenumbers/phonenumberutil.js









// import { parseRFC3966 } from './helpers/RFC3966.js'




// import stripIddPrefix from './helpers/stripIddPrefix.js'



// We don't allow input strings for parsing to be longer than 250 chars.
// This prevents malicious input from consuming CPU.
var MAX_INPUT_STRING_LENGTH = 250;

// This consists of the plus symbol, digits, and arabic-indic digits.
var PHONE_NUMBER_START_PATTERN = new RegExp('[' + PLUS_CHARS + VALID_DIGITS + ']');

// Regular expression of trailing characters that we want to remove.
// A trailing `#` is sometimes used when writing phone numbers with extensions in US.
// Example: "+1 (645) 123 1234-910#" number has extension "910".
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp('[^' + VALID_DIGITS + '#' + ']+$');
var parse_USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;

// Examples:
//
// ```js
// parse('8 (800) 555-35-35', 'RU')
// parse('8 (800) 555-35-35', 'RU', metadata)
// parse('8 (800) 555-35-35', { country: { default: 'RU' } })
// parse('8 (800) 555-35-35', { country: { default: 'RU' } }, metadata)
// parse('+7 800 555 35 35')
// parse('+7 800 555 35 35', metadata)
// ```
//

/**
 * Parses a phone number.
 *
 * parse('123456789', { defaultCountry: 'RU', v2: true }, metadata)
 * parse('123456789', { defaultCountry: 'RU' }, metadata)
 * parse('123456789', undefined, metadata)
 *
 * @param  {string} input
 * @param  {object} [options]
 * @param  {object} metadataJson
 * @return {object|PhoneNumber?} If `options.v2: true` flag is passed, it returns a `PhoneNumber?` instance. Otherwise, returns an object of shape `{ phone: '...', country: '...' }` (or just `{}` if no phone number was parsed).
 */
function parse(text, options, metadataJson) {
  // If assigning the `{}` default value is moved to the arguments above,
  // code coverage would decrease for some weird reason.
  options = options || {};
  var metadata = new Metadata(metadataJson);

  // Validate `defaultCountry`.
  if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError('INVALID_COUNTRY');
    }
    throw new Error("Unknown country: ".concat(options.defaultCountry));
  }

  // Parse the phone number.
  var _parseInput = parseInput(text, options.v2, options.extract),
    formattedPhoneNumber = _parseInput.number,
    ext = _parseInput.ext,
    error = _parseInput.error;

  // If the phone number is not viable then return nothing.
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === 'TOO_SHORT') {
        throw new ParseError('TOO_SHORT');
      }
      throw new ParseError('NOT_A_NUMBER');
    }
    return {};
  }
  var _parsePhoneNumber = parsePhoneNumber(formattedPhoneNumber, options.defaultCountry, options.defaultCallingCode,
    // If `country` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
    metadata),
    country = _parsePhoneNumber.country,
    nationalNumber = _parsePhoneNumber.nationalNumber,
    countryCallingCode = _parsePhoneNumber.countryCallingCode,
    countryCallingCodeSource = _parsePhoneNumber.countryCallingCodeSource,
    carrierCode = _parsePhoneNumber.carrierCode;
  if (!metadata.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError('INVALID_COUNTRY');
    }
    return {};
  }

  // Validate national (significant) number length.
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    // Won't throw here because the regexp already demands length > 1.
    /* istanbul ignore if */
    if (options.v2) {
      throw new ParseError('TOO_SHORT');
    }
    // Google's demo just throws an error in this case.
    return {};
  }

  // Validate national (significant) number length.
  //
  // A sidenote:
  //
  // They say that sometimes national (significant) numbers
  // can be longer than `MAX_LENGTH_FOR_NSN` (e.g. in Germany).
  // https://github.com/googlei18n/libphonenumber/blob/7e1748645552da39c4e1ba731e47969d97bdb539/resources/phonenumber.proto#L36
  // Such numbers will just be discarded.
  //
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError('TOO_LONG');
    }
    // Google's demo just throws an error in this case.
    return {};
  }
  if (options.v2) {
    var phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
    if (country) {
      phoneNumber.country = country;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }

  // Check if national phone number pattern matches the number.
  // National number pattern is different for each country,
  // even for those ones which are part of the "NANPA" group.
  var valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
  if (!options.extended) {
    return valid ? result(country, nationalNumber, ext) : {};
  }

  // isInternational: countryCallingCode !== undefined

  return {
    country: country,
    countryCallingCode: countryCallingCode,
    carrierCode: carrierCode,
    valid: valid,
    possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
    phone: nationalNumber,
    ext: ext
  };
}

/**
 * Extracts a formatted phone number from text.
 * Doesn't guarantee that the extracted phone number
 * is a valid phone number (for example, doesn't validate its length).
 * @param  {string} text
 * @param  {boolean} [extract] — If `false`, then will parse the entire `text` as a phone number.
 * @param  {boolean} [throwOnError] — By default, it won't throw if the text is too long.
 * @return {string}
 * @example
 * // Returns "(213) 373-4253".
 * extractFormattedPhoneNumber("Call (213) 373-4253 for assistance.")
 */
function _extractFormattedPhoneNumber(text, extract, throwOnError) {
  if (!text) {
    return;
  }
  if (text.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError('TOO_LONG');
    }
    return;
  }
  if (extract === false) {
    return text;
  }
  // Attempt to extract a possible number from the string passed in
  var startsAt = text.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text
  // Trim everything to the left of the phone number
  .slice(startsAt)
  // Remove trailing non-numerical characters
  .replace(AFTER_PHONE_NUMBER_END_PATTERN, '');
}

/**
 * @param  {string} text - Input.
 * @param  {boolean} v2 - Legacy API functions don't pass `v2: true` flag.
 * @param  {boolean} [extract] - Whether to extract a phone number from `text`, or attempt to parse the entire text as a phone number.
 * @return {object} `{ ?number, ?ext }`.
 */
function parseInput(text, v2, extract) {
  // // Parse RFC 3966 phone number URI.
  // if (text && text.indexOf('tel:') === 0) {
  // 	return parseRFC3966(text)
  // }
  // let number = extractFormattedPhoneNumber(text, extract, v2)
  var number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text, {
    extractFormattedPhoneNumber: function extractFormattedPhoneNumber(text) {
      return _extractFormattedPhoneNumber(text, extract, v2);
    }
  });
  // If the phone number is not viable, then abort.
  if (!number) {
    return {};
  }
  if (!isViablePhoneNumber_isViablePhoneNumber(number)) {
    if (isViablePhoneNumberStart(number)) {
      return {
        error: 'TOO_SHORT'
      };
    }
    return {};
  }
  // Attempt to parse extension first, since it doesn't require region-specific
  // data and we want to have the non-normalised number here.
  var withExtensionStripped = extractExtension(number);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number: number
  };
}

/**
 * Creates `parse()` result object.
 */
function result(country, nationalNumber, ext) {
  var result = {
    country: country,
    phone: nationalNumber
  };
  if (ext) {
    result.ext = ext;
  }
  return result;
}

/**
 * Parses a viable phone number.
 * @param {string} formattedPhoneNumber — Example: "(213) 373-4253".
 * @param {string} [defaultCountry]
 * @param {string} [defaultCallingCode]
 * @param {Metadata} metadata — Metadata instance with no pre-selected numbering plan. If `country` is returned, its numbering plan will also be selected in `metadata`. Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`. Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
 * @return {object} Returns `{ country: string?, countryCallingCode: string?, nationalNumber: string? }`.
 */
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
  // Attempt to extract a calling code from a phone number.
  // * If the phone number is found to be "international":
  //   * It will attempt to identify the calling code part of it and whether that part is complete and valid.
  //     * If the calling code part is complete and valid, it will return two properties:
  //       that calling code part (without `+`) and the rest of the digits.
  //     * Otherwise, i.e. if the calling code part is incomplete or invalid,
  //       it will return an empty object.
  // * Otherwise, i.e. if the phone number is national, there's no callind code to extract
  //   so it will just return the originally-passed `number` string as the only property.
  var _extractCountryCallin = extractCountryCallingCode(parseIncompletePhoneNumber(formattedPhoneNumber), undefined,
    // `defaultCountry` and `defaultCallingCode` are only used to detect
    // if it's an "international" phone number or not. They won't be used
    // to derive the resulting `countryCallingCode` from them, or anything like that.
    defaultCountry, defaultCallingCode, metadata.metadata),
    countryCallingCodeSource = _extractCountryCallin.countryCallingCodeSource,
    countryCallingCode = _extractCountryCallin.countryCallingCode,
    number = _extractCountryCallin.number;

  // The exact country of the phone number
  var country;

  // If `formattedPhoneNumber` is passed in "international" format,
  // choose a country by `countryCallingCode`.
  if (countryCallingCode) {
    metadata.selectNumberingPlan(countryCallingCode);
  }
  // Else, if `formattedPhoneNumber` is passed in "national" format,
  // then `number` is defined and `countryCallingCode` is `undefined`.
  else if (number && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country = defaultCountry;
      metadata.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata.numberingPlan.callingCode();
    } else {
      metadata.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      /* istanbul ignore if */
      if (parse_USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
        if (metadata.isNonGeographicCallingCode(countryCallingCode)) {
          country = '001';
        }
      }
    }
  } else return {};

  // At this point, `country` could be `undefined` but `countryCallingCode` is always defined.
  //
  // Also, if `country` is defined, its numbering plan is selected in `metadata`.
  // Otherwise, the numering plan for the `countryCallingCode` is selected in `metadata`.

  if (!number) {
    return {
      countryCallingCodeSource: countryCallingCodeSource,
      countryCallingCode: countryCallingCode
    };
  }
  var _extractNationalNumbe = extractNationalNumber(parseIncompletePhoneNumber(number), undefined, metadata),
    nationalNumber = _extractNationalNumbe.nationalNumber,
    carrierCode = _extractNationalNumbe.carrierCode;

  // Sometimes there are several countries
  // corresponding to the same country phone code
  // (e.g. NANPA countries all having `1` country phone code).
  // Therefore, to reliably determine the exact country,
  // national (significant) number should have been parsed first.
  //
  // When `metadata.json` is generated, all "ambiguous" country phone codes
  // get their countries populated with the full set of
  // "phone number type" regular expressions.
  //
  var exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber: nationalNumber,
    metadata: metadata
  });
  if (exactCountry) {
    country = exactCountry;
    /* istanbul ignore if */
    if (exactCountry === '001') {
      // Can't happen with `USE_NON_GEOGRAPHIC_COUNTRY_CODE` being `false`.
      // If `USE_NON_GEOGRAPHIC_COUNTRY_CODE` is set to `true` for some reason,
      // then remove the "istanbul ignore if".
    } else {
      metadata.selectNumberingPlan(country);
    }
  }
  return {
    country: country,
    countryCallingCode: countryCallingCode,
    countryCallingCodeSource: countryCallingCodeSource,
    nationalNumber: nationalNumber,
    carrierCode: carrierCode
  };
}
//# sourceMappingURL=parse.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js
function parsePhoneNumberWithError_typeof(o) { "@babel/helpers - typeof"; return parsePhoneNumberWithError_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, parsePhoneNumberWithError_typeof(o); }
function parsePhoneNumberWithError_ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function parsePhoneNumberWithError_objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? parsePhoneNumberWithError_ownKeys(Object(t), !0).forEach(function (r) { parsePhoneNumberWithError_defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : parsePhoneNumberWithError_ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function parsePhoneNumberWithError_defineProperty(e, r, t) { return (r = parsePhoneNumberWithError_toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function parsePhoneNumberWithError_toPropertyKey(t) { var i = parsePhoneNumberWithError_toPrimitive(t, "string"); return "symbol" == parsePhoneNumberWithError_typeof(i) ? i : i + ""; }
function parsePhoneNumberWithError_toPrimitive(t, r) { if ("object" != parsePhoneNumberWithError_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != parsePhoneNumberWithError_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }

function parsePhoneNumberWithError(text, options, metadata) {
  return parse(text, parsePhoneNumberWithError_objectSpread(parsePhoneNumberWithError_objectSpread({}, options), {}, {
    v2: true
  }), metadata);
}
//# sourceMappingURL=parsePhoneNumberWithError_.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/parsePhoneNumber_.js
function parsePhoneNumber_typeof(o) { "@babel/helpers - typeof"; return parsePhoneNumber_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, parsePhoneNumber_typeof(o); }
function parsePhoneNumber_ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function parsePhoneNumber_objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? parsePhoneNumber_ownKeys(Object(t), !0).forEach(function (r) { parsePhoneNumber_defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : parsePhoneNumber_ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function parsePhoneNumber_defineProperty(e, r, t) { return (r = parsePhoneNumber_toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function parsePhoneNumber_toPropertyKey(t) { var i = parsePhoneNumber_toPrimitive(t, "string"); return "symbol" == parsePhoneNumber_typeof(i) ? i : i + ""; }
function parsePhoneNumber_toPrimitive(t, r) { if ("object" != parsePhoneNumber_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != parsePhoneNumber_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }



function parsePhoneNumber_parsePhoneNumber(text, options, metadata) {
  // Validate `defaultCountry`.
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) {
    options = parsePhoneNumber_objectSpread(parsePhoneNumber_objectSpread({}, options), {}, {
      defaultCountry: undefined
    });
  }
  // Parse phone number.
  try {
    return parsePhoneNumberWithError(text, options, metadata);
  } catch (error) {
    /* istanbul ignore else */
    if (error instanceof ParseError) {
      //
    } else {
      throw error;
    }
  }
}
//# sourceMappingURL=parsePhoneNumber_.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/isValidPhoneNumber.js
function isValidPhoneNumber_typeof(o) { "@babel/helpers - typeof"; return isValidPhoneNumber_typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, isValidPhoneNumber_typeof(o); }
function isValidPhoneNumber_ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function isValidPhoneNumber_objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? isValidPhoneNumber_ownKeys(Object(t), !0).forEach(function (r) { isValidPhoneNumber_defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : isValidPhoneNumber_ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function isValidPhoneNumber_defineProperty(e, r, t) { return (r = isValidPhoneNumber_toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function isValidPhoneNumber_toPropertyKey(t) { var i = isValidPhoneNumber_toPrimitive(t, "string"); return "symbol" == isValidPhoneNumber_typeof(i) ? i : i + ""; }
function isValidPhoneNumber_toPrimitive(t, r) { if ("object" != isValidPhoneNumber_typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != isValidPhoneNumber_typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }


function isValidPhoneNumber() {
  var _normalizeArguments = normalizeArguments(arguments),
    text = _normalizeArguments.text,
    options = _normalizeArguments.options,
    metadata = _normalizeArguments.metadata;
  options = isValidPhoneNumber_objectSpread(isValidPhoneNumber_objectSpread({}, options), {}, {
    extract: false
  });
  var phoneNumber = parsePhoneNumber_parsePhoneNumber(text, options, metadata);
  return phoneNumber && phoneNumber.isValid() || false;
}
//# sourceMappingURL=isValidPhoneNumber.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/min/exports/isValidPhoneNumber.js



function isValidPhoneNumber_isValidPhoneNumber() {
	return withMetadataArgument(isValidPhoneNumber, arguments)
}
;// CONCATENATED MODULE: ./test/sim/intercom/phone.ts
/**
 * Phone validation for contacts.
 *
 * ASSUMPTION, not documented behaviour: the real contacts API's reaction to a malformed phone number is
 * not documented (the spec, the docs and the issue trackers are silent; its examples are all E.164).
 * This simulator refuses anything that is not a valid E.164 number (`+` and digits, valid for its
 * country per libphonenumber) with 400 `parameter_invalid`, so that a connector proves it handles a
 * per-record rejection and normalises numbers before sending them.
 */


const E164 = /^\+[1-9]\d{6,14}$/;
function isE164(phone) {
    return E164.test(phone) && isValidPhoneNumber_isValidPhoneNumber(phone);
}
function checkPhone(phone) {
    if (phone === null || phone === undefined || phone === '')
        return;
    if (!isE164(phone))
        throw invalid('Invalid phone number', 'phone');
}

;// CONCATENATED MODULE: ./test/sim/intercom/search.ts
/**
 * The search query language of `POST /contacts|conversations|tickets/search`: a filter
 * `{field, operator, value}` or a group `{operator: AND|OR, value: [...]}`, at most 2 levels of
 * groups and 15 entries per group.
 *
 * Timestamps differ by endpoint, as the 2.16 spec documents:
 * - contacts (`calendar-day`): matched by calendar day in the workspace timezone: `=` is the whole day,
 *   `>` starts at the next day, `<` ends before that day; `!=`, `>=`, `<=`, `IN`, `NIN` are refused.
 * - conversations and tickets (`inclusive`): exact seconds, and `>`/`<` are "greater (or equal)" and
 *   "lower (or equal)".
 */


const OPERATORS = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'];
const MAX_DEPTH = 2;
const MAX_PER_GROUP = 15;
/** Validates a query and compiles it to a predicate; invalid queries throw the 400 Intercom gives. */
function compileQuery(query, model) {
    if (!isObject(query))
        throw invalid('query must be an object', 'query');
    return compileNode(query, model, 0);
}
function compileNode(node, model, depth) {
    const operator = node['operator'];
    if ((operator === 'AND' || operator === 'OR') && !('field' in node)) {
        if (depth + 1 > MAX_DEPTH)
            throw invalid(`Search queries allow at most ${MAX_DEPTH} levels of nested filters`, 'query');
        const value = node['value'];
        if (!Array.isArray(value) || value.length === 0)
            throw invalid(`${operator} needs a non-empty array of filters`, 'query');
        if (value.length > MAX_PER_GROUP)
            throw invalid(`Search queries allow at most ${MAX_PER_GROUP} filters per ${operator} group`, 'query');
        const children = value.map((child) => {
            if (!isObject(child))
                throw invalid('Each filter must be an object', 'query');
            return compileNode(child, model, depth + 1);
        });
        return operator === 'AND' ? (item) => children.every((c) => c(item)) : (item) => children.some((c) => c(item));
    }
    return compileFilter(node, model);
}
function compileFilter(node, model) {
    const name = node['field'];
    const operator = node['operator'];
    const value = node['value'];
    if (typeof name !== 'string')
        throw invalid('A filter needs a field', 'query');
    if (typeof operator !== 'string' || !OPERATORS.includes(operator))
        throw invalid(`Operator '${String(operator)}' is not supported`, 'query');
    const field = model.field(name);
    if (!field)
        throw invalid(`Field '${name}' is not searchable`, 'query');
    if (field.only && !field.only.includes(operator))
        throw invalid(`Operator '${operator}' is not supported for field '${name}'`, 'query');
    const listOperator = operator === 'IN' || operator === 'NIN';
    if (listOperator !== Array.isArray(value)) {
        throw invalid(listOperator ? `${operator} needs an array value` : `Operator '${operator}' needs a single value`, 'query');
    }
    const values = (Array.isArray(value) ? value : [value]).map((v) => coerce(v, field.kind, name));
    if (field.kind === 'date')
        return compileDate(name, operator, values, field, model);
    if (['~', '!~', '^', '$'].includes(operator) && field.kind !== 'string')
        throw invalid(`Operator '${operator}' needs a string field`, 'query');
    if (['<', '<=', '>', '>='].includes(operator) && field.kind !== 'integer')
        throw invalid(`Operator '${operator}' needs an integer or date field`, 'query');
    const inclusive = model.timestamps === 'inclusive';
    const target = values[0];
    return (item) => {
        const actual = asList(field.get(item));
        switch (operator) {
            case '=':
                return actual.some((a) => same(a, target));
            case '!=':
                return !actual.some((a) => same(a, target));
            case 'IN':
                return actual.some((a) => values.some((v) => same(a, v)));
            case 'NIN':
                return !actual.some((a) => values.some((v) => same(a, v)));
            case '>':
                return actual.some((a) => typeof a === 'number' && (inclusive ? a >= Number(target) : a > Number(target)));
            case '<':
                return actual.some((a) => typeof a === 'number' && (inclusive ? a <= Number(target) : a < Number(target)));
            case '>=':
                return actual.some((a) => typeof a === 'number' && a >= Number(target));
            case '<=':
                return actual.some((a) => typeof a === 'number' && a <= Number(target));
            case '~':
                return actual.some((a) => typeof a === 'string' && a.toLowerCase().includes(String(target).toLowerCase()));
            case '!~':
                return !actual.some((a) => typeof a === 'string' && a.toLowerCase().includes(String(target).toLowerCase()));
            case '^':
                return actual.some((a) => typeof a === 'string' && a.toLowerCase().startsWith(String(target).toLowerCase()));
            case '$':
                return actual.some((a) => typeof a === 'string' && a.toLowerCase().endsWith(String(target).toLowerCase()));
            default:
                return false;
        }
    };
}
function compileDate(name, operator, values, field, model) {
    const target = Number(values[0]);
    const stamp = (item) => {
        const v = field.get(item);
        return typeof v === 'number' ? v : null;
    };
    if (model.timestamps === 'inclusive') {
        const allowed = ['=', '!=', 'IN', 'NIN', '>', '<'];
        if (!allowed.includes(operator) && !model.dateOperatorsAllowed?.(name, operator)) {
            throw invalid(`Operator '${operator}' is not supported on Date field '${name}'`, 'query');
        }
        return (item) => {
            const t = stamp(item);
            if (t === null)
                return operator === '!=' || operator === 'NIN';
            switch (operator) {
                case '=':
                    return t === target;
                case '!=':
                    return t !== target;
                case 'IN':
                    return values.some((v) => Number(v) === t);
                case 'NIN':
                    return !values.some((v) => Number(v) === t);
                case '>':
                case '>=':
                    return t >= target;
                default: // '<', '<='
                    return t <= target;
            }
        };
    }
    if (!['=', '>', '<'].includes(operator)) {
        throw invalid(`The '${operator}' operator is not supported on Date fields ('${name}')`, 'query');
    }
    const dayStart = startOfDay(target, model.timezone);
    const nextDay = startOfDay(dayStart + 26 * 3600, model.timezone);
    return (item) => {
        const t = stamp(item);
        if (t === null)
            return false;
        if (operator === '=')
            return t >= dayStart && t < nextDay;
        if (operator === '>')
            return t >= nextDay;
        return t < dayStart;
    };
}
function coerce(value, kind, name) {
    if (value === null)
        return null;
    switch (kind) {
        case 'date':
        case 'integer':
            if (typeof value === 'number' && Number.isFinite(value))
                return value;
            if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
                return Number(value);
            throw invalid(`Field '${name}' needs a number, got ${JSON.stringify(value)}`, 'query');
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'false')
                return value === 'true';
            throw invalid(`Field '${name}' needs a boolean, got ${JSON.stringify(value)}`, 'query');
        default:
            if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
                return value;
            throw invalid(`Field '${name}' needs a string, got ${JSON.stringify(value)}`, 'query');
    }
}
function asList(value) {
    if (Array.isArray(value))
        return value;
    return [value];
}
/** Equality as search sees it: strings case-insensitively, numbers and numeric strings alike. */
function same(actual, wanted) {
    if (actual === null || actual === undefined)
        return wanted === null;
    if (wanted === null)
        return false;
    if (typeof actual === 'string' && typeof wanted === 'string')
        return actual.toLowerCase() === wanted.toLowerCase();
    return String(actual) === String(wanted);
}
/** Unix seconds of the local midnight that starts the day containing `t` in `timeZone`. */
function startOfDay(t, timeZone) {
    const local = t + offsetSeconds(t, timeZone);
    const midnightLocal = Math.floor(local / 86400) * 86400;
    // The offset at midnight can differ from the offset at `t` across a DST change: correct once.
    let start = midnightLocal - offsetSeconds(midnightLocal - offsetSeconds(t, timeZone), timeZone);
    if (start > t)
        start -= 86400;
    return start;
}
const formatters = new Map();
function offsetSeconds(t, timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hourCycle: 'h23',
                year: 'numeric',
                month: '2-digit',
                day: '2-digit',
                hour: '2-digit',
                minute: '2-digit',
                second: '2-digit',
            });
        }
        catch {
            throw badRequest('parameter_invalid', `Unknown workspace timezone ${timeZone}`);
        }
        formatters.set(timeZone, f);
    }
    const parts = Object.fromEntries(f.formatToParts(new Date(t * 1000)).map((p) => [p.type, p.value]));
    const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
    return Math.round(asUtc / 1000) - t;
}
/** `pagination` and `sort` of a search body, with the endpoint's defaults. */
function searchPaging(body, defaultSize, max) {
    const pagination = body['pagination'];
    if (pagination === undefined || pagination === null)
        return { perPage: defaultSize, startingAfter: undefined };
    if (!isObject(pagination))
        throw invalid('pagination must be an object', 'pagination');
    const requested = pagination['per_page'];
    let perPage = defaultSize;
    if (requested !== undefined && requested !== null) {
        if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1)
            throw invalid('per_page must be a positive integer', 'per_page');
        perPage = Math.min(requested, max);
    }
    const after = pagination['starting_after'];
    if (after !== undefined && after !== null && typeof after !== 'string')
        throw invalid('starting_after must be a string', 'starting_after');
    return { perPage, startingAfter: after ?? undefined };
}

;// CONCATENATED MODULE: ./test/sim/intercom/router.ts

const RESPONSE = Symbol('response');
function respond(response) {
    return { [RESPONSE]: true, response };
}
function isFullResponse(value) {
    return typeof value === 'object' && value !== null && RESPONSE in value;
}
class Router {
    routes = [];
    on(method, template, handler) {
        const keys = [];
        const source = template
            .split('/')
            .map((segment) => {
            const m = /^\{(\w+)\}$/.exec(segment);
            if (!m?.[1])
                return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            keys.push(m[1]);
            return '([^/]+)';
        })
            .join('/');
        this.routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}/?$`), keys, handler });
        return this;
    }
    /** The template a request matches, for logs and tests. */
    match(method, path) {
        for (const route of this.routes) {
            if (route.method !== method.toUpperCase())
                continue;
            const m = route.pattern.exec(path);
            if (!m)
                continue;
            const params = {};
            route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
            return { route, params };
        }
        return undefined;
    }
    templates() {
        return this.routes.map((r) => ({ method: r.method, template: r.template }));
    }
    async handle(request, store, config) {
        const found = this.match(request.method, request.path);
        // Unknown routes and methods (e.g. POST /admins: teammates cannot be created) get Intercom's 404.
        if (!found)
            throw notFound();
        const result = await found.route.handler({ request, params: found.params, query: request.query, store, config });
        if (isFullResponse(result))
            return result.response;
        return { status: 200, body: result };
    }
}

;// CONCATENATED MODULE: ./test/sim/intercom/tags.ts
/**
 * Tags: `GET /tags`, find-or-create and rename through `POST /tags` (names are case-insensitive),
 * bulk tagging of companies and users through the same route, and the tagging helpers that the
 * contact, conversation, ticket and article routes share.
 */



const TAG_ID_BASE = 7_000_000;
function renderTagBasic(tag) {
    return { type: 'tag', id: tag.id, name: tag.name };
}
/** A tag as tagging responses show it, with when and by whom it was applied. */
function renderAppliedTag(store, applied) {
    const tag = store.tags.get(applied.tag_id);
    if (!tag)
        return undefined;
    return { type: 'tag', id: tag.id, name: tag.name, applied_at: applied.applied_at, applied_by: applied.applied_by };
}
/** `{type: "tag.list", tags: [...]}`, the inline tag list of conversations, companies and articles. */
function renderTagList(store, applied, withApplied) {
    const tags = [];
    for (const a of applied) {
        const tag = store.tags.get(a.tag_id);
        if (!tag)
            continue;
        tags.push(withApplied ? { ...renderTagBasic(tag), applied_at: a.applied_at, applied_by: a.applied_by } : renderTagBasic(tag));
    }
    return { type: 'tag.list', tags };
}
function findOrCreateTag(store, name) {
    const existing = store.findTagByName(name);
    if (existing)
        return existing;
    const tag = { id: store.nextNumericId('tag', TAG_ID_BASE), name: name.trim(), created_at: store.now() };
    store.tags.set(tag.id, tag);
    return tag;
}
/** The tag named by `{id}` in a tagging body; unknown ids give the spec's 404. */
function requireTag(store, id) {
    const tag = store.tags.get(String(id ?? ''));
    if (!tag)
        throw notFound();
    return tag;
}
function applyTag(list, tag, at, by) {
    const existing = list.find((a) => a.tag_id === tag.id);
    if (existing)
        return existing;
    const applied = { tag_id: tag.id, applied_at: at, applied_by: by };
    list.push(applied);
    return applied;
}
function removeTag(list, tagId) {
    const i = list.findIndex((a) => a.tag_id === tagId);
    if (i < 0)
        return false;
    list.splice(i, 1);
    return true;
}
function registerTagRoutes(router) {
    router.on('GET', '/tags', ({ store }) => ({ type: 'list', data: [...store.tags.values()].map(renderTagBasic) }));
    router.on('GET', '/tags/{tag_id}', ({ store, params }) => renderTagBasic(requireTag(store, params['tag_id'])));
    router.on('DELETE', '/tags/{tag_id}', ({ store, params }) => {
        const tag = requireTag(store, params['tag_id']);
        store.tags.delete(tag.id);
        const strip = (list) => void removeTag(list, tag.id);
        for (const c of store.contacts.values())
            strip(c.tags);
        for (const c of store.companies.values())
            strip(c.tags);
        for (const c of store.conversations.values())
            strip(c.tags);
        for (const t of store.tickets.values())
            strip(t.tags);
        for (const a of store.articles.values())
            strip(a.tags);
        // The spec documents a 200 without a body.
        return respond({ status: 200 });
    });
    router.on('POST', '/tags', ({ store, request }) => {
        const body = bodyObject(request.body);
        const name = reqString(body, 'name', 'name is a required parameter.');
        const id = optString(body, 'id');
        let tag;
        if (id !== undefined) {
            // Rename: the tag must exist and the new name must not belong to another tag.
            tag = requireTag(store, id);
            const clash = store.findTagByName(name);
            if (clash && clash.id !== tag.id)
                throw new IntercomApiError(400, 'parameter_invalid', `A tag named '${name}' already exists`);
            tag.name = name.trim();
        }
        else {
            tag = findOrCreateTag(store, name);
        }
        const response = { type: 'tag', id: tag.id, name: tag.name };
        const now = store.now();
        const companies = body['companies'];
        if (companies !== undefined) {
            if (!Array.isArray(companies))
                throw invalid('invalid tag parameters');
            response['companies'] = companies.map((entry) => {
                if (!isObject(entry))
                    throw invalid('invalid tag parameters');
                const company = (typeof entry['id'] === 'string' && store.companies.get(entry['id'])) ||
                    (typeof entry['company_id'] === 'string' && store.findCompanyByCompanyId(entry['company_id'])) ||
                    undefined;
                const label = String(entry['id'] ?? entry['company_id'] ?? '');
                if (!company)
                    return { id: label, tagged: false };
                if (entry['untag'] === true) {
                    removeTag(company.tags, tag.id);
                    company.updated_at = now;
                    return { id: company.id, tagged: false };
                }
                applyTag(company.tags, tag, now, null);
                company.updated_at = now;
                return { id: company.id, tagged: true };
            });
        }
        const users = body['users'];
        if (users !== undefined) {
            if (!Array.isArray(users))
                throw invalid('invalid tag parameters');
            response['users'] = users.map((entry) => {
                if (!isObject(entry) || typeof entry['id'] !== 'string')
                    throw invalid('invalid tag parameters');
                const contact = store.contacts.get(entry['id']);
                if (!contact)
                    return { id: entry['id'], tagged: false };
                if (entry['untag'] === true) {
                    removeTag(contact.tags, tag.id);
                    return { id: contact.id, tagged: false };
                }
                applyTag(contact.tags, tag, now, null);
                contact.updated_at = now;
                return { id: contact.id, tagged: true };
            });
        }
        return response;
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/contacts.ts
/**
 * Contacts (users and leads): create, update, get, list (cursor), search (calendar-day timestamps),
 * find by external_id, archive, merge, and tags.
 *
 * Uniqueness, as the sim applies it (the real rule is undocumented beyond "a contact matching those
 * details"): an `external_id` is unique across live contacts; a user created or updated without an
 * `external_id` also matches an existing user with the same email. A match answers 409 `conflict`
 * with the existing id in the message, worded differently when the match is archived.
 */







const INLINE_LIMIT = 10;
function renderContact(store, contact) {
    const base = `/contacts/${contact.id}`;
    const inline = (data, url) => ({
        type: 'list',
        data: data.slice(0, INLINE_LIMIT),
        url,
        total_count: data.length,
        has_more: data.length > INLINE_LIMIT,
    });
    const tags = contact.tags
        .map((a) => store.tags.get(a.tag_id))
        .filter((t) => t !== undefined)
        .map((t) => ({ type: 'tag', id: t.id, url: `/tags/${t.id}` }));
    const companies = contact.company_ids.map((id) => ({ type: 'company', id, url: `/companies/${id}` }));
    const nullFields = [
        'last_email_opened_at', 'last_email_clicked_at', 'browser', 'browser_version', 'browser_language', 'os',
        'android_app_name', 'android_app_version', 'android_device', 'android_os_version', 'android_sdk_version', 'android_last_seen_at',
        'ios_app_name', 'ios_app_version', 'ios_device', 'ios_os_version', 'ios_sdk_version', 'ios_last_seen_at',
        'utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term', 'referrer', 'enabled_push_messaging',
    ];
    return {
        type: 'contact',
        id: contact.id,
        workspace_id: store.app.id_code,
        external_id: contact.external_id,
        role: contact.role,
        // The spec declares email and email_domain as non-null strings; its examples show '' when absent.
        email: contact.email ?? '',
        email_domain: contact.email?.split('@')[1] ?? '',
        phone: contact.phone,
        formatted_phone: contact.phone,
        name: contact.name,
        avatar: contact.avatar === null ? null : { type: 'avatar', image_url: contact.avatar },
        owner_id: contact.owner_id,
        social_profiles: { type: 'list', data: [] },
        has_hard_bounced: false,
        marked_email_as_spam: false,
        unsubscribed_from_emails: contact.unsubscribed_from_emails,
        created_at: contact.created_at,
        updated_at: contact.updated_at,
        signed_up_at: contact.signed_up_at,
        last_seen_at: contact.last_seen_at,
        last_replied_at: contact.last_replied_at,
        last_contacted_at: contact.last_contacted_at,
        language_override: contact.language_override,
        location: { type: 'location', country: null, region: null, city: null, country_code: null, continent_code: null },
        custom_attributes: contact.custom_attributes,
        tags: inline(tags, `${base}/tags`),
        notes: inline([], `${base}/notes`),
        companies: inline(companies, `${base}/companies`),
        opted_out_subscription_types: inline([], `${base}/subscriptions`),
        opted_in_subscription_types: inline([], `${base}/subscriptions`),
        ...Object.fromEntries(nullFields.map((f) => [f, null])),
    };
}
/** A live contact by id; merged contacts answer 410 Gone with a Link to the one they were merged into. */
function requireContact(store, id) {
    const contact = id === undefined ? undefined : store.contacts.get(id);
    if (!contact)
        throw userNotFound();
    if (contact.merged_into !== null) {
        let canonical = contact.merged_into;
        for (let hops = 0; hops < 3; hops++) {
            const next = store.contacts.get(canonical)?.merged_into;
            if (!next)
                break;
            canonical = next;
        }
        throw new IntercomApiError(410, 'contact_merged', "This contact has been merged. See the 'Link' header for the canonical contact.", {
            link: `</contacts/${canonical}>; rel="canonical"`,
        });
    }
    return contact;
}
function findConflict(store, candidate) {
    for (const other of store.contacts.values()) {
        if (other.id === candidate.id || other.merged_into !== null)
            continue;
        if (candidate.external_id !== null && other.external_id === candidate.external_id)
            return other;
        if (candidate.external_id === null &&
            candidate.role === 'user' &&
            other.role === 'user' &&
            candidate.email !== null &&
            other.email?.toLowerCase() === candidate.email.toLowerCase()) {
            return other;
        }
    }
    return undefined;
}
function conflictError(existing) {
    const message = existing.archived
        ? `An archived contact matching those details already exists with id=${existing.id}`
        : `A contact matching those details already exists with id=${existing.id}`;
    return new IntercomApiError(409, 'conflict', message);
}
function readRole(body) {
    const role = optString(body, 'role');
    if (role === undefined)
        return undefined;
    if (role !== 'user' && role !== 'lead')
        throw invalid(`role must be user or lead`, 'role');
    return role;
}
/** Applies the writable fields of a create or update body. `created_at` is not among them. */
function applyFields(store, contact, body, strict) {
    const phone = nullableString(body, 'phone');
    checkPhone(phone);
    const email = nullableString(body, 'email');
    if (optBoolean(body, 'email_verified') !== undefined && !email && !contact.email) {
        throw invalid('email_verified can only be set together with an email', 'email_verified');
    }
    const ownerId = nullableString(body, 'owner_id');
    if (ownerId !== undefined && ownerId !== null && !store.admins.has(ownerId)) {
        throw invalid('The owner specified is not a member of the workspace', 'owner_id');
    }
    const custom = optObject(body, 'custom_attributes');
    const customValues = custom ? checkCustomAttributes(store, 'contact', custom, strict) : undefined;
    const externalId = nullableString(body, 'external_id');
    if (externalId !== undefined)
        contact.external_id = externalId;
    if (email !== undefined)
        contact.email = email;
    if (phone !== undefined)
        contact.phone = phone === '' ? null : phone;
    const name = nullableString(body, 'name');
    if (name !== undefined)
        contact.name = name;
    const avatar = nullableString(body, 'avatar');
    if (avatar !== undefined)
        contact.avatar = avatar;
    if (ownerId !== undefined)
        contact.owner_id = ownerId;
    const signedUp = nullableInteger(body, 'signed_up_at');
    if (signedUp !== undefined)
        contact.signed_up_at = signedUp;
    const lastSeen = nullableInteger(body, 'last_seen_at');
    if (lastSeen !== undefined)
        contact.last_seen_at = lastSeen;
    const unsubscribed = optBoolean(body, 'unsubscribed_from_emails');
    if (unsubscribed !== undefined)
        contact.unsubscribed_from_emails = unsubscribed;
    const language = nullableString(body, 'language_override');
    if (language !== undefined)
        contact.language_override = language;
    if (customValues)
        contact.custom_attributes = { ...contact.custom_attributes, ...customValues };
}
function newContact(store, role) {
    const now = store.now();
    return {
        id: store.nextHexId('contact'),
        role,
        external_id: null,
        email: null,
        phone: null,
        name: null,
        avatar: null,
        owner_id: null,
        unsubscribed_from_emails: false,
        created_at: now,
        updated_at: now,
        signed_up_at: null,
        last_seen_at: null,
        last_replied_at: null,
        last_contacted_at: null,
        language_override: null,
        custom_attributes: {},
        tags: [],
        company_ids: [],
        archived: false,
        merged_into: null,
    };
}
function createContact(ctx) {
    const { store, request, config } = ctx;
    const body = bodyObject(request.body);
    const role = readRole(body);
    const externalId = optString(body, 'external_id') ?? null;
    const email = optString(body, 'email') ?? null;
    if (role === undefined && externalId === null && email === null) {
        throw invalid('You must provide at least one of: role, external_id or email');
    }
    const contact = newContact(store, role ?? 'user');
    const existing = findConflict(store, { role: contact.role, external_id: externalId, email });
    if (existing)
        throw conflictError(existing);
    applyFields(store, contact, body, config.strictCustomAttributes);
    store.contacts.set(contact.id, contact);
    return renderContact(store, contact);
}
function updateContact(ctx) {
    const { store, request, params, config } = ctx;
    const contact = requireContact(store, params['contact_id']);
    const body = bodyObject(request.body);
    const role = readRole(body);
    if (role === 'lead' && contact.role === 'user') {
        throw new IntercomApiError(400, 'client_error', "Contact with user role can't be converted to a lead");
    }
    const externalId = nullableString(body, 'external_id');
    const email = nullableString(body, 'email');
    const existing = findConflict(store, {
        id: contact.id,
        role: role ?? contact.role,
        external_id: externalId === undefined ? contact.external_id : externalId,
        email: email === undefined ? contact.email : email,
    });
    if (existing)
        throw conflictError(existing);
    // Work on a copy so a rejected field (a bad phone) leaves the contact untouched.
    const draft = { ...contact, custom_attributes: { ...contact.custom_attributes } };
    applyFields(store, draft, body, config.strictCustomAttributes);
    if (role)
        draft.role = role;
    draft.updated_at = store.now();
    Object.assign(contact, draft);
    return renderContact(store, contact);
}
function contactSearchModel(store) {
    const date = (get) => ({ kind: 'date', get });
    const string = (get) => ({ kind: 'string', get });
    const fields = {
        id: string((c) => c.id),
        role: string((c) => c.role),
        name: string((c) => c.name),
        avatar: string((c) => c.avatar),
        owner_id: string((c) => c.owner_id),
        email: string((c) => c.email),
        email_domain: string((c) => c.email?.split('@')[1] ?? null),
        phone: string((c) => c.phone),
        formatted_phone: string((c) => c.phone),
        external_id: string((c) => c.external_id),
        language_override: string((c) => c.language_override),
        created_at: date((c) => c.created_at),
        updated_at: date((c) => c.updated_at),
        signed_up_at: date((c) => c.signed_up_at),
        last_seen_at: date((c) => c.last_seen_at),
        last_contacted_at: date((c) => c.last_contacted_at),
        last_replied_at: date((c) => c.last_replied_at),
        unsubscribed_from_emails: { kind: 'boolean', get: (c) => c.unsubscribed_from_emails },
        tag_id: { kind: 'string', get: (c) => c.tags.map((t) => t.tag_id), only: ['=', '!='] },
        segment_id: { kind: 'string', get: () => [], only: ['=', '!='] },
    };
    return {
        timestamps: 'calendar-day',
        timezone: store.app.timezone,
        field(name) {
            const direct = fields[name];
            if (direct)
                return direct;
            const m = /^custom_attributes\.(.+)$/.exec(name);
            if (!m?.[1])
                return undefined;
            const attrName = m[1];
            const attr = [...store.dataAttributes.values()].find((a) => a.model === 'contact' && a.custom && a.name === attrName);
            if (!attr)
                return undefined;
            const kind = attr.data_type === 'date' ? 'date' : attr.data_type === 'boolean' ? 'boolean' : attr.data_type === 'string' ? 'string' : 'integer';
            return { kind, get: (c) => c.custom_attributes[attrName] ?? null };
        },
    };
}
function searchContacts(ctx, options) {
    const { store, request } = ctx;
    const body = bodyObject(request.body);
    const model = contactSearchModel(store);
    const predicate = compileQuery(body['query'], model);
    const { perPage: size, startingAfter } = searchPaging(body, 50, 150);
    let keyOf = (c) => [c.id];
    let compare = compareKeys;
    const sort = optObject(body, 'sort');
    if (sort) {
        const order = sort['order'] ?? 'ascending';
        if (order !== 'ascending' && order !== 'descending') {
            throw new IntercomApiError(400, 'invalid_sort_order', `Invalid sort order '${String(order)}'. Must be one of: ascending, descending`);
        }
        const fieldName = typeof sort['field'] === 'string' ? sort['field'] : '';
        const field = model.field(fieldName);
        if (!field)
            throw invalid(`Field '${fieldName}' cannot be sorted on`, 'sort');
        // Sorting uses the full value (only filtering is day-granular).
        keyOf = (c) => {
            const v = field.get(c);
            return [typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v), c.id];
        };
        const sign = order === 'descending' ? -1 : 1;
        compare = (a, b) => sign * compareKeys(a.slice(0, 1), b.slice(0, 1)) || compareKeys(a.slice(1), b.slice(1));
    }
    const now = store.now();
    const matches = [...store.contacts.values()]
        .filter((c) => c.merged_into === null && !c.archived && now - c.created_at >= options.searchIndexLagSeconds && predicate(c))
        .sort((a, b) => compare(keyOf(a), keyOf(b)));
    const page = cursorPage(matches, keyOf, startingAfter, size, compare);
    return { type: 'list', data: page.items.map((c) => renderContact(store, c)), total_count: page.total_count, pages: page.pages };
}
function registerContactRoutes(router, options) {
    router.on('POST', '/contacts', createContact);
    router.on('POST', '/contacts/search', (ctx) => searchContacts(ctx, options));
    router.on('POST', '/contacts/merge', ({ store, request }) => {
        const body = bodyObject(request.body);
        const from = requireContact(store, optString(body, 'from'));
        const into = requireContact(store, optString(body, 'into'));
        if (from.role !== 'lead')
            throw invalid('Only a lead can be merged into a user', 'from');
        if (into.role !== 'user')
            throw invalid('A lead can only be merged into a user', 'into');
        from.merged_into = into.id;
        for (const id of from.company_ids)
            if (!into.company_ids.includes(id))
                into.company_ids.push(id);
        for (const tag of from.tags)
            if (!into.tags.some((t) => t.tag_id === tag.tag_id))
                into.tags.push(tag);
        for (const conversation of store.conversations.values()) {
            conversation.contact_ids = [...new Set(conversation.contact_ids.map((id) => (id === from.id ? into.id : id)))];
        }
        into.updated_at = store.now();
        return renderContact(store, into);
    });
    router.on('GET', '/contacts', ({ store, query }) => {
        const size = perPage(queryInteger(query, 'per_page'), 10, 150);
        const contacts = [...store.contacts.values()].filter((c) => c.merged_into === null && !c.archived).sort((a, b) => compareKeys([a.id], [b.id]));
        const page = cursorPage(contacts, (c) => [c.id], query.get('starting_after') ?? undefined, size);
        return { type: 'list', data: page.items.map((c) => renderContact(store, c)), total_count: page.total_count, pages: page.pages };
    });
    router.on('GET', '/contacts/find_by_external_id/{external_id}', ({ store, params }) => {
        const contact = store.findContactByExternalId(params['external_id'] ?? '');
        if (!contact)
            throw userNotFound();
        return renderContact(store, contact);
    });
    router.on('GET', '/contacts/{contact_id}', ({ store, params }) => renderContact(store, requireContact(store, params['contact_id'])));
    router.on('PUT', '/contacts/{contact_id}', updateContact);
    router.on('DELETE', '/contacts/{contact_id}', ({ store, params }) => {
        const contact = requireContact(store, params['contact_id']);
        store.contacts.delete(contact.id);
        return { type: 'contact', id: contact.id, external_id: contact.external_id, deleted: true };
    });
    router.on('POST', '/contacts/{contact_id}/archive', ({ store, params }) => {
        const contact = requireContact(store, params['contact_id']);
        contact.archived = true;
        return { type: 'contact', id: contact.id, external_id: contact.external_id, archived: true };
    });
    router.on('POST', '/contacts/{contact_id}/unarchive', ({ store, params }) => {
        const contact = requireContact(store, params['contact_id']);
        contact.archived = false;
        return { type: 'contact', id: contact.id, external_id: contact.external_id, archived: false };
    });
    router.on('GET', '/contacts/{contact_id}/tags', ({ store, params }) => {
        const contact = requireContact(store, params['contact_id']);
        return { type: 'list', data: contact.tags.map((a) => renderAppliedTag(store, a)).filter((t) => t !== undefined) };
    });
    router.on('POST', '/contacts/{contact_id}/tags', ({ store, params, request }) => {
        const contact = requireContact(store, params['contact_id']);
        const tag = requireTag(store, bodyObject(request.body)['id']);
        const applied = applyTag(contact.tags, tag, store.now(), store.meId ? { type: 'admin', id: store.meId } : null);
        contact.updated_at = store.now();
        return renderAppliedTag(store, applied);
    });
    router.on('DELETE', '/contacts/{contact_id}/tags/{tag_id}', ({ store, params }) => {
        const contact = requireContact(store, params['contact_id']);
        const tag = requireTag(store, params['tag_id']);
        removeTag(contact.tags, tag.id);
        contact.updated_at = store.now();
        return { type: 'tag', id: tag.id, name: tag.name };
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/companies.ts
/**
 * Companies: `POST /companies` upserts on `company_id`; lists (`GET /companies`, `POST /companies/list`)
 * page by number and, like the real API, leave out companies that no contact is attached to; the scroll
 * (`GET /companies/scroll`) is single-flight per workspace, expires after a minute of inactivity, and
 * ends with an empty page after which its `scroll_param` is gone. Contacts are attached through
 * `POST /contacts/{id}/companies` (at most 1000 companies per contact).
 */







const MAX_COMPANIES_PER_CONTACT = 1000;
const LIST_CAP = 10_000;
function renderCompany(store, company) {
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
function planId(name) {
    let h = 0;
    for (const ch of name)
        h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return String(h % 1_000_000);
}
function requireCompany(store, id) {
    const company = id === undefined ? undefined : store.companies.get(id);
    if (!company)
        throw companyNotFound();
    return company;
}
function requireLiveContact(store, id) {
    const contact = id === undefined ? undefined : store.contacts.get(id);
    if (!contact || contact.merged_into !== null)
        throw userNotFound();
    return contact;
}
/** Companies the list endpoints show: only those with at least one contact. */
function listable(store) {
    return [...store.companies.values()].filter((c) => store.userCount(c.id) > 0);
}
/** monthly_spend is truncated to an integer and capped at 2^31-1, as documented. */
function monthlySpend(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw invalid('monthly_spend must be a number', 'monthly_spend');
    return Math.min(Math.trunc(value), 2 ** 31 - 1);
}
function upsertCompany(store, body, strict) {
    const companyId = optString(body, 'company_id');
    const name = optString(body, 'name');
    // The spec marks nothing required; without a company_id there is no upsert key and nothing to create.
    if (!companyId)
        throw missing('company_id must be provided', 'company_id');
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
    if (name !== undefined)
        company.name = name;
    const plan = optString(body, 'plan');
    if (plan !== undefined)
        company.plan = plan;
    const size = optInteger(body, 'size');
    if (size !== undefined)
        company.size = size;
    const website = optString(body, 'website');
    if (website !== undefined)
        company.website = website;
    const industry = optString(body, 'industry');
    if (industry !== undefined)
        company.industry = industry;
    const spend = monthlySpend(body['monthly_spend']);
    if (spend !== undefined)
        company.monthly_spend = spend;
    const remote = nullableInteger(body, 'remote_created_at');
    if (remote !== undefined)
        company.remote_created_at = remote;
    if (optBoolean(body, 'update_last_request_at'))
        company.last_request_at = now;
    if (customValues)
        company.custom_attributes = { ...company.custom_attributes, ...customValues };
    company.updated_at = now;
    return company;
}
function companyList(ctx) {
    const { store, query } = ctx;
    let companies = listable(store);
    const name = query.get('name');
    const companyId = query.get('company_id');
    const tagId = query.get('tag_id');
    if (name !== null)
        companies = companies.filter((c) => c.name === name);
    if (companyId !== null)
        companies = companies.filter((c) => c.company_id === companyId);
    if (tagId !== null)
        companies = companies.filter((c) => c.tags.some((t) => t.tag_id === tagId));
    if ((name !== null || companyId !== null) && companies.length === 0)
        throw companyNotFound();
    const page = numberedPage(companies.slice(0, LIST_CAP), queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 60));
    return { type: 'list', data: page.items.map((c) => renderCompany(store, c)), pages: page.pages, total_count: page.total_count };
}
function companies_scroll(ctx) {
    const { store, query, config } = ctx;
    const nowMs = config.clockMs();
    if (store.scroll && nowMs - store.scroll.lastUsedMs > config.scrollTtlMs)
        store.scroll = null;
    const param = query.get('scroll_param');
    if (param === null || param === '') {
        if (store.scroll) {
            throw new IntercomApiError(400, 'scroll_exists', 'scroll already exists for this workspace. Please use the existing scroll_param or wait for it to expire');
        }
        store.scroll = { param: (0,external_node_crypto_.randomUUID)(), ids: listable(store).map((c) => c.id), position: 0, lastUsedMs: nowMs };
    }
    else if (!store.scroll || store.scroll.param !== param) {
        throw new IntercomApiError(404, 'not_found', 'scroll parameter not found');
    }
    const state = store.scroll;
    const ids = state.ids.slice(state.position, state.position + config.scrollPageSize);
    state.position += ids.length;
    state.lastUsedMs = nowMs;
    // The end of the scroll is an empty page; the scroll_param then expires and a new scroll may start.
    if (ids.length === 0)
        store.scroll = null;
    const data = ids.map((id) => store.companies.get(id)).filter((c) => c !== undefined);
    return { type: 'list', data: data.map((c) => renderCompany(store, c)), pages: null, total_count: null, scroll_param: state.param };
}
function registerCompanyRoutes(router) {
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
    router.on('GET', '/companies/scroll', companies_scroll);
    router.on('GET', '/companies/{company_id}', ({ store, params }) => renderCompany(store, requireCompany(store, params['company_id'])));
    router.on('PUT', '/companies/{company_id}', ({ store, params, request, config }) => {
        const company = requireCompany(store, params['company_id']);
        const body = bodyObject(request.body);
        if (body['company_id'] !== undefined && body['company_id'] !== company.company_id)
            throw invalid('company_id cannot be changed', 'company_id');
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
        if (!id)
            throw missing('company not specified', 'id');
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
        const companies = contact.company_ids.map((id) => store.companies.get(id)).filter((c) => c !== undefined);
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
        if (i < 0)
            throw companyNotFound();
        contact.company_ids.splice(i, 1);
        contact.updated_at = store.now();
        return renderCompany(store, company);
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/attachments.ts
/**
 * Attachments on conversation and ticket parts. `attachment_urls` are recorded as given (Intercom keeps
 * the link); `attachment_files` carry base64 bytes that the simulator stores and serves at
 * `GET /_files/{id}/{name}`, without auth, the way Intercom's signed attachment URLs work, so a
 * connector can download them. Each list takes at most 10 entries per part; more is a 400.
 */



const CONTENT_TYPES = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    pdf: 'application/pdf',
    txt: 'text/plain',
    csv: 'text/csv',
    zip: 'application/zip',
    json: 'application/json',
};
function contentTypeFor(name) {
    const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
    return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
function attachmentsFromUrls(value, max) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw invalid('attachment_urls must be an array of URLs', 'attachment_urls');
    if (value.length > max)
        throw invalid(`A maximum of ${max} attachment_urls can be provided`, 'attachment_urls');
    return value.map((url) => {
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url))
            throw invalid(`attachment_urls must be URLs, got ${JSON.stringify(url)}`, 'attachment_urls');
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'attachment');
        return { type: 'upload', name, url, content_type: contentTypeFor(name), filesize: 0, width: null, height: null, origin: 'url', file_id: null };
    });
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function attachmentsFromFiles(store, value, max) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw invalid('attachment_files must be an array', 'attachment_files');
    if (value.length > max)
        throw invalid(`A maximum of ${max} attachment_files can be provided`, 'attachment_files');
    return value.map((file) => {
        if (!isObject(file))
            throw invalid('attachment_files entries must be objects', 'attachment_files');
        const { name, content_type: contentType, data } = file;
        if (typeof name !== 'string' || name === '')
            throw invalid('attachment_files entries need a name', 'attachment_files');
        if (typeof contentType !== 'string' || contentType === '')
            throw invalid('attachment_files entries need a content_type', 'attachment_files');
        if (typeof data !== 'string' || data.length % 4 !== 0 || !BASE64.test(data)) {
            throw invalid('attachment_files data must be base64 encoded', 'attachment_files');
        }
        return storeFile(store, name, contentType, Buffer.from(data, 'base64'), 'file');
    });
}
/** Keeps bytes in the store and returns the attachment pointing at the simulator's own URL. */
function storeFile(store, name, contentType, data, origin) {
    const id = `${store.files.size + 1}-${(0,external_node_crypto_.createHash)('sha1').update(data).digest('hex').slice(0, 12)}`;
    store.files.set(id, { id, name, content_type: contentType, data });
    return {
        type: 'upload',
        name,
        url: `${store.baseUrl}/_files/${id}/${encodeURIComponent(name)}`,
        content_type: contentType,
        filesize: data.length,
        width: null,
        height: null,
        origin,
        file_id: id,
    };
}
function renderAttachment(a) {
    const out = { type: a.type, name: a.name, url: a.url, content_type: a.content_type, filesize: a.filesize };
    if (a.width !== null)
        out['width'] = a.width;
    if (a.height !== null)
        out['height'] = a.height;
    return out;
}

;// CONCATENATED MODULE: ./test/sim/intercom/parts.ts
/**
 * Conversation and ticket parts: building them from reply bodies, who wrote them, and the read-side cap.
 * GET on a conversation or ticket returns at most `maxParts` (500 on the real service) parts: the most
 * recent ones, oldest first, while `total_count` still counts all of them, which is how a reader can
 * tell the thread was cut.
 */

const PART_ID_BASE = 40_000_000;
function newPart(store, fields, createdAt) {
    const at = createdAt ?? store.now();
    const now = store.now();
    return {
        id: store.nextNumericId('part', PART_ID_BASE),
        body: null,
        created_at: at,
        updated_at: Math.max(at, now),
        notified_at: at,
        assigned_to: null,
        attachments: [],
        external_id: null,
        redacted: false,
        previous_ticket_state: null,
        ticket_state: null,
        skip_notifications: false,
        created_at_from_request: createdAt !== undefined,
        ...fields,
    };
}
/** Parts in thread order: by created_at, then by creation. */
function threadOrder(parts) {
    return parts
        .map((part, index) => ({ part, index }))
        .sort((a, b) => a.part.created_at - b.part.created_at || a.index - b.index)
        .map((x) => x.part);
}
/** The parts a GET returns: the `max` most recent, in thread order. */
function cappedParts(parts, max) {
    const ordered = threadOrder(parts);
    return ordered.length > max ? ordered.slice(ordered.length - max) : ordered;
}
function renderAuthor(store, author, emailNullable) {
    let name = null;
    let email = null;
    if (author.type === 'admin' || author.type === 'bot') {
        const admin = store.admins.get(author.id);
        name = admin?.name ?? (author.type === 'bot' ? 'Operator' : null);
        email = admin?.email ?? null;
    }
    else if (author.type === 'team') {
        name = store.teams.get(author.id)?.name ?? null;
    }
    else {
        const contact = store.contacts.get(author.id);
        name = contact?.name ?? null;
        email = contact?.email ?? null;
    }
    const out = { type: author.type, id: author.id, name };
    // Part authors declare email as a non-null email string: leave it out rather than send null or ''.
    if (email !== null || emailNullable)
        out['email'] = email;
    return out;
}
/** `display_as=plaintext`: bodies without markup. */
function plaintext(html) {
    if (html === null)
        return null;
    return html
        .replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/p>\s*<p>/gi, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Plain-text bodies (conversation create) are stored as a paragraph, as Intercom renders them. */
function paragraph(text) {
    return `<p>${escapeHtml(text)}</p>`;
}
function readCreatedAt(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw invalid('created_at must be a Unix timestamp in seconds', 'created_at');
    return value;
}

;// CONCATENATED MODULE: ./test/sim/intercom/conversations.ts
/**
 * Conversations.
 * - `POST /conversations` starts a conversation from a contact only (`from.type` user|lead|contact):
 *   there is no way to open one with an agent message, so an agent-first history has to be imported
 *   with a contact-authored first part followed by admin replies (or as a note). `created_at` is
 *   honoured; `attachment_urls` (≤10) are the only attachments a create takes.
 * - `POST /conversations/{id}/reply` adds a comment/note/quick_reply from an admin or a comment from a
 *   contact, honouring `created_at`, with ≤10 `attachment_urls` and ≤10 base64 `attachment_files`.
 *   `skip_notifications` is recorded; an admin comment without it is logged as a customer notification.
 * - `POST /conversations/{id}/parts` closes, opens, snoozes or assigns. These take no `created_at`: the
 *   part is stamped with the current time even if the request sends one.
 * - GET returns at most `maxParts` parts (see parts.ts). Lists and search carry no parts.
 * - `POST /messages` exists but, like the real one, "sends" an outbound message (logged as a
 *   notification): it is not a history import path.
 */









const CONVERSATION_ID_BASE = 100_000;
const MESSAGE_ID_BASE = 400_000_000;
function conversationStatistics(conversation) {
    const stats = { count_conversation_parts: conversation.parts.length, count_reopens: 0, count_assignments: 0 };
    const contactAuthored = conversation.source.author.type === 'user' || conversation.source.author.type === 'lead';
    if (contactAuthored)
        stats.first_contact_reply_at = stats.last_contact_reply_at = conversation.created_at;
    for (const part of threadOrder(conversation.parts)) {
        const at = part.created_at;
        if (part.part_type === 'comment' && (part.author.type === 'user' || part.author.type === 'lead')) {
            stats.first_contact_reply_at ??= at;
            stats.last_contact_reply_at = at;
        }
        if (part.part_type === 'comment' && part.author.type === 'admin') {
            stats.first_admin_reply_at ??= at;
            stats.last_admin_reply_at = at;
        }
        if (part.part_type === 'close') {
            stats.first_close_at ??= at;
            stats.last_close_at = at;
            stats.last_closed_by_id = part.author.id;
        }
        if (part.part_type === 'open')
            stats.count_reopens++;
        if (part.part_type === 'assignment') {
            stats.count_assignments++;
            stats.first_assignment_at ??= at;
            stats.last_assignment_at = at;
        }
    }
    return stats;
}
function teammateIds(conversation) {
    const ids = new Set();
    if (conversation.source.author.type === 'admin')
        ids.add(conversation.source.author.id);
    for (const part of conversation.parts)
        if (part.author.type === 'admin')
            ids.add(part.author.id);
    return [...ids];
}
function renderPart(store, part, asPlaintext) {
    return {
        type: 'conversation_part',
        id: part.id,
        part_type: part.part_type,
        body: asPlaintext ? plaintext(part.body) : part.body,
        created_at: part.created_at,
        updated_at: part.updated_at,
        notified_at: part.notified_at,
        assigned_to: part.assigned_to,
        author: { ...renderAuthor(store, part.author, false), from_ai_agent: false, is_ai_answer: false },
        attachments: part.attachments.map(renderAttachment),
        external_id: part.external_id,
        redacted: part.redacted,
        email_message_metadata: null,
        state: part.state,
        tags: [],
        event_details: null,
        app_package_code: null,
    };
}
function renderConversation(store, conversation, options) {
    const asPlaintext = options.plaintext ?? false;
    const source = conversation.source;
    const company = conversation.company_id ? store.companies.get(conversation.company_id) : undefined;
    const firstContactReply = conversationStatistics(conversation).first_contact_reply_at;
    const out = {
        type: 'conversation',
        id: conversation.id,
        title: conversation.title,
        created_at: conversation.created_at,
        updated_at: conversation.updated_at,
        waiting_since: conversation.waiting_since,
        snoozed_until: conversation.snoozed_until,
        open: conversation.open,
        state: conversation.state,
        read: conversation.read,
        priority: conversation.priority,
        // 2.16 reports "unassigned" as 0.
        admin_assignee_id: Number(conversation.admin_assignee_id) || 0,
        team_assignee_id: Number(conversation.team_assignee_id) || 0,
        company: company ? renderCompany(store, company) : null,
        tags: renderTagList(store, conversation.tags, true),
        conversation_rating: null,
        source: {
            type: source.type,
            id: source.id,
            delivered_as: source.delivered_as,
            subject: source.subject,
            body: asPlaintext ? plaintext(source.body) : source.body,
            author: renderAuthor(store, source.author, true),
            attachments: source.attachments.map(renderAttachment),
            url: source.url,
            redacted: source.redacted,
        },
        contacts: {
            type: 'contact.list',
            contacts: conversation.contact_ids.map((id) => ({ type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null })),
        },
        teammates: { type: 'admin.list', teammates: teammateIds(conversation).map((id) => ({ type: 'admin', id })) },
        custom_attributes: conversation.custom_attributes,
        first_contact_reply: firstContactReply === undefined ? null : { created_at: firstContactReply, type: 'conversation', url: null },
        sla_applied: null,
        statistics: { type: 'conversation_statistics', ...conversationStatistics(conversation) },
        linked_objects: { type: 'list', total_count: 0, has_more: false, data: [] },
        ai_agent_participated: false,
        ai_agent: null,
    };
    if (options.withParts) {
        const parts = cappedParts(conversation.parts, options.maxParts);
        out['conversation_parts'] = {
            type: 'conversation_part.list',
            conversation_parts: parts.map((p) => renderPart(store, p, asPlaintext)),
            total_count: conversation.parts.length,
        };
    }
    return out;
}
function requireConversation(store, id) {
    const conversation = id === undefined ? undefined : store.conversations.get(id);
    if (!conversation)
        throw notFound();
    return conversation;
}
function requireAdminId(store, body) {
    const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
    if (!store.admins.has(adminId))
        throw adminNotFound();
    return adminId;
}
function contactAuthor(contact) {
    return { type: contact.role, id: contact.id };
}
function createConversation(ctx) {
    const { store, request, config } = ctx;
    const body = bodyObject(request.body);
    const from = optObject(body, 'from');
    if (!from)
        throw missing('from is a required parameter.', 'from');
    const fromType = from['type'];
    if (fromType !== 'user' && fromType !== 'lead' && fromType !== 'contact') {
        // Conversations can only be started by a contact; admin-initiated messages go through POST /messages.
        throw invalid(`from.type must be one of user, lead or contact, got ${JSON.stringify(fromType)}`, 'from');
    }
    const contact = store.contacts.get(String(from['id'] ?? ''));
    if (!contact || contact.merged_into !== null)
        throw userNotFound();
    const text = reqString(body, 'body', 'body is a required parameter.');
    const attachments = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
    const createdAt = readCreatedAt(body['created_at']) ?? store.now();
    const id = store.nextNumericId('conversation', CONVERSATION_ID_BASE);
    const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
    const conversation = {
        id,
        title: null,
        created_at: createdAt,
        updated_at: store.now(),
        waiting_since: createdAt,
        snoozed_until: null,
        open: true,
        state: 'open',
        read: false,
        priority: 'none',
        admin_assignee_id: '0',
        team_assignee_id: '0',
        company_id: contact.company_ids[0] ?? null,
        contact_ids: [contact.id],
        tags: [],
        source: {
            type: 'conversation',
            id: messageId,
            delivered_as: 'customer_initiated',
            subject: optString(body, 'subject') ?? '',
            body: paragraph(text),
            author: contactAuthor(contact),
            attachments,
            url: null,
            redacted: false,
        },
        parts: [],
        custom_attributes: {},
        message_id: messageId,
    };
    store.conversations.set(id, conversation);
    contact.last_replied_at = Math.max(contact.last_replied_at ?? 0, createdAt);
    return { type: 'user_message', id: messageId, created_at: createdAt, body: text, message_type: 'inapp', conversation_id: id };
}
/** `POST /conversations/{id}/reply`, where the id may be `last` for a contact's latest conversation. */
function reply(ctx) {
    const { store, request, params, config } = ctx;
    const body = bodyObject(request.body);
    const type = body['type'];
    const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
    const createdAt = readCreatedAt(body['created_at']);
    const urls = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
    let author;
    let contact;
    if (type === 'admin') {
        if (!['comment', 'note', 'quick_reply'].includes(messageType))
            throw invalid(`message_type must be comment, note or quick_reply`, 'message_type');
        if (messageType === 'quick_reply' && !Array.isArray(body['reply_options']))
            throw missing('reply_options is required for quick_reply', 'reply_options');
        author = { type: 'admin', id: requireAdminId(store, body) };
    }
    else if (type === 'user') {
        if (messageType !== 'comment')
            throw invalid('message_type must be comment for a contact reply', 'message_type');
        contact = findReplyingContact(store, body);
        author = contactAuthor(contact);
    }
    else {
        throw invalid('type must be admin or user', 'type');
    }
    const conversation = params['conversation_id'] === 'last' && contact
        ? lastConversationOf(store, contact.id)
        : requireConversation(store, params['conversation_id']);
    const files = attachmentsFromFiles(store, body['attachment_files'], config.maxAttachmentsPerPart);
    const text = optString(body, 'body');
    if ((text === undefined || text === '') && urls.length === 0 && files.length === 0)
        throw missing('body is a required parameter.', 'body');
    const skip = optBoolean(body, 'skip_notifications') ?? false;
    const reopen = author.type !== 'admin' && conversation.state !== 'open';
    const part = newPart(store, {
        part_type: messageType,
        author,
        body: text ?? null,
        attachments: [...urls, ...files],
        state: reopen ? 'open' : conversation.state,
        skip_notifications: skip,
    }, createdAt);
    conversation.parts.push(part);
    conversation.updated_at = store.now();
    if (author.type === 'admin' && messageType === 'comment') {
        conversation.waiting_since = null;
        if (!skip)
            store.notifications.push({ kind: 'conversation_reply', target_id: conversation.id, at: store.now() });
    }
    if (contact) {
        if (reopen) {
            conversation.state = 'open';
            conversation.open = true;
            conversation.snoozed_until = null;
        }
        conversation.waiting_since = part.created_at;
        if (!conversation.contact_ids.includes(contact.id))
            conversation.contact_ids.push(contact.id);
        contact.last_replied_at = Math.max(contact.last_replied_at ?? 0, part.created_at);
    }
    return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
}
function findReplyingContact(store, body) {
    const intercomUserId = optString(body, 'intercom_user_id');
    const userId = optString(body, 'user_id');
    const email = optString(body, 'email');
    let contact;
    if (intercomUserId)
        contact = store.contacts.get(intercomUserId);
    else if (userId)
        contact = store.findContactByExternalId(userId);
    else if (email)
        contact = store.findContactByEmail(email);
    else
        throw missing('One of intercom_user_id, user_id or email is required for a contact reply', 'intercom_user_id');
    if (!contact || contact.merged_into !== null)
        throw userNotFound();
    return contact;
}
function lastConversationOf(store, contactId) {
    let last;
    for (const c of store.conversations.values()) {
        if (c.contact_ids.includes(contactId) && (!last || c.created_at >= last.created_at))
            last = c;
    }
    if (!last)
        throw notFound();
    return last;
}
/** Close, open, snooze and assign. None of them takes a `created_at`. */
function manage(ctx) {
    const { store, request, params, config } = ctx;
    const conversation = requireConversation(store, params['conversation_id']);
    const body = bodyObject(request.body);
    const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
    const adminId = requireAdminId(store, body);
    const author = { type: 'admin', id: adminId };
    const text = optString(body, 'body') ?? null;
    const now = store.now();
    let part;
    switch (messageType) {
        case 'close':
            if (body['type'] !== 'admin')
                throw invalid('type must be admin', 'type');
            conversation.state = 'closed';
            conversation.open = false;
            conversation.snoozed_until = null;
            conversation.waiting_since = null;
            part = newPart(store, { part_type: 'close', author, body: text, state: 'closed' });
            break;
        case 'open':
            if (conversation.state !== 'open') {
                conversation.state = 'open';
                conversation.open = true;
                conversation.snoozed_until = null;
            }
            part = newPart(store, { part_type: 'open', author, body: null, state: 'open' });
            break;
        case 'snoozed': {
            const until = optInteger(body, 'snoozed_until');
            if (until === undefined)
                throw missing('snoozed_until is a required parameter.', 'snoozed_until');
            conversation.state = 'snoozed';
            conversation.open = true;
            conversation.snoozed_until = until;
            part = newPart(store, { part_type: 'snoozed', author, body: null, state: 'snoozed' });
            break;
        }
        case 'assignment': {
            const assigneeType = body['type'];
            const assigneeId = reqString(body, 'assignee_id', 'assignee_id is a required parameter.');
            let assignedTo;
            if (assigneeType === 'admin') {
                if (assigneeId !== '0' && !store.admins.has(assigneeId))
                    throw adminNotFound();
                conversation.admin_assignee_id = assigneeId;
                assignedTo = assigneeId === '0' ? { type: 'nobody_admin', id: '0' } : { type: 'admin', id: assigneeId };
            }
            else if (assigneeType === 'team') {
                if (assigneeId !== '0' && !store.teams.has(assigneeId))
                    throw teamNotFound();
                conversation.team_assignee_id = assigneeId;
                assignedTo = { type: 'team', id: assigneeId };
            }
            else {
                throw invalid('type must be admin or team', 'type');
            }
            part = newPart(store, { part_type: 'assignment', author, body: text, assigned_to: assignedTo, state: conversation.state });
            break;
        }
        default:
            throw invalid(`message_type must be one of close, open, snoozed or assignment`, 'message_type');
    }
    conversation.parts.push(part);
    conversation.updated_at = now;
    return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
}
function conversationSearchModel(store) {
    const s = (get) => ({ kind: 'string', get });
    const d = (get) => ({ kind: 'date', get: (c) => get(c) ?? null });
    const i = (get) => ({ kind: 'integer', get });
    const author = (c) => {
        const a = c.source.author;
        if (a.type === 'admin') {
            const admin = store.admins.get(a.id);
            return { name: admin?.name ?? null, email: admin?.email ?? null };
        }
        const contact = store.contacts.get(a.id);
        return { name: contact?.name ?? null, email: contact?.email ?? null };
    };
    const fields = {
        id: s((c) => c.id),
        created_at: d((c) => c.created_at),
        updated_at: d((c) => c.updated_at),
        'source.type': s((c) => c.source.type),
        'source.id': s((c) => c.source.id),
        'source.delivered_as': s((c) => c.source.delivered_as),
        'source.subject': s((c) => c.source.subject),
        // Matched word by word, as documented: `=` "support" finds "I need support".
        'source.body': s((c) => plaintext(c.source.body)?.split(/\W+/).filter(Boolean) ?? []),
        'source.author.id': s((c) => c.source.author.id),
        'source.author.type': s((c) => c.source.author.type),
        'source.author.name': s((c) => author(c).name),
        'source.author.email': s((c) => author(c).email),
        'source.url': s((c) => c.source.url),
        contact_ids: s((c) => c.contact_ids),
        teammate_ids: s((c) => teammateIds(c)),
        admin_assignee_id: i((c) => Number(c.admin_assignee_id) || 0),
        team_assignee_id: i((c) => Number(c.team_assignee_id) || 0),
        open: { kind: 'boolean', get: (c) => c.open },
        read: { kind: 'boolean', get: (c) => c.read },
        state: s((c) => c.state),
        waiting_since: d((c) => c.waiting_since),
        snoozed_until: d((c) => c.snoozed_until),
        tag_ids: s((c) => c.tags.map((t) => t.tag_id)),
        priority: s((c) => c.priority),
        title: s((c) => c.title),
        'statistics.count_conversation_parts': i((c) => c.parts.length),
        'statistics.count_reopens': i((c) => conversationStatistics(c).count_reopens),
        'statistics.count_assignments': i((c) => conversationStatistics(c).count_assignments),
        'statistics.last_close_at': d((c) => conversationStatistics(c).last_close_at),
        'statistics.first_close_at': d((c) => conversationStatistics(c).first_close_at),
    };
    return { timestamps: 'inclusive', timezone: store.app.timezone, field: (name) => fields[name] };
}
function checkConversationAttributes(store, values) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
        const attr = [...store.conversationAttributes.values()].find((a) => a.name === name && !a.archived);
        if (!attr)
            throw missing(`Custom attribute '${name}' does not exist`, 'custom_attributes');
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
            throw invalid(`Custom attribute '${name}' has an unsupported value`, 'custom_attributes');
        out[name] = value;
    }
    return out;
}
const listKey = (c) => [-c.updated_at, -Number(c.id)];
const searchKey = (c) => [c.created_at, Number(c.id)];
function registerConversationRoutes(router) {
    router.on('POST', '/conversations', createConversation);
    router.on('GET', '/conversations', ({ store, query }) => {
        const size = perPage(queryInteger(query, 'per_page'), 20, 150);
        const all = [...store.conversations.values()].sort((a, b) => compareKeys(listKey(a), listKey(b)));
        const page = cursorPage(all, listKey, query.get('starting_after') ?? undefined, size);
        return {
            type: 'conversation.list',
            conversations: page.items.map((c) => renderConversation(store, c, { withParts: false, maxParts: 0 })),
            total_count: page.total_count,
            pages: page.pages,
        };
    });
    router.on('POST', '/conversations/search', ({ store, request }) => {
        const body = bodyObject(request.body);
        const predicate = compileQuery(body['query'], conversationSearchModel(store));
        const { perPage: size, startingAfter } = searchPaging(body, 20, 150);
        const matches = [...store.conversations.values()].filter(predicate).sort((a, b) => compareKeys(searchKey(a), searchKey(b)));
        const page = cursorPage(matches, searchKey, startingAfter, size);
        return {
            type: 'conversation.list',
            conversations: page.items.map((c) => renderConversation(store, c, { withParts: false, maxParts: 0 })),
            total_count: page.total_count,
            pages: page.pages,
        };
    });
    router.on('GET', '/conversations/{conversation_id}', ({ store, params, query, config }) => renderConversation(store, requireConversation(store, params['conversation_id']), {
        withParts: true,
        maxParts: config.maxParts,
        plaintext: query.get('display_as') === 'plaintext',
    }));
    router.on('PUT', '/conversations/{conversation_id}', ({ store, params, request, config }) => {
        const conversation = requireConversation(store, params['conversation_id']);
        const body = bodyObject(request.body);
        const read = optBoolean(body, 'read');
        if (read !== undefined)
            conversation.read = read;
        const title = optString(body, 'title');
        if (title !== undefined)
            conversation.title = title;
        const custom = optObject(body, 'custom_attributes');
        if (custom)
            conversation.custom_attributes = { ...conversation.custom_attributes, ...checkConversationAttributes(store, custom) };
        const companyId = optString(body, 'company_id');
        if (companyId !== undefined) {
            if (!store.companies.has(companyId))
                throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
            conversation.company_id = companyId;
        }
        conversation.updated_at = store.now();
        return renderConversation(store, conversation, { withParts: true, maxParts: config.maxParts });
    });
    router.on('POST', '/conversations/{conversation_id}/reply', reply);
    router.on('POST', '/conversations/{conversation_id}/parts', manage);
    router.on('POST', '/conversations/{conversation_id}/tags', ({ store, params, request }) => {
        const conversation = store.conversations.get(params['conversation_id'] ?? '');
        if (!conversation)
            throw notFound('Conversation not found');
        const body = bodyObject(request.body);
        const adminId = requireAdminId(store, body);
        const tag = requireTag(store, body['id']);
        const applied = applyTag(conversation.tags, tag, store.now(), { type: 'admin', id: adminId });
        conversation.updated_at = store.now();
        return renderAppliedTag(store, applied);
    });
    router.on('DELETE', '/conversations/{conversation_id}/tags/{tag_id}', ({ store, params, request }) => {
        const conversation = store.conversations.get(params['conversation_id'] ?? '');
        if (!conversation)
            throw notFound('Conversation not found');
        requireAdminId(store, bodyObject(request.body));
        const tag = requireTag(store, params['tag_id']);
        removeTag(conversation.tags, tag.id);
        conversation.updated_at = store.now();
        return { type: 'tag', id: tag.id, name: tag.name };
    });
    router.on('POST', '/messages', ({ store, request }) => {
        const body = bodyObject(request.body);
        const from = optObject(body, 'from');
        const to = optObject(body, 'to');
        if (!from || from['type'] !== 'admin')
            throw invalid('from must be an admin', 'from');
        const adminId = String(from['id'] ?? '');
        if (!store.admins.has(adminId))
            throw adminNotFound();
        if (!to)
            throw missing('to is a required parameter.', 'to');
        const contact = requireContact(store, String(to['id'] ?? ''));
        const messageType = optString(body, 'message_type') ?? 'inapp';
        if (!['in_app', 'inapp', 'email', 'whatsapp'].includes(messageType))
            throw invalid('message_type is not valid', 'message_type');
        const text = reqString(body, 'body', 'body is a required parameter.');
        const createdAt = readCreatedAt(body['created_at']) ?? store.now();
        const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
        // The real endpoint delivers this to the customer: record it as a notification.
        store.notifications.push({ kind: 'message', target_id: contact.id, at: store.now() });
        let conversationId;
        if (optBoolean(body, 'create_conversation_without_contact_reply')) {
            conversationId = store.nextNumericId('conversation', CONVERSATION_ID_BASE);
            store.conversations.set(conversationId, {
                id: conversationId,
                title: null,
                created_at: createdAt,
                updated_at: store.now(),
                waiting_since: null,
                snoozed_until: null,
                open: true,
                state: 'open',
                read: false,
                priority: 'none',
                admin_assignee_id: '0',
                team_assignee_id: '0',
                company_id: null,
                contact_ids: [contact.id],
                tags: [],
                source: {
                    type: messageType === 'email' ? 'email' : 'conversation',
                    id: messageId,
                    delivered_as: 'admin_initiated',
                    subject: optString(body, 'subject') ?? '',
                    body: text,
                    author: { type: 'admin', id: adminId },
                    attachments: [],
                    url: null,
                    redacted: false,
                },
                parts: [],
                custom_attributes: {},
                message_id: messageId,
            });
        }
        const message = {
            type: 'admin_message',
            id: messageId,
            created_at: createdAt,
            subject: optString(body, 'subject') ?? '',
            body: text,
            message_type: messageType === 'in_app' ? 'inapp' : messageType,
        };
        if (conversationId)
            message['conversation_id'] = conversationId;
        return message;
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/help-center.ts
/**
 * Help Center: help centers (read-only), collections nested by `parent_id` (2.16 has no sections; the
 * simulator allows three levels, as the Help Center does), and articles with per-locale
 * `translated_content`. Lists page by number, most recently updated first. `created_at`, `updated_at`
 * and `order` are not writable. Responses carry `translated_content` only when the help center has
 * more than one locale (Intercom omits it until multilingual is on); writing a locale the help center
 * does not have is refused (an inference, the API documents nothing about it).
 */





const HELP_CENTER_ID_BASE = 70;
const COLLECTION_ID_BASE = 150;
const ARTICLE_ID_BASE = 4_000;
const MAX_COLLECTION_DEPTH = 3;
function installDefaultHelpCenter(store) {
    const id = store.nextNumericId('help_center', HELP_CENTER_ID_BASE);
    const hc = {
        id,
        identifier: 'sim-help',
        display_name: 'Simulated Help Center',
        url: 'http://help-center.test/sim-help',
        custom_domain: null,
        default: true,
        website_turned_on: true,
        locales: ['en'],
        created_at: store.app.created_at,
        updated_at: store.app.created_at,
    };
    store.helpCenters.set(id, hc);
    return hc;
}
function multilingual(hc) {
    return (hc?.locales.length ?? 0) > 1;
}
function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
function renderHelpCenter(store, hc) {
    return {
        id: hc.id,
        workspace_id: store.app.id_code,
        created_at: hc.created_at,
        updated_at: hc.updated_at,
        identifier: hc.identifier,
        website_turned_on: hc.website_turned_on,
        display_name: hc.display_name,
        url: hc.url,
        custom_domain: hc.custom_domain,
        default: hc.default,
        locales: hc.locales,
    };
}
function renderCollection(store, collection) {
    const hc = store.helpCenters.get(collection.help_center_id);
    const out = {
        id: collection.id,
        workspace_id: store.app.id_code,
        name: collection.name,
        description: collection.description,
        created_at: collection.created_at,
        updated_at: collection.updated_at,
        url: hc ? `${hc.url}/collections/${collection.id}-${slug(collection.name)}` : null,
        icon: collection.icon,
        order: collection.order,
        default_locale: collection.default_locale,
        parent_id: collection.parent_id,
        help_center_id: Number(collection.help_center_id),
    };
    if (multilingual(hc)) {
        const translated = { type: 'group_translated_content' };
        translated[collection.default_locale] = { type: 'group_content', name: collection.name, description: collection.description ?? '' };
        for (const [locale, content] of Object.entries(collection.translations)) {
            translated[locale] = { type: 'group_content', name: content.name, description: content.description };
        }
        out['translated_content'] = translated;
    }
    return out;
}
function articleHelpCenter(store, article) {
    const parent = article.parent_id ? store.collections.get(article.parent_id) : undefined;
    return parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
}
function articleUrl(hc, id, locale, title, state) {
    if (!hc || state !== 'published')
        return null;
    return `${hc.url}/${locale}/articles/${id}-${slug(title)}`;
}
function renderArticle(store, article, withStatistics) {
    const hc = articleHelpCenter(store, article);
    const out = {
        type: 'article',
        id: article.id,
        workspace_id: store.app.id_code,
        title: article.title,
        description: article.description,
        body: article.body,
        author_id: article.author_id,
        state: article.state,
        created_at: article.created_at,
        updated_at: article.updated_at,
        url: articleUrl(hc, article.id, article.default_locale, article.title, article.state),
        // 2.16 responses have only parent_ids (no parent_id/parent_type).
        parent_ids: article.parent_id ? [Number(article.parent_id)] : [],
        default_locale: article.default_locale,
        tags: renderTagList(store, article.tags, false),
    };
    if (multilingual(hc)) {
        const translated = { type: 'article_translated_content' };
        const contents = {
            [article.default_locale]: {
                title: article.title,
                description: article.description ?? '',
                body: article.body,
                author_id: article.author_id,
                state: article.state,
                created_at: article.created_at,
                updated_at: article.updated_at,
            },
            ...article.translations,
        };
        for (const [locale, c] of Object.entries(contents)) {
            translated[locale] = {
                type: 'article_content',
                title: c.title,
                description: c.description,
                body: c.body,
                author_id: c.author_id,
                state: c.state,
                created_at: c.created_at,
                updated_at: c.updated_at,
                url: articleUrl(hc, article.id, locale, c.title, c.state) ?? '',
            };
        }
        out['translated_content'] = translated;
    }
    if (withStatistics) {
        out['statistics'] = {
            type: 'article_statistics',
            views: 0,
            conversions: 0,
            reactions: 0,
            happy_reaction_percentage: 0,
            neutral_reaction_percentage: 0,
            sad_reaction_percentage: 0,
        };
    }
    return out;
}
function requireCollection(store, id) {
    const collection = id === undefined ? undefined : store.collections.get(id);
    if (!collection)
        throw notFound();
    return collection;
}
function requireArticle(store, id) {
    const article = id === undefined ? undefined : store.articles.get(id);
    if (!article)
        throw notFound();
    return article;
}
/** 1 for a top-level collection. */
function collectionDepth(store, collection) {
    let depth = 1;
    let parent = collection.parent_id ? store.collections.get(collection.parent_id) : undefined;
    while (parent && depth <= MAX_COLLECTION_DEPTH + 1) {
        depth++;
        parent = parent.parent_id ? store.collections.get(parent.parent_id) : undefined;
    }
    return depth;
}
function subtreeHeight(store, id) {
    let height = 1;
    for (const c of store.collections.values())
        if (c.parent_id === id)
            height = Math.max(height, 1 + subtreeHeight(store, c.id));
    return height;
}
function checkLocales(hc, locales) {
    for (const locale of locales) {
        if (!hc?.locales.includes(locale))
            throw invalid(`Locale '${locale}' is not enabled on this help center`, 'translated_content');
    }
}
/** translated_content of a collection: `{<locale>: {name, description}}`, with an optional `type`. */
function readGroupTranslations(value) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw invalid('translated_content must be an object', 'translated_content');
    const out = {};
    for (const [locale, content] of Object.entries(value)) {
        if (locale === 'type' || content === null)
            continue;
        if (!isObject(content))
            throw invalid(`translated_content.${locale} must be an object`, 'translated_content');
        out[locale] = { name: optString(content, 'name'), description: optString(content, 'description') };
    }
    return out;
}
function applyGroupTranslations(collection, translations) {
    for (const [locale, content] of Object.entries(translations)) {
        if (locale === collection.default_locale) {
            if (content.name !== undefined)
                collection.name = content.name;
            if (content.description !== undefined)
                collection.description = content.description;
            continue;
        }
        const current = collection.translations[locale] ?? { name: '', description: '' };
        collection.translations[locale] = { name: content.name ?? current.name, description: content.description ?? current.description };
    }
}
function createCollection(ctx) {
    const { store, request } = ctx;
    const body = bodyObject(request.body);
    const name = optString(body, 'name');
    if (!name)
        throw missing('Name is a required parameter.', 'name');
    const hcId = optInteger(body, 'help_center_id');
    const hc = hcId === undefined ? store.defaultHelpCenter() : store.helpCenters.get(String(hcId));
    if (!hc)
        throw notFound();
    const parentId = nullableString(body, 'parent_id') ?? null;
    const parent = parentId === null ? undefined : requireCollection(store, parentId);
    if (parent && collectionDepth(store, parent) >= MAX_COLLECTION_DEPTH) {
        throw invalid(`Collections can be nested at most ${MAX_COLLECTION_DEPTH} levels deep`, 'parent_id');
    }
    const translations = readGroupTranslations(body['translated_content']);
    checkLocales(hc, Object.keys(translations));
    const now = store.now();
    const siblings = [...store.collections.values()].filter((c) => c.parent_id === parentId && c.help_center_id === (parent?.help_center_id ?? hc.id));
    const collection = {
        id: store.nextNumericId('collection', COLLECTION_ID_BASE),
        name,
        description: optString(body, 'description') ?? null,
        icon: 'book-bookmark',
        order: siblings.reduce((max, c) => Math.max(max, c.order), 0) + 1,
        default_locale: hc.locales[0] ?? 'en',
        translations: {},
        parent_id: parent?.id ?? null,
        help_center_id: parent?.help_center_id ?? hc.id,
        created_at: now,
        updated_at: now,
    };
    applyGroupTranslations(collection, translations);
    store.collections.set(collection.id, collection);
    return renderCollection(store, collection);
}
function updateCollection(ctx) {
    const { store, request, params } = ctx;
    const collection = requireCollection(store, params['collection_id']);
    const body = bodyObject(request.body);
    const hc = store.helpCenters.get(collection.help_center_id);
    const translations = readGroupTranslations(body['translated_content']);
    checkLocales(hc, Object.keys(translations));
    const parentId = nullableString(body, 'parent_id');
    if (parentId !== undefined && parentId !== null) {
        const parent = requireCollection(store, parentId);
        for (let p = parent; p; p = p.parent_id ? store.collections.get(p.parent_id) : undefined) {
            if (p.id === collection.id)
                throw invalid('A collection cannot be moved under itself', 'parent_id');
        }
        if (collectionDepth(store, parent) + subtreeHeight(store, collection.id) > MAX_COLLECTION_DEPTH) {
            throw invalid(`Collections can be nested at most ${MAX_COLLECTION_DEPTH} levels deep`, 'parent_id');
        }
    }
    const name = optString(body, 'name');
    if (name !== undefined)
        collection.name = name;
    const description = nullableString(body, 'description');
    if (description !== undefined)
        collection.description = description;
    if (parentId !== undefined)
        collection.parent_id = parentId;
    applyGroupTranslations(collection, translations);
    collection.updated_at = store.now();
    return renderCollection(store, collection);
}
/** `body_markdown` is stored as simple HTML paragraphs. */
function markdownToHtml(markdown) {
    return markdown
        .split(/\n{2,}/)
        .map((block) => `<p>${escapeHtml(block.trim())}</p>`)
        .join('');
}
function readArticleBody(input) {
    const body = optString(input, 'body');
    const markdown = optString(input, 'body_markdown');
    if (body !== undefined && markdown !== undefined)
        throw invalid('body and body_markdown cannot both be provided', 'body');
    return markdown !== undefined ? markdownToHtml(markdown) : body;
}
function readState(input) {
    const state = optString(input, 'state');
    if (state === undefined)
        return undefined;
    if (state !== 'published' && state !== 'draft')
        throw invalid('state must be published or draft', 'state');
    return state;
}
function requireAuthor(store, value, where) {
    if (value === undefined)
        throw missing('author_id must be in the main body or default locale translated_content object', where);
    if (!store.admins.has(String(value)))
        throw invalid('author_id must be a teammate on the help center\'s workspace', where);
    return value;
}
function readParent(store, input) {
    if (!('parent_id' in input))
        return undefined;
    const raw = input['parent_id'];
    if (raw === null)
        return null;
    const parentType = optString(input, 'parent_type') ?? 'collection';
    if (parentType !== 'collection')
        throw invalid(`parent_type must be collection (sections no longer exist)`, 'parent_type');
    const id = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : undefined;
    if (id === undefined || !store.collections.has(id))
        throw invalid(`parent_id ${JSON.stringify(raw)} is not a collection`, 'parent_id');
    return id;
}
/** Article translations: `{<locale>: {title, description, body, author_id, state}}`. */
function applyArticleTranslations(store, article, value, creating) {
    if (value === undefined || value === null)
        return;
    if (!isObject(value))
        throw invalid('translated_content must be an object', 'translated_content');
    const hc = articleHelpCenter(store, article);
    const now = store.now();
    for (const [locale, raw] of Object.entries(value)) {
        if (locale === 'type' || raw === null)
            continue;
        if (!isObject(raw))
            throw invalid(`translated_content.${locale} must be an object`, 'translated_content');
        checkLocales(hc, [locale]);
        const body = readArticleBody(raw);
        const state = readState(raw);
        const authorId = optInteger(raw, 'author_id');
        if (locale === article.default_locale) {
            const title = optString(raw, 'title');
            if (title !== undefined)
                article.title = title;
            const description = optString(raw, 'description');
            if (description !== undefined)
                article.description = description;
            if (body !== undefined)
                article.body = body;
            if (state !== undefined)
                article.state = state;
            if (authorId !== undefined)
                article.author_id = requireAuthor(store, authorId, 'translated_content');
            continue;
        }
        const current = article.translations[locale];
        const title = optString(raw, 'title') ?? current?.title;
        if (!title)
            throw missing(`translated_content.${locale}.title is required`, 'translated_content');
        article.translations[locale] = {
            title,
            description: optString(raw, 'description') ?? current?.description ?? '',
            body: body ?? current?.body ?? '',
            author_id: authorId !== undefined ? requireAuthor(store, authorId, 'translated_content') : current?.author_id ?? article.author_id,
            state: state ?? current?.state ?? 'draft',
            created_at: current?.created_at ?? now,
            updated_at: now,
        };
    }
    if (creating && !article.title)
        throw missing('title is a required parameter.', 'title');
}
function createArticle(ctx) {
    const { store, request } = ctx;
    const body = bodyObject(request.body);
    const parentId = readParent(store, body) ?? null;
    const parent = parentId ? store.collections.get(parentId) : undefined;
    const hc = parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
    const defaultLocale = hc?.locales[0] ?? 'en';
    const translated = isObject(body['translated_content']) ? body['translated_content'] : {};
    const defaultContent = isObject(translated[defaultLocale]) ? translated[defaultLocale] : {};
    const authorValue = optInteger(body, 'author_id') ?? optInteger(defaultContent, 'author_id');
    const now = store.now();
    const article = {
        id: store.nextNumericId('article', ARTICLE_ID_BASE),
        title: optString(body, 'title') ?? '',
        description: optString(body, 'description') ?? null,
        body: readArticleBody(body) ?? '',
        author_id: requireAuthor(store, authorValue, 'author_id'),
        state: readState(body) ?? 'draft',
        parent_id: parentId,
        default_locale: defaultLocale,
        translations: {},
        tags: [],
        created_at: now,
        updated_at: now,
    };
    applyArticleTranslations(store, article, body['translated_content'], true);
    store.articles.set(article.id, article);
    return renderArticle(store, article, false);
}
function updateArticle(ctx) {
    const { store, request, params } = ctx;
    const existing = requireArticle(store, params['article_id']);
    const body = bodyObject(request.body);
    // Validate everything on a copy so a refused update changes nothing.
    const article = { ...existing, translations: { ...existing.translations } };
    const title = optString(body, 'title');
    if (title !== undefined)
        article.title = title;
    const description = optString(body, 'description');
    if (description !== undefined)
        article.description = description;
    const html = readArticleBody(body);
    if (html !== undefined)
        article.body = html;
    const authorId = optInteger(body, 'author_id');
    if (authorId !== undefined)
        article.author_id = requireAuthor(store, authorId, 'author_id');
    const state = readState(body); // omitted: unchanged
    if (state !== undefined)
        article.state = state;
    const parentId = readParent(store, body);
    if (parentId !== undefined)
        article.parent_id = parentId;
    applyArticleTranslations(store, article, body['translated_content'], false);
    article.updated_at = store.now();
    Object.assign(existing, article);
    return renderArticle(store, existing, false);
}
function byUpdatedDesc(a, b) {
    return b.updated_at - a.updated_at || Number(b.id) - Number(a.id);
}
function registerHelpCenterRoutes(router) {
    router.on('GET', '/help_center/help_centers', ({ store }) => ({ type: 'list', data: [...store.helpCenters.values()].map((hc) => renderHelpCenter(store, hc)) }));
    router.on('GET', '/help_center/help_centers/{help_center_id}', ({ store, params }) => {
        const hc = store.helpCenters.get(params['help_center_id'] ?? '');
        if (!hc)
            throw notFound();
        return renderHelpCenter(store, hc);
    });
    router.on('GET', '/help_center/collections', ({ store, query }) => {
        const all = [...store.collections.values()].sort(byUpdatedDesc);
        const page = numberedPage(all, queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 150));
        return { type: 'list', data: page.items.map((c) => renderCollection(store, c)), total_count: page.total_count, pages: page.pages };
    });
    router.on('POST', '/help_center/collections', createCollection);
    router.on('GET', '/help_center/collections/{collection_id}', ({ store, params }) => renderCollection(store, requireCollection(store, params['collection_id'])));
    router.on('PUT', '/help_center/collections/{collection_id}', updateCollection);
    router.on('DELETE', '/help_center/collections/{collection_id}', ({ store, params }) => {
        const collection = requireCollection(store, params['collection_id']);
        if ([...store.collections.values()].some((c) => c.parent_id === collection.id)) {
            throw new IntercomApiError(400, 'parameter_invalid', 'Delete or move the child collections first');
        }
        store.collections.delete(collection.id);
        for (const article of store.articles.values())
            if (article.parent_id === collection.id)
                article.parent_id = null;
        return { id: collection.id, object: 'collection', deleted: true };
    });
    router.on('GET', '/articles', ({ store, query }) => {
        const all = [...store.articles.values()].sort(byUpdatedDesc);
        const page = numberedPage(all, queryInteger(query, 'page') ?? 1, perPage(queryInteger(query, 'per_page'), 15, 150));
        return { type: 'list', data: page.items.map((a) => renderArticle(store, a, false)), total_count: page.total_count, pages: page.pages };
    });
    router.on('POST', '/articles', createArticle);
    router.on('GET', '/articles/{article_id}', ({ store, params }) => renderArticle(store, requireArticle(store, params['article_id']), true));
    router.on('PUT', '/articles/{article_id}', updateArticle);
    router.on('DELETE', '/articles/{article_id}', ({ store, params }) => {
        const article = requireArticle(store, params['article_id']);
        store.articles.delete(article.id);
        return { id: article.id, object: 'article', deleted: true };
    });
    router.on('POST', '/articles/{article_id}/tags', ({ store, params, request }) => {
        const article = requireArticle(store, params['article_id']);
        const body = bodyObject(request.body);
        // The tag must already exist; tags cannot be set through the article body.
        const tag = requireTag(store, reqString(body, 'id', 'id is a required parameter.'));
        const applied = applyTag(article.tags, tag, store.now(), store.meId ? { type: 'admin', id: store.meId } : null);
        article.updated_at = store.now();
        return renderAppliedTag(store, applied);
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/rate-limit.ts
class RateLimiter {
    limit;
    windowMs;
    clockMs;
    windowStart = -1;
    used = 0;
    /** Requests refused with 429 so far (for tests and benchmarks). */
    rejected = 0;
    constructor(options) {
        this.limit = options.limit;
        this.windowMs = options.windowMs;
        this.clockMs = options.clockMs ?? Date.now;
    }
    configure(limit, windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.windowStart = -1;
        this.used = 0;
    }
    /** Counts one request and says whether it may proceed. Windows are aligned on the clock, like 10-second windows. */
    take() {
        const now = this.clockMs();
        const start = Math.floor(now / this.windowMs) * this.windowMs;
        if (start !== this.windowStart) {
            this.windowStart = start;
            this.used = 0;
        }
        const reset = Math.ceil((start + this.windowMs) / 1000);
        if (this.used >= this.limit) {
            this.rejected++;
            return { allowed: false, limit: this.limit, remaining: 0, reset };
        }
        this.used++;
        return { allowed: true, limit: this.limit, remaining: this.limit - this.used, reset };
    }
    headers(decision) {
        return {
            'x-ratelimit-limit': String(decision.limit),
            'x-ratelimit-remaining': String(decision.remaining),
            'x-ratelimit-reset': String(decision.reset),
        };
    }
    /** The real message reads "Exceeded rate limit of 167 in 10_seconds". */
    message() {
        const seconds = this.windowMs / 1000;
        const unit = Number.isInteger(seconds) ? `${seconds}_seconds` : `${this.windowMs}_milliseconds`;
        return `Exceeded rate limit of ${this.limit} in ${unit}`;
    }
}

;// CONCATENATED MODULE: ./test/sim/intercom/tickets.ts
/**
 * Tickets and ticket types.
 * - Ticket types (`/ticket_types`) have a category (Customer, Back-office, Tracker), the two default
 *   attributes every type gets (`_default_title_`, `_default_description_`), custom attributes added
 *   through `/ticket_types/{id}/attributes`, and the workspace's ticket states.
 * - `POST /tickets` takes exactly one contact (by id, external_id or email; an unknown email creates a
 *   lead), `ticket_attributes` keyed by attribute name (list attributes take the list item id), and a
 *   historical `created_at`. There is no list endpoint: tickets are read through `POST /tickets/search`
 *   (results carry no parts) and `GET /tickets/{id}` (parts capped like conversations).
 * - `PUT /tickets/{id}` changes state (which must belong to the type), assignment and attributes; those
 *   changes are stamped with the current time.
 * - Replies: no user replies on Back-office tickets; no admin comments on Tracker or non-shared
 *   Back-office tickets (notes only); `attachment_files` take precedence over `attachment_urls`.
 */








const TICKET_ID_BASE = 600;
const TICKET_TYPE_ID_BASE = 90;
const TICKET_STATE_ID_BASE = 8_500;
const TICKET_ATTRIBUTE_ID_BASE = 200;
const DEFAULT_STATES = [
    ['submitted', 'Submitted', 'Submitted'],
    ['in_progress', 'In progress', 'In progress'],
    ['waiting_on_customer', 'Waiting on customer', 'Waiting on you'],
    ['resolved', 'Resolved', 'Resolved'],
];
function installTicketStates(store) {
    for (const [category, internal, external] of DEFAULT_STATES) {
        const id = store.nextNumericId('ticket_state', TICKET_STATE_ID_BASE);
        store.ticketStates.set(id, { id, category, internal_label: internal, external_label: external, archived: false });
    }
}
const CATEGORIES = ['Customer', 'Back-office', 'Tracker'];
const ATTRIBUTE_TYPES = ['string', 'list', 'integer', 'decimal', 'boolean', 'datetime', 'files'];
function newTicketAttribute(store, input, order) {
    const now = store.now();
    return {
        id: store.nextNumericId('ticket_attribute', TICKET_ATTRIBUTE_ID_BASE),
        description: '',
        list_items: [],
        multiline: false,
        allow_multiple_values: false,
        order,
        required_to_create: false,
        required_to_create_for_contacts: false,
        visible_on_create: true,
        visible_to_contacts: true,
        default: false,
        archived: false,
        created_at: now,
        updated_at: now,
        ...input,
    };
}
function createTicketType(store, input) {
    if ([...store.ticketTypes.values()].some((t) => t.name.toLowerCase() === input.name.toLowerCase())) {
        throw invalid(`A ticket type named '${input.name}' already exists`, 'name');
    }
    const now = store.now();
    const id = input.id ?? store.nextNumericId('ticket_type', TICKET_TYPE_ID_BASE);
    const type = {
        id,
        name: input.name,
        description: input.description ?? '',
        icon: input.icon ?? '🎟️',
        category: input.category ?? 'Customer',
        is_internal: input.is_internal ?? false,
        archived: false,
        created_at: now,
        updated_at: now,
        attributes: [],
        state_ids: [...store.ticketStates.keys()],
    };
    // "Every ticket type will be created with two default attributes."
    type.attributes.push(newTicketAttribute(store, { name: '_default_title_', data_type: 'string', default: true }, 0));
    type.attributes.push(newTicketAttribute(store, { name: '_default_description_', data_type: 'string', multiline: true, default: true }, 1));
    store.ticketTypes.set(id, type);
    return type;
}
function renderTicketTypeAttribute(store, type, attr) {
    let inputOptions = null;
    if (attr.data_type === 'string')
        inputOptions = { multiline: attr.multiline };
    if (attr.data_type === 'list')
        inputOptions = { list_options: attr.list_items, allow_multiple_values: attr.allow_multiple_values };
    return {
        type: 'ticket_type_attribute',
        id: attr.id,
        workspace_id: store.app.id_code,
        name: attr.name,
        description: attr.description,
        data_type: attr.data_type,
        input_options: inputOptions,
        order: attr.order,
        required_to_create: attr.required_to_create,
        required_to_create_for_contacts: attr.required_to_create_for_contacts,
        visible_on_create: attr.visible_on_create,
        visible_to_contacts: attr.visible_to_contacts,
        default: attr.default,
        ticket_type_id: Number(type.id),
        archived: attr.archived,
        created_at: attr.created_at,
        updated_at: attr.updated_at,
    };
}
function renderTicketState(state) {
    return { type: 'ticket_state', id: state.id, category: state.category, internal_label: state.internal_label, external_label: state.external_label };
}
function renderTicketType(store, type) {
    return {
        type: 'ticket_type',
        id: type.id,
        category: type.category,
        name: type.name,
        description: type.description,
        icon: type.icon,
        workspace_id: store.app.id_code,
        // The spec's schema names this list `ticket_type_attributes`; every response example recorded
        // from the service (and so this simulator) uses `{type: "list", data: [...]}`.
        ticket_type_attributes: { type: 'list', data: type.attributes.map((a) => renderTicketTypeAttribute(store, type, a)) },
        ticket_states: {
            type: 'list',
            data: type.state_ids.map((id) => store.ticketStates.get(id)).filter((s) => s !== undefined).map(renderTicketState),
        },
        archived: type.archived,
        is_internal: type.is_internal,
        created_at: type.created_at,
        updated_at: type.updated_at,
    };
}
function ticketAuthor(author) {
    // Ticket part authors are admin, bot, team or user: leads show as user.
    return author.type === 'lead' ? { type: 'user', id: author.id } : author;
}
function renderTicketPart(store, part) {
    const out = {
        type: 'ticket_part',
        id: part.id,
        part_type: part.part_type,
        body: part.body,
        created_at: part.created_at,
        updated_at: part.updated_at,
        assigned_to: part.assigned_to,
        author: renderAuthor(store, ticketAuthor(part.author), false),
        attachments: part.attachments.map(renderAttachment),
        external_id: part.external_id,
        redacted: part.redacted,
    };
    if (part.previous_ticket_state)
        out['previous_ticket_state'] = part.previous_ticket_state;
    if (part.ticket_state)
        out['ticket_state'] = part.ticket_state;
    return out;
}
function renderTicket(store, ticket, options) {
    const type = store.ticketTypes.get(ticket.ticket_type_id);
    const state = store.ticketStates.get(ticket.state_id);
    const out = {
        type: 'ticket',
        id: ticket.id,
        ticket_id: ticket.ticket_id,
        category: type?.category ?? 'Customer',
        ticket_attributes: ticket.ticket_attributes,
        ticket_state: state ? renderTicketState(state) : null,
        ticket_type: type ? renderTicketType(store, type) : null,
        contacts: {
            type: 'contact.list',
            contacts: ticket.contact_ids.map((id) => ({ type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null })),
        },
        admin_assignee_id: Number(ticket.admin_assignee_id) || 0,
        team_assignee_id: Number(ticket.team_assignee_id) || 0,
        created_at: ticket.created_at,
        updated_at: ticket.updated_at,
        open: ticket.open,
        linked_objects: {
            type: 'list',
            total_count: ticket.linked_conversation_ids.length,
            has_more: false,
            data: ticket.linked_conversation_ids.map((id) => ({ type: 'conversation', id, category: null })),
        },
        is_shared: ticket.is_shared,
        previous_ticket_state_id: ticket.previous_state_id,
    };
    if (ticket.snoozed_until !== null)
        out['snoozed_until'] = ticket.snoozed_until;
    if (options.withParts) {
        out['ticket_parts'] = {
            type: 'ticket_part.list',
            ticket_parts: cappedParts(ticket.parts, options.maxParts).map((p) => renderTicketPart(store, p)),
            total_count: ticket.parts.length,
        };
    }
    return out;
}
function requireTicketType(store, id) {
    const type = id === undefined ? undefined : store.ticketTypes.get(id);
    if (!type)
        throw notFound('Ticket type not found');
    return type;
}
function requireTicket(store, id) {
    const ticket = id === undefined ? undefined : store.tickets.get(id);
    if (!ticket)
        throw ticketNotFound();
    return ticket;
}
/** Validates attribute values against the type; returns them keyed by attribute name. */
function checkTicketAttributes(type, values, creating) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
        const attr = type.attributes.find((a) => a.name === name && !a.archived);
        if (!attr)
            throw invalid(`Ticket attribute '${name}' does not exist on ticket type ${type.id}`, 'ticket_attributes');
        if (value === null) {
            out[name] = null;
            continue;
        }
        const ok = (() => {
            switch (attr.data_type) {
                case 'string':
                    return typeof value === 'string';
                case 'integer':
                case 'datetime':
                    return typeof value === 'number' && Number.isInteger(value);
                case 'decimal':
                    return typeof value === 'number';
                case 'boolean':
                    return typeof value === 'boolean';
                case 'list': {
                    const ids = attr.list_items.map((i) => i.id);
                    const chosen = Array.isArray(value) && attr.allow_multiple_values ? value : [value];
                    return chosen.every((v) => typeof v === 'string' && ids.includes(v));
                }
                case 'files':
                    return Array.isArray(value) && value.every((v) => typeof v === 'string');
            }
        })();
        if (!ok) {
            const hint = attr.data_type === 'list' ? ' (list attributes take the id of a list item)' : '';
            throw invalid(`Ticket attribute '${name}' expects a ${attr.data_type} value${hint}`, 'ticket_attributes');
        }
        out[name] = value;
    }
    if (creating) {
        for (const attr of type.attributes) {
            if (attr.required_to_create && !attr.archived && (out[attr.name] === undefined || out[attr.name] === null)) {
                throw missing(`Ticket attribute '${attr.name}' is required to create a ticket of this type`, 'ticket_attributes');
            }
        }
    }
    return out;
}
function resolveTicketContact(store, entry) {
    if (!isObject(entry))
        throw invalid('contacts entries must be objects', 'contacts');
    const id = optString(entry, 'id');
    const externalId = optString(entry, 'external_id');
    const email = optString(entry, 'email');
    let contact;
    if (id)
        contact = store.contacts.get(id);
    else if (externalId)
        contact = store.findContactByExternalId(externalId);
    else if (email) {
        contact = store.findContactByEmail(email);
        if (!contact) {
            // An unknown email creates the contact.
            contact = newContact(store, 'lead');
            contact.email = email;
            store.contacts.set(contact.id, contact);
        }
    }
    else
        throw invalid('contacts entries need an id, external_id or email', 'contacts');
    if (!contact || contact.merged_into !== null)
        throw userNotFound();
    return contact;
}
function firstStateOf(store, type, category) {
    for (const id of type.state_ids) {
        const state = store.ticketStates.get(id);
        if (state && state.category === category && !state.archived)
            return state;
    }
    throw new IntercomApiError(400, 'ticket_state_id_invalid', `Ticket type ${type.id} has no ${category} state`);
}
/** Applies an assignee id to a ticket: '0' unassigns, an admin id or a team id assigns. */
function assignTicket(store, ticket, assigneeId) {
    if (assigneeId === '0') {
        ticket.admin_assignee_id = '0';
        return { type: 'nobody_admin', id: '0' };
    }
    if (store.admins.has(assigneeId)) {
        ticket.admin_assignee_id = assigneeId;
        return { type: 'admin', id: assigneeId };
    }
    if (store.teams.has(assigneeId)) {
        ticket.team_assignee_id = assigneeId;
        return { type: 'team', id: assigneeId };
    }
    throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
}
function createTicket(ctx) {
    const { store, request, config } = ctx;
    const body = bodyObject(request.body);
    const type = requireTicketType(store, reqString(body, 'ticket_type_id', 'ticket_type_id is a required parameter.'));
    const contacts = optArray(body, 'contacts');
    if (!contacts || contacts.length === 0)
        throw missing('contacts is a required parameter.', 'contacts');
    if (contacts.length > 1)
        throw invalid('Currently only one contact is allowed per ticket', 'contacts');
    const attributes = checkTicketAttributes(type, optObject(body, 'ticket_attributes') ?? {}, true);
    const createdAt = readCreatedAt(body['created_at']) ?? store.now();
    const companyId = optString(body, 'company_id');
    if (companyId !== undefined && !store.companies.has(companyId))
        throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
    const linkId = optString(body, 'conversation_to_link_id');
    if (linkId !== undefined && !store.conversations.has(linkId))
        throw notFound('Conversation not found');
    const contact = resolveTicketContact(store, contacts[0]);
    const skip = optBoolean(body, 'skip_notifications') ?? false;
    const ticket = {
        id: store.nextNumericId('ticket', TICKET_ID_BASE),
        ticket_id: String(store.tickets.size + 1),
        ticket_type_id: type.id,
        contact_ids: [contact.id],
        admin_assignee_id: '0',
        team_assignee_id: '0',
        created_at: createdAt,
        updated_at: store.now(),
        open: true,
        snoozed_until: null,
        is_shared: type.category === 'Customer',
        state_id: firstStateOf(store, type, 'submitted').id,
        previous_state_id: null,
        company_id: companyId ?? null,
        ticket_attributes: attributes,
        parts: [],
        tags: [],
        linked_conversation_ids: linkId ? [linkId] : [],
        skip_notifications: skip,
    };
    const assignment = optObject(body, 'assignment');
    if (assignment) {
        const adminAssignee = optString(assignment, 'admin_assignee_id');
        const teamAssignee = optString(assignment, 'team_assignee_id');
        if (adminAssignee !== undefined) {
            if (adminAssignee !== '0' && !store.admins.has(adminAssignee))
                throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
            ticket.admin_assignee_id = adminAssignee;
        }
        if (teamAssignee !== undefined) {
            if (teamAssignee !== '0' && !store.teams.has(teamAssignee))
                throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
            ticket.team_assignee_id = teamAssignee;
        }
    }
    store.tickets.set(ticket.id, ticket);
    if (!skip && type.category === 'Customer')
        store.notifications.push({ kind: 'ticket_created', target_id: ticket.id, at: store.now() });
    return renderTicket(store, ticket, { withParts: true, maxParts: config.maxParts });
}
function updateTicket(ctx) {
    const { store, request, params, config } = ctx;
    const ticket = requireTicket(store, params['ticket_id']);
    const type = requireTicketType(store, ticket.ticket_type_id);
    const body = bodyObject(request.body);
    const adminIdValue = optInteger(body, 'admin_id');
    const actorId = adminIdValue !== undefined ? String(adminIdValue) : store.meId ?? '';
    if (adminIdValue !== undefined && !store.admins.has(actorId))
        throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
    const author = { type: 'admin', id: actorId };
    const attributes = optObject(body, 'ticket_attributes');
    const checked = attributes ? checkTicketAttributes(type, attributes, false) : undefined;
    const stateId = optString(body, 'ticket_state_id');
    if (stateId !== undefined && !type.state_ids.includes(stateId)) {
        throw new IntercomApiError(400, 'ticket_state_id_invalid', 'Ticket state id is not valid or is not associated with the ticket type');
    }
    const newParts = [];
    if (checked)
        ticket.ticket_attributes = { ...ticket.ticket_attributes, ...checked };
    if (stateId !== undefined && stateId !== ticket.state_id) {
        const before = store.ticketStates.get(ticket.state_id);
        const after = store.ticketStates.get(stateId);
        ticket.previous_state_id = ticket.state_id;
        ticket.state_id = stateId;
        if (after?.category === 'resolved' && body['open'] === undefined)
            ticket.open = false;
        newParts.push(newPart(store, {
            part_type: 'ticket_state_updated_by_admin',
            author,
            state: ticket.open ? 'open' : 'closed',
            previous_ticket_state: before?.category ?? null,
            ticket_state: after?.category ?? null,
        }));
    }
    const open = optBoolean(body, 'open');
    if (open !== undefined)
        ticket.open = open;
    const shared = optBoolean(body, 'is_shared');
    if (shared !== undefined)
        ticket.is_shared = shared;
    const snoozed = optInteger(body, 'snoozed_until');
    if (snoozed !== undefined)
        ticket.snoozed_until = snoozed;
    const companyId = optString(body, 'company_id');
    if (companyId !== undefined) {
        if (!store.companies.has(companyId))
            throw new IntercomApiError(404, 'company_not_found', 'Company Not Found');
        ticket.company_id = companyId;
    }
    const assigneeId = optString(body, 'assignee_id');
    if (assigneeId !== undefined) {
        const assignedTo = assignTicket(store, ticket, assigneeId);
        newParts.push(newPart(store, { part_type: 'assignment', author, assigned_to: assignedTo, state: ticket.open ? 'open' : 'closed' }));
    }
    ticket.parts.push(...newParts);
    ticket.updated_at = store.now();
    if (!(optBoolean(body, 'skip_notifications') ?? false) && newParts.length > 0 && type.category === 'Customer') {
        store.notifications.push({ kind: 'ticket_updated', target_id: ticket.id, at: store.now() });
    }
    return renderTicket(store, ticket, { withParts: true, maxParts: config.maxParts });
}
function replyToTicket(ctx) {
    const { store, request, params, config } = ctx;
    const ticket = requireTicket(store, params['ticket_id']);
    const type = requireTicketType(store, ticket.ticket_type_id);
    const body = bodyObject(request.body);
    const messageType = reqString(body, 'message_type', 'message_type is a required parameter.');
    const createdAt = readCreatedAt(body['created_at']);
    let author;
    let attachments;
    if (body['type'] === 'admin') {
        if (!['comment', 'note', 'quick_reply'].includes(messageType))
            throw invalid('message_type must be comment, note or quick_reply', 'message_type');
        const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
        if (!store.admins.has(adminId))
            throw adminNotFound();
        if (messageType !== 'note' && type.category === 'Tracker') {
            throw new IntercomApiError(400, 'parameter_mismatch', 'Admin comments are not allowed on Tracker tickets, use a note');
        }
        if (messageType !== 'note' && type.category === 'Back-office' && !ticket.is_shared) {
            throw new IntercomApiError(400, 'parameter_mismatch', 'Admin comments are not allowed on Back-office tickets that are not shared, use a note');
        }
        author = { type: 'admin', id: adminId };
        const files = attachmentsFromFiles(store, body['attachment_files'], config.maxAttachmentsPerPart);
        const urls = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
        // attachment_files take precedence over attachment_urls.
        attachments = files.length > 0 ? files : urls;
    }
    else if (body['type'] === 'user') {
        if (type.category === 'Back-office')
            throw new IntercomApiError(400, 'parameter_mismatch', 'User replies are not allowed on Backoffice tickets');
        if (messageType !== 'comment')
            throw invalid('message_type must be comment for a contact reply', 'message_type');
        const id = optString(body, 'intercom_user_id');
        const userId = optString(body, 'user_id');
        const email = optString(body, 'email');
        const contact = id ? store.contacts.get(id) : userId ? store.findContactByExternalId(userId) : email ? store.findContactByEmail(email) : undefined;
        if (!contact)
            throw userNotFound();
        author = { type: contact.role, id: contact.id };
        attachments = attachmentsFromUrls(body['attachment_urls'], config.maxAttachmentsPerPart);
    }
    else {
        throw invalid('type must be admin or user', 'type');
    }
    const text = optString(body, 'body');
    if ((text === undefined || text === '') && attachments.length === 0)
        throw missing('body is a required parameter.', 'body');
    const skip = optBoolean(body, 'skip_notifications') ?? false;
    const part = newPart(store, { part_type: messageType, author, body: text ?? null, attachments, state: ticket.open ? 'open' : 'closed', skip_notifications: skip }, createdAt);
    ticket.parts.push(part);
    ticket.updated_at = store.now();
    if (!skip && author.type === 'admin' && messageType === 'comment') {
        store.notifications.push({ kind: 'ticket_reply', target_id: ticket.id, at: store.now() });
    }
    return {
        type: 'ticket_part',
        id: part.id,
        part_type: part.part_type,
        body: part.body,
        created_at: part.created_at,
        updated_at: part.updated_at,
        author: renderAuthor(store, ticketAuthor(part.author), false),
        attachments: part.attachments.map(renderAttachment),
        redacted: false,
    };
}
const CATEGORY_SEARCH_TERMS = { Customer: 'request', 'Back-office': 'task', Tracker: 'tracker' };
function ticketSearchModel(store) {
    const s = (get) => ({ kind: 'string', get });
    const d = (get) => ({ kind: 'date', get });
    const teammates = (t) => [...new Set(t.parts.filter((p) => p.author.type === 'admin').map((p) => p.author.id))];
    const fields = {
        id: s((t) => t.id),
        created_at: d((t) => t.created_at),
        updated_at: d((t) => t.updated_at),
        title: s((t) => t.ticket_attributes['_default_title_'] ?? null),
        description: s((t) => t.ticket_attributes['_default_description_'] ?? null),
        category: s((t) => {
            const type = store.ticketTypes.get(t.ticket_type_id);
            return type ? CATEGORY_SEARCH_TERMS[type.category] : null;
        }),
        ticket_type_id: s((t) => t.ticket_type_id),
        contact_ids: s((t) => t.contact_ids),
        teammate_ids: s(teammates),
        admin_assignee_id: s((t) => t.admin_assignee_id),
        team_assignee_id: s((t) => t.team_assignee_id),
        open: { kind: 'boolean', get: (t) => t.open },
        state: s((t) => store.ticketStates.get(t.state_id)?.category ?? null),
        snoozed_until: d((t) => t.snoozed_until),
    };
    return {
        timestamps: 'inclusive',
        timezone: store.app.timezone,
        // "You may use the <= or >= operators to search by created_at."
        dateOperatorsAllowed: (field, operator) => field === 'created_at' && (operator === '>=' || operator === '<='),
        field(name) {
            const direct = fields[name];
            if (direct)
                return direct;
            const m = /^ticket_attribute\.(.+)$/.exec(name);
            if (!m?.[1])
                return undefined;
            const attrId = m[1];
            let attr;
            for (const type of store.ticketTypes.values())
                attr ??= type.attributes.find((a) => a.id === attrId);
            if (!attr)
                return undefined;
            const found = attr;
            const kind = found.data_type === 'datetime' ? 'date' : found.data_type === 'boolean' ? 'boolean' : ['integer', 'decimal'].includes(found.data_type) ? 'integer' : 'string';
            return { kind, get: (t) => t.ticket_attributes[found.name] ?? null };
        },
    };
}
const tickets_searchKey = (t) => [t.created_at, Number(t.id)];
function parseListItems(value) {
    return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
function registerTicketRoutes(router) {
    router.on('GET', '/ticket_states', ({ store }) => ({
        type: 'list',
        data: [...store.ticketStates.values()].map((state) => ({
            ...renderTicketState(state),
            archived: state.archived,
            ticket_types: {
                type: 'list',
                data: [...store.ticketTypes.values()].filter((t) => t.state_ids.includes(state.id)).map((t) => renderTicketType(store, t)),
            },
        })),
    }));
    router.on('GET', '/ticket_types', ({ store }) => ({ type: 'list', data: [...store.ticketTypes.values()].map((t) => renderTicketType(store, t)) }));
    router.on('POST', '/ticket_types', ({ store, request }) => {
        const body = bodyObject(request.body);
        const category = optString(body, 'category');
        if (category !== undefined && !CATEGORIES.includes(category))
            throw invalid('category must be Customer, Back-office or Tracker', 'category');
        const type = createTicketType(store, {
            name: reqString(body, 'name', 'name is a required parameter.'),
            description: optString(body, 'description'),
            category: category,
            icon: optString(body, 'icon'),
            is_internal: optBoolean(body, 'is_internal'),
        });
        return renderTicketType(store, type);
    });
    router.on('GET', '/ticket_types/{ticket_type_id}', ({ store, params }) => renderTicketType(store, requireTicketType(store, params['ticket_type_id'])));
    router.on('PUT', '/ticket_types/{ticket_type_id}', ({ store, params, request }) => {
        const type = requireTicketType(store, params['ticket_type_id']);
        const body = bodyObject(request.body);
        const name = optString(body, 'name');
        if (name !== undefined)
            type.name = name;
        const description = optString(body, 'description');
        if (description !== undefined)
            type.description = description;
        const icon = optString(body, 'icon');
        if (icon !== undefined)
            type.icon = icon;
        const archived = optBoolean(body, 'archived');
        if (archived !== undefined)
            type.archived = archived;
        const isInternal = optBoolean(body, 'is_internal');
        if (isInternal !== undefined)
            type.is_internal = isInternal;
        type.updated_at = store.now();
        return renderTicketType(store, type);
    });
    router.on('POST', '/ticket_types/{ticket_type_id}/attributes', ({ store, params, request }) => {
        const type = requireTicketType(store, params['ticket_type_id']);
        const body = bodyObject(request.body);
        const name = reqString(body, 'name', 'name is a required parameter.');
        const description = reqString(body, 'description', 'description is a required parameter.');
        const dataType = reqString(body, 'data_type', 'data_type is a required parameter.');
        if (!ATTRIBUTE_TYPES.includes(dataType))
            throw invalid(`data_type must be one of ${ATTRIBUTE_TYPES.join(', ')}`, 'data_type');
        if (type.attributes.some((a) => a.name.toLowerCase() === name.toLowerCase()))
            throw invalid(`An attribute named '${name}' already exists on this ticket type`, 'name');
        const items = parseListItems(optString(body, 'list_items'));
        if (dataType === 'list' && items.length === 0)
            throw missing('list_items is required for a list attribute', 'list_items');
        const attr = newTicketAttribute(store, {
            name,
            description,
            data_type: dataType,
            list_items: items.map((label) => ({ id: `${type.id}-${name}-${label}`.replace(/\s+/g, '_'), label, archived: false })),
            multiline: optBoolean(body, 'multiline') ?? false,
            allow_multiple_values: optBoolean(body, 'allow_multiple_values') ?? false,
            required_to_create: optBoolean(body, 'required_to_create') ?? false,
            required_to_create_for_contacts: optBoolean(body, 'required_to_create_for_contacts') ?? false,
            visible_on_create: optBoolean(body, 'visible_on_create') ?? true,
            visible_to_contacts: optBoolean(body, 'visible_to_contacts') ?? true,
        }, type.attributes.length);
        type.attributes.push(attr);
        type.updated_at = store.now();
        return renderTicketTypeAttribute(store, type, attr);
    });
    router.on('POST', '/tickets', createTicket);
    router.on('POST', '/tickets/search', ({ store, request }) => {
        const body = bodyObject(request.body);
        const predicate = compileQuery(body['query'], ticketSearchModel(store));
        const { perPage, startingAfter } = searchPaging(body, 20, 150);
        const matches = [...store.tickets.values()].filter(predicate).sort((a, b) => compareKeys(tickets_searchKey(a), tickets_searchKey(b)));
        const page = cursorPage(matches, tickets_searchKey, startingAfter, perPage);
        return {
            type: 'ticket.list',
            tickets: page.items.map((t) => renderTicket(store, t, { withParts: false, maxParts: 0 })),
            total_count: page.total_count,
            pages: page.pages,
        };
    });
    router.on('GET', '/tickets/{ticket_id}', ({ store, params, config }) => renderTicket(store, requireTicket(store, params['ticket_id']), { withParts: true, maxParts: config.maxParts }));
    router.on('PUT', '/tickets/{ticket_id}', updateTicket);
    router.on('POST', '/tickets/{ticket_id}/reply', replyToTicket);
    router.on('POST', '/tickets/{ticket_id}/tags', ({ store, params, request }) => {
        const ticket = requireTicket(store, params['ticket_id']);
        const body = bodyObject(request.body);
        const adminId = reqString(body, 'admin_id', 'admin_id is a required parameter.');
        if (!store.admins.has(adminId))
            throw adminNotFound();
        const tag = requireTag(store, body['id']);
        const applied = applyTag(ticket.tags, tag, store.now(), { type: 'admin', id: adminId });
        ticket.updated_at = store.now();
        return renderAppliedTag(store, applied);
    });
    router.on('DELETE', '/tickets/{ticket_id}/tags/{tag_id}', ({ store, params, request }) => {
        const ticket = requireTicket(store, params['ticket_id']);
        const adminId = reqString(bodyObject(request.body), 'admin_id', 'admin_id is a required parameter.');
        if (!store.admins.has(adminId))
            throw adminNotFound();
        const tag = requireTag(store, params['tag_id']);
        removeTag(ticket.tags, tag.id);
        ticket.updated_at = store.now();
        return { type: 'tag', id: tag.id, name: tag.name };
    });
}

;// CONCATENATED MODULE: ./test/sim/intercom/seed.ts
/**
 * Seeding: puts a whole workspace into the store directly, bypassing the API's write rules, so a test
 * can start from any state a real workspace can be in (historical created_at everywhere, agent-first
 * conversations, invalid phones, threads longer than the read cap). References between objects use
 * ids, or, where handier, natural keys: tags by name, companies by `company_id`, ticket types by name.
 * A seed that references something missing throws: that is a bug in the test, not API behaviour.
 */







const ADMIN_ID_BASE = 991_200_000;
const TEAM_ID_BASE = 5_017_000;
class SeedError extends Error {
}
function explicitId(store, kind, base, id) {
    if (id === undefined)
        return store.nextNumericId(kind, base);
    store.reserveNumericId(kind, base, id);
    return id;
}
function tagRefs(store, refs, at) {
    return (refs ?? []).map((ref) => {
        const tag = store.tags.get(ref) ?? findOrCreateTag(store, ref);
        return { tag_id: tag.id, applied_at: at, applied_by: null };
    });
}
function companyRef(store, ref) {
    const company = store.companies.get(ref) ?? store.findCompanyByCompanyId(ref);
    if (!company)
        throw new SeedError(`seed: unknown company ${ref}`);
    return company;
}
function seedAttachments(store, list) {
    return (list ?? []).map((a) => {
        const contentType = a.content_type ?? contentTypeFor(a.name);
        if (a.data !== undefined) {
            const record = storeFile(store, a.name, contentType, Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data, 'utf8'), 'seed');
            return { ...record, width: a.width ?? null, height: a.height ?? null };
        }
        if (!a.url)
            throw new SeedError(`seed: attachment ${a.name} needs data or url`);
        return { type: 'upload', name: a.name, url: a.url, content_type: contentType, filesize: 0, width: a.width ?? null, height: a.height ?? null, origin: 'seed', file_id: null };
    });
}
function checkAuthor(store, author) {
    const known = author.type === 'admin' || author.type === 'bot'
        ? store.admins.has(author.id) || author.type === 'bot'
        : author.type === 'team'
            ? store.teams.has(author.id)
            : store.contacts.has(author.id);
    if (!known)
        throw new SeedError(`seed: unknown ${author.type} author ${author.id}`);
    return { type: author.type, id: author.id };
}
const STATE_OF_PART = { close: 'closed', open: 'open', snoozed: 'snoozed' };
function seedParts(store, parts, initial) {
    let state = initial;
    return (parts ?? []).map((p) => {
        state = STATE_OF_PART[p.part_type] ?? (p.part_type === 'comment' && (p.author.type === 'user' || p.author.type === 'lead') ? 'open' : state);
        return {
            id: explicitId(store, 'part', PART_ID_BASE, p.id),
            part_type: p.part_type,
            body: p.body ?? null,
            created_at: p.created_at,
            updated_at: p.updated_at ?? p.created_at,
            notified_at: p.created_at,
            author: checkAuthor(store, p.author),
            assigned_to: p.assigned_to ?? null,
            attachments: seedAttachments(store, p.attachments),
            external_id: p.external_id ?? null,
            redacted: p.redacted ?? false,
            state,
            previous_ticket_state: p.previous_ticket_state ?? null,
            ticket_state: p.ticket_state ?? null,
            skip_notifications: true,
            created_at_from_request: true,
        };
    });
}
function seedAdmins(store, admins) {
    for (const a of admins) {
        const id = explicitId(store, 'admin', ADMIN_ID_BASE, a.id);
        const admin = {
            id,
            name: a.name,
            email: a.email,
            job_title: a.job_title ?? null,
            away_mode_enabled: a.away_mode_enabled ?? false,
            away_mode_reassign: false,
            has_inbox_seat: a.has_inbox_seat ?? true,
            team_ids: (a.team_ids ?? []).map(Number),
            avatar: a.avatar ?? null,
        };
        store.admins.set(id, admin);
    }
}
function seedHelpCenters(store, helpCenters) {
    for (const h of helpCenters) {
        const existing = h.default ? store.defaultHelpCenter() : h.id ? store.helpCenters.get(h.id) : undefined;
        const id = existing?.id ?? explicitId(store, 'help_center', HELP_CENTER_ID_BASE, h.id);
        const now = store.app.created_at;
        store.helpCenters.set(id, {
            id,
            identifier: h.identifier ?? existing?.identifier ?? `help-${id}`,
            display_name: h.display_name ?? existing?.display_name ?? `Help Center ${id}`,
            url: h.url ?? existing?.url ?? `http://help-center.test/help-${id}`,
            custom_domain: existing?.custom_domain ?? null,
            default: existing?.default ?? false,
            website_turned_on: true,
            locales: h.locales ?? existing?.locales ?? ['en'],
            created_at: existing?.created_at ?? now,
            updated_at: now,
        });
    }
}
/** Adds a workspace to the store (additive; ids given in the seed are kept). */
function seedWorkspace(store, ws) {
    if (ws.app)
        store.app = { ...store.app, ...ws.app };
    const now = store.now();
    seedAdmins(store, ws.admins ?? []);
    if (ws.me) {
        if (!store.admins.has(ws.me))
            throw new SeedError(`seed: me=${ws.me} is not an admin`);
        store.meId = ws.me;
    }
    store.meId ??= store.admins.keys().next().value ?? null;
    for (const t of ws.teams ?? []) {
        const id = explicitId(store, 'team', TEAM_ID_BASE, t.id);
        store.teams.set(id, { id, name: t.name, admin_ids: (t.admin_ids ?? []).map(Number) });
    }
    for (const t of ws.tags ?? []) {
        const id = explicitId(store, 'tag', TAG_ID_BASE, t.id);
        store.tags.set(id, { id, name: t.name, created_at: store.app.created_at });
    }
    for (const a of ws.dataAttributes ?? []) {
        createDataAttribute(store, {
            model: a.model,
            name: a.name,
            data_type: a.data_type,
            description: a.description,
            label: a.label,
            options: a.options,
        });
    }
    for (const a of ws.conversationAttributes ?? []) {
        const id = Number(store.nextNumericId('conversation_attribute', 2_000));
        store.conversationAttributes.set(id, {
            id,
            name: a.name,
            description: a.description ?? '',
            data_type: a.data_type,
            required: false,
            multiline: false,
            options: (a.options ?? []).map((label, i) => ({ id: `${id}-${i + 1}`, label, archived: false })),
            visible_to_team_ids: [],
            archived: false,
            created_at: store.app.created_at,
            updated_at: store.app.created_at,
            admin_id: store.meId,
        });
    }
    for (const c of ws.companies ?? []) {
        const id = c.id ?? store.nextHexId('company');
        const created = c.created_at ?? now;
        store.companies.set(id, {
            id,
            company_id: c.company_id,
            name: c.name,
            plan: c.plan ?? null,
            size: c.size ?? null,
            website: c.website ?? null,
            industry: c.industry ?? null,
            monthly_spend: c.monthly_spend ?? 0,
            remote_created_at: c.remote_created_at ?? null,
            created_at: created,
            updated_at: c.updated_at ?? created,
            last_request_at: null,
            session_count: 0,
            custom_attributes: c.custom_attributes ?? {},
            tags: tagRefs(store, c.tags, created),
        });
    }
    for (const c of ws.contacts ?? []) {
        const id = c.id ?? store.nextHexId('contact');
        const created = c.created_at ?? now;
        const contact = {
            id,
            role: c.role ?? 'user',
            external_id: c.external_id ?? null,
            email: c.email ?? null,
            phone: c.phone ?? null,
            name: c.name ?? null,
            avatar: c.avatar ?? null,
            owner_id: c.owner_id ?? null,
            unsubscribed_from_emails: c.unsubscribed_from_emails ?? false,
            created_at: created,
            updated_at: c.updated_at ?? created,
            signed_up_at: c.signed_up_at ?? null,
            last_seen_at: c.last_seen_at ?? null,
            last_replied_at: null,
            last_contacted_at: null,
            language_override: c.language_override ?? null,
            custom_attributes: c.custom_attributes ?? {},
            tags: tagRefs(store, c.tags, created),
            company_ids: (c.companies ?? []).map((ref) => companyRef(store, ref).id),
            archived: c.archived ?? false,
            merged_into: null,
        };
        store.contacts.set(id, contact);
    }
    for (const c of ws.conversations ?? []) {
        const id = explicitId(store, 'conversation', CONVERSATION_ID_BASE, c.id);
        if (!/^\d+$/.test(id))
            throw new SeedError(`seed: conversation ids are numeric strings, got ${id}`);
        for (const contactId of c.contacts)
            if (!store.contacts.has(contactId))
                throw new SeedError(`seed: unknown contact ${contactId}`);
        const author = checkAuthor(store, c.source.author);
        const parts = seedParts(store, c.parts, 'open');
        const lastState = [...parts].reverse().find((p) => STATE_OF_PART[p.part_type])?.part_type;
        const state = c.state ?? (lastState ? STATE_OF_PART[lastState] : undefined) ?? 'open';
        const lastAt = parts.reduce((max, p) => Math.max(max, p.created_at), c.created_at);
        const messageId = store.nextNumericId('message', MESSAGE_ID_BASE);
        const record = {
            id,
            title: c.title ?? null,
            created_at: c.created_at,
            updated_at: c.updated_at ?? lastAt,
            waiting_since: c.waiting_since ?? null,
            snoozed_until: c.snoozed_until ?? null,
            open: state !== 'closed',
            state,
            read: c.read ?? true,
            priority: c.priority ?? 'none',
            admin_assignee_id: c.admin_assignee_id ?? '0',
            team_assignee_id: c.team_assignee_id ?? '0',
            company_id: c.company ? companyRef(store, c.company).id : null,
            contact_ids: [...c.contacts],
            tags: tagRefs(store, c.tags, c.created_at),
            source: {
                type: c.source.type ?? 'conversation',
                id: messageId,
                delivered_as: c.source.delivered_as ?? (author.type === 'admin' ? 'admin_initiated' : 'customer_initiated'),
                subject: c.source.subject ?? '',
                body: c.source.body,
                author,
                attachments: seedAttachments(store, c.source.attachments),
                url: null,
                redacted: false,
            },
            parts,
            custom_attributes: c.custom_attributes ?? {},
            message_id: messageId,
        };
        store.conversations.set(id, record);
    }
    for (const t of ws.ticketTypes ?? []) {
        const id = t.id === undefined ? undefined : explicitId(store, 'ticket_type', TICKET_TYPE_ID_BASE, t.id);
        const type = createTicketType(store, { id, name: t.name, description: t.description, category: t.category, icon: t.icon, is_internal: t.is_internal });
        for (const a of t.attributes ?? []) {
            type.attributes.push(newTicketAttribute(store, {
                name: a.name,
                data_type: a.data_type,
                description: a.description ?? '',
                required_to_create: a.required_to_create ?? false,
                visible_to_contacts: a.visible_to_contacts ?? true,
                multiline: a.multiline ?? false,
                allow_multiple_values: a.allow_multiple_values ?? false,
                list_items: (a.list_items ?? []).map((label) => ({ id: `${type.id}-${a.name}-${label}`.replace(/\s+/g, '_'), label, archived: false })),
            }, type.attributes.length));
        }
    }
    for (const t of ws.tickets ?? []) {
        const type = store.ticketTypes.get(t.ticket_type) ?? [...store.ticketTypes.values()].find((x) => x.name === t.ticket_type);
        if (!type)
            throw new SeedError(`seed: unknown ticket type ${t.ticket_type}`);
        for (const contactId of t.contacts)
            if (!store.contacts.has(contactId))
                throw new SeedError(`seed: unknown contact ${contactId}`);
        const state = stateOf(store, type, t.state ?? 'submitted');
        const id = explicitId(store, 'ticket', TICKET_ID_BASE, t.id);
        const parts = seedParts(store, t.parts, 'open');
        const record = {
            id,
            ticket_id: t.ticket_id ?? String(store.tickets.size + 1),
            ticket_type_id: type.id,
            contact_ids: [...t.contacts],
            admin_assignee_id: t.admin_assignee_id ?? '0',
            team_assignee_id: t.team_assignee_id ?? '0',
            created_at: t.created_at,
            updated_at: t.updated_at ?? parts.reduce((max, p) => Math.max(max, p.created_at), t.created_at),
            open: t.open ?? state.category !== 'resolved',
            snoozed_until: t.snoozed_until ?? null,
            is_shared: t.is_shared ?? type.category === 'Customer',
            state_id: state.id,
            previous_state_id: null,
            company_id: t.company ? companyRef(store, t.company).id : null,
            ticket_attributes: ticketAttributeIds(type, t.ticket_attributes ?? {}),
            parts,
            tags: tagRefs(store, t.tags, t.created_at),
            linked_conversation_ids: [],
            skip_notifications: true,
        };
        store.tickets.set(id, record);
    }
    seedHelpCenters(store, ws.helpCenters ?? []);
    for (const c of ws.collections ?? []) {
        const id = explicitId(store, 'collection', COLLECTION_ID_BASE, c.id);
        const parent = c.parent_id ? store.collections.get(c.parent_id) : undefined;
        if (c.parent_id && !parent)
            throw new SeedError(`seed: unknown parent collection ${c.parent_id}`);
        const hc = c.help_center_id ? store.helpCenters.get(c.help_center_id) : parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
        if (!hc)
            throw new SeedError(`seed: unknown help center ${c.help_center_id ?? '(default)'}`);
        const created = c.created_at ?? now;
        const record = {
            id,
            name: c.name,
            description: c.description ?? null,
            icon: c.icon ?? 'book-bookmark',
            order: c.order ?? [...store.collections.values()].filter((x) => x.parent_id === (c.parent_id ?? null)).length + 1,
            default_locale: hc.locales[0] ?? 'en',
            translations: Object.fromEntries(Object.entries(c.translated_content ?? {}).map(([l, v]) => [l, { name: v.name, description: v.description ?? '' }])),
            parent_id: c.parent_id ?? null,
            help_center_id: hc.id,
            created_at: created,
            updated_at: c.updated_at ?? created,
        };
        store.collections.set(id, record);
    }
    for (const a of ws.articles ?? []) {
        const id = explicitId(store, 'article', ARTICLE_ID_BASE, a.id);
        if (a.parent_id && !store.collections.has(a.parent_id))
            throw new SeedError(`seed: unknown parent collection ${a.parent_id}`);
        if (!store.admins.has(String(a.author_id)))
            throw new SeedError(`seed: unknown article author ${a.author_id}`);
        const parent = a.parent_id ? store.collections.get(a.parent_id) : undefined;
        const hc = parent ? store.helpCenters.get(parent.help_center_id) : store.defaultHelpCenter();
        const created = a.created_at ?? now;
        const updated = a.updated_at ?? created;
        const record = {
            id,
            title: a.title,
            description: a.description ?? null,
            body: a.body,
            author_id: Number(a.author_id),
            state: a.state ?? 'published',
            parent_id: a.parent_id ?? null,
            default_locale: hc?.locales[0] ?? 'en',
            translations: Object.fromEntries(Object.entries(a.translated_content ?? {}).map(([locale, t]) => [
                locale,
                {
                    title: t.title,
                    description: t.description ?? '',
                    body: t.body ?? '',
                    author_id: Number(t.author_id ?? a.author_id),
                    state: t.state ?? a.state ?? 'published',
                    created_at: created,
                    updated_at: updated,
                },
            ])),
            tags: tagRefs(store, a.tags, created),
            created_at: created,
            updated_at: updated,
        };
        store.articles.set(id, record);
    }
}
function stateOf(store, type, category) {
    for (const id of type.state_ids) {
        const state = store.ticketStates.get(id);
        if (state?.category === category)
            return state;
    }
    throw new SeedError(`seed: ticket type ${type.name} has no ${category} state`);
}
/** List attributes may be seeded by label; store them by item id, as the API does. */
function ticketAttributeIds(type, values) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
        const attr = type.attributes.find((a) => a.name === name);
        if (!attr)
            throw new SeedError(`seed: ticket type ${type.name} has no attribute ${name}`);
        const toId = (v) => attr.list_items.find((i) => i.label === v || i.id === v)?.id ?? v;
        out[name] = attr.data_type === 'list' && typeof value === 'string' ? toId(value) : attr.data_type === 'list' && Array.isArray(value) ? value.map(toId) : value;
    }
    return out;
}

;// CONCATENATED MODULE: ./test/sim/intercom/store.ts
class IntercomStore {
    app;
    /** The admin the access token belongs to (`GET /me`). */
    meId = null;
    /** Set by the server once it listens, for absolute attachment URLs. */
    baseUrl = '';
    admins = new Map();
    teams = new Map();
    tags = new Map();
    dataAttributes = new Map();
    conversationAttributes = new Map();
    companies = new Map();
    contacts = new Map();
    conversations = new Map();
    ticketStates = new Map();
    ticketTypes = new Map();
    tickets = new Map();
    helpCenters = new Map();
    collections = new Map();
    articles = new Map();
    files = new Map();
    notifications = [];
    scroll = null;
    clock;
    counters = new Map();
    constructor(options = {}) {
        this.clock = options.now ?? (() => Math.floor(Date.now() / 1000));
        this.app = {
            id_code: 'simapp01',
            name: 'Simulated Workspace',
            region: 'US',
            timezone: 'UTC',
            created_at: 1_600_000_000,
        };
    }
    /** Current time in Unix seconds. */
    now() {
        return this.clock();
    }
    /** Numeric string ids, per kind, from a kind-specific base so ids of different kinds never collide. */
    nextNumericId(kind, base) {
        const next = (this.counters.get(kind) ?? 0) + 1;
        this.counters.set(kind, next);
        return String(base + next);
    }
    /** 24-hex ids like Intercom's contact and company ids. */
    nextHexId(kind) {
        const prefix = kind === 'contact' ? '6762f0' : '6762c0';
        for (;;) {
            const next = (this.counters.get(kind) ?? 0) + 1;
            this.counters.set(kind, next);
            const id = prefix + next.toString(16).padStart(18, '0');
            if (!this.contacts.has(id) && !this.companies.has(id))
                return id;
        }
    }
    /** Makes sure generated ids stay above an explicit id given by a seed. */
    reserveNumericId(kind, base, id) {
        if (!/^\d+$/.test(id))
            return;
        const n = Number(id) - base;
        if (n > (this.counters.get(kind) ?? 0))
            this.counters.set(kind, n);
    }
    findTagByName(name) {
        const wanted = name.trim().toLowerCase();
        for (const tag of this.tags.values())
            if (tag.name.toLowerCase() === wanted)
                return tag;
        return undefined;
    }
    findCompanyByCompanyId(companyId) {
        for (const company of this.companies.values())
            if (company.company_id === companyId)
                return company;
        return undefined;
    }
    findContactByExternalId(externalId) {
        for (const contact of this.contacts.values()) {
            if (contact.merged_into === null && contact.external_id === externalId)
                return contact;
        }
        return undefined;
    }
    findContactByEmail(email, role) {
        const wanted = email.toLowerCase();
        for (const contact of this.contacts.values()) {
            if (contact.merged_into !== null || (role && contact.role !== role))
                continue;
            if (contact.email?.toLowerCase() === wanted)
                return contact;
        }
        return undefined;
    }
    defaultHelpCenter() {
        for (const hc of this.helpCenters.values())
            if (hc.default)
                return hc;
        return this.helpCenters.values().next().value;
    }
    /** Number of contacts attached to a company; companies with none are invisible in lists. */
    userCount(companyId) {
        let n = 0;
        for (const contact of this.contacts.values()) {
            if (contact.merged_into === null && contact.company_ids.includes(companyId))
                n++;
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./test/sim/intercom/server.ts















const DEFAULT_TOKEN = 'test-token';
/** 10,000 a minute per app, enforced per 10-second window (the real message reads "…of 167 in 10_seconds" for 1,000 a minute). */
const APP_LIMIT_PER_WINDOW = Math.ceil(10_000 / 6);
async function startIntercomSim(options = {}) {
    const store = new IntercomStore({ now: options.now });
    if (options.timezone)
        store.app.timezone = options.timezone;
    installStandardAttributes(store);
    installTicketStates(store);
    installDefaultHelpCenter(store);
    const clockMs = options.clockMs ?? Date.now;
    const config = {
        maxParts: options.maxParts ?? 500,
        maxAttachmentsPerPart: options.maxAttachmentsPerPart ?? 10,
        scrollPageSize: options.scrollPageSize ?? 50,
        scrollTtlMs: options.scrollTtlMs ?? 60_000,
        strictCustomAttributes: options.strictCustomAttributes ?? true,
        clockMs,
    };
    const appLimit = () => ({ limit: options.rateLimit?.limit ?? APP_LIMIT_PER_WINDOW, windowMs: options.rateLimit?.windowMs ?? 10_000, clockMs });
    const limiter = new RateLimiter(appLimit());
    const workspace = new RateLimiter({ limit: options.workspaceRateLimit?.limit ?? 25_000, windowMs: options.workspaceRateLimit?.windowMs ?? 60_000, clockMs });
    const token = options.token ?? DEFAULT_TOKEN;
    const appLimiters = new Map([[token, limiter], ...(options.otherAppTokens ?? []).map((t) => [t, new RateLimiter(appLimit())])]);
    const router = new Router();
    registerAdminRoutes(router);
    registerTagRoutes(router);
    registerDataAttributeRoutes(router);
    registerCompanyRoutes(router);
    registerContactRoutes(router, { searchIndexLagSeconds: options.searchIndexLagSeconds ?? 0 });
    registerConversationRoutes(router);
    registerTicketRoutes(router);
    registerHelpCenterRoutes(router);
    const requests = [];
    async function handle(request) {
        const file = /^\/_files\/([^/]+)(?:\/[^/]*)?$/.exec(request.path);
        if (request.method === 'GET' && file?.[1]) {
            const stored = store.files.get(file[1]);
            if (!stored)
                return { status: 404, body: errorBody('not_found', 'Resource Not Found') };
            return { status: 200, headers: { 'content-type': stored.content_type, 'content-length': String(stored.data.length) }, body: stored.data };
        }
        const matched = router.match(request.method, request.path);
        const record = {
            method: request.method,
            path: request.path,
            route: matched ? `${request.method} ${matched.route.template}` : undefined,
            status: 0,
            version: undefined,
            body: request.body,
        };
        requests.push(record);
        const response = await answer(request, record);
        record.status = response.status;
        return response;
    }
    async function answer(request, record) {
        let app;
        try {
            app = appLimiters.get(checkToken(request, appLimiters));
        }
        catch (error) {
            if (error instanceof IntercomApiError)
                return errorResponse(error);
            throw error;
        }
        // The app's budget first; a request the app may send still counts against the workspace's.
        const appDecision = app.take();
        const decision = appDecision.allowed ? workspace.take() : appDecision;
        const over = !appDecision.allowed ? app : !decision.allowed ? workspace : undefined;
        const limitHeaders = app.headers(appDecision.allowed && !decision.allowed ? { ...appDecision, remaining: 0, reset: decision.reset } : appDecision);
        try {
            const sent = request.headers['intercom-version'];
            record.version = Array.isArray(sent) ? sent[0] : sent;
            checkVersion(request);
            if (over)
                throw new IntercomApiError(429, 'rate_limit_exceeded', over.message());
            const response = await router.handle(request, store, config);
            return { ...response, headers: { ...limitHeaders, ...(response.headers ?? {}) } };
        }
        catch (error) {
            if (!(error instanceof IntercomApiError))
                throw error;
            const response = errorResponse(error);
            return { ...response, headers: { ...limitHeaders, ...(response.headers ?? {}) } };
        }
    }
    const server = await (0,sim_server/* startSimServer */.h)(handle, options.faults ?? {}, options.port ?? 0);
    store.baseUrl = server.url;
    const sim = {
        url: server.url,
        server,
        store,
        rateLimiter: limiter,
        requests,
        seed: (workspace) => seedWorkspace(store, workspace),
        setRateLimit: (limit, windowMs) => {
            for (const app of appLimiters.values())
                app.configure(limit, windowMs);
        },
        callCounts() {
            const counts = {};
            for (const r of requests) {
                const key = r.route ?? `${r.method} ${r.path}`;
                counts[key] = (counts[key] ?? 0) + 1;
            }
            return counts;
        },
        routes: () => router.templates().map((r) => `${r.method} ${r.template}`),
        close: () => server.close(),
    };
    if (options.seed)
        sim.seed(options.seed);
    return sim;
}

;// CONCATENATED MODULE: ./test/sim/intercom/index.ts
/** Public surface of the Intercom simulator, for connector tests. */







/***/ }),

/***/ 952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mA: () => (/* reexport */ startZendeskSim)
});

// UNUSED EXPORTS: PLAN_LIMITS, UNLIMITED, generateZendeskAccount

// EXTERNAL MODULE: ./test/sim/common/sim-server.ts + 2 modules
var sim_server = __nccwpck_require__(845);
;// CONCATENATED MODULE: ./test/sim/zendesk/auth.ts
function authenticate(headers, options) {
    const header = headers.authorization;
    if (!header)
        return undefined;
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer')
        return value === options.oauthToken ? 'oauth' : undefined;
    if (scheme?.toLowerCase() !== 'basic')
        return undefined;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const expected = `${options.email}/token:${options.apiToken}`;
    // The email part is case-insensitive in Zendesk; the token is not.
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return undefined;
    const user = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    const expectedColon = expected.indexOf(':');
    return user.toLowerCase() === expected.slice(0, expectedColon).toLowerCase() && secret === options.apiToken ? 'api_token' : undefined;
}
function unauthorized() {
    return { status: 401, headers: { 'www-authenticate': 'Basic realm="Web Password"' }, body: { error: "Couldn't authenticate you" } };
}

;// CONCATENATED MODULE: ./test/sim/zendesk/context.ts
/**
 * Zendesk plans and their account-wide API limit per minute (research §1.2, from Zendesk's "Rate
 * limits" page): Support and Help Center each get this budget, in separate buckets.
 */
const PLAN_LIMITS = {
    suite_team: 200,
    suite_growth: 400,
    suite_professional: 400,
    suite_enterprise: 700,
    suite_enterprise_plus: 2500,
    support_team: 200,
    support_professional: 400,
    support_enterprise: 700,
};
/** Every budget relaxed, for tests that exercise something other than pacing (say why where used). */
const UNLIMITED = {
    supportPerMinute: 1_000_000,
    helpCenterPerMinute: 1_000_000,
    incrementalPerMinute: 1_000_000,
    ticketUpdates: 1_000_000,
};
function resolveOptions(options) {
    return {
        email: options.email ?? 'admin@example.com',
        apiToken: options.apiToken ?? 'sim-api-token',
        oauthToken: options.oauthToken ?? 'sim-oauth-token',
        bulkUserImport: options.bulkUserImport ?? false,
        uploadTokenTtlMs: options.uploadTokenTtlMs ?? 60 * 60 * 1000,
        guideEnterprise: options.guideEnterprise ?? true,
        jobs: {
            pollsBeforeComplete: options.jobs?.pollsBeforeComplete ?? 1,
            completeAfterMs: options.jobs?.completeAfterMs,
            maxConcurrent: options.jobs?.maxConcurrent ?? 30,
            ttlMs: options.jobs?.ttlMs ?? 60 * 60 * 1000,
            failureShape: options.jobs?.failureShape ?? 'success-false',
        },
    };
}

;// CONCATENATED MODULE: ./test/sim/zendesk/http.ts
function ok(body, status = 200, headers) {
    return headers ? { status, body, headers } : { status, body };
}
function noContent() {
    return { status: 204 };
}
/** 422 RecordInvalid, e.g. the duplicate-email shape from cloudbees-oss/zendesk-java-client#91. */
function recordInvalid(details) {
    return { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details } };
}
function fieldError(field, description, error = 'InvalidValue') {
    return recordInvalid({ [field]: [{ description, error }] });
}
function notFound() {
    return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
}
function invalidEndpoint() {
    return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
}
/**
 * The newer `{errors: [{code, title, detail}]}` envelope (OAS `Errors`), which the OAS documents for
 * rate limiting (PUT /organizations/{id} 429) and invalid pagination parameters (400).
 */
function errorsBody(code, title, detail) {
    return { errors: [{ code, title, ...(detail ? { detail } : {}) }] };
}
function badRequest(error, description) {
    return { status: 400, body: { error, description } };
}
function forbidden() {
    return {
        status: 403,
        body: {
            error: 'Forbidden',
            description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
        },
    };
}
/** Help Center's validation error (cloudbees-oss/zendesk-java-client#289). */
function hcInvalid(message) {
    return { status: 400, body: { title: 'Invalid attribute', message } };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The object under `key` in a request body (`{user: {...}}`), or undefined. */
function member(body, key) {
    if (!isObject(body))
        return undefined;
    const value = body[key];
    return isObject(value) ? value : undefined;
}
function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
function optString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
/** An integer id from JSON (number or numeric string), else undefined. */
function optId(value) {
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(value);
    return undefined;
}
function stringList(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.filter((v) => typeof v === 'string');
}
/** Comma-separated ids from a query parameter (`ids=1,2,3`). */
function idList(value) {
    if (!value)
        return [];
    return value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^\d+$/.test(s))
        .map(Number);
}
/**
 * Zendesk tags: lower-cased, whitespace splits one string into several tags, duplicates dropped.
 * (Zendesk stores tags case-insensitively and shows them lower case.)
 */
function normaliseTags(values) {
    const out = [];
    for (const value of values) {
        if (typeof value !== 'string')
            continue;
        for (const part of value.trim().toLowerCase().split(/\s+/)) {
            if (part && !out.includes(part))
                out.push(part);
        }
    }
    return out;
}
/** Parses an ISO-8601 timestamp; undefined when it is not one. */
function parseTime(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value))
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * The `{count: {value, refreshed_at}}` answer of the `…/count` endpoints. Zendesk's counts are
 * approximate (refreshed daily above 100,000); the simulator's are exact and always fresh.
 */
function countBody(value, context) {
    return ok({ count: { value, refreshed_at: context.store.iso() } });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/pagination.ts

const MAX_PAGE_SIZE = 100;
const OFFSET_RECORD_LIMIT = 10_000;
function encodeCursor(key) {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor) {
    try {
        const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        return Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number') ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Shape from the OAS example `{errors: [{code: InvalidPaginationParameter, title: "page[after] is not valid"}]}`. */
function paginationError(title) {
    return { status: 400, body: errorsBody('InvalidPaginationParameter', title) };
}
function pageUrl(context, request, set, drop = []) {
    const query = new URLSearchParams(request.query);
    for (const name of drop)
        query.delete(name);
    for (const [name, value] of Object.entries(set))
        query.set(name, value);
    return `${context.baseUrl()}${request.path}?${query.toString().replace(/%5B/g, '[').replace(/%5D/g, ']')}`;
}
function paginate(request, context, items, options) {
    const q = request.query;
    const useCursor = q.has('page[size]') || q.has('page[after]') || q.has('page[before]');
    return useCursor ? cursorPage(request, context, items, options) : offsetPage(request, context, items, options);
}
function cursorPage(request, context, items, options) {
    const q = request.query;
    const sizeText = q.get('page[size]') ?? String(MAX_PAGE_SIZE);
    if (!/^\d+$/.test(sizeText) || Number(sizeText) < 1)
        return paginationError('page[size] must be a positive integer');
    const size = Number(sizeText);
    if (size > MAX_PAGE_SIZE)
        return paginationError(`page[size] must be less than or equal to ${MAX_PAGE_SIZE}`);
    const sortKey = options.sortKey ?? ((item) => [item.id]);
    let page;
    let hasMore;
    const after = q.get('page[after]');
    const before = q.get('page[before]');
    if (before !== null) {
        const key = decodeCursor(before);
        if (!key)
            return paginationError('page[before] is not valid');
        const earlier = items.filter((item) => compareKeys(sortKey(item), key) < 0);
        page = earlier.slice(Math.max(0, earlier.length - size));
        hasMore = earlier.length > size;
    }
    else {
        let rest = items;
        if (after !== null) {
            const key = decodeCursor(after);
            if (!key)
                return paginationError('page[after] is not valid');
            rest = items.filter((item) => compareKeys(sortKey(item), key) > 0);
        }
        page = rest.slice(0, size);
        hasMore = rest.length > size;
    }
    const first = page[0];
    const last = page[page.length - 1];
    const afterCursor = last ? encodeCursor(sortKey(last)) : null;
    const beforeCursor = first ? encodeCursor(sortKey(first)) : null;
    const drop = ['page[after]', 'page[before]'];
    const next = afterCursor ? pageUrl(context, request, { 'page[size]': String(size), 'page[after]': afterCursor }, drop) : null;
    const prev = beforeCursor ? pageUrl(context, request, { 'page[size]': String(size), 'page[before]': beforeCursor }, drop) : null;
    const body = {
        [options.key]: page.map(options.render),
        ...(options.extra ? options.extra(page) : {}),
        meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
        links: { next, prev },
    };
    const headers = {};
    if (options.helpCenter && hasMore && next)
        headers['link'] = `<${next}>; rel="next"`;
    return { status: 200, body, headers };
}
function offsetPage(request, context, items, options) {
    const q = request.query;
    const pageText = q.get('page') ?? '1';
    const perPageText = q.get('per_page') ?? String(options.defaultPerPage ?? MAX_PAGE_SIZE);
    if (!/^\d+$/.test(pageText) || !/^\d+$/.test(perPageText))
        return paginationError('page and per_page must be positive integers');
    const page = Math.max(1, Number(pageText));
    const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(perPageText)));
    const offset = (page - 1) * perPage;
    if (offset >= OFFSET_RECORD_LIMIT) {
        return paginationError('Offset pagination is limited to the first 10,000 records. Use cursor pagination instead.');
    }
    const slice = items.slice(offset, offset + perPage);
    const more = items.length > offset + perPage;
    const body = {
        [options.key]: slice.map(options.render),
        ...(options.extra ? options.extra(slice) : {}),
        next_page: more ? pageUrl(context, request, { page: String(page + 1), per_page: String(perPage) }) : null,
        previous_page: page > 1 ? pageUrl(context, request, { page: String(page - 1), per_page: String(perPage) }) : null,
        count: items.length,
    };
    if (options.helpCenter) {
        body['page'] = page;
        body['per_page'] = perPage;
        body['page_count'] = Math.max(1, Math.ceil(items.length / perPage));
        body['sort_by'] = q.get('sort_by') ?? 'position';
        body['sort_order'] = q.get('sort_order') ?? 'asc';
    }
    return { status: 200, body };
}

;// CONCATENATED MODULE: ./test/sim/zendesk/custom-fields.ts


const CUSTOM_FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'dropdown', 'multiselect', 'lookup'];
function definitions(context, owner) {
    return owner === 'user' ? context.store.userFields : context.store.organizationFields;
}
function customFieldJson(field, context, owner) {
    const { custom_field_options, ...rest } = field;
    return {
        url: `${context.baseUrl()}/api/v2/${owner}_fields/${field.id}.json`,
        ...rest,
        ...(custom_field_options ? { custom_field_options: custom_field_options.map((o) => optionJson(o, context, owner, field.id)) } : {}),
    };
}
function optionJson(option, context, owner, fieldId) {
    return {
        id: option.id,
        url: `${context.baseUrl()}/api/v2/${owner}_fields/${fieldId}/options/${option.id}.json`,
        name: option.name,
        raw_name: option.name,
        value: option.value,
        position: option.position,
        default: option.default ?? false,
    };
}
/** Builds options from `[{name, value}]`; returns an error message when one is malformed. */
function buildOptions(context, raw) {
    if (!Array.isArray(raw) || raw.length === 0)
        return 'must have at least one option';
    const options = [];
    for (const [i, item] of raw.entries()) {
        if (!isObject(item))
            return 'options must be objects';
        const name = optString(item['name']);
        const value = optString(item['value']);
        if (!name || !value)
            return 'every option needs a name and a value';
        if (/\s/.test(value))
            return `option value "${value}" must not contain spaces (it is a tag)`;
        if (options.some((o) => o.value === value))
            return `option value "${value}" is duplicated`;
        options.push({ id: context.store.id(), name, value, position: typeof item['position'] === 'number' ? item['position'] : i });
    }
    return options;
}
/** Checks and normalises one value against its definition; a string is an error message. */
function normaliseValue(type, value, options, regexp) {
    if (value === null)
        return { value: null };
    switch (type) {
        case 'text':
        case 'textarea':
            return typeof value === 'string' ? { value } : 'must be a string';
        case 'regexp':
            if (typeof value !== 'string')
                return 'must be a string';
            return !regexp || new RegExp(regexp).test(value) ? { value } : `does not match ${regexp}`;
        case 'checkbox':
            if (typeof value === 'boolean')
                return { value };
            if (value === 'true' || value === 'false')
                return { value: value === 'true' };
            return 'must be true or false';
        case 'integer': {
            const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
            return typeof n === 'number' && Number.isInteger(n) ? { value: n } : 'must be an integer';
        }
        case 'decimal': {
            const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
            return typeof n === 'number' && Number.isFinite(n) ? { value: n } : 'must be a number';
        }
        case 'date':
            return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? { value } : 'must be a date YYYY-MM-DD';
        case 'dropdown':
        case 'tagger':
            if (typeof value !== 'string')
                return 'must be the value (tag) of one of the options';
            return options?.some((o) => o.value === value) ? { value } : `"${value}" is not the value (tag) of an option`;
        case 'multiselect': {
            if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
                return 'must be a list of option values';
            const bad = value.find((v) => !options?.some((o) => o.value === v));
            return bad === undefined ? { value: [...new Set(value)] } : `"${String(bad)}" is not the value (tag) of an option`;
        }
        case 'lookup': {
            const id = optId(value);
            return id === undefined ? 'must be a record id' : { value: id };
        }
        default:
            return { value };
    }
}
/** Validates `user_fields` / `organization_fields` of a request; returns merged values or an error. */
function mergeCustomValues(context, owner, current, input) {
    if (input === undefined)
        return { values: current };
    const attribute = `${owner}_fields`;
    if (!isObject(input))
        return { details: { [attribute]: [{ description: `${attribute} must be an object`, error: 'InvalidValue' }] } };
    const defs = [...definitions(context, owner).values()];
    const values = { ...current };
    for (const [key, raw] of Object.entries(input)) {
        const def = defs.find((d) => d.key === key);
        if (!def)
            return { details: { [attribute]: [{ description: `${key}: is not a ${owner} field`, error: 'InvalidValue' }] } };
        const result = normaliseValue(def.type, raw, def.custom_field_options, def.regexp_for_validation);
        if (typeof result === 'string')
            return { details: { [attribute]: [{ description: `${def.title}: ${result}`, error: 'InvalidValue' }] } };
        values[key] = result.value;
    }
    return { values };
}
/** Every active key with its value or null, as responses show them. */
function renderCustomValues(context, owner, values) {
    const out = {};
    for (const def of definitions(context, owner).values())
        if (def.active)
            out[def.key] = values[def.key] ?? null;
    return out;
}
function createCustomField(context, owner, input) {
    const key = optString(input['key']);
    const type = optString(input['type']);
    const title = optString(input['title']);
    if (!key || !/^[A-Za-z0-9_]+$/.test(key))
        return { details: { key: [{ description: 'Key: is invalid', error: 'InvalidValue' }] } };
    if ([...definitions(context, owner).values()].some((d) => d.key === key)) {
        return { details: { key: [{ description: 'Key: has already been taken', error: 'DuplicateValue' }] } };
    }
    if (!type || !CUSTOM_FIELD_TYPES.includes(type))
        return { details: { type: [{ description: 'Type: is invalid', error: 'InvalidValue' }] } };
    if (!title)
        return { details: { title: [{ description: 'Title: cannot be blank', error: 'BlankValue' }] } };
    let options;
    if (type === 'dropdown' || type === 'multiselect') {
        const built = buildOptions(context, input['custom_field_options']);
        if (typeof built === 'string')
            return { details: { custom_field_options: [{ description: `Field options: ${built}`, error: 'InvalidValue' }] } };
        options = built;
    }
    const now = context.store.iso();
    const field = {
        id: context.store.id(),
        key,
        type,
        title,
        raw_title: title,
        description: optString(input['description']) ?? '',
        raw_description: optString(input['description']) ?? '',
        position: typeof input['position'] === 'number' ? input['position'] : definitions(context, owner).size,
        active: input['active'] !== false,
        system: false,
        regexp_for_validation: type === 'regexp' ? (optString(input['regexp_for_validation']) ?? null) : null,
        tag: type === 'checkbox' ? (optString(input['tag']) ?? null) : null,
        ...(options ? { custom_field_options: options } : {}),
        created_at: now,
        updated_at: now,
    };
    definitions(context, owner).set(field.id, field);
    return { field };
}
function registerCustomFields(router) {
    for (const owner of ['user', 'organization']) {
        const base = `/api/v2/${owner}_fields`;
        const key = `${owner}_field`;
        router.add('GET', base, (request, context) => paginate(request, context, [...definitions(context, owner).values()], {
            key: `${owner}_fields`,
            render: (f) => customFieldJson(f, context, owner),
        }));
        router.add('POST', base, (request, context) => {
            const input = member(request.body, key);
            if (!input)
                return fieldError(key, `${key} is required`);
            const created = createCustomField(context, owner, input);
            if ('details' in created)
                return recordInvalid(created.details);
            return ok({ [key]: customFieldJson(created.field, context, owner) }, 201);
        });
        router.add('GET', `${base}/{${owner}_field_id}`, (request, context) => {
            const field = definitions(context, owner).get(Number(request.params[`${owner}_field_id`]));
            return field ? ok({ [key]: customFieldJson(field, context, owner) }) : notFound();
        });
    }
}

;// CONCATENATED MODULE: ./test/sim/zendesk/bulk.ts

const BULK_LIMIT = 100;
/** The items under `key`, or the 400 answer for a missing list or one longer than 100. */
function bulkItems(body, key) {
    const list = isObject(body) ? body[key] : undefined;
    if (!Array.isArray(list) || list.length === 0)
        return badRequest('InvalidValue', `${key}: a non-empty array is required`);
    if (list.length > BULK_LIMIT)
        return badRequest('TooManyValues', `${key}: too many values, the maximum is ${BULK_LIMIT}`);
    return list.map((item) => (isObject(item) ? item : {}));
}
function isResponse(value) {
    return isObject(value) && typeof value['status'] === 'number' && !Array.isArray(value);
}
/** A failed job item in the documented shape `{index, error, details, success: false}`. */
function failedItem(index, error, details) {
    return { index, error, details, success: false };
}
/** Flattens 422 details into the one-line `details` string a job result carries. */
function detailsText(details) {
    return Object.values(details)
        .flat()
        .map((d) => d.description)
        .join('; ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./test/sim/zendesk/job-status.ts
/**
 * Background jobs (`job_status`) of the bulk endpoints (research §1.4 "Job statuses").
 *
 * A job is answered `queued` when created and does its work only when it completes: after
 * `jobs.pollsBeforeComplete` polls answered `working` (default 1, so a client has to poll at least
 * twice), or `jobs.completeAfterMs` after it was queued when that option is set. Nothing a bulk request
 * writes is visible before its job completed — a client that never polls never sees its records, which
 * is stricter than Zendesk (whose workers run regardless) but catches connectors that skip job results.
 * Results use the documented item shapes: created `{index, id}`, upserted `{index, id, status}`, failed
 * `{index, error, details, success: false}` — a completed job can hold failures. Failed items come in
 * the shape `jobs.failureShape` names (see JobFailureShape): the docs show `success: false`, field
 * reports show `status: "Failed"` with a numeric id, and `error` alone.
 * Jobs expire after an hour and only the newest 100 are kept; at most 30 may be queued or working at
 * once (the 31st request gets 429).
 */


const timers = new WeakMap();
function jobJson(job, context) {
    return {
        id: job.id,
        url: `${context.baseUrl()}/api/v2/job_statuses/${job.id}.json`,
        job_type: job.job_type,
        total: job.total,
        progress: job.progress,
        status: job.status,
        message: job.message,
        results: job.results,
    };
}
/** Queues a job whose `run` does the work and returns one result per input item. */
function queueJob(context, jobType, total, run) {
    const { store, options } = context;
    const active = [...store.jobs.values()].filter((j) => j.status === 'queued' || j.status === 'working').length;
    if (active >= options.jobs.maxConcurrent) {
        return {
            status: 429,
            headers: { 'retry-after': '1' },
            body: errorsBody('TooManyJobs', 'Too many jobs', `Number of simultaneous jobs exceeded (${options.jobs.maxConcurrent}). Wait for queued jobs to complete.`),
        };
    }
    const job = {
        id: (0,external_node_crypto_.randomBytes)(16).toString('hex'),
        job_type: jobType,
        status: 'queued',
        total,
        progress: null,
        message: null,
        results: null,
        created_ms: context.now(),
        polls: 0,
        run,
    };
    store.addJob(job);
    const delay = options.jobs.completeAfterMs;
    if (delay !== undefined) {
        const timer = setTimeout(() => {
            timers.get(context)?.delete(timer);
            completeJob(job, context);
        }, delay);
        timer.unref();
        let set = timers.get(context);
        if (!set)
            timers.set(context, (set = new Set()));
        set.add(timer);
    }
    return ok({ job_status: jobJson(job, context) });
}
function completeJob(job, context) {
    if (job.status === 'completed' || job.status === 'failed' || !job.run)
        return;
    const run = job.run;
    job.run = null;
    try {
        job.results = run().map((result) => reshapeFailure(result, context));
        job.status = 'completed';
        job.progress = job.total;
        job.message = `Completed at ${context.store.iso()}`;
    }
    catch (error) {
        job.status = 'failed';
        job.message = String(error);
    }
}
/** A failed item (built as `{index, error, details, success: false}`) in the shape the options ask for. */
function reshapeFailure(result, context) {
    if (!('success' in result) || result.success !== false)
        return result;
    const { index, error, details } = result;
    switch (context.options.jobs.failureShape) {
        case 'success-false':
            return result;
        // Field report: `{"id": 2, "error": "UserUpdateError", "details": "…", "status": "Failed"}` — an id
        // that names no record the job wrote.
        case 'status-failed':
            return { index, id: context.store.id(), error, details, status: 'Failed' };
        case 'error-only':
            return { index, error, details };
    }
}
/** Finishes every pending job now (tests that do not care about polling). */
function completeAllJobs(context) {
    for (const job of context.store.jobs.values())
        completeJob(job, context);
}
function stopJobTimers(context) {
    for (const timer of timers.get(context) ?? [])
        clearTimeout(timer);
    timers.delete(context);
}
function expired(job, context) {
    return context.now() - job.created_ms > context.options.jobs.ttlMs;
}
/** One poll: advances the job's state machine. */
function poll(job, context) {
    if (job.status !== 'queued' && job.status !== 'working')
        return;
    const { pollsBeforeComplete, completeAfterMs } = context.options.jobs;
    job.polls += 1;
    const dueByTime = completeAfterMs !== undefined && context.now() - job.created_ms >= completeAfterMs;
    if (job.polls > pollsBeforeComplete || dueByTime) {
        completeJob(job, context);
    }
    else {
        job.status = 'working';
        job.progress = Math.floor((job.total * job.polls) / (pollsBeforeComplete + 1));
    }
}
function findJob(id, context) {
    const job = context.store.jobs.get(id);
    if (!job)
        return undefined;
    if (expired(job, context)) {
        context.store.jobs.delete(id);
        return undefined;
    }
    return job;
}
function registerJobStatuses(router) {
    router.add('GET', '/api/v2/job_statuses/show_many', (request, context) => {
        const ids = (request.query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const jobs = [];
        for (const id of ids) {
            const job = findJob(id, context);
            if (!job)
                continue;
            poll(job, context);
            jobs.push(job);
        }
        return ok({ job_statuses: jobs.map((j) => jobJson(j, context)) });
    });
    router.add('GET', '/api/v2/job_statuses', (_request, context) => {
        const jobs = [...context.store.jobs.values()].filter((j) => !expired(j, context)).reverse();
        return ok({ job_statuses: jobs.map((j) => jobJson(j, context)) });
    });
    router.add('GET', '/api/v2/job_statuses/{job_status_id}', (request, context) => {
        const job = findJob(request.params['job_status_id'] ?? '', context);
        if (!job)
            return notFound();
        poll(job, context);
        return ok({ job_status: jobJson(job, context) });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/groups.ts




function groupJson(group, context) {
    return {
        url: `${context.baseUrl()}/api/v2/groups/${group.id}.json`,
        id: group.id,
        is_public: group.is_public,
        name: group.name,
        description: group.description,
        default: group.default,
        deleted: group.deleted,
        created_at: group.created_at,
        updated_at: group.updated_at,
    };
}
function groupMembershipJson(m, context) {
    return {
        url: `${context.baseUrl()}/api/v2/group_memberships/${m.id}.json`,
        id: m.id,
        user_id: m.user_id,
        group_id: m.group_id,
        default: m.default,
        created_at: m.created_at,
        updated_at: m.updated_at,
    };
}
function applyGroup(context, input, existing) {
    const { store } = context;
    const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
    if (!name)
        return { details: { name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] } };
    const clash = [...store.groups.values()].find((g) => g.name.toLowerCase() === name.toLowerCase() && g.id !== existing?.id);
    if (clash)
        return { details: { name: [{ description: 'Name: has already been taken', error: 'DuplicateValue' }] } };
    const now = store.iso();
    const group = existing ?? {
        id: store.id(),
        name,
        description: '',
        is_public: true,
        default: store.groups.size === 0,
        deleted: false,
        created_at: now,
        updated_at: now,
    };
    group.name = name;
    if (has(input, 'description'))
        group.description = optString(input['description']) ?? '';
    if (has(input, 'is_public'))
        group.is_public = input['is_public'] !== false;
    group.updated_at = now;
    store.groups.set(group.id, group);
    return { group };
}
function addGroupMembership(context, userId, groupId, makeDefault) {
    const { store } = context;
    const user = userId === undefined ? undefined : store.users.get(userId);
    if (!user)
        return { details: { user_id: [{ description: 'User: is invalid', error: 'InvalidValue' }] } };
    if (!store.isAgent(user.id))
        return { details: { user_id: [{ description: 'User: must be an agent', error: 'InvalidValue' }] } };
    if (groupId === undefined || !store.groups.has(groupId))
        return { details: { group_id: [{ description: 'Group: is invalid', error: 'InvalidValue' }] } };
    const mine = [...store.groupMemberships.values()].filter((m) => m.user_id === user.id);
    const existing = mine.find((m) => m.group_id === groupId);
    const now = store.iso();
    let membership = existing;
    if (!membership) {
        membership = { id: store.id(), user_id: user.id, group_id: groupId, default: false, created_at: now, updated_at: now };
        store.groupMemberships.set(membership.id, membership);
    }
    if (makeDefault || mine.length === 0) {
        for (const m of mine)
            m.default = false;
        membership.default = true;
        user.default_group_id = groupId;
    }
    return { membership, created: !existing };
}
function registerGroups(router) {
    router.add('GET', '/api/v2/groups', (request, context) => paginate(request, context, [...context.store.groups.values()].filter((g) => !g.deleted), { key: 'groups', render: (g) => groupJson(g, context) }));
    router.add('POST', '/api/v2/groups', (request, context) => {
        const input = member(request.body, 'group');
        if (!input)
            return fieldError('group', 'group is required');
        const result = applyGroup(context, input);
        return 'details' in result ? recordInvalid(result.details) : ok({ group: groupJson(result.group, context) }, 201);
    });
    router.add('GET', '/api/v2/groups/{group_id}', (request, context) => {
        const group = context.store.groups.get(Number(request.params['group_id']));
        return group ? ok({ group: groupJson(group, context) }) : notFound();
    });
    router.add('PUT', '/api/v2/groups/{group_id}', (request, context) => {
        const group = context.store.groups.get(Number(request.params['group_id']));
        if (!group)
            return notFound();
        const result = applyGroup(context, member(request.body, 'group') ?? {}, group);
        return 'details' in result ? recordInvalid(result.details) : ok({ group: groupJson(result.group, context) });
    });
    const listMemberships = (filter) => (request, context) => paginate(request, context, [...context.store.groupMemberships.values()].filter(filter), {
        key: 'group_memberships',
        render: (m) => groupMembershipJson(m, context),
    });
    router.add('GET', '/api/v2/group_memberships', listMemberships(() => true));
    router.add('POST', '/api/v2/group_memberships/create_many', (request, context) => {
        const items = bulkItems(request.body, 'group_memberships');
        if (isResponse(items))
            return items;
        return queueJob(context, 'bulk_create_job', items.length, () => items.map((item, index) => {
            const result = addGroupMembership(context, optId(item['user_id']), optId(item['group_id']), item['default'] === true);
            if ('details' in result)
                return failedItem(index, 'InvalidValue', detailsText(result.details));
            if (!result.created)
                return failedItem(index, 'DuplicateValue', 'User is already a member of this group');
            return { index, id: result.membership.id };
        }));
    });
    router.add('POST', '/api/v2/group_memberships', (request, context) => {
        const input = member(request.body, 'group_membership') ?? {};
        const result = addGroupMembership(context, optId(input['user_id']), optId(input['group_id']), input['default'] === true);
        if ('details' in result)
            return recordInvalid(result.details);
        if (!result.created)
            return recordInvalid({ user_id: [{ description: 'User has already been taken', error: 'DuplicateValue' }] });
        return ok({ group_membership: groupMembershipJson(result.membership, context) }, 201);
    });
    router.add('GET', '/api/v2/group_memberships/{group_membership_id}', (request, context) => {
        const m = context.store.groupMemberships.get(Number(request.params['group_membership_id']));
        return m ? ok({ group_membership: groupMembershipJson(m, context) }) : notFound();
    });
    router.add('GET', '/api/v2/groups/{group_id}/memberships', (request, context) => {
        const groupId = Number(request.params['group_id']);
        if (!context.store.groups.has(groupId))
            return notFound();
        return listMemberships((m) => m.group_id === groupId)(request, context);
    });
    router.add('GET', '/api/v2/users/{user_id}/group_memberships', (request, context) => {
        const userId = Number(request.params['user_id']);
        if (!context.store.users.has(userId))
            return notFound();
        return listMemberships((m) => m.user_id === userId)(request, context);
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-access.ts


function permissionGroupJson(group, context) {
    return { ...group, url: `${context.baseUrl()}/api/v2/guide/permission_groups/${group.id}.json` };
}
function userSegmentJson(segment, context) {
    return { ...segment, url: `${context.baseUrl()}/api/v2/help_center/user_segments/${segment.id}.json` };
}
function addBuiltInAccess(context) {
    const now = context.store.iso();
    const admins = { id: context.store.id(), name: 'Admins', built_in: true, edit: [], publish: [], created_at: now, updated_at: now };
    context.store.hc.permissionGroups.set(admins.id, admins);
    for (const [name, userType] of [
        ['Signed-in users', 'signed_in_users'],
        ['Agents and admins', 'staff'],
    ]) {
        const segment = {
            id: context.store.id(),
            name,
            user_type: userType,
            group_ids: [],
            organization_ids: [],
            tags: [],
            or_tags: [],
            added_user_ids: [],
            built_in: true,
            created_at: now,
            updated_at: now,
        };
        context.store.hc.userSegments.set(segment.id, segment);
    }
}
function registerHelpCenterAccess(router) {
    router.add('GET', '/api/v2/help_center/locales', (_request, context) => ok({ locales: context.store.hc.locales.enabled, default_locale: context.store.hc.locales.default }));
    router.add('GET', '/api/v2/guide/permission_groups', (request, context) => paginate(request, context, [...context.store.hc.permissionGroups.values()], {
        key: 'permission_groups',
        render: (g) => permissionGroupJson(g, context),
        helpCenter: true,
    }));
    router.add('POST', '/api/v2/guide/permission_groups', (request, context) => {
        const input = member(request.body, 'permission_group');
        const name = optString(input?.['name'])?.trim();
        if (!input || !name)
            return hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.');
        const now = context.store.iso();
        const group = {
            id: context.store.id(),
            name,
            built_in: false,
            edit: idList(Array.isArray(input['edit']) ? input['edit'].join(',') : null),
            publish: idList(Array.isArray(input['publish']) ? input['publish'].join(',') : null),
            created_at: now,
            updated_at: now,
        };
        context.store.hc.permissionGroups.set(group.id, group);
        return ok({ permission_group: permissionGroupJson(group, context) }, 201);
    });
    router.add('GET', '/api/v2/guide/permission_groups/{permission_group_id}', (request, context) => {
        const group = context.store.hc.permissionGroups.get(Number(request.params['permission_group_id']));
        return group ? ok({ permission_group: permissionGroupJson(group, context) }) : notFound();
    });
    router.add('GET', '/api/v2/help_center/user_segments', (request, context) => paginate(request, context, [...context.store.hc.userSegments.values()], {
        key: 'user_segments',
        render: (s) => userSegmentJson(s, context),
        helpCenter: true,
    }));
    router.add('POST', '/api/v2/help_center/user_segments', (request, context) => {
        const input = member(request.body, 'user_segment');
        if (!input)
            return fieldError('user_segment', 'user_segment is required');
        const name = optString(input['name'])?.trim();
        const userType = optString(input['user_type']);
        if (!name)
            return hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.');
        if (userType !== 'signed_in_users' && userType !== 'staff')
            return hcInvalid('You passed an invalid value for the user_type attribute. Must be signed_in_users or staff.');
        const now = context.store.iso();
        const list = (key) => idList(Array.isArray(input[key]) ? input[key].join(',') : null);
        const strings = (key) => (Array.isArray(input[key]) ? input[key].filter((v) => typeof v === 'string') : []);
        const segment = {
            id: context.store.id(),
            name,
            user_type: userType,
            group_ids: list('group_ids'),
            organization_ids: list('organization_ids'),
            tags: strings('tags'),
            or_tags: strings('or_tags'),
            added_user_ids: list('added_user_ids'),
            built_in: false,
            created_at: now,
            updated_at: now,
        };
        context.store.hc.userSegments.set(segment.id, segment);
        return ok({ user_segment: userSegmentJson(segment, context) }, 201);
    });
    router.add('GET', '/api/v2/help_center/user_segments/{user_segment_id}', (request, context) => {
        const segment = context.store.hc.userSegments.get(Number(request.params['user_segment_id']));
        return segment ? ok({ user_segment: userSegmentJson(segment, context) }) : notFound();
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-common.ts

function localeError(context, locale) {
    const { enabled } = context.store.hc.locales;
    if (!locale)
        return hcInvalid('You passed an invalid value for the locale attribute. You must provide locale.');
    if (!enabled.includes(locale.toLowerCase())) {
        return hcInvalid(`You passed an invalid value for the locale attribute. ${locale} is not an enabled locale (enabled: ${enabled.join(', ')}).`);
    }
    return undefined;
}
function newTranslation(context, sourceType, sourceId, locale, title, body, draft) {
    const now = context.store.iso();
    const userId = context.store.currentUserId;
    return {
        id: context.store.id(),
        source_id: sourceId,
        source_type: sourceType,
        locale: locale.toLowerCase(),
        title,
        body,
        draft,
        outdated: false,
        hidden: false,
        created_at: now,
        updated_at: now,
        created_by_id: userId,
        updated_by_id: userId,
    };
}
/** The translation to show for a request: the path locale's (or undefined → 404), else the source one. */
function shownTranslation(item, locale) {
    const wanted = (locale ?? item.source_locale).toLowerCase();
    return item.translations.find((t) => t.locale === wanted);
}
const PATH = { Article: 'articles', Section: 'sections', Category: 'categories' };
function translationJson(t, context) {
    const kind = PATH[t.source_type];
    return {
        id: t.id,
        url: `${context.baseUrl()}/api/v2/help_center/${kind}/${t.source_id}/translations/${t.locale}.json`,
        html_url: `${context.baseUrl()}/hc/${t.locale}/${kind}/${t.source_id}`,
        source_id: t.source_id,
        source_type: t.source_type,
        locale: t.locale,
        title: t.title,
        body: t.body,
        outdated: t.outdated,
        draft: t.draft,
        hidden: t.hidden,
        created_at: t.created_at,
        updated_at: t.updated_at,
        updated_by_id: t.updated_by_id,
        created_by_id: t.created_by_id,
    };
}
/** Reads `{translation: {locale, title, body, draft}}` for a create or update. */
function translationInput(body) {
    return isObject(body) && isObject(body['translation']) ? body['translation'] : undefined;
}
/** Applies title/body/draft of a translation payload; an error message when the title is blank. */
function applyTranslationInput(context, t, input) {
    if (has(input, 'title')) {
        const title = optString(input['title'])?.trim();
        if (!title)
            return 'You passed an invalid value for the title attribute. Title cannot be blank.';
        t.title = title;
    }
    if (has(input, 'body'))
        t.body = optString(input['body']) ?? null;
    if (has(input, 'draft'))
        t.draft = input['draft'] === true;
    if (has(input, 'outdated'))
        t.outdated = input['outdated'] === true;
    t.updated_at = context.store.iso();
    t.updated_by_id = context.store.currentUserId;
    return undefined;
}
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-structure.ts



function categoryJson(category, context, locale, withTranslations = false) {
    const t = shownTranslation(category, locale);
    if (!t)
        return undefined;
    return {
        id: category.id,
        url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/categories/${category.id}.json`,
        html_url: `${context.baseUrl()}/hc/${t.locale}/categories/${category.id}-${slug(t.title)}`,
        position: category.position,
        created_at: category.created_at,
        updated_at: category.updated_at,
        name: t.title,
        description: t.body ?? '',
        locale: t.locale,
        source_locale: category.source_locale,
        outdated: t.outdated,
        ...(withTranslations ? { translations: category.translations.map((x) => translationJson(x, context)) } : {}),
    };
}
function sectionJson(section, context, locale, withTranslations = false) {
    const t = shownTranslation(section, locale);
    if (!t)
        return undefined;
    return {
        id: section.id,
        url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/sections/${section.id}.json`,
        html_url: `${context.baseUrl()}/hc/${t.locale}/sections/${section.id}-${slug(t.title)}`,
        category_id: section.category_id,
        position: section.position,
        sorting: section.sorting,
        created_at: section.created_at,
        updated_at: section.updated_at,
        name: t.title,
        description: t.body ?? '',
        locale: t.locale,
        source_locale: section.source_locale,
        outdated: t.outdated,
        parent_section_id: section.parent_section_id,
        theme_template: section.theme_template,
        ...(withTranslations ? { translations: section.translations.map((x) => translationJson(x, context)) } : {}),
    };
}
function wantsTranslations(request) {
    return (request.query.get('include') ?? '').split(',').includes('translations');
}
function nameOf(input) {
    return optString(input['name'])?.trim() || undefined;
}
function createCategory(context, input, pathLocale) {
    const locale = optString(input['locale']) ?? pathLocale;
    const bad = localeError(context, locale);
    if (bad)
        return { error: bad };
    const name = nameOf(input);
    if (!name)
        return { error: hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.') };
    const now = context.store.iso();
    const id = context.store.id();
    const category = {
        id,
        position: typeof input['position'] === 'number' ? input['position'] : 0,
        source_locale: locale.toLowerCase(),
        outdated: false,
        created_at: now,
        updated_at: now,
        translations: [newTranslation(context, 'Category', id, locale, name, optString(input['description']) ?? '', false)],
    };
    context.store.hc.categories.set(id, category);
    return { category };
}
function createSection(context, categoryId, input, pathLocale) {
    const { hc } = context.store;
    if (!hc.categories.has(categoryId))
        return { error: notFound() };
    const locale = optString(input['locale']) ?? pathLocale;
    const bad = localeError(context, locale);
    if (bad)
        return { error: bad };
    const name = nameOf(input);
    if (!name)
        return { error: hcInvalid('You passed an invalid value for the name attribute. Name cannot be blank.') };
    let parent = null;
    if (has(input, 'parent_section_id') && input['parent_section_id'] !== null) {
        if (!context.options.guideEnterprise) {
            return { error: hcInvalid('You passed an invalid value for the parent_section_id attribute. Nested sections require Guide Enterprise.') };
        }
        const parentId = optId(input['parent_section_id']);
        const parentSection = parentId === undefined ? undefined : hc.sections.get(parentId);
        if (!parentSection || parentSection.category_id !== categoryId) {
            return { error: hcInvalid('You passed an invalid value for the parent_section_id attribute. The parent section must belong to the same category.') };
        }
        parent = parentSection.id;
    }
    const now = context.store.iso();
    const id = context.store.id();
    const sorting = optString(input['sorting']);
    const section = {
        id,
        category_id: categoryId,
        parent_section_id: parent,
        position: typeof input['position'] === 'number' ? input['position'] : 0,
        sorting: sorting === 'created_at' || sorting === 'updated_at' || sorting === 'title' ? sorting : 'manual',
        source_locale: locale.toLowerCase(),
        outdated: false,
        theme_template: 'section_page',
        created_at: now,
        updated_at: now,
        translations: [newTranslation(context, 'Section', id, locale, name, optString(input['description']) ?? '', false)],
    };
    hc.sections.set(id, section);
    return { section };
}
function registerHelpCenterStructure(router) {
    const listCategories = (request, context) => {
        const all = [...context.store.hc.categories.values()].filter((c) => shownTranslation(c, request.locale));
        return paginate(request, context, all, {
            key: 'categories',
            render: (c) => categoryJson(c, context, request.locale, wantsTranslations(request)),
            helpCenter: true,
            defaultPerPage: 30,
        });
    };
    const listSections = (filter) => (request, context) => {
        const all = [...context.store.hc.sections.values()].filter((s) => filter(s) && shownTranslation(s, request.locale));
        return paginate(request, context, all, {
            key: 'sections',
            render: (s) => sectionJson(s, context, request.locale, wantsTranslations(request)),
            helpCenter: true,
            defaultPerPage: 30,
        });
    };
    router.add('GET', '/api/v2/help_center/categories', listCategories);
    router.add('POST', '/api/v2/help_center/categories', (request, context) => {
        const input = member(request.body, 'category');
        if (!input)
            return hcInvalid('You passed an invalid value for the category attribute. category is required.');
        const result = createCategory(context, input, request.locale);
        if ('error' in result)
            return result.error;
        return ok({ category: categoryJson(result.category, context, undefined) }, 201);
    });
    router.add('GET', '/api/v2/help_center/categories/{category_id}', (request, context) => {
        const category = context.store.hc.categories.get(Number(request.params['category_id']));
        const json = category && categoryJson(category, context, request.locale, wantsTranslations(request));
        return json ? ok({ category: json }) : notFound();
    });
    router.add('PUT', '/api/v2/help_center/categories/{category_id}', (request, context) => {
        const category = context.store.hc.categories.get(Number(request.params['category_id']));
        if (!category)
            return notFound();
        const input = member(request.body, 'category') ?? {};
        if (typeof input['position'] === 'number')
            category.position = input['position'];
        category.updated_at = context.store.iso();
        return ok({ category: categoryJson(category, context, undefined) });
    });
    router.add('GET', '/api/v2/help_center/sections', listSections(() => true));
    router.add('GET', '/api/v2/help_center/categories/{category_id}/sections', (request, context) => {
        const categoryId = Number(request.params['category_id']);
        if (!context.store.hc.categories.has(categoryId))
            return notFound();
        return listSections((s) => s.category_id === categoryId)(request, context);
    });
    router.add('POST', '/api/v2/help_center/categories/{category_id}/sections', (request, context) => {
        const input = member(request.body, 'section');
        if (!input)
            return hcInvalid('You passed an invalid value for the section attribute. section is required.');
        const result = createSection(context, Number(request.params['category_id']), input, request.locale);
        if ('error' in result)
            return result.error;
        return ok({ section: sectionJson(result.section, context, undefined) }, 201);
    });
    router.add('GET', '/api/v2/help_center/sections/{section_id}', (request, context) => {
        const section = context.store.hc.sections.get(Number(request.params['section_id']));
        const json = section && sectionJson(section, context, request.locale, wantsTranslations(request));
        return json ? ok({ section: json }) : notFound();
    });
    router.add('PUT', '/api/v2/help_center/sections/{section_id}', (request, context) => {
        const section = context.store.hc.sections.get(Number(request.params['section_id']));
        if (!section)
            return notFound();
        const input = member(request.body, 'section') ?? {};
        if (typeof input['position'] === 'number')
            section.position = input['position'];
        if (has(input, 'category_id')) {
            const categoryId = optId(input['category_id']);
            if (categoryId === undefined || !context.store.hc.categories.has(categoryId))
                return notFound();
            section.category_id = categoryId;
        }
        section.updated_at = context.store.iso();
        return ok({ section: sectionJson(section, context, undefined) });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-articles.ts




function articleJson(article, context, locale, withTranslations = false) {
    const t = shownTranslation(article, locale);
    if (!t)
        return undefined;
    return {
        id: article.id,
        url: `${context.baseUrl()}/api/v2/help_center/${t.locale}/articles/${article.id}.json`,
        html_url: `${context.baseUrl()}/hc/${t.locale}/articles/${article.id}-${slug(t.title)}`,
        author_id: article.author_id,
        comments_disabled: article.comments_disabled,
        draft: t.draft,
        promoted: article.promoted,
        position: article.position,
        vote_sum: article.vote_sum,
        vote_count: article.vote_count,
        section_id: article.section_id,
        created_at: article.created_at,
        updated_at: article.updated_at,
        name: t.title,
        title: t.title,
        source_locale: article.source_locale,
        locale: t.locale,
        outdated: false,
        outdated_locales: article.translations.filter((x) => x.outdated).map((x) => x.locale),
        edited_at: article.edited_at,
        user_segment_id: article.user_segment_id,
        permission_group_id: article.permission_group_id,
        content_tag_ids: article.content_tag_ids,
        label_names: article.label_names,
        body: t.body,
        user_segment_ids: article.user_segment_ids,
        ...(withTranslations ? { translations: article.translations.map((x) => translationJson(x, context)) } : {}),
    };
}
const SEGMENT_MISSING = "You passed an invalid value for the user_segment_id attribute. You must provide user_segment_id. Set to 'null' to make it visible to everyone.";
const GROUP_MISSING = 'You passed an invalid value for the permission_group_id attribute. You must provide permission_group_id.';
/** Checks permission group and user segment(s) of a create or update payload. */
function accessError(context, input, creating) {
    const { hc } = context.store;
    if (creating) {
        const missing = [];
        if (!has(input, 'user_segment_id') && !has(input, 'user_segment_ids'))
            missing.push(SEGMENT_MISSING);
        if (!has(input, 'permission_group_id') || input['permission_group_id'] === null)
            missing.push(GROUP_MISSING);
        if (missing.length > 0)
            return hcInvalid(missing.join('. '));
    }
    if (has(input, 'permission_group_id')) {
        const id = optId(input['permission_group_id']);
        if (id === undefined || !hc.permissionGroups.has(id))
            return notFound();
    }
    if (has(input, 'user_segment_id') && input['user_segment_id'] !== null) {
        const id = optId(input['user_segment_id']);
        if (id === undefined || !hc.userSegments.has(id))
            return notFound();
    }
    if (has(input, 'user_segment_ids')) {
        const ids = Array.isArray(input['user_segment_ids']) ? input['user_segment_ids'].map(optId) : [undefined];
        if (ids.some((id) => id === undefined || !hc.userSegments.has(id)))
            return notFound();
    }
    return undefined;
}
function applyAccess(article, input) {
    if (has(input, 'permission_group_id'))
        article.permission_group_id = optId(input['permission_group_id']) ?? article.permission_group_id;
    if (has(input, 'user_segment_ids')) {
        article.user_segment_ids = input['user_segment_ids'].map(optId).filter((id) => id !== undefined);
        article.user_segment_id = article.user_segment_ids[0] ?? null;
    }
    else if (has(input, 'user_segment_id')) {
        article.user_segment_id = input['user_segment_id'] === null ? null : (optId(input['user_segment_id']) ?? null);
        article.user_segment_ids = article.user_segment_id === null ? [] : [article.user_segment_id];
    }
}
function applyMetadata(article, input) {
    if (typeof input['position'] === 'number')
        article.position = input['position'];
    if (has(input, 'promoted'))
        article.promoted = input['promoted'] === true;
    if (has(input, 'comments_disabled'))
        article.comments_disabled = input['comments_disabled'] === true;
    if (has(input, 'label_names'))
        article.label_names = stringList(input['label_names']) ?? [];
    if (has(input, 'content_tag_ids'))
        article.content_tag_ids = stringList(input['content_tag_ids']) ?? [];
}
function createArticle(context, sectionId, body, pathLocale) {
    const { store } = context;
    const input = member(body, 'article');
    if (!input)
        return { error: hcInvalid('You passed an invalid value for the article attribute. article is required.') };
    if (!store.hc.sections.has(sectionId))
        return { error: notFound() };
    const title = optString(input['title'])?.trim();
    if (!title)
        return { error: hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.') };
    const locale = optString(input['locale']) ?? pathLocale;
    const bad = localeError(context, locale) ?? accessError(context, input, true);
    if (bad)
        return { error: bad };
    let authorId = store.currentUserId;
    if (has(input, 'author_id')) {
        const id = optId(input['author_id']);
        if (id === undefined || !store.isAgent(id))
            return { error: hcInvalid('You passed an invalid value for the author_id attribute. The author must be an agent.') };
        authorId = id;
    }
    const extra = [];
    for (const raw of Array.isArray(input['translations']) ? input['translations'] : []) {
        const t = isObject(raw) ? raw : {};
        const tLocale = optString(t['locale']);
        const tTitle = optString(t['title'])?.trim();
        const tBad = localeError(context, tLocale);
        if (tBad)
            return { error: tBad };
        if (!tTitle)
            return { error: hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.') };
        if (tLocale?.toLowerCase() === locale?.toLowerCase() || extra.some((e) => e.locale === tLocale?.toLowerCase())) {
            return { error: hcInvalid(`You passed an invalid value for the locale attribute. ${String(tLocale)} is given twice.`) };
        }
        extra.push({ locale: tLocale.toLowerCase(), title: tTitle, body: optString(t['body']) ?? null, draft: t['draft'] === true });
    }
    const now = store.iso();
    const id = store.id();
    const article = {
        id,
        section_id: sectionId,
        author_id: authorId,
        permission_group_id: 0,
        user_segment_id: null,
        user_segment_ids: [],
        comments_disabled: false,
        promoted: false,
        position: 0,
        label_names: [],
        content_tag_ids: [],
        vote_sum: 0,
        vote_count: 0,
        source_locale: locale.toLowerCase(),
        created_at: now,
        updated_at: now,
        edited_at: now,
        translations: [newTranslation(context, 'Article', id, locale, title, optString(input['body']) ?? null, input['draft'] === true)],
    };
    for (const e of extra)
        article.translations.push(newTranslation(context, 'Article', id, e.locale, e.title, e.body, e.draft));
    applyAccess(article, input);
    applyMetadata(article, input);
    store.hc.articles.set(id, article);
    if (!(isObject(body) && body['notify_subscribers'] === false))
        store.hc.notifications.push({ article_id: id, at: now });
    return { article };
}
function seconds(iso) {
    return Math.floor(Date.parse(iso) / 1000);
}
function registerHelpCenterArticles(router) {
    const list = (filter) => (request, context) => {
        const all = [...context.store.hc.articles.values()].filter((a) => filter(a) && shownTranslation(a, request.locale));
        return paginate(request, context, all, {
            key: 'articles',
            render: (a) => articleJson(a, context, request.locale, wantsTranslations(request)),
            helpCenter: true,
            defaultPerPage: 30,
        });
    };
    router.add('GET', '/api/v2/help_center/incremental/articles', (request, context) => {
        const text = request.query.get('start_time');
        if (text === null || !/^\d+$/.test(text))
            return hcInvalid('You passed an invalid value for the start_time attribute. start_time must be a Unix epoch time.');
        const start = Number(text);
        const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 100) || 100));
        const eligible = [...context.store.hc.articles.values()]
            .filter((a) => seconds(a.updated_at) >= start)
            .sort((a, b) => seconds(a.updated_at) - seconds(b.updated_at) || a.id - b.id);
        let end = Math.min(perPage, eligible.length);
        const lastTime = end > 0 ? seconds(eligible[end - 1].updated_at) : undefined;
        while (lastTime !== undefined && end < eligible.length && seconds(eligible[end].updated_at) === lastTime)
            end += 1;
        const page = eligible.slice(0, end);
        const endTime = lastTime === undefined ? start : lastTime === start && end < eligible.length ? start + 1 : lastTime;
        const more = end < eligible.length;
        return ok({
            articles: page.map((a) => articleJson(a, context, undefined, wantsTranslations(request))),
            next_page: more ? `${context.baseUrl()}/api/v2/help_center/incremental/articles.json?start_time=${endTime}` : null,
            count: page.length,
            end_time: endTime,
        });
    });
    router.add('GET', '/api/v2/help_center/articles', list(() => true));
    router.add('GET', '/api/v2/help_center/sections/{section_id}/articles', (request, context) => {
        const sectionId = Number(request.params['section_id']);
        if (!context.store.hc.sections.has(sectionId))
            return notFound();
        return list((a) => a.section_id === sectionId)(request, context);
    });
    router.add('GET', '/api/v2/help_center/categories/{category_id}/articles', (request, context) => {
        const categoryId = Number(request.params['category_id']);
        if (!context.store.hc.categories.has(categoryId))
            return notFound();
        return list((a) => context.store.hc.sections.get(a.section_id)?.category_id === categoryId)(request, context);
    });
    router.add('POST', '/api/v2/help_center/sections/{section_id}/articles', (request, context) => {
        const result = createArticle(context, Number(request.params['section_id']), request.body, request.locale);
        if ('error' in result)
            return result.error;
        return ok({ article: articleJson(result.article, context, undefined) }, 201);
    });
    router.add('GET', '/api/v2/help_center/articles/{article_id}', (request, context) => {
        const article = context.store.hc.articles.get(Number(request.params['article_id']));
        const json = article && articleJson(article, context, request.locale, wantsTranslations(request));
        return json ? ok({ article: json }) : notFound();
    });
    router.add('PUT', '/api/v2/help_center/articles/{article_id}', (request, context) => {
        const article = context.store.hc.articles.get(Number(request.params['article_id']));
        if (!article)
            return notFound();
        const input = member(request.body, 'article') ?? {};
        const bad = accessError(context, input, false);
        if (bad)
            return bad;
        if (has(input, 'section_id')) {
            const sectionId = optId(input['section_id']);
            if (sectionId === undefined || !context.store.hc.sections.has(sectionId))
                return notFound();
            article.section_id = sectionId;
        }
        if (has(input, 'author_id')) {
            const id = optId(input['author_id']);
            if (id === undefined || !context.store.isAgent(id))
                return hcInvalid('You passed an invalid value for the author_id attribute. The author must be an agent.');
            article.author_id = id;
        }
        applyAccess(article, input);
        applyMetadata(article, input);
        article.updated_at = context.store.iso();
        return ok({ article: articleJson(article, context, request.locale) });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/multipart.ts
function parseMultipart(contentType, body) {
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
    const boundary = m?.[1] ?? m?.[2];
    if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary)
        return undefined;
    const delimiter = Buffer.from(`--${boundary}`);
    const parts = [];
    let start = body.indexOf(delimiter);
    while (start >= 0) {
        const next = body.indexOf(delimiter, start + delimiter.length);
        if (next < 0)
            break;
        // Skip the CRLF after the delimiter and the CRLF before the next one.
        const chunk = body.subarray(start + delimiter.length + 2, next - 2);
        const headerEnd = chunk.indexOf('\r\n\r\n');
        if (headerEnd >= 0) {
            const headers = chunk.subarray(0, headerEnd).toString('utf8');
            const data = chunk.subarray(headerEnd + 4);
            const name = /name="([^"]*)"/i.exec(headers)?.[1];
            const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
            const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
            if (name !== undefined)
                parts.push({ name, data: Buffer.from(data), ...(fileName !== undefined ? { fileName } : {}), ...(type ? { contentType: type } : {}) });
        }
        start = next;
    }
    return parts;
}

;// CONCATENATED MODULE: ./test/sim/zendesk/uploads.ts

const TYPES = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    pdf: 'application/pdf',
    txt: 'text/plain',
    csv: 'text/csv',
    json: 'application/json',
    zip: 'application/zip',
    html: 'text/html',
};
function guessContentType(fileName, header) {
    const given = header?.split(';')[0]?.trim();
    if (given && given !== 'application/octet-stream' && given !== 'application/x-www-form-urlencoded')
        return given;
    const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
    return TYPES[ext] ?? 'application/binary';
}
function contentUrl(context, token, fileName) {
    return `${context.baseUrl()}/attachments/token/${token}/?name=${encodeURIComponent(fileName)}`;
}
function attachmentJson(att, context) {
    const url = contentUrl(context, att.download_token, att.file_name);
    return {
        url: `${context.baseUrl()}/api/v2/attachments/${att.id}.json`,
        id: att.id,
        file_name: att.file_name,
        content_url: url,
        mapped_content_url: url,
        content_type: att.content_type,
        size: att.size,
        inline: att.inline,
        deleted: false,
        malware_access_override: false,
        malware_scan_result: 'malware_not_found',
        thumbnails: [],
    };
}
function newAttachment(context, fileName, contentType, bytes, inline = false) {
    const att = {
        id: context.store.id(),
        file_name: fileName,
        content_type: contentType,
        size: bytes.length,
        inline,
        download_token: context.store.token(),
        bytes,
        created_at: context.store.iso(),
    };
    context.store.attachments.set(att.id, att);
    return att;
}
/** Checks that every token can be consumed now; returns the uploads or why not. Consumes nothing. */
function checkUploads(context, tokens) {
    if (tokens === undefined || tokens === null)
        return { uploads: [] };
    if (!Array.isArray(tokens))
        return { message: 'uploads must be a list of upload tokens' };
    const uploads = [];
    for (const token of tokens) {
        const upload = typeof token === 'string' ? context.store.uploads.get(token) : undefined;
        if (!upload)
            return { message: `Upload token ${String(token)} is invalid` };
        if (upload.consumed_by_comment !== null)
            return { message: `Upload token ${upload.token} was already used` };
        if (context.now() > upload.expires_ms)
            return { message: `Upload token ${upload.token} has expired` };
        uploads.push(upload);
    }
    return { uploads };
}
function consumeUploads(uploads, commentId) {
    for (const upload of uploads)
        upload.consumed_by_comment = commentId;
    return uploads.flatMap((u) => u.attachments);
}
function registerUploads(router) {
    router.add('POST', '/api/v2/uploads', (request, context) => {
        const fileName = request.query.get('filename')?.trim();
        if (!fileName)
            return fieldError('base', "Filename can't be blank", 'BlankValue');
        const existingToken = request.query.get('token');
        let upload;
        if (existingToken) {
            upload = context.store.uploads.get(existingToken);
            if (!upload || upload.consumed_by_comment !== null || context.now() > upload.expires_ms)
                return fieldError('token', `Upload token ${existingToken} is invalid`);
        }
        const attachment = newAttachment(context, fileName, guessContentType(fileName, request.headers['content-type']), Buffer.from(request.rawBody));
        if (!upload) {
            const now = context.now();
            upload = { token: context.store.token(), attachments: [], created_ms: now, expires_ms: now + context.options.uploadTokenTtlMs, consumed_by_comment: null };
            context.store.uploads.set(upload.token, upload);
        }
        upload.attachments.push(attachment);
        return ok({
            upload: {
                token: upload.token,
                expires_at: context.store.iso(upload.expires_ms),
                attachments: upload.attachments.map((a) => attachmentJson(a, context)),
                attachment: attachmentJson(attachment, context),
            },
        }, 201);
    });
    router.add('DELETE', '/api/v2/uploads/{token}', (request, context) => {
        const upload = context.store.uploads.get(request.params['token'] ?? '');
        if (!upload || upload.consumed_by_comment !== null)
            return notFound();
        context.store.uploads.delete(upload.token);
        for (const a of upload.attachments)
            context.store.attachments.delete(a.id);
        return noContent();
    });
    router.add('GET', '/api/v2/attachments/{attachment_id}', (request, context) => {
        const att = context.store.attachments.get(Number(request.params['attachment_id']));
        return att ? ok({ attachment: attachmentJson(att, context) }) : notFound();
    });
}
/** Serves attachment bytes at their content_url. */
function serveAttachmentBytes(context, path) {
    const m = /^\/attachments\/token\/([^/]+)\/?$/.exec(path);
    if (!m)
        return undefined;
    for (const att of context.store.attachments.values()) {
        if (att.download_token === m[1]) {
            return { status: 200, headers: { 'content-type': att.content_type, 'content-length': String(att.size) }, body: att.bytes };
        }
    }
    return notFound();
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-attachments.ts




const MAX_ARTICLE_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const MAX_BULK_ATTACHMENTS = 20;
function articleAttachmentJson(att, context) {
    const relative = `/hc/article_attachments/${att.download_token}/${encodeURIComponent(att.file_name)}`;
    return {
        id: att.id,
        url: `${context.baseUrl()}/api/v2/help_center/articles/attachments/${att.id}.json`,
        article_id: att.article_id,
        display_file_name: att.file_name,
        file_name: att.file_name,
        locale: att.locale,
        content_url: `${context.baseUrl()}${relative}`,
        relative_path: relative,
        content_type: att.content_type,
        size: att.size,
        inline: att.inline,
        created_at: att.created_at,
        updated_at: att.updated_at,
    };
}
function upload(request, context, articleId) {
    const parts = parseMultipart(request.headers['content-type'], request.rawBody);
    const file = parts?.find((p) => p.name === 'file');
    if (!parts || !file || !file.fileName)
        return hcInvalid('You passed an invalid value for the file attribute. A multipart "file" part is required.');
    if (file.data.length > MAX_ARTICLE_ATTACHMENT_BYTES)
        return hcInvalid('You passed an invalid value for the file attribute. Attachments are limited to 20 MB.');
    const field = (name) => parts.find((p) => p.name === name)?.data.toString('utf8');
    const now = context.store.iso();
    const att = {
        id: context.store.id(),
        article_id: articleId,
        file_name: file.fileName,
        content_type: guessContentType(file.fileName, file.contentType),
        size: file.data.length,
        inline: field('inline') === 'true',
        locale: field('locale') ?? null,
        download_token: context.store.token(),
        bytes: file.data,
        created_at: now,
        updated_at: now,
    };
    context.store.hc.articleAttachments.set(att.id, att);
    return ok({ article_attachment: articleAttachmentJson(att, context) }, 201);
}
function registerHelpCenterAttachments(router) {
    router.add('POST', '/api/v2/help_center/articles/attachments', (request, context) => upload(request, context, null));
    router.add('GET', '/api/v2/help_center/articles/attachments/{article_attachment_id}', (request, context) => {
        const att = context.store.hc.articleAttachments.get(Number(request.params['article_attachment_id']));
        return att ? ok({ article_attachment: articleAttachmentJson(att, context) }) : notFound();
    });
    router.add('GET', '/api/v2/help_center/articles/{article_id}/attachments', (request, context) => {
        const articleId = Number(request.params['article_id']);
        if (!context.store.hc.articles.has(articleId))
            return notFound();
        const list = [...context.store.hc.articleAttachments.values()].filter((a) => a.article_id === articleId);
        return paginate(request, context, list, { key: 'article_attachments', render: (a) => articleAttachmentJson(a, context), helpCenter: true, defaultPerPage: 30 });
    });
    router.add('POST', '/api/v2/help_center/articles/{article_id}/attachments', (request, context) => {
        const articleId = Number(request.params['article_id']);
        if (!context.store.hc.articles.has(articleId))
            return notFound();
        return upload(request, context, articleId);
    });
    router.add('POST', '/api/v2/help_center/articles/{article_id}/bulk_attachments', (request, context) => {
        const articleId = Number(request.params['article_id']);
        if (!context.store.hc.articles.has(articleId))
            return notFound();
        const raw = isObject(request.body) ? request.body['attachment_ids'] : undefined;
        if (!Array.isArray(raw) || raw.length === 0)
            return hcInvalid('You passed an invalid value for the attachment_ids attribute. A list of ids is required.');
        if (raw.length > MAX_BULK_ATTACHMENTS)
            return hcInvalid(`You passed an invalid value for the attachment_ids attribute. At most ${MAX_BULK_ATTACHMENTS} attachments per request.`);
        const atts = [];
        for (const value of raw) {
            const att = context.store.hc.articleAttachments.get(optId(value) ?? -1);
            if (!att)
                return notFound();
            if (att.article_id !== null && att.article_id !== articleId)
                return hcInvalid(`You passed an invalid value for the attachment_ids attribute. Attachment ${att.id} belongs to another article.`);
            atts.push(att);
        }
        for (const att of atts) {
            att.article_id = articleId;
            att.updated_at = context.store.iso();
        }
        return ok({ article_attachments: atts.map((a) => articleAttachmentJson(a, context)) });
    });
}
function serveArticleAttachmentBytes(context, path) {
    const m = /^\/hc\/article_attachments\/([^/]+)\//.exec(path);
    if (!m)
        return undefined;
    for (const att of context.store.hc.articleAttachments.values()) {
        if (att.download_token === m[1])
            return { status: 200, headers: { 'content-type': att.content_type, 'content-length': String(att.size) }, body: att.bytes };
    }
    return notFound();
}

;// CONCATENATED MODULE: ./test/sim/zendesk/hc-translations.ts



const KINDS = [
    { path: 'articles', type: 'Article', param: 'article_id', find: (c, id) => c.store.hc.articles.get(id) },
    { path: 'sections', type: 'Section', param: 'section_id', find: (c, id) => c.store.hc.sections.get(id) },
    { path: 'categories', type: 'Category', param: 'category_id', find: (c, id) => c.store.hc.categories.get(id) },
];
function touch(item, context) {
    const now = context.store.iso();
    item.updated_at = now;
    if ('edited_at' in item)
        item.edited_at = now;
}
function registerHelpCenterTranslations(router) {
    for (const kind of KINDS) {
        const base = `/api/v2/help_center/${kind.path}/{${kind.param}}/translations`;
        const itemOf = (params, context) => kind.find(context, Number(params[kind.param]));
        router.add('GET', base, (request, context) => {
            const item = itemOf(request.params, context);
            if (!item)
                return notFound();
            return paginate(request, context, item.translations, { key: 'translations', render: (t) => translationJson(t, context), helpCenter: true, defaultPerPage: 30 });
        });
        router.add('POST', base, (request, context) => {
            const item = itemOf(request.params, context);
            if (!item)
                return notFound();
            const input = translationInput(request.body);
            if (!input)
                return hcInvalid('You passed an invalid value for the translation attribute. translation is required.');
            const locale = optString(input['locale']);
            const bad = localeError(context, locale);
            if (bad)
                return bad;
            if (item.translations.some((t) => t.locale === locale?.toLowerCase())) {
                return hcInvalid(`You passed an invalid value for the locale attribute. A translation for ${String(locale)} already exists.`);
            }
            const title = optString(input['title'])?.trim();
            if (!title)
                return hcInvalid('You passed an invalid value for the title attribute. Title cannot be blank.');
            const translation = newTranslation(context, kind.type, item.id, locale, title, optString(input['body']) ?? null, input['draft'] === true);
            item.translations.push(translation);
            touch(item, context);
            return ok({ translation: translationJson(translation, context) }, 201);
        });
        router.add('GET', `${base}/{locale}`, (request, context) => {
            const item = itemOf(request.params, context);
            const translation = item?.translations.find((t) => t.locale === request.params['locale']?.toLowerCase());
            return translation ? ok({ translation: translationJson(translation, context) }) : notFound();
        });
        router.add('PUT', `${base}/{locale}`, (request, context) => {
            const item = itemOf(request.params, context);
            const translation = item?.translations.find((t) => t.locale === request.params['locale']?.toLowerCase());
            if (!item || !translation)
                return notFound();
            const input = translationInput(request.body);
            if (!input)
                return hcInvalid('You passed an invalid value for the translation attribute. translation is required.');
            const error = applyTranslationInput(context, translation, input);
            if (error)
                return hcInvalid(error);
            touch(item, context);
            return ok({ translation: translationJson(translation, context) });
        });
    }
}

;// CONCATENATED MODULE: ./test/sim/zendesk/organizations.ts





function organizationJson(org, context) {
    return {
        url: `${context.baseUrl()}/api/v2/organizations/${org.id}.json`,
        id: org.id,
        name: org.name,
        shared_tickets: org.shared_tickets,
        shared_comments: org.shared_comments,
        external_id: org.external_id,
        created_at: org.created_at,
        updated_at: org.updated_at,
        domain_names: org.domain_names,
        details: org.details,
        notes: org.notes,
        group_id: org.group_id,
        tags: org.tags,
        organization_fields: renderCustomValues(context, 'organization', org.organization_fields),
    };
}
function domainList(value) {
    if (typeof value === 'string')
        return value.split(/[\s,]+/).filter(Boolean);
    return stringList(value);
}
/** Applies an organization payload to a new (`existing` undefined) or existing organization. */
function applyOrganization(context, input, existing) {
    const { store } = context;
    const now = store.iso();
    const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
    if (!name)
        return { details: { name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] } };
    const clash = store.organizationByName(name);
    if (clash && clash.id !== existing?.id)
        return { details: { name: [{ description: 'Name: has already been taken', error: 'DuplicateValue' }] } };
    let groupId = existing?.group_id ?? null;
    if (has(input, 'group_id')) {
        groupId = input['group_id'] === null ? null : (optId(input['group_id']) ?? -1);
        if (groupId !== null && !store.groups.has(groupId))
            return { details: { group_id: [{ description: 'Group: is invalid', error: 'InvalidValue' }] } };
    }
    const fields = mergeCustomValues(context, 'organization', existing?.organization_fields ?? {}, input['organization_fields']);
    if ('details' in fields)
        return fields;
    const org = existing ?? {
        id: store.id(),
        name,
        external_id: null,
        domain_names: [],
        details: null,
        notes: null,
        group_id: null,
        shared_tickets: false,
        shared_comments: false,
        tags: [],
        organization_fields: {},
        created_at: now,
        updated_at: now,
    };
    org.name = name;
    if (has(input, 'external_id'))
        org.external_id = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
    if (has(input, 'domain_names'))
        org.domain_names = domainList(input['domain_names']) ?? [];
    if (has(input, 'details'))
        org.details = optString(input['details']) ?? null;
    if (has(input, 'notes'))
        org.notes = optString(input['notes']) ?? null;
    if (has(input, 'shared_tickets'))
        org.shared_tickets = input['shared_tickets'] === true;
    if (has(input, 'shared_comments'))
        org.shared_comments = input['shared_comments'] === true;
    if (has(input, 'tags'))
        org.tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
    org.group_id = groupId;
    org.organization_fields = fields.values;
    org.updated_at = now;
    store.organizations.set(org.id, org);
    return { org };
}
/** The organization `create_or_update` would update: by `id`, else by `external_id`; never by name. */
function upsertTarget(context, input) {
    const id = optId(input['id']);
    if (id !== undefined)
        return context.store.organizations.get(id);
    const externalId = optString(input['external_id']);
    return externalId ? context.store.organizationByExternalId(externalId) : undefined;
}
function registerOrganizations(router) {
    const all = (context) => [...context.store.organizations.values()];
    router.add('GET', '/api/v2/organizations', (request, context) => paginate(request, context, all(context), { key: 'organizations', render: (o) => organizationJson(o, context) }));
    router.add('GET', '/api/v2/organizations/count', (_request, context) => countBody(context.store.organizations.size, context));
    router.add('GET', '/api/v2/organizations/search', (request, context) => {
        const externalId = request.query.get('external_id');
        const name = request.query.get('name');
        if (externalId === null && name === null)
            return badRequest('InvalidValue', 'external_id or name is required');
        const found = all(context).filter((o) => externalId !== null ? o.external_id?.toLowerCase() === externalId.toLowerCase() : o.name.toLowerCase() === (name ?? '').toLowerCase());
        return paginate(request, context, found, { key: 'organizations', render: (o) => organizationJson(o, context) });
    });
    router.add('GET', '/api/v2/organizations/show_many', (request, context) => {
        const ids = idList(request.query.get('ids'));
        const externalIds = (request.query.get('external_ids') ?? '').split(',').filter(Boolean);
        const found = all(context).filter((o) => ids.includes(o.id) || (o.external_id !== null && externalIds.some((e) => e.toLowerCase() === o.external_id?.toLowerCase())));
        return ok({ organizations: found.map((o) => organizationJson(o, context)) });
    });
    router.add('POST', '/api/v2/organizations/create_many', (request, context) => {
        const items = bulkItems(request.body, 'organizations');
        if (isResponse(items))
            return items;
        return queueJob(context, 'bulk_create_job', items.length, () => items.map((item, index) => {
            const result = applyOrganization(context, item);
            return 'details' in result ? failedItem(index, 'RecordInvalid', detailsText(result.details)) : { index, id: result.org.id };
        }));
    });
    router.add('POST', '/api/v2/organizations/create_or_update', (request, context) => {
        const input = member(request.body, 'organization');
        if (!input)
            return fieldError('organization', 'organization is required');
        const target = upsertTarget(context, input);
        // An explicit id that matches nothing is RecordNotFound, not a create (facetoe/zenpy#586).
        if (!target && optId(input['id']) !== undefined)
            return notFound();
        const result = applyOrganization(context, input, target);
        if ('details' in result)
            return recordInvalid(result.details);
        const status = target ? 200 : 201;
        return ok({ organization: organizationJson(result.org, context) }, status, { location: `${context.baseUrl()}/api/v2/organizations/${result.org.id}.json` });
    });
    router.add('POST', '/api/v2/organizations', (request, context) => {
        const input = member(request.body, 'organization');
        if (!input)
            return fieldError('organization', 'organization is required');
        const result = applyOrganization(context, input);
        if ('details' in result)
            return recordInvalid(result.details);
        return ok({ organization: organizationJson(result.org, context) }, 201);
    });
    router.add('GET', '/api/v2/organizations/{organization_id}', (request, context) => {
        const org = context.store.organizations.get(Number(request.params['organization_id']));
        return org ? ok({ organization: organizationJson(org, context) }) : notFound();
    });
    router.add('PUT', '/api/v2/organizations/{organization_id}', (request, context) => {
        const org = context.store.organizations.get(Number(request.params['organization_id']));
        if (!org)
            return notFound();
        const result = applyOrganization(context, member(request.body, 'organization') ?? {}, org);
        if ('details' in result)
            return recordInvalid(result.details);
        return ok({ organization: organizationJson(result.org, context) });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/types.ts
/**
 * Records as the Zendesk simulator stores them. Field names and value shapes follow Zendesk's JSON
 * (snake_case, ISO-8601 seconds `2024-01-02T03:04:05Z`, integer ids) so tests can compare what a
 * connector wrote with what it read field by field. Fields a response computes (url, html_url,
 * counts) are not stored; fields only the simulator needs are marked "internal".
 */
/** Ticket field types Zendesk accepts on create; the system types exist only as built-ins. */
const CUSTOM_TICKET_FIELD_TYPES = [
    'text',
    'textarea',
    'checkbox',
    'date',
    'integer',
    'decimal',
    'regexp',
    'partialcreditcard',
    'tagger',
    'multiselect',
    'lookup',
];
const SYSTEM_TICKET_FIELD_TYPES = (/* unused pure expression or super */ null && (['subject', 'description', 'status', 'tickettype', 'priority', 'group', 'assignee']));

;// CONCATENATED MODULE: ./test/sim/zendesk/ticket-fields.ts




const SYSTEM_FIELDS = [
    { type: 'subject', title: 'Subject' },
    { type: 'description', title: 'Description' },
    { type: 'status', title: 'Status', options: [['Open', 'open'], ['Pending', 'pending'], ['On-hold', 'hold'], ['Solved', 'solved']] },
    { type: 'tickettype', title: 'Type', options: [['Question', 'question'], ['Incident', 'incident'], ['Problem', 'problem'], ['Task', 'task']] },
    { type: 'priority', title: 'Priority', options: [['Low', 'low'], ['Normal', 'normal'], ['High', 'high'], ['Urgent', 'urgent']] },
    { type: 'group', title: 'Group' },
    { type: 'assignee', title: 'Assignee' },
];
function isCustomTicketField(field) {
    return field.removable;
}
/** Creates the built-in system fields of a new account. */
function addSystemTicketFields(context) {
    const now = context.store.iso();
    SYSTEM_FIELDS.forEach((def, position) => {
        const id = context.store.id();
        context.store.ticketFields.set(id, {
            ...baseField(id, def.type, def.title, now),
            position,
            required: def.type === 'subject' || def.type === 'description',
            removable: false,
            ...(def.options ? { custom_field_options: def.options.map(([name, value], i) => ({ id: 0, name, value, position: i })) } : {}),
        });
    });
}
function baseField(id, type, title, now) {
    return {
        id,
        type,
        title,
        raw_title: title,
        description: '',
        raw_description: '',
        position: 0,
        active: true,
        required: false,
        collapsed_for_agents: false,
        regexp_for_validation: null,
        title_in_portal: title,
        raw_title_in_portal: title,
        visible_in_portal: false,
        editable_in_portal: false,
        required_in_portal: false,
        tag: null,
        removable: true,
        agent_description: null,
        created_at: now,
        updated_at: now,
    };
}
function ticketFieldJson(field, context) {
    const { custom_field_options, agent_description: _unused, ...rest } = field;
    const json = { url: `${context.baseUrl()}/api/v2/ticket_fields/${field.id}.json`, ...rest };
    if (custom_field_options) {
        if (field.removable)
            json['custom_field_options'] = custom_field_options.map((o) => optionJson(o, context, 'ticket', field.id));
        else
            json['system_field_options'] = custom_field_options.map((o) => ({ name: o.name, value: o.value }));
    }
    return json;
}
function createTicketField(context, input) {
    const type = optString(input['type']) ?? 'text';
    const title = optString(input['title'])?.trim();
    if (!CUSTOM_TICKET_FIELD_TYPES.includes(type))
        return { details: { type: [{ description: `Type: ${type} is not valid`, error: 'InvalidValue' }] } };
    if (!title)
        return { details: { title: [{ description: 'Title: cannot be blank', error: 'BlankValue' }] } };
    let options;
    if (type === 'tagger' || type === 'multiselect') {
        const built = buildOptions(context, input['custom_field_options']);
        if (typeof built === 'string')
            return { details: { custom_field_options: [{ description: `Field options: ${built}`, error: 'InvalidValue' }] } };
        const taken = takenTags(context, built.map((o) => o.value));
        if (taken)
            return { details: { custom_field_options: [{ description: `Field options: tag "${taken}" is already used by another field`, error: 'DuplicateValue' }] } };
        options = built;
    }
    const now = context.store.iso();
    const field = {
        ...baseField(context.store.id(), type, title, now),
        description: optString(input['description']) ?? '',
        raw_description: optString(input['description']) ?? '',
        position: typeof input['position'] === 'number' ? input['position'] : 9999,
        active: input['active'] !== false,
        required: input['required'] === true,
        visible_in_portal: input['visible_in_portal'] === true,
        editable_in_portal: input['editable_in_portal'] === true,
        regexp_for_validation: type === 'regexp' ? (optString(input['regexp_for_validation']) ?? null) : null,
        tag: type === 'checkbox' ? (optString(input['tag']) ?? null) : null,
        ...(options ? { custom_field_options: options } : {}),
    };
    context.store.ticketFields.set(field.id, field);
    return { field };
}
/** Option tags must be unique across all dropdown/multiselect fields. */
function takenTags(context, values, exceptField) {
    for (const field of context.store.ticketFields.values()) {
        if (field.id === exceptField || !field.removable)
            continue;
        const hit = field.custom_field_options?.find((o) => values.includes(o.value));
        if (hit)
            return hit.value;
    }
    return undefined;
}
/** Validates `custom_fields: [{id, value}]` and merges it into `current` (values by field id). */
function applyTicketCustomFields(context, current, input) {
    if (input === undefined)
        return { values: current };
    const invalid = (description) => ({ details: { custom_fields: [{ description, error: 'InvalidValue' }] } });
    if (!Array.isArray(input))
        return invalid('Custom fields: must be a list of {id, value}');
    const values = { ...current };
    for (const item of input) {
        const id = isObject(item) ? optId(item['id']) : undefined;
        if (!isObject(item) || id === undefined)
            return invalid('Custom fields: every entry needs an id');
        const field = context.store.ticketFields.get(id);
        if (!field || !field.removable)
            return invalid(`Custom fields: ${id} is not a custom ticket field`);
        const result = normaliseValue(field.type === 'partialcreditcard' ? 'text' : field.type, item['value'] ?? null, field.custom_field_options, field.regexp_for_validation);
        if (typeof result === 'string')
            return invalid(`${field.title}: ${result}`);
        const value = result.value;
        values[id] = typeof value === 'number' ? String(value) : value === '' ? null : value;
    }
    return { values };
}
/** Tags implied by custom field values (dropdown option values, multiselect values, checked checkbox tags). */
function customFieldTags(context, values) {
    const tags = [];
    for (const [idText, value] of Object.entries(values)) {
        const field = context.store.ticketFields.get(Number(idText));
        if (!field || value === null || value === undefined)
            continue;
        if (field.type === 'tagger' && typeof value === 'string')
            tags.push(value);
        if (field.type === 'multiselect' && Array.isArray(value))
            tags.push(...value.filter((v) => typeof v === 'string'));
        if (field.type === 'checkbox' && value === true && field.tag)
            tags.push(field.tag);
    }
    return tags;
}
/** `custom_fields` as a ticket response shows it: every active custom field, null when unset. */
function renderTicketCustomFields(context, values) {
    const out = [];
    for (const field of context.store.ticketFields.values()) {
        if (!field.removable || !field.active)
            continue;
        out.push({ id: field.id, value: values[field.id] ?? (field.type === 'checkbox' ? false : null) });
    }
    return out;
}
function registerTicketFields(router) {
    router.add('GET', '/api/v2/ticket_fields', (request, context) => paginate(request, context, [...context.store.ticketFields.values()], { key: 'ticket_fields', render: (f) => ticketFieldJson(f, context) }));
    router.add('POST', '/api/v2/ticket_fields', (request, context) => {
        const input = member(request.body, 'ticket_field');
        if (!input)
            return fieldError('ticket_field', 'ticket_field is required');
        const result = createTicketField(context, input);
        return 'details' in result ? recordInvalid(result.details) : ok({ ticket_field: ticketFieldJson(result.field, context) }, 201);
    });
    router.add('GET', '/api/v2/ticket_fields/{ticket_field_id}', (request, context) => {
        const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
        return field ? ok({ ticket_field: ticketFieldJson(field, context) }) : notFound();
    });
    router.add('PUT', '/api/v2/ticket_fields/{ticket_field_id}', (request, context) => {
        const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
        if (!field)
            return notFound();
        const input = member(request.body, 'ticket_field') ?? {};
        if (has(input, 'title')) {
            const title = optString(input['title'])?.trim();
            if (!title)
                return fieldError('title', 'Title: cannot be blank', 'BlankValue');
            field.title = field.raw_title = field.title_in_portal = field.raw_title_in_portal = title;
        }
        if (has(input, 'description'))
            field.description = field.raw_description = optString(input['description']) ?? '';
        if (has(input, 'active') && field.removable)
            field.active = input['active'] !== false;
        if (has(input, 'custom_field_options') && field.custom_field_options && field.removable) {
            const built = buildOptions(context, input['custom_field_options']);
            if (typeof built === 'string')
                return fieldError('custom_field_options', `Field options: ${built}`);
            const taken = takenTags(context, built.map((o) => o.value), field.id);
            if (taken)
                return fieldError('custom_field_options', `Field options: tag "${taken}" is already used by another field`, 'DuplicateValue');
            // Options keep their id when their value (tag) is unchanged.
            for (const option of built)
                option.id = field.custom_field_options.find((o) => o.value === option.value)?.id ?? option.id;
            field.custom_field_options = built;
        }
        field.updated_at = context.store.iso();
        return ok({ ticket_field: ticketFieldJson(field, context) });
    });
    router.add('GET', '/api/v2/ticket_fields/{ticket_field_id}/options', (request, context) => {
        const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
        if (!field || !field.removable || !field.custom_field_options)
            return notFound();
        const options = field.custom_field_options;
        return paginate(request, context, options, { key: 'custom_field_options', render: (o) => optionJson(o, context, 'ticket', field.id) });
    });
    router.add('POST', '/api/v2/ticket_fields/{ticket_field_id}/options', (request, context) => {
        const field = context.store.ticketFields.get(Number(request.params['ticket_field_id']));
        if (!field || !field.removable || !field.custom_field_options)
            return notFound();
        const input = member(request.body, 'custom_field_option') ?? {};
        const name = optString(input['name']);
        const value = optString(input['value']);
        if (!name || !value || /\s/.test(value))
            return fieldError('custom_field_option', 'Field option: needs a name and a value without spaces');
        const id = optId(input['id']);
        const existing = id !== undefined ? field.custom_field_options.find((o) => o.id === id) : undefined;
        if (id !== undefined && !existing)
            return notFound();
        if (takenTags(context, [value]) && !(existing && existing.value === value)) {
            return fieldError('custom_field_option', `Field option: tag "${value}" is already used`, 'DuplicateValue');
        }
        if (existing) {
            existing.name = name;
            existing.value = value;
            return ok({ custom_field_option: optionJson(existing, context, 'ticket', field.id) });
        }
        const option = { id: context.store.id(), name, value, position: field.custom_field_options.length };
        field.custom_field_options.push(option);
        return ok({ custom_field_option: optionJson(option, context, 'ticket', field.id) }, 201);
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/comments.ts


function apiVia() {
    return { channel: 'api', source: { from: {}, to: {}, rel: null } };
}
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function htmlToText(html) {
    return html
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/(p|div|li|h\d)>/gi, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m)
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
const WRAP_OPEN = '<div class="zd-comment" dir="auto">';
function wrapHtml(html) {
    return html.startsWith(WRAP_OPEN) ? html : `${WRAP_OPEN}${html}</div>`;
}
function textToHtml(text) {
    return wrapHtml(text
        .split(/\n{2,}/)
        .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
        .join(''));
}
const EPOCH_1970 = 0;
function prepareComment(context, input, options) {
    const field = options.field ?? 'comment';
    const invalid = (description, error = 'InvalidValue') => ({ details: { [field]: [{ description, error }] } });
    const { store } = context;
    const html = optString(input['html_body']);
    const text = optString(input['value']) ?? optString(input['body']);
    if ((html ?? text ?? '').trim() === '')
        return invalid('Comment: cannot be blank', 'BlankValue');
    const authorId = has(input, 'author_id') ? optId(input['author_id']) : options.defaultAuthor;
    if (authorId === undefined || !store.users.has(authorId))
        return invalid(`Comment: author ${String(input['author_id'])} is not a user`);
    let createdMs = context.now();
    if (options.allowCreatedAt && has(input, 'created_at') && input['created_at'] !== null) {
        const ms = parseTime(input['created_at']);
        if (ms === undefined)
            return invalid(`Comment: created_at ${String(input['created_at'])} is not a valid time`);
        if (ms < EPOCH_1970)
            return invalid('Comment: created_at cannot be before 1970');
        if (ms > context.now())
            return invalid('Comment: created_at cannot be in the future');
        createdMs = ms;
    }
    const uploads = checkUploads(context, input['uploads']);
    if ('message' in uploads)
        return invalid(`Comment: ${uploads.message}`);
    const htmlBody = html !== undefined ? wrapHtml(html) : textToHtml(text ?? '');
    const body = html !== undefined ? htmlToText(html) : (text ?? '');
    return {
        comment: {
            author_id: authorId,
            body,
            html_body: htmlBody,
            public: input['public'] !== false,
            created_ms: createdMs,
            uploads: uploads.uploads,
        },
    };
}
/** Turns a prepared comment into a stored one, consuming its upload tokens. */
function commitComment(context, prepared, auditId) {
    const id = context.store.id();
    return {
        id,
        type: 'Comment',
        author_id: prepared.author_id,
        body: prepared.body,
        html_body: prepared.html_body,
        plain_body: prepared.body,
        public: prepared.public,
        attachments: consumeUploads(prepared.uploads, id),
        audit_id: auditId,
        via: apiVia(),
        created_at: context.store.iso(prepared.created_ms),
        metadata: { system: { client: 'desk-migrate simulator' }, custom: {} },
    };
}
/** Two comments of one request must not consume the same token twice. */
function sharedUpload(comments) {
    const seen = new Set();
    for (const c of comments) {
        for (const u of c.uploads) {
            if (seen.has(u.token))
                return u.token;
            seen.add(u.token);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./test/sim/zendesk/organization-memberships.ts




function membershipJson(m, context) {
    return {
        url: `${context.baseUrl()}/api/v2/organization_memberships/${m.id}.json`,
        id: m.id,
        user_id: m.user_id,
        organization_id: m.organization_id,
        default: m.default,
        organization_name: context.store.organizations.get(m.organization_id)?.name ?? '',
        view_tickets: true,
        created_at: m.created_at,
        updated_at: m.updated_at,
    };
}
/** Adds a membership (or finds the existing one) and keeps `user.organization_id` = the default one. */
function addOrganizationMembership(context, userId, organizationId, makeDefault) {
    const { store } = context;
    const user = userId === undefined ? undefined : store.users.get(userId);
    if (!user)
        return { details: { user_id: [{ description: 'User: is invalid', error: 'InvalidValue' }] } };
    if (organizationId === undefined || !store.organizations.has(organizationId)) {
        return { details: { organization_id: [{ description: 'Organization: is invalid', error: 'InvalidValue' }] } };
    }
    const mine = [...store.organizationMemberships.values()].filter((m) => m.user_id === user.id);
    const existing = mine.find((m) => m.organization_id === organizationId);
    const now = store.iso();
    let membership = existing;
    if (!membership) {
        membership = { id: store.id(), user_id: user.id, organization_id: organizationId, default: false, created_at: now, updated_at: now };
        store.organizationMemberships.set(membership.id, membership);
    }
    if (makeDefault || mine.length === 0 || user.organization_id === null) {
        for (const m of mine)
            m.default = false;
        membership.default = true;
        user.organization_id = organizationId;
        user.updated_at = now;
    }
    return { membership, created: !existing };
}
function registerOrganizationMemberships(router) {
    const list = (filter) => (request, context) => paginate(request, context, [...context.store.organizationMemberships.values()].filter(filter), {
        key: 'organization_memberships',
        render: (m) => membershipJson(m, context),
    });
    router.add('GET', '/api/v2/organization_memberships', list(() => true));
    router.add('POST', '/api/v2/organization_memberships/create_many', (request, context) => {
        const items = bulkItems(request.body, 'organization_memberships');
        if (isResponse(items))
            return items;
        return queueJob(context, 'bulk_create_job', items.length, () => items.map((item, index) => {
            const result = addOrganizationMembership(context, optId(item['user_id']), optId(item['organization_id']), item['default'] === true);
            if ('details' in result)
                return failedItem(index, 'InvalidValue', detailsText(result.details));
            if (!result.created)
                return failedItem(index, 'DuplicateValue', 'User is already a member of this organization');
            return { index, id: result.membership.id };
        }));
    });
    router.add('POST', '/api/v2/organization_memberships', (request, context) => {
        const input = member(request.body, 'organization_membership') ?? {};
        const result = addOrganizationMembership(context, optId(input['user_id']), optId(input['organization_id']), input['default'] === true);
        if ('details' in result)
            return recordInvalid(result.details);
        if (!result.created)
            return recordInvalid({ user_id: [{ description: 'User has already been taken', error: 'DuplicateValue' }] });
        return ok({ organization_membership: membershipJson(result.membership, context) }, 201);
    });
    router.add('GET', '/api/v2/organization_memberships/{organization_membership_id}', (request, context) => {
        const m = context.store.organizationMemberships.get(Number(request.params['organization_membership_id']));
        return m ? ok({ organization_membership: membershipJson(m, context) }) : notFound();
    });
    router.add('GET', '/api/v2/users/{user_id}/organization_memberships', (request, context) => {
        const userId = Number(request.params['user_id']);
        if (!context.store.users.has(userId))
            return notFound();
        return list((m) => m.user_id === userId)(request, context);
    });
    router.add('GET', '/api/v2/organizations/{organization_id}/organization_memberships', (request, context) => {
        const orgId = Number(request.params['organization_id']);
        if (!context.store.organizations.has(orgId))
            return notFound();
        return list((m) => m.organization_id === orgId)(request, context);
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/users.ts






const ROLES = ['end-user', 'agent', 'admin'];
const IANA = { UTC: 'Etc/UTC', 'Eastern Time (US & Canada)': 'America/New_York', Copenhagen: 'Europe/Copenhagen', Berlin: 'Europe/Berlin', London: 'Europe/London' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function userJson(user, context) {
    const agent = user.role !== 'end-user';
    return {
        id: user.id,
        url: `${context.baseUrl()}/api/v2/users/${user.id}.json`,
        name: user.name,
        email: user.email,
        created_at: user.created_at,
        updated_at: user.updated_at,
        time_zone: user.time_zone,
        iana_time_zone: IANA[user.time_zone] ?? 'Etc/UTC',
        phone: user.phone,
        shared_phone_number: null,
        photo: null,
        locale_id: 1,
        locale: user.locale,
        organization_id: user.organization_id,
        role: user.role,
        verified: user.verified,
        external_id: user.external_id,
        tags: user.tags,
        alias: user.alias,
        active: user.active,
        shared: false,
        shared_agent: false,
        last_login_at: null,
        two_factor_auth_enabled: null,
        signature: user.signature,
        details: user.details,
        notes: user.notes,
        role_type: null,
        custom_role_id: null,
        moderator: user.moderator,
        ticket_restriction: user.ticket_restriction,
        only_private_comments: user.only_private_comments,
        restricted_agent: user.restricted_agent,
        suspended: user.suspended,
        ...(agent && user.default_group_id !== null ? { default_group_id: user.default_group_id } : {}),
        report_csv: user.role === 'admin',
        user_fields: renderCustomValues(context, 'user', user.user_fields),
    };
}
function newUser(context, id, name) {
    const now = context.store.iso();
    return {
        id,
        name,
        email: null,
        role: 'end-user',
        external_id: null,
        organization_id: null,
        default_group_id: null,
        phone: null,
        locale: 'en-US',
        time_zone: 'UTC',
        tags: [],
        user_fields: {},
        details: '',
        notes: '',
        alias: '',
        signature: '',
        verified: false,
        active: true,
        suspended: false,
        moderator: false,
        only_private_comments: false,
        restricted_agent: true,
        ticket_restriction: 'requested',
        created_at: now,
        updated_at: now,
        identities: [],
    };
}
function duplicateEmail(email) {
    return { email: [{ description: `Email: ${email} is already being used by another user`, error: 'DuplicateValue' }] };
}
/**
 * Applies a user payload to a new (`existing` undefined) or existing user. Validates everything before
 * changing anything, so a 422 leaves the store untouched.
 */
function applyUser(context, input, existing) {
    const { store } = context;
    const name = has(input, 'name') ? (optString(input['name']) ?? '').trim() : existing?.name;
    if (!name)
        return { details: { name: [{ description: 'Name: is too short (minimum is 1 character)', error: 'TooShort' }] } };
    let role = existing?.role ?? 'end-user';
    if (has(input, 'role')) {
        const wanted = optString(input['role']);
        if (!wanted || !ROLES.includes(wanted))
            return { details: { role: [{ description: `Role: ${String(input['role'])} is not valid`, error: 'InvalidValue' }] } };
        role = wanted;
    }
    const email = has(input, 'email') && input['email'] !== null ? optString(input['email'])?.trim() : undefined;
    if (email !== undefined) {
        if (!EMAIL.test(email))
            return { details: { email: [{ description: `Email: ${email} is not properly formatted`, error: 'InvalidFormat' }] } };
        const owner = store.userByEmail(email);
        if (owner && owner.id !== existing?.id)
            return { details: duplicateEmail(email) };
    }
    let externalId = existing?.external_id ?? null;
    if (has(input, 'external_id')) {
        externalId = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
        const owner = externalId ? store.userByExternalId(externalId) : undefined;
        if (owner && owner.id !== existing?.id) {
            return { details: { external_id: [{ description: 'External: has already been taken', error: 'DuplicateValue' }] } };
        }
    }
    const orgId = has(input, 'organization_id') ? (input['organization_id'] === null ? null : (optId(input['organization_id']) ?? -1)) : undefined;
    if (orgId !== undefined && orgId !== null && !store.organizations.has(orgId)) {
        return { details: { organization_id: [{ description: 'Organization: is invalid', error: 'InvalidValue' }] } };
    }
    let defaultGroup;
    if (has(input, 'default_group_id')) {
        defaultGroup = input['default_group_id'] === null ? null : (optId(input['default_group_id']) ?? -1);
        if (defaultGroup !== null && !store.groups.has(defaultGroup))
            return { details: { default_group_id: [{ description: 'Default group: is invalid', error: 'InvalidValue' }] } };
    }
    const fields = mergeCustomValues(context, 'user', existing?.user_fields ?? {}, input['user_fields']);
    if ('details' in fields)
        return fields;
    const now = store.iso();
    const user = existing ?? newUser(context, store.id(), name);
    user.name = name;
    user.role = role;
    user.ticket_restriction = role === 'end-user' ? 'requested' : null;
    user.restricted_agent = role === 'agent';
    if (email !== undefined) {
        if (!user.email) {
            user.email = email;
            user.identities.push({ id: store.id(), type: 'email', value: email, primary: true, verified: input['verified'] === true, created_at: now, updated_at: now });
        }
        else if (user.email.toLowerCase() !== email.toLowerCase() && !user.identities.some((i) => i.value.toLowerCase() === email.toLowerCase())) {
            // Email is writable on create only; an update adds a secondary identity (research §1.4).
            user.identities.push({ id: store.id(), type: 'email', value: email, primary: false, verified: false, created_at: now, updated_at: now });
        }
    }
    user.external_id = externalId;
    if (has(input, 'phone'))
        user.phone = optString(input['phone']) ?? null;
    if (has(input, 'locale'))
        user.locale = optString(input['locale']) ?? user.locale;
    if (has(input, 'time_zone'))
        user.time_zone = optString(input['time_zone']) ?? user.time_zone;
    if (has(input, 'tags'))
        user.tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
    for (const key of ['details', 'notes', 'alias', 'signature'])
        if (has(input, key))
            user[key] = optString(input[key]) ?? '';
    for (const key of ['verified', 'suspended', 'moderator', 'only_private_comments'])
        if (has(input, key))
            user[key] = input[key] === true;
    if (defaultGroup !== undefined)
        user.default_group_id = defaultGroup;
    user.user_fields = fields.values;
    user.updated_at = now;
    store.users.set(user.id, user);
    if (orgId !== undefined) {
        if (orgId === null)
            user.organization_id = null;
        else
            addOrganizationMembership(context, user.id, orgId, true);
    }
    return { user };
}
/** The user `create_or_update` updates: external_id (case-insensitive) first, then email. */
function users_upsertTarget(context, input) {
    const externalId = optString(input['external_id']);
    const byExternal = externalId ? context.store.userByExternalId(externalId) : undefined;
    if (byExternal)
        return byExternal;
    const email = optString(input['email']);
    return email ? context.store.userByEmail(email) : undefined;
}
function searchUsers(context, query) {
    const users = [...context.store.users.values()];
    const terms = query.trim().split(/\s+/).filter(Boolean);
    return users.filter((u) => terms.every((term) => {
        const m = /^(\w+):(.*)$/.exec(term);
        const [field, value] = m ? [m[1], (m[2] ?? '').replace(/^"|"$/g, '').toLowerCase()] : [undefined, term.toLowerCase()];
        switch (field) {
            case 'email':
                return u.email?.toLowerCase() === value || u.identities.some((i) => i.value.toLowerCase() === value);
            case 'external_id':
                return u.external_id?.toLowerCase() === value;
            case 'role':
                return u.role === value;
            case 'name':
                return u.name.toLowerCase().includes(value);
            case 'organization_id':
                return String(u.organization_id) === value;
            case 'type':
                return value === 'user';
            default:
                return u.name.toLowerCase().includes(value) || (u.email ?? '').toLowerCase().includes(value);
        }
    }));
}
function registerUsers(router) {
    router.add('GET', '/api/v2/users/me', (_request, context) => ok({ user: userJson(context.store.currentUser(), context) }));
    router.add('GET', '/api/v2/users/count', (request, context) => {
        const roles = [...request.query.getAll('role'), ...request.query.getAll('role[]')];
        return countBody([...context.store.users.values()].filter((u) => roles.length === 0 || roles.includes(u.role)).length, context);
    });
    router.add('GET', '/api/v2/users/search', (request, context) => {
        const externalId = request.query.get('external_id');
        const query = request.query.get('query');
        if (externalId === null && query === null)
            return badRequest('InvalidValue', 'query or external_id is required');
        const found = externalId !== null ? [...context.store.users.values()].filter((u) => u.external_id?.toLowerCase() === externalId.toLowerCase()) : searchUsers(context, query ?? '');
        return paginate(request, context, found, { key: 'users', render: (u) => userJson(u, context) });
    });
    router.add('GET', '/api/v2/users/show_many', (request, context) => {
        const ids = idList(request.query.get('ids'));
        const externalIds = (request.query.get('external_ids') ?? '').split(',').filter(Boolean).map((e) => e.toLowerCase());
        if (ids.length + externalIds.length > 100)
            return badRequest('TooManyValues', 'ids: too many values, the maximum is 100');
        const found = [...context.store.users.values()].filter((u) => ids.includes(u.id) || (u.external_id !== null && externalIds.includes(u.external_id.toLowerCase())));
        return ok({ users: found.map((u) => userJson(u, context)) });
    });
    router.add('POST', '/api/v2/users/create_or_update', (request, context) => {
        const input = member(request.body, 'user');
        if (!input)
            return fieldError('user', 'user is required');
        const target = users_upsertTarget(context, input);
        const result = applyUser(context, input, target);
        if ('details' in result)
            return recordInvalid(result.details);
        return ok({ user: userJson(result.user, context) }, target ? 200 : 201, { location: `${context.baseUrl()}/api/v2/users/${result.user.id}.json` });
    });
    router.add('POST', '/api/v2/users/create_many', (request, context) => {
        if (!context.options.bulkUserImport)
            return forbidden();
        const items = bulkItems(request.body, 'users');
        if (isResponse(items))
            return items;
        return queueJob(context, 'bulk_create_job', items.length, () => items.map((item, index) => {
            const result = applyUser(context, item);
            return 'details' in result ? failedItem(index, errorCode(result.details), detailsText(result.details)) : { index, id: result.user.id };
        }));
    });
    router.add('POST', '/api/v2/users/create_or_update_many', (request, context) => {
        if (!context.options.bulkUserImport)
            return forbidden();
        const items = bulkItems(request.body, 'users');
        if (isResponse(items))
            return items;
        return queueJob(context, 'bulk_create_or_update_job', items.length, () => items.map((item, index) => {
            const target = users_upsertTarget(context, item);
            const result = applyUser(context, item, target);
            if ('details' in result)
                return failedItem(index, errorCode(result.details), detailsText(result.details));
            return { index, id: result.user.id, status: target ? 'Updated' : 'Created', email: result.user.email, external_id: result.user.external_id };
        }));
    });
    router.add('GET', '/api/v2/users', (request, context) => {
        const roles = [...request.query.getAll('role'), ...request.query.getAll('role[]')];
        const externalId = request.query.get('external_id');
        const users = [...context.store.users.values()].filter((u) => (roles.length === 0 || roles.includes(u.role)) && (externalId === null || u.external_id?.toLowerCase() === externalId.toLowerCase()));
        return paginate(request, context, users, { key: 'users', render: (u) => userJson(u, context) });
    });
    router.add('POST', '/api/v2/users', (request, context) => {
        const input = member(request.body, 'user');
        if (!input)
            return fieldError('user', 'user is required');
        const result = applyUser(context, input);
        if ('details' in result)
            return recordInvalid(result.details);
        return ok({ user: userJson(result.user, context) }, 201);
    });
    router.add('GET', '/api/v2/users/{user_id}', (request, context) => {
        const user = context.store.users.get(Number(request.params['user_id']));
        return user ? ok({ user: userJson(user, context) }) : notFound();
    });
    router.add('PUT', '/api/v2/users/{user_id}', (request, context) => {
        const user = context.store.users.get(Number(request.params['user_id']));
        if (!user)
            return notFound();
        const result = applyUser(context, member(request.body, 'user') ?? {}, user);
        if ('details' in result)
            return recordInvalid(result.details);
        return ok({ user: userJson(result.user, context) });
    });
    router.add('GET', '/api/v2/users/{user_id}/identities', (request, context) => {
        const user = context.store.users.get(Number(request.params['user_id']));
        if (!user)
            return notFound();
        return ok({
            identities: user.identities.map((i) => ({
                url: `${context.baseUrl()}/api/v2/users/${user.id}/identities/${i.id}.json`,
                id: i.id,
                user_id: user.id,
                type: i.type,
                value: i.value,
                verified: i.verified,
                primary: i.primary,
                created_at: i.created_at,
                updated_at: i.updated_at,
                undeliverable_count: 0,
                deliverable_state: 'deliverable',
            })),
        });
    });
}
function errorCode(details) {
    return Object.values(details).flat()[0]?.error ?? 'RecordInvalid';
}

;// CONCATENATED MODULE: ./test/sim/zendesk/ticket-write.ts




const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES = ['urgent', 'high', 'normal', 'low'];
const ticket_write_TYPES = ['problem', 'incident', 'question', 'task'];
function err(field, description, error = 'InvalidValue') {
    return { details: { [field]: [{ description, error }] } };
}
/** Ticket import rounds timestamps before 1970 up to 1970 (ticket import docs, "Timestamps"). */
function importTime(value, field) {
    if (value === undefined || value === null)
        return undefined;
    const ms = parseTime(value);
    if (ms === undefined)
        return err(field, `${field}: ${String(value)} is not a valid time`);
    return Math.max(0, ms);
}
function userRef(context, input, key, label) {
    if (!has(input, key))
        return undefined;
    if (input[key] === null)
        return null;
    const id = optId(input[key]);
    if (id === undefined || !context.store.users.has(id))
        return err(key, `${label}: ${String(input[key])} is not a valid user`);
    return id;
}
function isDetails(value) {
    return isObject(value) && 'details' in value;
}
function planTicket(context, input, mode, existing, archiveImmediately = false) {
    const { store } = context;
    if (existing && existing.status === 'closed')
        return err('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate');
    const plan = { mode, input, customValues: existing?.custom_field_values ?? {}, comments: [], archive: false };
    if (has(input, 'via_followup_source_id')) {
        // Follow-ups are how Zendesk answers a closed ticket: only a create names one, and only a closed source.
        const source = store.tickets.get(optId(input['via_followup_source_id']) ?? -1);
        if (mode !== 'create' || !source || source.status !== 'closed')
            return err('via_followup_source_id', 'Via followup source: is not a closed ticket');
        plan.followupSource = source;
    }
    // Requester: an id, or `requester: {name, email}` matched by email or created.
    const requester = userRef(context, input, 'requester_id', 'Requester');
    if (isDetails(requester))
        return requester;
    if (typeof requester === 'number')
        plan.requesterId = requester;
    else if (requester === null)
        return err('requester_id', 'Requester: cannot be blank', 'BlankValue');
    else if (isObject(input['requester'])) {
        const email = optString(input['requester']['email']);
        if (!email)
            return err('requester', 'Requester: an email is required');
        const found = store.userByEmail(email);
        if (found)
            plan.requesterId = found.id;
        else
            plan.newRequester = { email, name: optString(input['requester']['name']) ?? email.split('@')[0] ?? email };
    }
    if (mode !== 'update' && plan.requesterId === undefined && !plan.newRequester)
        return err('requester_id', 'Requester: cannot be blank', 'BlankValue');
    const submitter = userRef(context, input, 'submitter_id', 'Submitter');
    if (isDetails(submitter))
        return submitter;
    if (typeof submitter === 'number')
        plan.submitterId = submitter;
    let assignee = userRef(context, input, 'assignee_id', 'Assignee');
    if (isDetails(assignee))
        return assignee;
    if (assignee === undefined && has(input, 'assignee_email')) {
        const found = store.userByEmail(optString(input['assignee_email']) ?? '');
        if (!found)
            return err('assignee_email', 'Assignee: email does not belong to a user');
        assignee = found.id;
    }
    if (typeof assignee === 'number' && !store.isAgent(assignee))
        return err('assignee_id', 'Assignee: is not an agent');
    plan.assigneeId = assignee;
    if (has(input, 'group_id')) {
        const id = input['group_id'] === null ? null : optId(input['group_id']);
        if (id === undefined || (id !== null && !store.groups.has(id)))
            return err('group_id', 'Group: is invalid');
        plan.groupId = id;
    }
    if (has(input, 'organization_id')) {
        const id = input['organization_id'] === null ? null : optId(input['organization_id']);
        if (id === undefined || (id !== null && !store.organizations.has(id)))
            return err('organization_id', 'Organization: is invalid');
        plan.organizationId = id;
    }
    if (has(input, 'status')) {
        const status = optString(input['status']);
        if (!status || !STATUSES.includes(status))
            return err('status', `Status: ${String(input['status'])} is not valid`);
        plan.status = status;
    }
    if (has(input, 'priority')) {
        const priority = input['priority'] === null ? null : optString(input['priority']);
        if (priority === undefined || (priority !== null && !PRIORITIES.includes(priority)))
            return err('priority', `Priority: ${String(input['priority'])} is not valid`);
        plan.priority = priority;
    }
    if (has(input, 'type')) {
        const type = input['type'] === null ? null : optString(input['type']);
        if (type === undefined || (type !== null && !ticket_write_TYPES.includes(type)))
            return err('type', `Type: ${String(input['type'])} is not valid`);
        plan.type = type;
    }
    const custom = applyTicketCustomFields(context, plan.customValues, input['custom_fields'] ?? input['fields']);
    if ('details' in custom)
        return custom;
    plan.customValues = custom.values;
    if (mode === 'import') {
        for (const [key, target] of [
            ['created_at', 'createdMs'],
            ['updated_at', 'updatedMs'],
            ['solved_at', 'solvedMs'],
        ]) {
            const t = importTime(input[key], key);
            if (isDetails(t))
                return t;
            if (t !== undefined)
                plan[target] = t;
        }
    }
    // Comments.
    const defaultAuthor = plan.requesterId ?? store.currentUserId;
    const rawComments = [];
    if (mode === 'import') {
        if (has(input, 'comments') && !Array.isArray(input['comments']))
            return err('comments', 'Comments: must be a list');
        for (const c of input['comments'] ?? [])
            rawComments.push(isObject(c) ? c : {});
        if (rawComments.length === 0 && optString(input['description']))
            rawComments.push({ value: input['description'], author_id: defaultAuthor });
    }
    else {
        const comment = isObject(input['comment']) ? input['comment'] : undefined;
        if (comment)
            rawComments.push(comment);
        else if (mode === 'create' && optString(input['description']))
            rawComments.push({ value: input['description'] });
    }
    if (mode !== 'update' && rawComments.length === 0)
        return err('description', 'Description: cannot be blank', 'BlankValue');
    for (const raw of rawComments) {
        const author = mode === 'import' ? defaultAuthor : store.currentUserId;
        const prepared = prepareComment(context, raw, { allowCreatedAt: mode === 'import', defaultAuthor: author });
        if ('details' in prepared)
            return prepared;
        plan.comments.push(prepared.comment);
    }
    const reused = sharedUpload(plan.comments);
    if (reused)
        return err('comment', `Comment: Upload token ${reused} was already used`);
    if (mode === 'import' && archiveImmediately && (plan.status ?? 'new') === 'closed')
        plan.archive = true;
    return { plan };
}
/** Writes a validated plan: creates the ticket (import/create) or changes `existing` (update). */
function commitTicket(context, plan, existing) {
    const { store } = context;
    const now = context.now();
    const input = plan.input;
    if (plan.newRequester) {
        const user = newUser(context, store.id(), plan.newRequester.name);
        user.email = plan.newRequester.email;
        user.identities.push({ id: store.id(), type: 'email', value: user.email, primary: true, verified: false, created_at: user.created_at, updated_at: user.created_at });
        store.users.set(user.id, user);
        plan.requesterId = user.id;
    }
    const auditId = store.id();
    const createdMs = plan.createdMs ?? now;
    const ticket = existing ?? {
        id: store.ticketId(),
        external_id: null,
        via: apiVia(),
        created_at: store.iso(createdMs),
        updated_at: store.iso(createdMs),
        type: null,
        subject: null,
        raw_subject: null,
        priority: null,
        status: 'new',
        recipient: null,
        requester_id: plan.requesterId ?? store.currentUserId,
        submitter_id: plan.submitterId ?? (plan.mode === 'import' ? (plan.requesterId ?? store.currentUserId) : store.currentUserId),
        assignee_id: null,
        organization_id: null,
        group_id: null,
        collaborator_ids: [],
        follower_ids: [],
        email_cc_ids: [],
        problem_id: null,
        due_at: null,
        tags: [],
        custom_field_values: {},
        brand_id: 360_000_001,
        ticket_form_id: null,
        comments: [],
        generated_timestamp: 0,
        solved_at: null,
        imported: plan.mode === 'import',
        archived: false,
    };
    if (plan.followupSource) {
        ticket.via = { channel: 'api', source: { from: { ticket_id: plan.followupSource.id, subject: plan.followupSource.subject }, to: {}, rel: 'follow_up' } };
        plan.followupSource.followup_ids = [...(plan.followupSource.followup_ids ?? []), ticket.id];
    }
    if (plan.requesterId !== undefined)
        ticket.requester_id = plan.requesterId;
    if (plan.submitterId !== undefined && !existing)
        ticket.submitter_id = plan.submitterId;
    if (plan.assigneeId !== undefined)
        ticket.assignee_id = plan.assigneeId;
    if (plan.groupId !== undefined)
        ticket.group_id = plan.groupId;
    if (plan.organizationId !== undefined)
        ticket.organization_id = plan.organizationId;
    else if (!existing)
        ticket.organization_id = store.users.get(ticket.requester_id)?.organization_id ?? null;
    if (plan.priority !== undefined)
        ticket.priority = plan.priority;
    if (plan.type !== undefined)
        ticket.type = plan.type;
    if (has(input, 'subject'))
        ticket.subject = ticket.raw_subject = optString(input['subject']) ?? null;
    if (has(input, 'external_id'))
        ticket.external_id = input['external_id'] === null ? null : (optString(input['external_id']) ?? null);
    if (has(input, 'recipient'))
        ticket.recipient = optString(input['recipient']) ?? null;
    if (has(input, 'due_at'))
        ticket.due_at = typeof input['due_at'] === 'string' ? store.iso(parseTime(input['due_at']) ?? now) : null;
    if (has(input, 'brand_id'))
        ticket.brand_id = optId(input['brand_id']) ?? ticket.brand_id;
    if (has(input, 'ticket_form_id'))
        ticket.ticket_form_id = optId(input['ticket_form_id']) ?? null;
    for (const key of ['collaborator_ids', 'follower_ids', 'email_cc_ids']) {
        if (Array.isArray(input[key]))
            ticket[key] = input[key].map(optId).filter((id) => id !== undefined && store.users.has(id));
    }
    // Tags: explicit tags replace; dropdown/checkbox values add theirs and drop the tags they replaced.
    const oldDerived = customFieldTags(context, ticket.custom_field_values);
    let tags = ticket.tags;
    if (has(input, 'tags'))
        tags = normaliseTags(Array.isArray(input['tags']) ? input['tags'] : []);
    if (Array.isArray(input['additional_tags']))
        tags = normaliseTags([...tags, ...input['additional_tags']]);
    if (Array.isArray(input['remove_tags'])) {
        const remove = normaliseTags(input['remove_tags']);
        tags = tags.filter((t) => !remove.includes(t));
    }
    const newDerived = customFieldTags(context, plan.customValues);
    tags = normaliseTags([...tags.filter((t) => !oldDerived.includes(t) || newDerived.includes(t)), ...newDerived]);
    ticket.tags = tags;
    ticket.custom_field_values = plan.customValues;
    for (const prepared of plan.comments)
        ticket.comments.push(commitComment(context, prepared, auditId));
    ticket.comments.sort((a, b) => (a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1));
    let status = plan.status ?? ticket.status;
    // A new ticket with an assignee is open, as in Zendesk.
    if (status === 'new' && ticket.assignee_id !== null)
        status = 'open';
    ticket.status = status;
    if (plan.mode === 'import') {
        const lastComment = ticket.comments.reduce((max, c) => Math.max(max, Date.parse(c.created_at)), createdMs);
        ticket.updated_at = store.iso(plan.updatedMs ?? lastComment);
        if (plan.solvedMs !== undefined)
            ticket.solved_at = plan.solvedMs === null ? null : store.iso(plan.solvedMs);
        else if (status === 'solved' || status === 'closed')
            ticket.solved_at = ticket.updated_at;
        ticket.archived = plan.archive;
    }
    else {
        ticket.updated_at = store.iso(now);
        if ((status === 'solved' || status === 'closed') && !ticket.solved_at)
            ticket.solved_at = ticket.updated_at;
    }
    ticket.generated_timestamp = Math.floor(now / 1000);
    store.tickets.set(ticket.id, ticket);
    return ticket;
}

;// CONCATENATED MODULE: ./test/sim/zendesk/tickets.ts





function ticketJson(ticket, context) {
    const customFields = renderTicketCustomFields(context, ticket.custom_field_values);
    return {
        url: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json`,
        id: ticket.id,
        external_id: ticket.external_id,
        via: ticket.via,
        created_at: ticket.created_at,
        updated_at: ticket.updated_at,
        generated_timestamp: ticket.generated_timestamp,
        type: ticket.type,
        subject: ticket.subject,
        raw_subject: ticket.raw_subject,
        description: ticket.comments[0]?.body ?? '',
        priority: ticket.priority,
        status: ticket.status,
        recipient: ticket.recipient,
        requester_id: ticket.requester_id,
        submitter_id: ticket.submitter_id,
        assignee_id: ticket.assignee_id,
        organization_id: ticket.organization_id,
        group_id: ticket.group_id,
        collaborator_ids: ticket.collaborator_ids,
        follower_ids: ticket.follower_ids,
        email_cc_ids: ticket.email_cc_ids,
        forum_topic_id: null,
        problem_id: ticket.problem_id,
        has_incidents: false,
        is_public: ticket.comments.some((c) => c.public),
        due_at: ticket.due_at,
        tags: ticket.tags,
        custom_fields: customFields,
        satisfaction_rating: null,
        sharing_agreement_ids: [],
        fields: customFields,
        followup_ids: ticket.followup_ids ?? [],
        ticket_form_id: ticket.ticket_form_id,
        brand_id: ticket.brand_id,
        allow_channelback: false,
        allow_attachments: true,
        from_messaging_channel: false,
    };
}
function commentJson(comment, context) {
    return {
        id: comment.id,
        type: comment.type,
        author_id: comment.author_id,
        body: comment.body,
        html_body: comment.html_body,
        plain_body: comment.plain_body,
        public: comment.public,
        attachments: comment.attachments.map((a) => attachmentJson(a, context)),
        audit_id: comment.audit_id,
        via: comment.via,
        created_at: comment.created_at,
        metadata: comment.metadata,
    };
}
function auditJson(ticket, context, comments) {
    return {
        id: comments[0]?.audit_id ?? context.store.id(),
        ticket_id: ticket.id,
        created_at: ticket.updated_at,
        author_id: context.store.currentUserId,
        via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
        metadata: { system: {}, custom: {} },
        events: comments.map((c) => ({ id: c.id, type: 'Comment', body: c.body, html_body: c.html_body, public: c.public, author_id: c.author_id, attachments: [] })),
    };
}
function commentSortKey(comment) {
    return [comment.created_at, comment.id];
}
function registerTickets(router) {
    // Assumed: the count includes archived tickets (the docs say only "an approximate count of tickets").
    router.add('GET', '/api/v2/tickets/count', (_request, context) => countBody(context.store.tickets.size, context));
    router.add('GET', '/api/v2/tickets/show_many', (request, context) => {
        const ids = idList(request.query.get('ids'));
        if (ids.length > 100)
            return fieldError('ids', 'ids: too many values, the maximum is 100');
        const found = ids.map((id) => context.store.tickets.get(id)).filter((t) => t !== undefined);
        return ok({ tickets: found.map((t) => ticketJson(t, context)) });
    });
    router.add('GET', '/api/v2/tickets', (request, context) => {
        const externalId = request.query.get('external_id');
        const tickets = [...context.store.tickets.values()].filter((t) => !t.archived && (externalId === null || t.external_id === externalId));
        return paginate(request, context, tickets, { key: 'tickets', render: (t) => ticketJson(t, context) });
    });
    router.add('POST', '/api/v2/tickets', (request, context) => {
        const input = member(request.body, 'ticket');
        if (!input)
            return fieldError('ticket', 'ticket is required');
        const planned = planTicket(context, input, 'create');
        if ('details' in planned)
            return recordInvalid(planned.details);
        const ticket = commitTicket(context, planned.plan);
        return ok({ ticket: ticketJson(ticket, context), audit: auditJson(ticket, context, ticket.comments) }, 201, {
            location: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json`,
        });
    });
    router.add('GET', '/api/v2/tickets/{ticket_id}', (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        return ticket ? ok({ ticket: ticketJson(ticket, context) }) : notFound();
    });
    router.add('PUT', '/api/v2/tickets/{ticket_id}', (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        if (!ticket)
            return notFound();
        const input = member(request.body, 'ticket') ?? {};
        if (input['safe_update'] === true && input['updated_stamp'] !== ticket.updated_at) {
            return {
                status: 409,
                body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
            };
        }
        const planned = planTicket(context, input, 'update', ticket);
        if ('details' in planned)
            return recordInvalid(planned.details);
        const before = new Set(ticket.comments.map((c) => c.id));
        commitTicket(context, planned.plan, ticket);
        const added = ticket.comments.filter((c) => !before.has(c.id));
        return ok({ ticket: ticketJson(ticket, context), audit: auditJson(ticket, context, added) });
    });
    router.add('GET', '/api/v2/tickets/{ticket_id}/comments/count', (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        return ticket ? ok({ count: { value: ticket.comments.length, refreshed_at: context.store.iso() } }) : notFound();
    });
    router.add('GET', '/api/v2/tickets/{ticket_id}/comments', (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        if (!ticket)
            return notFound();
        const descending = request.query.get('sort_order') === 'desc';
        const comments = [...ticket.comments];
        if (descending)
            comments.reverse();
        return paginate(request, context, comments, {
            key: 'comments',
            render: (c) => commentJson(c, context),
            // Keyset on (created_at, id); descending lists invert it so the cursor still moves forward.
            sortKey: descending ? (c) => [-Date.parse(c.created_at), -c.id] : commentSortKey,
        });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/incremental.ts




const MAX_PER_PAGE = 1000;
function invalid(description) {
    return { status: 422, body: { error: 'InvalidValue', description } };
}
function incremental_seconds(iso) {
    return Math.floor(Date.parse(iso) / 1000);
}
/** Validates `start_time`: an integer more than a minute in the past. */
function startTimeOf(request, context) {
    const text = request.query.get('start_time');
    if (text === null)
        return invalid('start_time is required');
    if (!/^\d+$/.test(text))
        return invalid('start_time must be a Unix epoch time in seconds');
    const start = Number(text);
    if (start > Math.floor(context.now() / 1000) - 60)
        return invalid('Too recent start_time. Use a start_time older than 1 minute');
    return start;
}
function perPageOf(request) {
    const n = Number(request.query.get('per_page') ?? MAX_PER_PAGE);
    return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PER_PAGE) : MAX_PER_PAGE;
}
function cursorExport(request, context, resource, all, timeOf, render, holdBackLastMinute) {
    const perPage = perPageOf(request);
    const cursorText = request.query.get('cursor');
    let from;
    if (cursorText !== null) {
        const key = decodeCursor(cursorText);
        if (!key)
            return invalid('cursor is invalid');
        from = key;
    }
    else {
        const start = startTimeOf(request, context);
        if (typeof start !== 'number')
            return start;
        from = [start, 0];
    }
    const limit = holdBackLastMinute ? Math.floor(context.now() / 1000) - 60 : Number.MAX_SAFE_INTEGER;
    const keyOf = (item) => [timeOf(item), item.id];
    const eligible = all
        .filter((item) => timeOf(item) <= limit && compareKeys(keyOf(item), from) > 0)
        .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const page = eligible.slice(0, perPage);
    const last = page[page.length - 1];
    const afterCursor = last ? encodeCursor(keyOf(last)) : encodeCursor(from);
    const base = `${context.baseUrl()}/api/v2/incremental/${resource}/cursor.json`;
    const extra = request.query.get('per_page') ? `&per_page=${perPage}` : '';
    const beforeCursor = cursorText !== null && page[0] ? encodeCursor(keyOf(page[0])) : null;
    return {
        status: 200,
        body: {
            [resource]: page.map(render),
            after_url: `${base}?cursor=${afterCursor}${extra}`,
            after_cursor: afterCursor,
            before_url: beforeCursor ? `${base}?cursor=${beforeCursor}${extra}` : null,
            before_cursor: beforeCursor,
            end_of_stream: eligible.length <= perPage,
        },
    };
}
function organizationExport(request, context) {
    const start = startTimeOf(request, context);
    if (typeof start !== 'number')
        return start;
    const perPage = perPageOf(request);
    const timeOf = (o) => incremental_seconds(o.updated_at);
    const eligible = [...context.store.organizations.values()]
        .filter((o) => timeOf(o) >= start)
        .sort((a, b) => timeOf(a) - timeOf(b) || a.id - b.id);
    let end = Math.min(perPage, eligible.length);
    const lastTime = end > 0 ? timeOf(eligible[end - 1]) : undefined;
    while (lastTime !== undefined && end < eligible.length && timeOf(eligible[end]) === lastTime)
        end += 1;
    const page = eligible.slice(0, end);
    let endTime = lastTime ?? start;
    // A page that cannot advance (every item in the start second) moves past that second instead of looping.
    if (page.length > 0 && endTime === start && end < eligible.length)
        endTime = start + 1;
    const extra = request.query.get('per_page') ? `&per_page=${perPage}` : '';
    return {
        status: 200,
        body: {
            organizations: page.map((o) => organizationJson(o, context)),
            next_page: `${context.baseUrl()}/api/v2/incremental/organizations.json?start_time=${endTime}${extra}`,
            count: page.length,
            end_of_stream: end >= eligible.length,
            end_time: endTime,
        },
    };
}
function registerIncremental(router) {
    router.add('GET', '/api/v2/incremental/tickets/cursor', (request, context) => cursorExport(request, context, 'tickets', [...context.store.tickets.values()], (t) => t.generated_timestamp, (t) => ticketJson(t, context), true));
    router.add('GET', '/api/v2/incremental/users/cursor', (request, context) => cursorExport(request, context, 'users', [...context.store.users.values()], (u) => incremental_seconds(u.updated_at), (u) => userJson(u, context), false));
    router.add('GET', '/api/v2/incremental/organizations', organizationExport);
}

;// CONCATENATED MODULE: ./test/sim/zendesk/rate-limit.ts


class RateLimiter {
    now;
    settings = {};
    limits = { support: 0, help_center: 0, incremental: 0 };
    windowMs = 60_000;
    ticketUpdates = 30;
    ticketUpdateWindowMs = 600_000;
    used = new Map();
    ticketUsed = new Map();
    constructor(options, now) {
        this.now = now;
        this.configure(options ?? {});
    }
    /** Merges `options` into the current budgets (unset members keep theirs) and resets every counter. */
    configure(options) {
        this.settings = { ...this.settings, ...options };
        const { plan = 'suite_professional', highVolume = false } = this.settings;
        const planLimit = highVolume ? 2500 : PLAN_LIMITS[plan];
        this.limits = {
            support: this.settings.supportPerMinute ?? planLimit,
            help_center: this.settings.helpCenterPerMinute ?? planLimit,
            incremental: this.settings.incrementalPerMinute ?? (highVolume ? 30 : 10),
        };
        this.windowMs = this.settings.windowMs ?? 60_000;
        this.ticketUpdates = this.settings.ticketUpdates ?? 30;
        this.ticketUpdateWindowMs = this.settings.ticketUpdateWindowMs ?? 600_000;
        this.used.clear();
        this.ticketUsed.clear();
    }
    /** Counts one request against `bucket` if it has room. */
    take(bucket) {
        const now = this.now();
        const window = Math.floor(now / this.windowMs);
        let entry = this.used.get(bucket);
        if (!entry || entry.window !== window) {
            entry = { window, count: 0 };
            this.used.set(bucket, entry);
        }
        const limit = this.limits[bucket];
        const allowed = entry.count < limit;
        if (allowed)
            entry.count += 1;
        const resetMs = (window + 1) * this.windowMs - now;
        return { allowed, state: { limit, remaining: Math.max(0, limit - entry.count), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) } };
    }
    /**
     * Counts one update of ticket `id` ("Update Ticket" docs: 30 updates per ticket per 10 minutes);
     * undefined when allowed, else the seconds until that ticket's window resets.
     */
    takeTicketUpdate(id) {
        const now = this.now();
        const window = Math.floor(now / this.ticketUpdateWindowMs);
        let entry = this.ticketUsed.get(id);
        if (!entry || entry.window !== window) {
            entry = { window, count: 0 };
            this.ticketUsed.set(id, entry);
        }
        if (entry.count < this.ticketUpdates) {
            entry.count += 1;
            return undefined;
        }
        return Math.max(1, Math.ceil(((window + 1) * this.ticketUpdateWindowMs - now) / 1000));
    }
    /** Peek without counting (for headers of requests that skip a bucket). */
    peek(bucket) {
        const now = this.now();
        const window = Math.floor(now / this.windowMs);
        const entry = this.used.get(bucket);
        const count = entry && entry.window === window ? entry.count : 0;
        const limit = this.limits[bucket];
        const resetMs = (window + 1) * this.windowMs - now;
        return { limit, remaining: Math.max(0, limit - count), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
    }
}
function rateLimitHeaders(state, ticketing) {
    const headers = {
        'x-rate-limit': String(state.limit),
        'x-rate-limit-remaining': String(state.remaining),
    };
    if (ticketing) {
        headers['ratelimit-limit'] = String(state.limit);
        headers['ratelimit-remaining'] = String(state.remaining);
        headers['ratelimit-reset'] = String(state.resetSeconds);
    }
    return headers;
}
/**
 * The 429 answer. Research documents the status and Retry-After, not the body; the body uses the OAS
 * `Errors` envelope, the only 429 body the OAS documents (PUT /api/v2/organizations/{id}).
 */
function tooManyRequests(state, ticketing) {
    return {
        status: 429,
        headers: { ...rateLimitHeaders(state, ticketing), 'retry-after': String(state.resetSeconds) },
        body: errorsBody('TooManyRequests', 'Too Many Requests', 'Number of allowed API requests per minute exceeded'),
    };
}
/**
 * The 429 for a ticket updated too often. The docs name the limit, not the answer: assumed to be the
 * account 429's shape with the Retry-After of that ticket's window.
 */
function ticketUpdateLimited(retryAfterSeconds) {
    return {
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        body: errorsBody('TooManyRequests', 'Too Many Requests', 'Number of allowed updates to this ticket exceeded (30 per 10 minutes)'),
    };
}

;// CONCATENATED MODULE: ./test/sim/zendesk/router.ts
const LOCALE_SEGMENT = /^\/api\/v2\/help_center\/([a-z]{2,3}(?:-[a-z0-9]{2,4})?)(\/.*)$/i;
class Router {
    routes = [];
    add(method, template, handler) {
        const keys = [];
        const source = template
            .split('/')
            .map((segment) => {
            const m = /^\{(\w+)\}$/.exec(segment);
            if (!m)
                return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            keys.push(m[1] ?? '');
            return '([^/]+)';
        })
            .join('/');
        const api = template.startsWith('/api/v2/help_center') || template.startsWith('/api/v2/guide') ? 'help_center' : 'support';
        this.routes.push({ method, template, api, handler, pattern: new RegExp(`^${source}$`), keys });
    }
    list() {
        return this.routes.map(({ method, template, api }) => ({ method, template, api }));
    }
    /** Normalises the path and finds the route; literal routes win because they are added first. */
    match(method, rawPath) {
        let path = rawPath.replace(/\.json$/, '');
        if (path.length > 1)
            path = path.replace(/\/$/, '');
        const candidates = [{ path, locale: undefined }];
        const localized = LOCALE_SEGMENT.exec(path);
        if (localized)
            candidates.push({ path: `/api/v2/help_center${localized[2] ?? ''}`, locale: localized[1]?.toLowerCase() });
        for (const candidate of candidates) {
            for (const route of this.routes) {
                if (route.method !== method)
                    continue;
                const m = route.pattern.exec(candidate.path);
                if (!m)
                    continue;
                const params = {};
                route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
                return { route, params, locale: candidate.locale };
            }
        }
        return undefined;
    }
    /** Which API a path belongs to, for rate limiting requests that match no route. */
    static apiOf(path) {
        return path.startsWith('/api/v2/help_center') || path.startsWith('/api/v2/guide') ? 'help_center' : 'support';
    }
}

;// CONCATENATED MODULE: ./test/sim/zendesk/seed.ts










function time(context, value, what) {
    if (value === undefined)
        return context.store.iso();
    const ms = parseTime(value);
    if (ms === undefined)
        throw new Error(`seed: ${what} has an invalid time ${value}`);
    return context.store.iso(ms);
}
function bytes(content) {
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}
function seedAccount(context, account) {
    const { store } = context;
    const result = { users: [], organizations: [], groups: [], ticketFields: [], tickets: [], categories: [], sections: [], articles: [], permissionGroups: [], userSegments: [] };
    const idFor = (id, taken, what) => {
        if (id === undefined)
            return store.id();
        if (taken(id))
            throw new Error(`seed: ${what} id ${id} is already used`);
        return store.reserveId(id);
    };
    const need = (ok, message) => {
        if (!ok)
            throw new Error(`seed: ${message}`);
    };
    const options = (raw) => raw?.map((o, position) => ({ id: o.id === undefined ? store.id() : store.reserveId(o.id), name: o.name, value: o.value, position }));
    if (account.locales) {
        need(account.locales.enabled.includes(account.locales.default), 'the default locale must be enabled');
        store.hc.locales = { enabled: account.locales.enabled.map((l) => l.toLowerCase()), default: account.locales.default.toLowerCase() };
    }
    for (const g of account.permissionGroups ?? []) {
        const id = idFor(g.id, (i) => store.hc.permissionGroups.has(i), 'permission group');
        const now = store.iso();
        store.hc.permissionGroups.set(id, { id, name: g.name, built_in: g.built_in ?? false, edit: [], publish: [], created_at: now, updated_at: now });
        result.permissionGroups.push(id);
    }
    for (const s of account.userSegments ?? []) {
        const id = idFor(s.id, (i) => store.hc.userSegments.has(i), 'user segment');
        const now = store.iso();
        store.hc.userSegments.set(id, {
            id,
            name: s.name,
            user_type: s.user_type ?? 'signed_in_users',
            group_ids: s.group_ids ?? [],
            organization_ids: s.organization_ids ?? [],
            tags: s.tags ?? [],
            or_tags: [],
            added_user_ids: [],
            built_in: s.built_in ?? false,
            created_at: now,
            updated_at: now,
        });
        result.userSegments.push(id);
    }
    for (const g of account.groups ?? []) {
        const id = idFor(g.id, (i) => store.groups.has(i), 'group');
        const created = time(context, g.created_at, `group ${g.name}`);
        store.groups.set(id, {
            id,
            name: g.name,
            description: g.description ?? '',
            is_public: g.is_public ?? true,
            default: store.groups.size === 0,
            deleted: false,
            created_at: created,
            updated_at: g.updated_at ? time(context, g.updated_at, 'group') : created,
        });
        result.groups.push(id);
    }
    for (const [list, target] of [
        [account.userFields, store.userFields],
        [account.organizationFields, store.organizationFields],
    ]) {
        for (const f of list ?? []) {
            const id = idFor(f.id, (i) => target.has(i), `field ${f.key}`);
            const now = store.iso();
            const opts = options(f.custom_field_options);
            const field = {
                id,
                key: f.key,
                type: f.type,
                title: f.title,
                raw_title: f.title,
                description: f.description ?? '',
                raw_description: f.description ?? '',
                position: target.size,
                active: f.active ?? true,
                system: false,
                regexp_for_validation: f.regexp_for_validation ?? null,
                tag: f.tag ?? null,
                ...(opts ? { custom_field_options: opts } : {}),
                created_at: now,
                updated_at: now,
            };
            target.set(id, field);
        }
    }
    const customValues = (defs, values, what) => {
        const out = {};
        for (const [key, value] of Object.entries(values ?? {})) {
            const def = [...defs.values()].find((d) => d.key === key);
            need(def !== undefined, `${what}: no field with key ${key}`);
            const normalised = normaliseValue(def.type, value, def?.custom_field_options, def?.regexp_for_validation ?? null);
            need(typeof normalised !== 'string', `${what}: ${key} ${String(normalised)}`);
            out[key] = normalised.value;
        }
        return out;
    };
    for (const o of account.organizations ?? []) {
        const id = idFor(o.id, (i) => store.organizations.has(i), 'organization');
        need(!store.organizationByName(o.name), `organization name ${o.name} is duplicated`);
        need(o.group_id == null || store.groups.has(o.group_id), `organization ${o.name}: unknown group ${String(o.group_id)}`);
        const created = time(context, o.created_at, `organization ${o.name}`);
        store.organizations.set(id, {
            id,
            name: o.name,
            external_id: o.external_id ?? null,
            domain_names: o.domain_names ?? [],
            details: o.details ?? null,
            notes: o.notes ?? null,
            group_id: o.group_id ?? null,
            shared_tickets: o.shared_tickets ?? false,
            shared_comments: o.shared_comments ?? false,
            tags: normaliseTags(o.tags ?? []),
            organization_fields: customValues(store.organizationFields, o.organization_fields, `organization ${o.name}`),
            created_at: created,
            updated_at: o.updated_at ? time(context, o.updated_at, 'organization') : created,
        });
        result.organizations.push(id);
    }
    for (const u of account.users ?? []) {
        const id = idFor(u.id, (i) => store.users.has(i), 'user');
        if (u.email)
            need(!store.userByEmail(u.email), `user email ${u.email} is duplicated`);
        if (u.external_id)
            need(!store.userByExternalId(u.external_id), `user external_id ${u.external_id} is duplicated (case-insensitively)`);
        const user = newUser(context, id, u.name);
        user.email = u.email ?? null;
        user.role = u.role ?? 'end-user';
        user.ticket_restriction = user.role === 'end-user' ? 'requested' : null;
        user.restricted_agent = user.role === 'agent';
        user.external_id = u.external_id ?? null;
        user.phone = u.phone ?? null;
        user.locale = u.locale ?? user.locale;
        user.time_zone = u.time_zone ?? user.time_zone;
        user.tags = normaliseTags(u.tags ?? []);
        user.user_fields = customValues(store.userFields, u.user_fields, `user ${u.name}`);
        user.details = u.details ?? '';
        user.notes = u.notes ?? '';
        user.verified = u.verified ?? true;
        user.suspended = u.suspended ?? false;
        user.created_at = time(context, u.created_at, `user ${u.name}`);
        user.updated_at = u.updated_at ? time(context, u.updated_at, 'user') : user.created_at;
        if (user.email)
            user.identities.push({ id: store.id(), type: 'email', value: user.email, primary: true, verified: user.verified, created_at: user.created_at, updated_at: user.created_at });
        store.users.set(id, user);
        if (u.organization_id != null) {
            const added = addOrganizationMembership(context, id, u.organization_id, true);
            need(!('details' in added), `user ${u.name}: unknown organization ${u.organization_id}`);
        }
        if (u.default_group_id != null) {
            const added = addGroupMembership(context, id, u.default_group_id, true);
            need(!('details' in added), `user ${u.name}: cannot join group ${u.default_group_id} (unknown group or not an agent)`);
        }
        user.updated_at = u.updated_at ? time(context, u.updated_at, 'user') : user.created_at;
        result.users.push(id);
    }
    for (const m of account.organizationMemberships ?? []) {
        const added = addOrganizationMembership(context, m.user_id, m.organization_id, m.default ?? false);
        need(!('details' in added), `organization membership ${m.user_id}→${m.organization_id} refers to unknown records`);
    }
    for (const m of account.groupMemberships ?? []) {
        const added = addGroupMembership(context, m.user_id, m.group_id, m.default ?? false);
        need(!('details' in added), `group membership ${m.user_id}→${m.group_id}: unknown records or not an agent`);
    }
    for (const f of account.ticketFields ?? []) {
        need(CUSTOM_TICKET_FIELD_TYPES.includes(f.type), `ticket field ${f.title}: type ${f.type} is not a custom field type`);
        const id = idFor(f.id, (i) => store.ticketFields.has(i), 'ticket field');
        const now = store.iso();
        const opts = options(f.custom_field_options);
        store.ticketFields.set(id, {
            id,
            type: f.type,
            title: f.title,
            raw_title: f.title,
            description: f.description ?? '',
            raw_description: f.description ?? '',
            position: store.ticketFields.size,
            active: f.active ?? true,
            required: f.required ?? false,
            collapsed_for_agents: false,
            regexp_for_validation: f.regexp_for_validation ?? null,
            title_in_portal: f.title,
            raw_title_in_portal: f.title,
            visible_in_portal: false,
            editable_in_portal: false,
            required_in_portal: false,
            tag: f.tag ?? null,
            removable: true,
            agent_description: null,
            ...(opts ? { custom_field_options: opts } : {}),
            created_at: now,
            updated_at: now,
        });
        result.ticketFields.push(id);
    }
    for (const t of account.tickets ?? [])
        result.tickets.push(seedTicket(context, t));
    for (const c of account.categories ?? []) {
        const id = idFor(c.id, (i) => store.hc.categories.has(i), 'category');
        const locale = (c.locale ?? store.hc.locales.default).toLowerCase();
        need(store.hc.locales.enabled.includes(locale), `category ${c.name}: locale ${locale} is not enabled`);
        const created = time(context, c.created_at, `category ${c.name}`);
        const category = {
            id,
            position: c.position ?? 0,
            source_locale: locale,
            outdated: false,
            created_at: created,
            updated_at: c.updated_at ? time(context, c.updated_at, 'category') : created,
            translations: [newTranslation(context, 'Category', id, locale, c.name, c.description ?? '', false)],
        };
        store.hc.categories.set(id, category);
        result.categories.push(id);
    }
    for (const s of account.sections ?? []) {
        const id = idFor(s.id, (i) => store.hc.sections.has(i), 'section');
        need(store.hc.categories.has(s.category_id), `section ${s.name}: unknown category ${s.category_id}`);
        if (s.parent_section_id != null) {
            need(store.hc.sections.get(s.parent_section_id)?.category_id === s.category_id, `section ${s.name}: parent ${s.parent_section_id} is not a section of the same category`);
        }
        const locale = (s.locale ?? store.hc.locales.default).toLowerCase();
        need(store.hc.locales.enabled.includes(locale), `section ${s.name}: locale ${locale} is not enabled`);
        const created = time(context, s.created_at, `section ${s.name}`);
        const section = {
            id,
            category_id: s.category_id,
            parent_section_id: s.parent_section_id ?? null,
            position: s.position ?? 0,
            sorting: s.sorting ?? 'manual',
            source_locale: locale,
            outdated: false,
            theme_template: 'section_page',
            created_at: created,
            updated_at: s.updated_at ? time(context, s.updated_at, 'section') : created,
            translations: [newTranslation(context, 'Section', id, locale, s.name, s.description ?? '', false)],
        };
        store.hc.sections.set(id, section);
        result.sections.push(id);
    }
    const defaultGroup = [...store.hc.permissionGroups.values()][0]?.id;
    for (const a of account.articles ?? []) {
        const id = idFor(a.id, (i) => store.hc.articles.has(i), 'article');
        need(store.hc.sections.has(a.section_id), `article ${a.title}: unknown section ${a.section_id}`);
        const locale = (a.locale ?? store.hc.locales.default).toLowerCase();
        need(store.hc.locales.enabled.includes(locale), `article ${a.title}: locale ${locale} is not enabled`);
        const permissionGroup = a.permission_group_id ?? defaultGroup;
        need(permissionGroup !== undefined && store.hc.permissionGroups.has(permissionGroup), `article ${a.title}: unknown permission group`);
        need(a.user_segment_id == null || store.hc.userSegments.has(a.user_segment_id), `article ${a.title}: unknown user segment`);
        const author = a.author_id ?? store.currentUserId;
        need(store.isAgent(author), `article ${a.title}: author ${author} is not an agent`);
        const created = time(context, a.created_at, `article ${a.title}`);
        const updated = a.updated_at ? time(context, a.updated_at, 'article') : created;
        const article = {
            id,
            section_id: a.section_id,
            author_id: author,
            permission_group_id: permissionGroup,
            user_segment_id: a.user_segment_id ?? null,
            user_segment_ids: a.user_segment_id == null ? [] : [a.user_segment_id],
            comments_disabled: a.comments_disabled ?? false,
            promoted: a.promoted ?? false,
            position: a.position ?? 0,
            label_names: a.label_names ?? [],
            content_tag_ids: [],
            vote_sum: 0,
            vote_count: 0,
            source_locale: locale,
            created_at: created,
            updated_at: updated,
            edited_at: updated,
            translations: [newTranslation(context, 'Article', id, locale, a.title, a.body ?? null, a.draft ?? false)],
        };
        const source = article.translations[0];
        if (source) {
            source.created_at = created;
            source.updated_at = updated;
        }
        store.hc.articles.set(id, article);
        for (const att of a.attachments ?? []) {
            const attId = att.id === undefined ? store.id() : store.reserveId(att.id);
            const data = bytes(att.content);
            const record = {
                id: attId,
                article_id: id,
                file_name: att.file_name,
                content_type: att.content_type ?? 'application/octet-stream',
                size: data.length,
                inline: att.inline ?? false,
                locale: att.locale ?? null,
                download_token: store.token(),
                bytes: data,
                created_at: created,
                updated_at: created,
            };
            store.hc.articleAttachments.set(attId, record);
        }
        result.articles.push(id);
    }
    for (const t of account.translations ?? []) {
        const item = t.source_type === 'Article' ? store.hc.articles.get(t.source_id) : t.source_type === 'Section' ? store.hc.sections.get(t.source_id) : store.hc.categories.get(t.source_id);
        need(item !== undefined, `translation: unknown ${t.source_type} ${t.source_id}`);
        const locale = t.locale.toLowerCase();
        need(store.hc.locales.enabled.includes(locale), `translation of ${t.source_type} ${t.source_id}: locale ${locale} is not enabled`);
        need(!item?.translations.some((x) => x.locale === locale), `translation of ${t.source_type} ${t.source_id}: ${locale} is duplicated`);
        const translation = newTranslation(context, t.source_type, t.source_id, locale, t.title, t.body ?? null, t.draft ?? false);
        translation.outdated = t.outdated ?? false;
        item?.translations.push(translation);
    }
    return result;
}
function seedTicket(context, t) {
    const { store } = context;
    const need = (ok, message) => {
        if (!ok)
            throw new Error(`seed: ticket ${t.subject ?? t.id ?? ''}: ${message}`);
    };
    const id = t.id === undefined ? store.ticketId() : store.reserveId(t.id, 'ticket');
    need(!store.tickets.has(id) || t.id === undefined, `id ${id} is already used`);
    need(store.users.has(t.requester_id), `unknown requester ${t.requester_id}`);
    need(t.submitter_id === undefined || store.users.has(t.submitter_id), `unknown submitter ${String(t.submitter_id)}`);
    need(t.assignee_id == null || store.isAgent(t.assignee_id), `assignee ${String(t.assignee_id)} is not an agent`);
    need(t.group_id == null || store.groups.has(t.group_id), `unknown group ${String(t.group_id)}`);
    need(t.organization_id == null || store.organizations.has(t.organization_id), `unknown organization ${String(t.organization_id)}`);
    need(t.comments.length > 0, 'a ticket needs at least one comment (its description)');
    const custom = applyTicketCustomFields(context, {}, t.custom_fields ?? []);
    need(!('details' in custom), `custom fields: ${'details' in custom ? JSON.stringify(custom.details) : ''}`);
    const values = 'values' in custom ? custom.values : {};
    const created = time(context, t.created_at, 'ticket created_at');
    const auditBase = store.id();
    const comments = t.comments.map((c) => {
        need(store.users.has(c.author_id), `comment author ${c.author_id} is not a user`);
        const commentId = c.id === undefined ? store.id() : store.reserveId(c.id);
        const html = c.html_body !== undefined ? wrapHtml(c.html_body) : textToHtml(c.body ?? '');
        const text = c.html_body !== undefined ? htmlToText(c.html_body) : (c.body ?? '');
        return {
            id: commentId,
            type: 'Comment',
            author_id: c.author_id,
            body: text,
            html_body: html,
            plain_body: text,
            public: c.public ?? true,
            attachments: (c.attachments ?? []).map((a) => {
                const att = newAttachment(context, a.file_name, a.content_type ?? 'application/octet-stream', bytes(a.content), a.inline ?? false);
                if (a.id !== undefined) {
                    store.attachments.delete(att.id);
                    att.id = store.reserveId(a.id);
                    store.attachments.set(att.id, att);
                }
                att.created_at = time(context, c.created_at, 'comment created_at');
                return att;
            }),
            audit_id: auditBase,
            via: apiVia(),
            created_at: time(context, c.created_at, 'comment created_at'),
            metadata: { system: {}, custom: {} },
        };
    });
    const lastComment = comments.reduce((max, c) => (c.created_at > max ? c.created_at : max), created);
    const updated = t.updated_at ? time(context, t.updated_at, 'ticket updated_at') : lastComment;
    const status = t.status ?? (t.assignee_id ? 'open' : 'new');
    const ticket = {
        id,
        external_id: t.external_id ?? null,
        via: { channel: t.via_channel ?? 'web', source: { from: {}, to: {}, rel: null } },
        created_at: created,
        updated_at: updated,
        type: t.type ?? null,
        subject: t.subject ?? null,
        raw_subject: t.subject ?? null,
        priority: t.priority ?? null,
        status,
        recipient: null,
        requester_id: t.requester_id,
        submitter_id: t.submitter_id ?? t.requester_id,
        assignee_id: t.assignee_id ?? null,
        organization_id: t.organization_id !== undefined ? t.organization_id : (store.users.get(t.requester_id)?.organization_id ?? null),
        group_id: t.group_id ?? null,
        collaborator_ids: t.collaborator_ids ?? [],
        follower_ids: [],
        email_cc_ids: [],
        problem_id: null,
        due_at: t.due_at ?? null,
        tags: normaliseTags([...(t.tags ?? []), ...customFieldTags(context, values)]),
        custom_field_values: values,
        brand_id: 360_000_001,
        ticket_form_id: null,
        comments,
        generated_timestamp: Math.floor(Date.parse(updated) / 1000),
        solved_at: t.solved_at ?? (status === 'solved' || status === 'closed' ? updated : null),
        imported: false,
        archived: t.archived ?? false,
    };
    need(!ticket.archived || status === 'closed', 'only closed tickets can be archived');
    store.tickets.set(id, ticket);
    return id;
}

;// CONCATENATED MODULE: ./test/sim/zendesk/store.ts
/**
 * All state of one simulated Zendesk account. Tests read it directly to compare what a connector
 * wrote; the route modules are the only writers besides `seed`.
 *
 * Ids come from one counter shared by every kind of record, so a connector that passes a user id where
 * an organization id belongs gets "not found" instead of silently hitting another record.
 */

class ZendeskStore {
    now;
    users = new Map();
    userFields = new Map();
    organizations = new Map();
    organizationFields = new Map();
    organizationMemberships = new Map();
    groups = new Map();
    groupMemberships = new Map();
    ticketFields = new Map();
    tickets = new Map();
    /** Jobs in creation order; only the newest 100 are kept, as Zendesk does. */
    jobs = new Map();
    uploads = new Map();
    /** Every ticket attachment (uploaded or seeded) by id. */
    attachments = new Map();
    hc = {
        locales: { enabled: ['en-us'], default: 'en-us' },
        categories: new Map(),
        sections: new Map(),
        articles: new Map(),
        articleAttachments: new Map(),
        permissionGroups: new Map(),
        userSegments: new Map(),
        notifications: [],
    };
    /** Id of the authenticated user (the admin the API token or OAuth token belongs to). */
    currentUserId = 0;
    nextId = 10_001;
    nextTicketId = 1;
    constructor(now) {
        this.now = now;
    }
    /** A fresh id for any record except tickets. */
    id() {
        return this.nextId++;
    }
    /** Ticket ids are small and sequential in Zendesk (ticket #1, #2, ...), separate from other ids. */
    ticketId() {
        return this.nextTicketId++;
    }
    /** Makes sure ids handed out later never collide with an id a seed chose. */
    reserveId(id, kind = 'other') {
        if (kind === 'ticket')
            this.nextTicketId = Math.max(this.nextTicketId, id + 1);
        else
            this.nextId = Math.max(this.nextId, id + 1);
        return id;
    }
    token() {
        return (0,external_node_crypto_.randomBytes)(12).toString('base64url');
    }
    /** Zendesk's timestamp format: ISO-8601 in UTC to the second. */
    iso(ms = this.now()) {
        return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    }
    currentUser() {
        const user = this.users.get(this.currentUserId);
        if (!user)
            throw new Error('the simulator has no current user');
        return user;
    }
    userByEmail(email) {
        const wanted = email.trim().toLowerCase();
        for (const user of this.users.values()) {
            if (user.email?.toLowerCase() === wanted)
                return user;
            if (user.identities.some((i) => i.type === 'email' && i.value.toLowerCase() === wanted))
                return user;
        }
        return undefined;
    }
    /** External ids are matched case-insensitively ("ian1" finds "IAN1"), as Zendesk documents. */
    userByExternalId(externalId) {
        const wanted = externalId.toLowerCase();
        for (const user of this.users.values())
            if (user.external_id?.toLowerCase() === wanted)
                return user;
        return undefined;
    }
    organizationByExternalId(externalId) {
        const wanted = externalId.toLowerCase();
        for (const org of this.organizations.values())
            if (org.external_id?.toLowerCase() === wanted)
                return org;
        return undefined;
    }
    organizationByName(name) {
        const wanted = name.trim().toLowerCase();
        for (const org of this.organizations.values())
            if (org.name.toLowerCase() === wanted)
                return org;
        return undefined;
    }
    isAgent(userId) {
        if (userId == null)
            return false;
        const role = this.users.get(userId)?.role;
        return role === 'agent' || role === 'admin';
    }
    /** Jobs are kept for an hour and only the newest 100 (support.zendesk.com community 4408867925914). */
    addJob(job) {
        this.jobs.set(job.id, job);
        while (this.jobs.size > 100) {
            const oldest = this.jobs.keys().next().value;
            if (oldest === undefined)
                break;
            this.jobs.delete(oldest);
        }
    }
}

;// CONCATENATED MODULE: ./test/sim/zendesk/tags.ts


function tagCounts(context) {
    const counts = new Map();
    for (const ticket of context.store.tickets.values())
        for (const tag of ticket.tags)
            counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, count], i) => ({ id: i + 1, name, count }));
}
function registerTags(router) {
    router.add('GET', '/api/v2/tags', (request, context) => paginate(request, context, tagCounts(context), { key: 'tags', render: (t) => ({ name: t.name, count: t.count }), sortKey: (t) => [t.name] }));
    const change = (apply, status) => (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        if (!ticket)
            return notFound();
        if (ticket.status === 'closed')
            return fieldError('status', 'Status: closed prevents ticket update', 'ClosedPreventsUpdate');
        const raw = isObject(request.body) ? request.body['tags'] : undefined;
        if (!Array.isArray(raw))
            return fieldError('tags', 'tags: a list is required');
        ticket.tags = apply(ticket, normaliseTags(raw));
        ticket.updated_at = context.store.iso();
        ticket.generated_timestamp = Math.floor(context.now() / 1000);
        return status === 204 ? noContent() : ok({ tags: ticket.tags }, status);
    };
    router.add('GET', '/api/v2/tickets/{ticket_id}/tags', (request, context) => {
        const ticket = context.store.tickets.get(Number(request.params['ticket_id']));
        return ticket ? ok({ tags: ticket.tags }) : notFound();
    });
    router.add('POST', '/api/v2/tickets/{ticket_id}/tags', change((_t, tags) => tags, 201));
    router.add('PUT', '/api/v2/tickets/{ticket_id}/tags', change((t, tags) => normaliseTags([...t.tags, ...tags]), 200));
    router.add('DELETE', '/api/v2/tickets/{ticket_id}/tags', change((t, tags) => t.tags.filter((x) => !tags.includes(x)), 204));
}

;// CONCATENATED MODULE: ./test/sim/zendesk/ticket-import.ts





function archiveFlag(value) {
    return value === 'true' || value === '1';
}
function registerTicketImport(router) {
    router.add('POST', '/api/v2/imports/tickets/create_many', (request, context) => {
        const items = bulkItems(request.body, 'tickets');
        if (isResponse(items))
            return items;
        const archive = archiveFlag(request.query.get('archive_immediately'));
        return queueJob(context, 'bulk_import_job', items.length, () => items.map((item, index) => {
            const planned = planTicket(context, item, 'import', undefined, archive);
            if ('details' in planned)
                return failedItem(index, 'TicketImportFailed', detailsText(planned.details));
            return { index, id: commitTicket(context, planned.plan).id };
        }));
    });
    router.add('POST', '/api/v2/imports/tickets', (request, context) => {
        const input = member(request.body, 'ticket');
        if (!input)
            return fieldError('ticket', 'ticket is required');
        const planned = planTicket(context, input, 'import', undefined, archiveFlag(request.query.get('archive_immediately')));
        if ('details' in planned)
            return recordInvalid(planned.details);
        const ticket = commitTicket(context, planned.plan);
        return ok({ ticket: ticketJson(ticket, context) }, 201, { location: `${context.baseUrl()}/api/v2/tickets/${ticket.id}.json` });
    });
}

;// CONCATENATED MODULE: ./test/sim/zendesk/server.ts
/**
 * The Zendesk simulator: Support and Help Center APIs on 127.0.0.1, built on the common simulator
 * server (latency and fault injection, request log). See index.ts for the public surface.
 *
 * Request pipeline: attachment downloads (outside /api/v2) → Zendesk 503 fault → rate-limit bucket
 * (Support or Help Center, plus the incremental-export limit) → authentication → route.
 */

























async function startZendeskSim(options = {}) {
    const resolved = resolveOptions(options);
    const now = options.clock ?? Date.now;
    const store = new ZendeskStore(now);
    const rateLimiter = new RateLimiter(options.rateLimit, now);
    let baseUrl = '';
    const context = { store, options: resolved, rateLimiter, baseUrl: () => baseUrl, now };
    const router = new Router();
    // Order matters only where a literal segment and a {param} compete: modules add literals first.
    registerUsers(router);
    registerCustomFields(router);
    registerOrganizations(router);
    registerOrganizationMemberships(router);
    registerGroups(router);
    registerTicketFields(router);
    registerTickets(router);
    registerTicketImport(router);
    registerTags(router);
    registerUploads(router);
    registerJobStatuses(router);
    registerIncremental(router);
    registerHelpCenterAccess(router);
    registerHelpCenterStructure(router);
    registerHelpCenterAttachments(router);
    registerHelpCenterArticles(router);
    registerHelpCenterTranslations(router);
    // A new account: the admin the credentials belong to, system ticket fields, Guide built-ins.
    const admin = newUser(context, store.id(), 'Sim Admin');
    admin.email = resolved.email;
    admin.role = 'admin';
    admin.ticket_restriction = null;
    admin.restricted_agent = false;
    admin.verified = true;
    admin.identities.push({ id: store.id(), type: 'email', value: resolved.email, primary: true, verified: true, created_at: admin.created_at, updated_at: admin.created_at });
    store.users.set(admin.id, admin);
    store.currentUserId = admin.id;
    addSystemTicketFields(context);
    addBuiltInAccess(context);
    let unavailable = options.faults?.unavailable503;
    let counter = 0;
    async function handle(request) {
        if (!request.path.startsWith('/api/v2/')) {
            return serveAttachmentBytes(context, request.path) ?? serveArticleAttachmentBytes(context, request.path) ?? notFound();
        }
        counter += 1;
        if (unavailable && counter % unavailable.every < unavailable.length) {
            return {
                status: 503,
                headers: { 'retry-after': String(unavailable.retryAfterSeconds) },
                body: { error: 'ServiceUnavailable', description: 'Zendesk is temporarily unavailable (simulated maintenance)' },
            };
        }
        const api = Router.apiOf(request.path);
        const ticketing = api === 'support';
        const taken = rateLimiter.take(api);
        if (!taken.allowed)
            return tooManyRequests(taken.state, ticketing);
        if (request.path.startsWith('/api/v2/incremental/')) {
            const incremental = rateLimiter.take('incremental');
            if (!incremental.allowed)
                return tooManyRequests(incremental.state, ticketing);
        }
        const headers = rateLimitHeaders(taken.state, ticketing);
        const withHeaders = (response) => ({ ...response, headers: { ...headers, ...(response.headers ?? {}) } });
        if (!authenticate(request.headers, resolved))
            return withHeaders(unauthorized());
        const match = router.match(request.method, request.path);
        if (!match)
            return withHeaders(invalidEndpoint());
        const updated = request.method === 'PUT' ? /^\/api\/v2\/tickets\/(\d+)(?:\.json)?$/.exec(request.path) : null;
        if (updated) {
            const retryAfter = rateLimiter.takeTicketUpdate(Number(updated[1]));
            if (retryAfter !== undefined)
                return withHeaders(ticketUpdateLimited(retryAfter));
        }
        const response = await match.route.handler({ ...request, params: match.params, locale: match.locale }, context);
        return withHeaders(response);
    }
    const { unavailable503: _zendeskOnly, ...generic } = options.faults ?? {};
    const server = await (0,sim_server/* startSimServer */.h)(handle, generic, options.port ?? 0);
    baseUrl = server.url;
    return {
        url: server.url,
        store,
        server,
        routes: router.list(),
        options: resolved,
        seed: (account) => seedAccount(context, account),
        setFaults(faults) {
            const { unavailable503, ...rest } = faults;
            unavailable = unavailable503;
            counter = 0;
            server.setFaults(rest);
        },
        setRateLimit: (limits) => rateLimiter.configure(limits),
        completeJobs: () => completeAllJobs(context),
        authHeader(kind = 'api_token') {
            return kind === 'oauth'
                ? `Bearer ${resolved.oauthToken}`
                : `Basic ${Buffer.from(`${resolved.email}/token:${resolved.apiToken}`).toString('base64')}`;
        },
        async close() {
            stopJobTimers(context);
            await server.close();
        },
    };
}

;// CONCATENATED MODULE: ./test/sim/zendesk/index.ts
/**
 * Public surface of the Zendesk simulator, for connector tests:
 *
 *   const sim = await startZendeskSim({ rateLimit: { supportPerMinute: 50, windowMs: 500 } });
 *   const { account, ids } = generateZendeskAccount({ seed: 7 });
 *   sim.seed(account);
 *   // point the connector at sim.url with sim.options.email / sim.options.apiToken
 *   expect(sim.store.tickets.get(id)?.comments).toHaveLength(3);
 *   await sim.close();
 */





/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(234);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map