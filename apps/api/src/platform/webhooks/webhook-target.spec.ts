import { randomBytes } from 'node:crypto';
import { refusedTarget } from './webhook-target';
import { verifyWebhookSignature, webhookSignature } from './webhook-signature';

describe('webhook targets', () => {
  it('takes https anywhere public, and plain http to loopback only outside production', () => {
    expect(refusedTarget('https://hooks.example.kz/akim', true)).toBeNull();
    expect(refusedTarget('http://127.0.0.1:4000/hook', false)).toBeNull();
    expect(refusedTarget('http://[::1]:4000/hook', false)).toBeNull();
    expect(refusedTarget('http://localhost:4000/hook', false)).toBeNull();
    expect(refusedTarget('http://127.0.0.1:4000/hook', true)).toBe('webhookUrl');
    expect(refusedTarget('http://hooks.example.kz/hook', false)).toBe('webhookUrl');
  });

  it('refuses internal addresses in production, and what is not a plain URL', () => {
    for (const url of [
      'https://10.1.2.3/h',
      'https://192.168.0.5/h',
      'https://172.20.0.1/h',
      'https://169.254.169.254/latest',
      'https://[fd00::1]/h',
      'https://[::ffff:127.0.0.1]/h',
      'https://localhost/h',
      'https://0.0.0.0/h',
    ]) {
      expect([url, refusedTarget(url, true)]).toEqual([url, 'webhookTarget']);
    }
    expect(refusedTarget('https://10.1.2.3/h', false)).toBeNull();
    for (const url of ['not a url', 'ftp://example.kz/x', 'https://user:pw@example.kz/h', 'javascript:alert(1)']) {
      expect([url, refusedTarget(url, true)]).toEqual([url, 'webhookUrl']);
    }
  });
});

describe('webhook signatures', () => {
  it('verifies its own signature, and not a changed body, another secret or an old timestamp', () => {
    const now = Date.now();
    const t = Math.floor(now / 1000);
    const body = '{"id":"1"}';
    // Keys made for the test: one that signed, another that did not.
    const [mine, other] = [randomBytes(32).toString('base64url'), randomBytes(32).toString('base64url')];
    const signature = webhookSignature(mine, t, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(mine, { signature, timestamp: String(t) }, body, 300, now)).toBe(true);
    expect(verifyWebhookSignature(mine, { signature, timestamp: String(t) }, '{"id":"2"}', 300, now)).toBe(false);
    expect(verifyWebhookSignature(other, { signature, timestamp: String(t) }, body, 300, now)).toBe(false);
    expect(verifyWebhookSignature(mine, { signature, timestamp: String(t) }, body, 300, now + 600_000)).toBe(false);
  });
});
