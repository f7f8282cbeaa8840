import {
  bodyEncoders,
  responseDecoders,
  type ModelCodec,
  type OperationInfo,
  type OperationName,
} from './operations.generated';

/** An operation of the table with its generated codecs, picked once when the client is made. Internal. */
export interface CompiledOperation {
  info: OperationInfo;
  /** `<ResponseSchema>FromJSON` */
  decode: ModelCodec;
  /** `<BodySchema>ToJSON`, for operations with a body */
  encode: ModelCodec | undefined;
  /** The body field that carries an idempotency token the client fills in (`idempotencyToken` of the table). */
  tokenField: string | undefined;
}

const encoders: Readonly<Partial<Record<OperationName, ModelCodec>>> = bodyEncoders;

export function compileOperation(info: OperationInfo): CompiledOperation {
  return {
    info,
    decode: responseDecoders[info.action],
    encode: encoders[info.action],
    tokenField: info.idempotencyToken,
  };
}
