// The shape of the operation table that tools/generate.mjs writes to operations.generated.ts. It is kept here, by
// hand, so that the generator emits only data: the table is checked against these types with `satisfies`.

/** A query parameter of an operation. `json`: the value is sent as a JSON string (x-emr-ray-json-string). */
export interface OperationQueryParam {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly format?: string;
  readonly required: boolean;
  readonly json: boolean;
  /** The value the service uses when the parameter is left out (the schema's `default`). */
  readonly default?: string | number | boolean;
}

/** How a list operation pages (x-emr-ray-pagination). Field names may be dotted paths into the response. */
export type OperationPagination =
  | { readonly style: 'pageNumber'; readonly items: string }
  | { readonly style: 'pageNumberWithTotal'; readonly items: string; readonly total: string }
  | {
      readonly style: 'marker';
      readonly items: string;
      readonly marker: string;
      readonly nextMarker: string;
      readonly truncated: string;
    };

/** A business status inside a success body (x-emr-ray-envelope): `code` equal to `successCode` means success. */
export interface OperationEnvelope {
  readonly code: string;
  readonly successCode: string;
  readonly message: string;
}

/** What the client needs to know about one operation. */
export interface OperationInfo<Action extends string = string> {
  readonly action: Action;
  /** camelCase of the action: the method name on the generated API class and on the client. */
  readonly methodName: string;
  readonly tag: string;
  /** The generated class that has the method (`<tag>Api`). */
  readonly apiClass: string;
  readonly httpMethod: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly pathTemplate: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly OperationQueryParam[];
  readonly hasBody: boolean;
  readonly bodySchema?: string;
  /** Safe to retry (x-emr-ray-idempotent). */
  readonly idempotent: boolean;
  /**
   * The body field that makes a repeated request take effect once (x-emr-ray-idempotency-token): the client fills
   * it with a random UUID when the caller gives none and sends the same value on every attempt.
   */
  readonly idempotencyToken?: string;
  readonly pagination?: OperationPagination;
  readonly envelope?: OperationEnvelope;
  /** The component schema of the success body. */
  readonly responseSchema: string;
  readonly successStatus: number;
}
