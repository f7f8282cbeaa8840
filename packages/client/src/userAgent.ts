import { version } from '../package.json';

/** `emr-ray-client/<version> Node.js/<v> (<platform>; <arch>)`, plus the caller's suffix. */
export function userAgent(suffix: string | undefined): string {
  const base = `emr-ray-client/${version} Node.js/${process.version} (${process.platform}; ${process.arch})`;
  return suffix ? `${base} ${suffix}` : base;
}
