// Route matching and request/response validation against GitHub's OpenAPI description (the
// committed subsets made by derive.mjs: api.github.com and GitHub Enterprise Server 3.19).
// Validators are compiled lazily, once per process and description, and shared by every emulator
// instance that speaks it.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = any;

/** Which GitHub's REST description the emulator speaks: api.github.com, or a GitHub Enterprise Server release. */
export type Flavor = 'api.github.com' | 'ghes-3.19';
export const DEFAULT_FLAVOR: Flavor = 'api.github.com';
const SUBSET_URLS: Record<Flavor, URL> = {
  'api.github.com': new URL('./api.github.com.subset.json', import.meta.url),
  'ghes-3.19': new URL('./ghes-3.19.subset.json', import.meta.url),
};
const DOCUMENT_ID = 'github-openapi';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
  multiSegment: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  /** Path split on '/'; parameter segments are `{name}`. */
  segments: string[];
  parameters: Parameter[];
  requestBody?: { required: boolean; contentType: string; schema?: Json };
  responses: Record<string, { schema?: Json; hasContent: boolean }>;
  documentationUrl: string;
  /** Served on the upload origin (uploads.github.com, or /api/uploads on GHES) rather than the API origin. */
  upload: boolean;
  flavor: Flavor;
}

export interface RouteMatch {
  operation: Operation;
  /** Decoded raw path parameters, before type coercion. */
  rawParams: Record<string, string>;
}

/** One description's parsed document, routes and compiled validators, shared by the emulators that speak it. */
interface Spec {
  description: Json;
  operations?: Operation[];
  ajv?: Ajv;
  validators: Map<string, ValidateFunction>;
}
const specs = new Map<Flavor, Spec>();

function specOf(flavor: Flavor): Spec {
  let spec = specs.get(flavor);
  if (!spec) {
    spec = { description: JSON.parse(readFileSync(SUBSET_URLS[flavor], 'utf8')), validators: new Map() };
    specs.set(flavor, spec);
  }
  return spec;
}

export function openApiDescription(flavor: Flavor = DEFAULT_FLAVOR): Json {
  return specOf(flavor).description;
}

function resolveComponent(ref: string, flavor: Flavor): Json {
  const parts = ref.replace(/^#\//, '').split('/');
  let node = openApiDescription(flavor);
  for (const part of parts) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`OpenAPI subset: dangling $ref ${ref}`);
  return node;
}

function deref<T = Json>(node: Json, flavor: Flavor): T {
  return node && typeof node === 'object' && typeof node.$ref === 'string' ? deref(resolveComponent(node.$ref, flavor), flavor) : node;
}

export function allOperations(flavor: Flavor = DEFAULT_FLAVOR): Operation[] {
  const spec = specOf(flavor);
  if (spec.operations) return spec.operations;
  const doc = spec.description;
  const built: Operation[] = [];
  for (const [template, pathItem] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(pathItem)) {
      const parameters: Parameter[] = (op.parameters ?? []).map((p: Json) => {
        const param = deref(p, flavor);
        return {
          name: param.name,
          in: param.in,
          required: param.required,
          schema: param.schema ?? {},
          // GitHub accepts refs and tags with unencoded slashes.
          multiSegment: Boolean(param['x-multi-segment']) || (param.in === 'path' && param.name === 'tag'),
        };
      });
      let requestBody: Operation['requestBody'];
      if (op.requestBody) {
        const body = deref(op.requestBody, flavor);
        const [contentType, media] = Object.entries<Json>(body.content ?? {})[0] ?? ['application/json', {}];
        requestBody = { required: Boolean(body.required), contentType, schema: media.schema };
      }
      const responses: Operation['responses'] = {};
      for (const [status, response] of Object.entries<Json>(op.responses ?? {})) {
        const resolved = deref(response, flavor);
        const json = resolved.content?.['application/json'];
        responses[status] = { schema: json?.schema, hasContent: Boolean(resolved.content) };
      }
      built.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        segments: template.split('/').slice(1),
        parameters,
        requestBody,
        responses,
        documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
        upload: (op.servers ?? []).some((s: Json) => /uploads\.github\.com|\/api\/uploads/.test(String(s.url))),
        flavor,
      });
    }
  }
  spec.operations = built;
  return built;
}

/** Finds the operation for a raw (still percent-encoded) path; literal segments beat parameters. */
export function matchRoute(method: string, rawPath: string, origin: 'api' | 'upload', flavor: Flavor = DEFAULT_FLAVOR): RouteMatch | null {
  const segments = rawPath.replace(/\/+$/, '').split('/').slice(1);
  let best: { match: RouteMatch; score: number } | null = null;
  for (const operation of allOperations(flavor)) {
    if (operation.method !== method || operation.upload !== (origin === 'upload')) continue;
    const result = matchSegments(operation, segments);
    if (result && (!best || result.score > best.score)) best = { match: { operation, rawParams: result.params }, score: result.score };
  }
  return best?.match ?? null;
}

/** Same as matchRoute but ignoring the method: tells a 404 from a 405-like mismatch. */
export function templateForPath(rawPath: string, origin: 'api' | 'upload', flavor: Flavor = DEFAULT_FLAVOR): string | null {
  const segments = rawPath.replace(/\/+$/, '').split('/').slice(1);
  for (const operation of allOperations(flavor)) {
    if (operation.upload !== (origin === 'upload')) continue;
    if (matchSegments(operation, segments)) return operation.template;
  }
  return null;
}

function matchSegments(operation: Operation, segments: string[]): { params: Record<string, string>; score: number } | null {
  const params: Record<string, string> = {};
  let score = 0;
  const pattern = operation.segments;
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i];
    const param = /^\{(.+)\}$/.exec(part)?.[1];
    if (!param) {
      if (segments[i] !== part) return null;
      score++;
      continue;
    }
    const isLast = i === pattern.length - 1;
    const spec = operation.parameters.find((p) => p.name === param && p.in === 'path');
    const raw = isLast && spec?.multiSegment ? segments.slice(i).join('/') : segments[i];
    if (raw === undefined || raw === '') return null;
    try {
      params[param] = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (isLast && spec?.multiSegment) return { params, score };
  }
  return segments.length === pattern.length ? { params, score } : null;
}

// ---- OpenAPI 3.0 schema -> JSON Schema (draft-07, what ajv validates) ----

const NON_VALIDATING = new Set([
  'nullable',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'example',
  'examples',
  'x-multi-segment',
]);

export function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(node)) {
    if (NON_VALIDATING.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref') out.$ref = String(value).startsWith('#/') ? `${DOCUMENT_ID}${value}` : value;
    else if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries<Json>(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else if (key === 'items' || key === 'not' || (key === 'additionalProperties' && typeof value === 'object'))
      out[key] = toJsonSchema(value);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') out[key] = value.map(toJsonSchema);
    else out[key] = value;
  }
  // OpenAPI 3.0 `nullable: true` is JSON Schema's `null` type (3.1 spells it type: [.., "null"]).
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    if (Array.isArray(out.type)) {
      if (!out.type.includes('null')) out.type = [...out.type, 'null'];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

function getAjv(flavor: Flavor): Ajv {
  const spec = specOf(flavor);
  if (spec.ajv) return spec.ajv;
  // inlineRefs: false compiles each component (simple-user, repository…) once and shares it between
  // validators; inlining made the first response check of a route several times slower.
  const instance = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false });
  addFormats(instance);
  // GitHub's own formats carry no extra constraint worth checking.
  for (const format of ['int32', 'int64', 'double', 'float', 'binary', 'repo.nwo', 'timestamp']) instance.addFormat(format, true);
  // GitHub returns "" for unset URL fields its description types as `format: uri` (deployment
  // status target_url/log_url/environment_url); accept the empty string, check anything else.
  const uri = (instance.formats as Record<string, unknown>).uri as (value: string) => boolean;
  instance.addFormat('uri', (value: string) => value === '' || uri(value));
  // GitHub really returns addresses such as 41898282+github-actions[bot]@users.noreply.github.com.
  instance.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  const schemas = Object.fromEntries(
    Object.entries<Json>(openApiDescription(flavor).components.schemas ?? {}).map(([name, schema]) => [name, toJsonSchema(schema)]),
  );
  instance.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
  spec.ajv = instance;
  return instance;
}

function compiled(key: string, schema: () => Json, flavor: Flavor): ValidateFunction {
  const cache = specOf(flavor).validators;
  let validate = cache.get(key);
  if (!validate) {
    const jsonSchema = toJsonSchema(schema());
    validate = getAjv(flavor).compile(jsonSchema);
    cache.set(key, validate);
  }
  return validate;
}

function describeErrors(prefix: string, errors: ErrorObject[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const error of errors ?? []) {
    // anyOf/oneOf branches produce noise; the summary error is enough.
    const path = `${prefix}${error.instancePath.replace(/\//g, '.')}`;
    let text: string;
    if (error.keyword === 'required') text = `${path}: "${(error.params as any).missingProperty}" wasn't supplied`;
    else if (error.keyword === 'enum') text = `${path} must be one of ${JSON.stringify((error.params as any).allowedValues)}`;
    else if (error.keyword === 'additionalProperties')
      text = `${path} has an unexpected property "${(error.params as any).additionalProperty}"`;
    else text = `${path} ${error.message}`;
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

function coerceParameter(raw: string, schema: Json, flavor: Flavor): unknown {
  const type = deref(schema, flavor)?.type;
  if (type === 'integer' && /^-?\d+$/.test(raw)) return Number(raw);
  if (type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (type === 'array') return raw.split(',');
  return raw;
}

export interface RequestCheck {
  /** Path parameters, typed per the description (integers become numbers). */
  params: Record<string, unknown>;
  /** Query parameters the operation documents, typed per the description. */
  query: Record<string, unknown>;
  pathIssues: string[];
  issues: string[];
}

/** Validates path and query parameters and, when the operation takes JSON, the parsed body. */
export function checkRequest(
  match: RouteMatch,
  searchParams: URLSearchParams,
  body: { present: boolean; json?: unknown; unparsable?: boolean },
): RequestCheck {
  const { operation } = match;
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const pathIssues: string[] = [];
  const issues: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header') continue;
    const raw = parameter.in === 'path' ? match.rawParams[parameter.name] : (searchParams.get(parameter.name) ?? undefined);
    if (raw === undefined) {
      if (parameter.required)
        (parameter.in === 'path' ? pathIssues : issues).push(`${parameter.in} parameter "${parameter.name}" is required`);
      continue;
    }
    const value = coerceParameter(raw, parameter.schema, operation.flavor);
    const validate = compiled(`${operation.operationId} param ${parameter.in} ${parameter.name}`, () => parameter.schema, operation.flavor);
    if (!validate(value)) {
      (parameter.in === 'path' ? pathIssues : issues).push(...describeErrors(`${parameter.in}.${parameter.name}`, validate.errors));
    }
    (parameter.in === 'path' ? params : query)[parameter.name] = value;
  }
  const spec = operation.requestBody;
  // An unparsable body is reported once, by the caller, as GitHub's "Problems parsing JSON".
  if (spec?.contentType === 'application/json' && !body.unparsable) {
    if (!body.present) {
      if (spec.required) issues.push('body is required (a JSON document)');
    } else if (spec.schema) {
      const validate = compiled(`${operation.operationId} body`, () => spec.schema, operation.flavor);
      if (!validate(body.json)) issues.push(...describeErrors('body', validate.errors));
    }
  }
  return { params, query, pathIssues, issues };
}

/**
 * Statuses GitHub answers on any route even where the description does not list them: bad JSON,
 * auth, missing repository, generic validation failure, outages. Their body must still be GitHub's
 * error shape.
 */
const ALWAYS_POSSIBLE = new Set([400, 401, 403, 404, 409, 422, 500, 502, 503, 504]);

export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const documented = operation.responses[String(status)];
  if (!documented) {
    if (ALWAYS_POSSIBLE.has(status)) {
      const validate = compiled('generic error body', () => ({ $ref: '#/components/schemas/basic-error' }), operation.flavor);
      return body === undefined || validate(body) ? [] : describeErrors(`response ${status}`, validate.errors);
    }
    return [`status ${status} is not documented for ${operation.operationId} (documented: ${Object.keys(operation.responses).join(', ')})`];
  }
  if (!documented.schema) {
    // Error statuses listed without a schema (e.g. 409) still carry GitHub's JSON error body.
    if (body !== undefined && !documented.hasContent && status < 400)
      return [`status ${status} of ${operation.operationId} has no body in the description, but one was sent`];
    return [];
  }
  if (body === undefined) return [`status ${status} of ${operation.operationId} should have a JSON body`];
  const validate = compiled(`${operation.operationId} response ${status}`, () => documented.schema, operation.flavor);
  return validate(body) ? [] : describeErrors(`response ${status}`, validate.errors);
}

/** For tests and tools: validates a value against a named component schema (e.g. 'release'). */
export function validateComponent(name: string, value: unknown, flavor: Flavor = DEFAULT_FLAVOR): string[] {
  if (!openApiDescription(flavor).components.schemas?.[name]) throw new Error(`no schema ${name} in the OpenAPI subset`);
  const validate = compiled(`component ${name}`, () => ({ $ref: `#/components/schemas/${name}` }), flavor);
  return validate(value) ? [] : describeErrors(name, validate.errors);
}

export function descriptionVersion(flavor: Flavor = DEFAULT_FLAVOR): string {
  const info = openApiDescription(flavor).info;
  return `${info.version} (${info['x-source']})`;
}
