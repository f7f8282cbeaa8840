/** Whether a lower-case header name must be signed when present: `host`, `content-type` and every `x-acs-*`. */
export function isSignedHeaderName(name: string): boolean {
  return name.startsWith('x-acs-') || name === 'host' || name === 'content-type';
}
