/** `scheme://host/path` of a URL, without user info, query or fragment, which may carry tokens. */
export function describeUrl(url: URL): string {
  return url.protocol + '//' + url.host + url.pathname;
}
