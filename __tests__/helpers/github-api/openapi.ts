import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * GitHub's own OpenAPI description (@octokit/openapi, the dereferenced variant so no `$ref` is left to resolve),
 * used by the test server to hold every request to what api.github.com accepts and every answer to what it sends.
 */

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface MediaType {
  schema?: JsonSchema;
  examples?: Record<string, { value: unknown }>;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
  externalDocs?: { url: string };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  /** The path template as GitHub documents it, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  template: string;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  documentationUrl: string;
}

interface Template {
  template: string;
  segments: string[];
  literalCount: number;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export class GitHubOpenApi {
  private readonly document: OpenApiDocument;
  private readonly templates: Template[];
  private readonly strictAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  /** Path and query values arrive as strings; GitHub reads `"7"` as the integer 7, and so does this. */
  private readonly coercingAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false, coerceTypes: true });
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(document: OpenApiDocument) {
    this.document = document;
    this.templates = Object.keys(document.paths).map((template) => {
      const segments = template.split('/').slice(1);
      return { template, segments, literalCount: segments.filter((segment) => !isParameter(segment)).length };
    });
  }

  static load(): GitHubOpenApi {
    return new GitHubOpenApi({ paths: readPaths() });
  }

  /**
   * The documented operation for a method and a raw (still percent-encoded) path. When several templates fit, the
   * one with the most literal segments wins, as a router would pick `/issues/comments/{id}` over `/issues/{number}`.
   * A final `{path}` parameter may span several segments, as the contents API's file paths do.
   */
  match(method: string, rawPath: string): MatchedOperation | 'unknown-route' | 'unknown-method' {
    const segments = rawPath.split('/').slice(1);
    const candidates = this.templates
      .map((template) => ({ template, params: bindSegments(template.segments, segments) }))
      .filter((candidate): candidate is { template: Template; params: Record<string, string> } => candidate.params !== undefined)
      .sort((a, b) => b.template.literalCount - a.template.literalCount);
    if (candidates.length === 0) return 'unknown-route';
    for (const { template, params } of candidates) {
      const operation = this.document.paths[template.template][method.toLowerCase()];
      if (operation === undefined || !METHODS.has(method.toLowerCase())) continue;
      return {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template: template.template,
        params,
        documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
      };
    }
    return 'unknown-method';
  }

  /** Everything wrong with a request, each problem as one readable line; empty when GitHub would accept it. */
  validateRequest(matched: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
    const operation = this.operation(matched);
    const parameters = operation.parameters ?? [];
    const problems = [
      ...this.validateParameters(matched, 'path', matched.params, parameters),
      ...this.validateParameters(matched, 'query', Object.fromEntries(query), parameters),
    ];
    const known = new Set(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
    for (const name of query.keys()) {
      if (!known.has(name)) problems.push(`query parameter '${name}' is not one ${matched.operationId} takes (it takes: ${[...known].join(', ') || 'none'})`);
    }
    return [...problems, ...this.validateBody(matched, operation, body)];
  }

  /** Everything in an answer that GitHub's description of that answer does not allow. */
  validateResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
    const schema = this.operation(matched).responses[String(status)]?.content?.['application/json']?.schema;
    if (schema === undefined) return [];
    return this.check(`${matched.operationId} ${status} response`, this.strictAjv, schema, body);
  }

  /** A deep copy of one of GitHub's documented example answers: a real, complete object to fill in. */
  example(method: string, template: string, status: number, name?: string): unknown {
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    const examples = operation?.responses[String(status)]?.content?.['application/json']?.examples;
    if (examples === undefined) throw new Error(`GitHub's description has no example for ${method} ${template} ${status}`);
    const example = name === undefined ? Object.values(examples)[0] : examples[name];
    if (example === undefined) throw new Error(`GitHub's description has no example '${name}' for ${method} ${template} ${status}`);
    return structuredClone(example.value);
  }

  private operation(matched: MatchedOperation): Operation {
    return this.document.paths[matched.template][matched.method.toLowerCase()];
  }

  private validateParameters(matched: MatchedOperation, location: 'path' | 'query', values: Record<string, string>, parameters: Parameter[]): string[] {
    const relevant = parameters.filter((parameter) => parameter.in === location);
    const schema: JsonSchema = {
      type: 'object',
      properties: Object.fromEntries(relevant.map((parameter) => [parameter.name, parameter.schema ?? {}])),
      required: relevant.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    };
    return this.check(`${matched.operationId} ${location} parameters`, this.coercingAjv, schema, { ...values });
  }

  private validateBody(matched: MatchedOperation, operation: Operation, body: unknown): string[] {
    const declared = operation.requestBody;
    if (declared === undefined) return body === undefined ? [] : [`${matched.operationId} takes no request body, but one was sent`];
    if (body === undefined) return declared.required ? [`${matched.operationId} needs a JSON request body, and none was sent`] : [];
    const schema = declared.content['application/json']?.schema;
    if (schema === undefined) return [`${matched.operationId} takes no JSON body`];
    return this.check(`${matched.operationId} request body`, this.strictAjv, schema, body);
  }

  private check(key: string, ajv: Ajv, schema: JsonSchema, value: unknown): string[] {
    const cacheKey = `${ajv === this.coercingAjv ? 'coerce' : 'strict'} ${key}`;
    let validate = this.validators.get(cacheKey);
    if (validate === undefined) {
      validate = ajv.compile(withNullableAsJsonSchema(schema) as JsonSchema);
      this.validators.set(cacheKey, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${key}: ${describe(error)}`);
  }
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: null joins the type (and the enum, since GitHub's own examples send
 * `conclusion: null` beside an enum that lacks it), or, on a schema with no type, becomes an `anyOf` alternative.
 */
function withNullableAsJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullableAsJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withNullableAsJsonSchema(value)]));
  if (nullable !== true) return rest;
  if (typeof rest.type !== 'string') return { anyOf: [rest, { type: 'null' }] };
  const withNull: Record<string, unknown> = { ...rest, type: [rest.type, 'null'] };
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) withNull.enum = [...rest.enum, null];
  return withNull;
}

/**
 * The description's `paths`, all this server reads. The published file is 73 MB, four fifths of it indentation:
 * reading and parsing it cost every suite that starts the server about a second and a half of CPU. The first such
 * suite of a jest run saves the same paths without the whitespace (16 MB) in the run's shared folder
 * (helpers/global-setup.mjs), written under a temporary name and renamed so a suite beside it never reads half a
 * file; the others parse that copy. Outside this repository's jest config there is no shared folder: read the file.
 */
function readPaths(): OpenApiDocument['paths'] {
  const require = createRequire(import.meta.url);
  const shared = process.env.PREDATOR_GUARD_SHARED_BUILD;
  const compact = shared === undefined ? undefined : path.join(shared, 'github-openapi-paths.json');
  if (compact !== undefined && existsSync(compact)) return JSON.parse(readFileSync(compact, 'utf8')) as OpenApiDocument['paths'];
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const { paths } = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  if (compact !== undefined) {
    const temporary = `${compact}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(paths));
    renameSync(temporary, compact);
  }
  return paths;
}

function isParameter(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function bindSegments(template: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  const spansRest = template.length > 0 && template[template.length - 1] === '{path}';
  if (spansRest ? actual.length < template.length : actual.length !== template.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of template.entries()) {
    const value = spansRest && index === template.length - 1 ? actual.slice(index).join('/') : actual[index];
    if (isParameter(segment)) {
      if (value === '') return undefined;
      params[segment.slice(1, -1)] = decodeURIComponent(value);
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  return `${where} ${error.message ?? 'is invalid'}${error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''}`;
}
