/** A fresh key per registration attempt; kept for retries so the API answers a repeat with the first result. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
