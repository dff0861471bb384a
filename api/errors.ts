/**
 * Errors as RFC 9457 problem details, with wardsim's codes (engine/errors.ts): one catalogue for
 * the CLI and the API. An InputError keeps its issues; Fastify's own errors (bad JSON, a body over
 * the limit, a schema violation) are mapped to the catalogue's codes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, type ErrorCode } from '../engine/errors.js';
import { InputError, pointerToPath, showValue, type CodedIssue } from '../engine/inputError.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors: CodedIssue[];
}

/** An error the API raises on purpose: a code and its issues. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues: CodedIssue[],
  ) {
    super(issues[0]?.message ?? ERROR_CODES[code].title);
  }
}

export function apiError(code: ErrorCode, path: string, message: string): ApiError {
  return new ApiError(code, [{ code, path, message }]);
}

export function problemOf(code: ErrorCode, issues: CodedIssue[], instance: string): Problem {
  return {
    type: `https://wardsim.invalid/errors/${code}`,
    title: ERROR_CODES[code].title,
    status: ERROR_CODES[code].status,
    detail: `${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues[0]?.message ?? ''}`.slice(0, 500),
    instance,
    code,
    errors: issues.slice(0, 100),
  };
}

/** The problem an error stands for, or null for an unexpected failure (a bug: 500). */
export function problemFromError(err: unknown, instance: string): Problem | null {
  if (err instanceof ApiError) return problemOf(err.code, err.issues, instance);
  if (err instanceof InputError) return problemOf(err.issues[0]?.code ?? 'WSM_SCENARIO_INVALID', err.issues, instance);
  const e = err as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
  if (e.validation) {
    const issues = collapseUnions(e.validation).map((v) => ({
      code: 'WSM_FLAG_INVALID' as const,
      ...validationIssue(v, e.validationContext),
    }));
    return problemOf('WSM_FLAG_INVALID', issues, instance);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf(
        'WSM_JSON_INVALID',
        [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected a JSON body, got text that is not valid JSON' }],
        instance,
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf(
        'WSM_FILE_TOO_LARGE',
        [
          {
            code: 'WSM_FILE_TOO_LARGE',
            path: '',
            message: `expected a body of at most the limit, got more (${e.message})`,
          },
        ],
        instance,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf(
        'WSM_JSON_INVALID',
        [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected a JSON body (Content-Type: application/json)' }],
        instance,
      );
    default:
      if (e.statusCode === 429)
        return problemOf('WSM_RATE_LIMITED', [{ code: 'WSM_RATE_LIMITED', path: '', message: e.message }], instance);
      if (e instanceof SyntaxError)
        return problemOf(
          'WSM_JSON_INVALID',
          [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected valid JSON' }],
          instance,
        );
      return null;
  }
}

interface ValidationItem {
  instancePath: string;
  schemaPath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
  /** With Ajv's verbose option (api/server.ts): the failing value and its schema. */
  data?: unknown;
  parentSchema?: { description?: string };
}

/**
 * A value that fails a union fails each branch: one line per field instead, listing the allowed
 * literals (`kind`) or the union's description (`seed`).
 */
function collapseUnions(items: ValidationItem[]): ValidationItem[] {
  const unionPaths = new Set(items.filter((v) => v.keyword === 'anyOf').map((v) => v.instancePath));
  const out: ValidationItem[] = items.filter((v) => !unionPaths.has(v.instancePath));
  for (const path of unionPaths) {
    const group = items.filter((v) => v.instancePath === path);
    const literals = group.filter((v) => v.keyword === 'const').map((v) => JSON.stringify(v.params?.allowedValue));
    const union = group.find((v) => v.keyword === 'anyOf');
    const expected =
      literals.length > 0
        ? `one of ${literals.join(', ')}`
        : (union?.parentSchema?.description ?? 'a value of another type');
    out.push({ instancePath: path, keyword: 'union', message: `${expected}, got ${showValue(union?.data)}` });
  }
  return out;
}

/** One of Fastify's schema errors (a request field) as path and message in our wording. */
function validationIssue(v: ValidationItem, context: string | undefined): { path: string; message: string } {
  const where = pointerToPath(v.instancePath);
  const path = context && context !== 'body' ? `${context}${where === '' ? '' : `.${where}`}` : where;
  if (v.keyword === 'additionalProperties') {
    const field = String(v.params?.additionalProperty ?? '');
    return {
      path: path === '' ? field : `${path}.${field}`,
      message: 'unknown field (check the spelling against the API docs at /docs)',
    };
  }
  if (v.keyword === 'required') {
    const field = String(v.params?.missingProperty ?? '');
    return { path: path === '' ? field : `${path}.${field}`, message: 'required field is missing' };
  }
  if (v.keyword === 'union') return { path, message: `expected ${v.message ?? ''}` };
  const text = (v.message ?? 'be valid')
    .replace(/^must (be )?/, '')
    .replace(/^NOT have more than (\d+) items$/, 'at most $1 items');
  return { path, message: `expected ${text}` };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = problemFromError(err, request.url);
  if (problem) return sendProblem(reply, problem);
  request.log.error(err);
  return reply.code(500).type('application/problem+json').send({
    type: 'about:blank',
    title: 'internal error',
    status: 500,
    detail: 'the server failed; see its log',
    instance: request.url,
  });
}
