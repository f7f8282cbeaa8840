import { InvalidParameterError } from '../errors/InvalidParameterError';
import { defaultEndpointTemplate } from '../operations.generated';

const REGION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The public endpoint of a region, from the spec's server URL; `source` names where the region came from. */
export function regionEndpoint(region: string, source: string): string {
  if (!REGION_ID.test(region)) {
    throw new InvalidParameterError(
      'region',
      `${source} must be a region id such as cn-hangzhou (lower-case letters, digits and dashes), got "${region}"`,
    );
  }
  return defaultEndpointTemplate.replace('{regionId}', region);
}
