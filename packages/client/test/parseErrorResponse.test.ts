import { ServiceError } from '../src/errors/ServiceError';
import { ThrottlingError } from '../src/errors/ThrottlingError';
import { parseErrorResponse } from '../src/service/parseErrorResponse';

function parse(statusCode: number, body: string, headers: Record<string, string> = {}) {
  return parseErrorResponse({
    operation: 'GetRayCluster',
    target: 'workspaceId=w-1, clusterId=ray-1',
    statusCode,
    header: (name) => headers[name],
    body,
  });
}

describe('parseErrorResponse', () => {
  it('reads the PascalCase gateway body', () => {
    const error = parse(
      403,
      JSON.stringify({
        RequestId: 'R1',
        HostId: 'emr-serverless-spark.cn-hangzhou.aliyuncs.com',
        Code: 'Forbidden.RAM',
        Message: 'User not authorized to operate on the specified resource.',
        Recommend: 'https://api.aliyun.com/troubleshoot?q=Forbidden.RAM',
        AccessDeniedDetail: { AuthAction: 'emr-serverless-spark:GetRayCluster' },
      }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).not.toBeInstanceOf(ThrottlingError);
    expect(error).toMatchObject({
      code: 'Forbidden.RAM',
      statusCode: 403,
      requestId: 'R1',
      hostId: 'emr-serverless-spark.cn-hangzhou.aliyuncs.com',
      recommend: 'https://api.aliyun.com/troubleshoot?q=Forbidden.RAM',
      accessDeniedDetail: { AuthAction: 'emr-serverless-spark:GetRayCluster' },
      operation: 'GetRayCluster',
    });
    expect(error.message).toContain('GetRayCluster(workspaceId=w-1, clusterId=ray-1)');
    expect(error.message).toContain('Forbidden.RAM: User not authorized');
  });

  it('reads the camelCase body, with the request id from the header when the body lacks it', () => {
    const error = parse(500, '{"code":"InternalError","message":"boom","accessDeniedDetail":"{\\"a\\":1}"}', {
      'x-acs-request-id': 'HDR-ID',
    });
    expect(error).toMatchObject({
      code: 'InternalError',
      serviceMessage: 'boom',
      requestId: 'HDR-ID',
      statusCode: 500,
    });
    expect(error.accessDeniedDetail).toEqual({ a: 1 });
  });

  it.each(['Throttling', 'Throttling.User', 'Throttling.Api'])(
    '%s gives a ThrottlingError whatever the status',
    (code) => {
      for (const status of [400, 429, 503]) {
        const error = parse(status, JSON.stringify({ Code: code, Message: 'slow down' }), {
          'x-ratelimit-user-api': 'Limit:1,Remain:0,TimeLeft:750',
        });
        expect(error).toBeInstanceOf(ThrottlingError);
        expect((error as ThrottlingError).retryAfterMs).toBe(750);
        expect(error.statusCode).toBe(status);
      }
    },
  );

  it('reads an XML error body', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>X1</RequestId><HostId>h</HostId>' +
      '<Code>InvalidAction.NotFound</Code><Message>Specified api is not found &amp; stuff</Message></Error>';
    const error = parse(404, xml, { 'content-type': 'text/xml;charset=utf-8' });
    expect(error).toMatchObject({
      code: 'InvalidAction.NotFound',
      requestId: 'X1',
      hostId: 'h',
      serviceMessage: 'Specified api is not found & stuff',
    });
  });

  it('gives a useful UnknownError for a malformed body, with a redacted excerpt', () => {
    const error = parse(502, '<html><body>Bad gateway token=abc123</body></html>', {
      'content-type': 'text/html',
      'x-acs-request-id': 'R9',
    });
    expect(error.code).toBe('UnknownError');
    expect(error.statusCode).toBe(502);
    expect(error.requestId).toBe('R9');
    expect(error.message).toMatch(
      /^GetRayCluster\(workspaceId=w-1, clusterId=ray-1\) failed with HTTP 502 UnknownError: unreadable error body \(\d+ bytes, text\/html\)/,
    );
    expect(error.message).not.toContain('abc123');
  });

  it('copes with an empty body and JSON without error fields', () => {
    expect(parse(503, '').message).toContain('HTTP 503 UnknownError: unreadable error body (empty)');
    expect(parse(500, '{"foo":1}').code).toBe('UnknownError');
    expect(parse(500, '{"Code":').code).toBe('UnknownError');
  });
});
