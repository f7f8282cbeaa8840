import { createRedactor } from '../src/redact/createRedactor';
import { redact, redactText } from '../src/redact/redact';
import { redactUrlQuery } from '../src/redact/redactUrlQuery';

const SECRET = 'S3cr3tValueThatMustNotLeak';

describe('redact', () => {
  it('replaces the secret fields of the operations table and the built-in ones, deeply', () => {
    const cluster = {
      requestId: 'R',
      clusterId: 'ray-1',
      submitToken: SECRET,
      dashboardUrl: `https://gw.example.com/workspace/w/raycluster/ray-1/dashboard?token=${SECRET}&x=1`,
      headSpec: { cpu: '2' },
      instances: [{ instanceId: 'i-1', securityToken: SECRET }],
    };
    const out = redact(cluster);
    expect(JSON.stringify(out)).not.toContain(SECRET);
    expect(out.submitToken).toBe('[REDACTED]');
    expect(out.dashboardUrl).toBe(
      'https://gw.example.com/workspace/w/raycluster/ray-1/dashboard?token=[REDACTED]&x=[REDACTED]',
    );
    expect(out.headSpec).toEqual({ cpu: '2' });
    expect(out.clusterId).toBe('ray-1');
    expect(cluster.submitToken).toBe(SECRET);
  });

  it('redacts arrays of URLs (dashboardUrlExtra) and keeps empty values visible', () => {
    const out = redact({
      dashboardUrlExtra: [`https://a/?sig=${SECRET}`, 'https://b/plain'],
      submitToken: '',
    });
    expect(out.dashboardUrlExtra).toEqual(['https://a/?sig=[REDACTED]', 'https://b/plain']);
    expect(out.submitToken).toBe('');
  });

  it('redacts header maps whatever the case of the names', () => {
    const headers = {
      Authorization: `ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host,Signature=${SECRET}`,
      'x-acs-security-token': SECRET,
      'x-acs-action': 'GetRayCluster',
    };
    const out = redact(headers);
    expect(out).toEqual({
      Authorization: '[REDACTED]',
      'x-acs-security-token': '[REDACTED]',
      'x-acs-action': 'GetRayCluster',
    });
  });

  it('redacts secrets inside free text', () => {
    const text = [
      `authorization: ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host;x-acs-date,Signature=${SECRET}`,
      `{"submitToken":"${SECRET}","name":"x"}`,
      `x-acs-security-token=${SECRET}`,
      `GET https://bucket.oss.example.com/log.txt?Expires=1&OSSAccessKeyId=AK&Signature=${SECRET}`,
      `acs AKID:${SECRET}`,
    ].join('\n');
    const out = redactText(text);
    expect(out).not.toContain(SECRET);
    expect(out).toContain('"name":"x"');
    expect(out).toContain('Expires=1');
    expect(out).toContain('ACS3-HMAC-SHA256 [REDACTED]');
  });

  it('redacts credentials a job passes in its runtime environment (a JSON string inside the body)', () => {
    const body = {
      name: 'train',
      runtimeEnvJson: JSON.stringify({
        env_vars: { HF_TOKEN: SECRET, OPENAI_API_KEY: SECRET, MODE: 'fast' },
      }),
    };
    const out = redact(body);
    expect(JSON.stringify(out)).not.toContain(SECRET);
    expect(out.runtimeEnvJson).toContain('"MODE":"fast"');
    expect(out.name).toBe('train');
  });

  it('handles cycles and leaves non-secret scalars alone', () => {
    const a: Record<string, unknown> = { n: 1, b: true, d: null };
    a.self = a;
    expect(redact(a)).toEqual({ n: 1, b: true, d: null, self: '[Circular]' });
  });

  it('createRedactor takes extra field names', () => {
    const r = createRedactor(['apiKey'], ['callbackUrl']);
    expect(r.redact({ apiKey: 'k', callbackUrl: 'https://x/?a=1', other: 'o' })).toEqual({
      apiKey: '[REDACTED]',
      callbackUrl: 'https://x/?a=[REDACTED]',
      other: 'o',
    });
    expect(r.redactText('"apiKey": "k"')).toBe('"apiKey": "[REDACTED]"');
  });

  it('redactUrlQuery keeps the fragment and URLs without a query', () => {
    expect(redactUrlQuery('https://x/p?a=1&b#frag')).toBe('https://x/p?a=[REDACTED]&b#frag');
    expect(redactUrlQuery('https://x/p')).toBe('https://x/p');
  });
});
