import { ConfigurationError } from '../src/errors/ConfigurationError';
import { EmrRayError } from '../src/errors/EmrRayError';
import { InvalidParameterError } from '../src/errors/InvalidParameterError';
import { isEmrRayError } from '../src/errors/isEmrRayError';
import { isServiceError } from '../src/errors/isServiceError';
import { isThrottlingError } from '../src/errors/isThrottlingError';
import { isTransientError } from '../src/errors/isTransientError';
import { NetworkError } from '../src/errors/NetworkError';
import { RequestAbortedError } from '../src/errors/RequestAbortedError';
import { RequestTimeoutError } from '../src/errors/RequestTimeoutError';
import { ServiceError } from '../src/errors/ServiceError';
import { ThrottlingError } from '../src/errors/ThrottlingError';

const details = {
  operation: 'GetRayCluster',
  target: 'workspaceId=w-1, clusterId=ray-2',
  code: 'RayCluster.NotFound',
  serviceMessage: 'The specified Ray cluster does not exist.',
  statusCode: 404,
  requestId: 'REQ-1',
  hostId: 'emr-serverless-spark.cn-hangzhou.aliyuncs.com',
  recommend: 'https://api.aliyun.com/troubleshoot?q=RayCluster.NotFound',
};

describe('error classes', () => {
  it('ServiceError carries every field and a message naming the operation, the ids and the request id', () => {
    const error = new ServiceError({
      ...details,
      accessDeniedDetail: { PolicyType: 'AccountLevelIdentityBasedPolicy' },
    });
    expect(error).toBeInstanceOf(EmrRayError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ServiceError');
    expect(error.code).toBe('RayCluster.NotFound');
    expect(error.statusCode).toBe(404);
    expect(error.requestId).toBe('REQ-1');
    expect(error.hostId).toBe(details.hostId);
    expect(error.recommend).toBe(details.recommend);
    expect(error.accessDeniedDetail).toEqual({ PolicyType: 'AccountLevelIdentityBasedPolicy' });
    expect(error.operation).toBe('GetRayCluster');
    expect(error.serviceMessage).toBe(details.serviceMessage);
    expect(error.message).toBe(
      'GetRayCluster(workspaceId=w-1, clusterId=ray-2) failed with HTTP 404 RayCluster.NotFound: ' +
        'The specified Ray cluster does not exist. (request id REQ-1)',
    );
  });

  it('ThrottlingError is a ServiceError with retryAfterMs', () => {
    const error = new ThrottlingError({
      ...details,
      code: 'Throttling.User',
      statusCode: 400,
      retryAfterMs: 1500,
    });
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.name).toBe('ThrottlingError');
    expect(error.retryAfterMs).toBe(1500);
    expect(isServiceError(error)).toBe(true);
    expect(isThrottlingError(error)).toBe(true);
    expect(isTransientError(error)).toBe(true);
  });

  it('RequestAbortedError keeps the signal reason as cause; NetworkError keeps the low-level error', () => {
    const reason = new Error('user pressed ctrl-c');
    const aborted = new RequestAbortedError({ operation: 'ListRayJob', target: 'workspaceId=w', reason });
    expect(aborted.cause).toBe(reason);
    expect(aborted.code).toBe('RequestAborted');
    expect(aborted.message).toBe('ListRayJob(workspaceId=w) was aborted: user pressed ctrl-c');
    const low = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const network = new NetworkError({ operation: 'GetRayJob', cause: low, notSent: true });
    expect(network.cause).toBe(low);
    expect(network.notSent).toBe(true);
    expect(network.message).toBe('GetRayJob failed: connect ECONNREFUSED 127.0.0.1:1');
  });

  it('classifies transient errors: throttling, 5xx, network and timeout, not abort or 4xx', () => {
    expect(
      isTransientError(new ServiceError({ ...details, statusCode: 503, code: 'ServiceUnavailable' })),
    ).toBe(true);
    expect(isTransientError(new ServiceError(details))).toBe(false);
    expect(
      isTransientError(new NetworkError({ operation: 'X', cause: new Error('reset'), notSent: false })),
    ).toBe(true);
    expect(isTransientError(new RequestTimeoutError({ operation: 'X', timeoutMs: 5 }))).toBe(true);
    expect(isTransientError(new RequestAbortedError({ operation: 'X', reason: undefined }))).toBe(false);
    expect(isTransientError(new InvalidParameterError('clusterId', 'bad'))).toBe(false);
    expect(isTransientError(new Error('plain'))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });

  it('the is* checks recognise errors made by another copy of the package', () => {
    let Other: {
      ServiceError: typeof ServiceError;
      ThrottlingError: typeof ThrottlingError;
      NetworkError: typeof NetworkError;
    } = undefined as never;
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a second copy of the modules, loaded apart */
      Other = {
        ServiceError: require('../src/errors/ServiceError').ServiceError,
        ThrottlingError: require('../src/errors/ThrottlingError').ThrottlingError,
        NetworkError: require('../src/errors/NetworkError').NetworkError,
      };
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    expect(Other.ServiceError).not.toBe(ServiceError);
    const foreign = new Other.ThrottlingError({ ...details, code: 'Throttling' });
    expect(foreign).not.toBeInstanceOf(ServiceError);
    expect(isServiceError(foreign)).toBe(true);
    expect(isThrottlingError(foreign)).toBe(true);
    expect(isEmrRayError(foreign)).toBe(true);
    expect(isTransientError(new Other.NetworkError({ operation: 'X', cause: 1, notSent: false }))).toBe(true);
    expect(isThrottlingError(new Other.ServiceError(details))).toBe(false);
  });

  it('an imitation without the brand is not taken for one of ours', () => {
    const fake = Object.assign(new Error('x'), { name: 'ServiceError', statusCode: 500, code: 'X' });
    expect(isServiceError(fake)).toBe(false);
    expect(isTransientError(fake)).toBe(false);
  });

  it('ConfigurationError and InvalidParameterError have stable codes', () => {
    expect(new ConfigurationError('no region', { code: 'MissingRegion' }).code).toBe('MissingRegion');
    const bad = new InvalidParameterError('clusterId', 'GetRayCluster: clusterId is required');
    expect(bad.parameter).toBe('clusterId');
    expect(bad.code).toBe('InvalidParameter');
    expect(bad.name).toBe('InvalidParameterError');
  });
});
