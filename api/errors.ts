/**
 * Errors as RFC 9457 problem details, with wardsim's codes (engine/errors.ts): one catalogue for
 * the CLI and the API. An InputError keeps its issues; Fastify's own errors (bad JSON, a body over
 * the limit, a schema violation) are mapped to the catalogue's codes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, type ErrorCode } from '../engine/errors.js';
import { InputError, pointerToPath, type CodedIssue } from '../engine/inputError.js';

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
  const e = err as FastifyError & { validation?: { instancePath: string; message?: string }[] };
  if (e.validation) {
    const issues = e.validation.map((v) => ({ code: 'WSM_FLAG_INVALID' as const, path: pointerToPath(v.instancePath), message: `expected a value that ${v.message ?? 'is valid'}` }));
    return problemOf('WSM_FLAG_INVALID', issues, instance);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf('WSM_JSON_INVALID', [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected a JSON body, got text that is not valid JSON' }], instance);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf('WSM_FILE_TOO_LARGE', [{ code: 'WSM_FILE_TOO_LARGE', path: '', message: `expected a body of at most the limit, got more (${e.message})` }], instance);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf('WSM_JSON_INVALID', [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected a JSON body (Content-Type: application/json)' }], instance);
    default:
      if (e.statusCode === 429) return problemOf('WSM_RATE_LIMITED', [{ code: 'WSM_RATE_LIMITED', path: '', message: e.message }], instance);
      if (e instanceof SyntaxError) return problemOf('WSM_JSON_INVALID', [{ code: 'WSM_JSON_INVALID', path: '', message: 'expected valid JSON' }], instance);
      return null;
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = problemFromError(err, request.url);
  if (problem) return sendProblem(reply, problem);
  request.log.error(err);
  return reply
    .code(500)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: 'internal error', status: 500, detail: 'the server failed; see its log', instance: request.url });
}
