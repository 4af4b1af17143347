import { hash } from 'node:crypto';

/**
 * SHA-256 of a secret token (sessions, invitations, unsubscribe links): only this is stored,
 * so a leaked table reveals no usable token. One-shot `crypto.hash`: it runs at every
 * authenticated request, and costs half of createHash().update().digest().
 */
export function secretHash(token: string): Buffer {
  return hash('sha256', token, 'buffer') as unknown as Buffer;
}
