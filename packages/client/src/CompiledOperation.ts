import { IDEMPOTENCY_TOKENS } from './idempotencyTokens';
import { fromJsonOf, toJsonOf } from './modelCodecs';
import type { OperationInfo } from './operations.generated';

/** An operation of the table with its generated codecs looked up once, when the client is made. Internal. */
export interface CompiledOperation {
  info: OperationInfo;
  /** `<ResponseSchema>FromJSON` */
  decode(json: unknown): unknown;
  /** `<BodySchema>ToJSON`, for operations with a body */
  encode: ((value: unknown) => unknown) | undefined;
  /** The body field that carries an idempotency token the client fills in. */
  tokenField: string | undefined;
}

export function compileOperation(info: OperationInfo): CompiledOperation {
  const bodySchema = 'bodySchema' in info ? info.bodySchema : undefined;
  return {
    info,
    decode: fromJsonOf(info.responseSchema),
    encode: bodySchema ? toJsonOf(bodySchema) : undefined,
    tokenField: IDEMPOTENCY_TOKENS[info.action],
  };
}
