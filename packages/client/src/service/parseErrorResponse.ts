import { ServiceError } from '../errors/ServiceError';
import { ThrottlingError } from '../errors/ThrottlingError';
import { redactText } from '../redact/redact';
import { retryAfterFromHeaders } from './retryAfterFromHeaders';
import { THROTTLING_CODES } from './throttlingCodes';

export interface ErrorResponseInput {
  operation: string;
  target: string;
  statusCode: number;
  header(name: string): string | undefined;
  body: string;
}

/**
 * Turns a 4xx / 5xx answer into a `ServiceError` (a `ThrottlingError` for the throttling codes, whatever the
 * status). Reads the gateway's JSON body in PascalCase or camelCase (`Code` / `code`, ...) and its XML form; a body
 * that is neither still gives an error with code `UnknownError`, the status, the operation and a redacted excerpt.
 */
export function parseErrorResponse(input: ErrorResponseInput): ServiceError {
  const fields = readFields(input.body, input.header('content-type'));
  const requestId = fields?.requestId ?? input.header('x-acs-request-id');
  const code = fields?.code ?? 'UnknownError';
  const serviceMessage =
    fields?.message ??
    (fields ? '' : `unreadable error body${excerpt(input.body, input.header('content-type'))}`);
  const details = {
    operation: input.operation,
    target: input.target,
    code,
    serviceMessage,
    statusCode: input.statusCode,
    requestId,
    hostId: fields?.hostId,
    recommend: fields?.recommend,
    description: fields?.description,
    accessDeniedDetail: fields?.accessDeniedDetail,
  };
  if (THROTTLING_CODES.has(code)) {
    return new ThrottlingError({ ...details, retryAfterMs: retryAfterFromHeaders(input.header) });
  }
  return new ServiceError(details);
}

interface ErrorFields {
  code?: string;
  message?: string;
  requestId?: string;
  hostId?: string;
  recommend?: string;
  description?: string;
  accessDeniedDetail?: Record<string, unknown>;
}

function readFields(body: string, contentType: string | undefined): ErrorFields | undefined {
  const text = body.trim();
  if (text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof json !== 'object' || json === null) return undefined;
    const o = json as Record<string, unknown>;
    const fields: ErrorFields = {
      code: str(o.Code ?? o.code),
      message: str(o.Message ?? o.message),
      requestId: str(o.RequestId ?? o.requestId),
      hostId: str(o.HostId ?? o.hostId),
      recommend: str(o.Recommend ?? o.recommend),
      description: str(o.Description ?? o.description),
      accessDeniedDetail: detail(o.AccessDeniedDetail ?? o.accessDeniedDetail),
    };
    return fields.code === undefined && fields.message === undefined ? undefined : fields;
  }
  if (text.startsWith('<') && (contentType === undefined || /xml/i.test(contentType))) {
    const code = xmlTag(text, 'Code');
    if (code === undefined) return undefined;
    return {
      code,
      message: xmlTag(text, 'Message'),
      requestId: xmlTag(text, 'RequestId'),
      hostId: xmlTag(text, 'HostId'),
      recommend: xmlTag(text, 'Recommend'),
      description: xmlTag(text, 'Description'),
    };
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function detail(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  if (typeof value === 'string' && value.startsWith('{')) {
    try {
      return detail(JSON.parse(value));
    } catch {
      return { raw: value };
    }
  }
  return undefined;
}

function xmlTag(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return undefined;
  return match[1]!
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function excerpt(body: string, contentType: string | undefined): string {
  const type = contentType ? `, ${contentType.split(';')[0]}` : '';
  if (body.trim() === '') return ` (empty${type})`;
  const flat = body.replace(/\s+/g, ' ').trim();
  const cut = flat.length > 120 ? `${flat.slice(0, 120)}...` : flat;
  return ` (${Buffer.byteLength(body)} bytes${type}): ${redactText(cut)}`;
}
