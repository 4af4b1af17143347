import type { LocalizedText } from './languages';

/** `GET /api/v1/verify/:code`: what anyone holding a printed act can learn of it, and whether it still matches. */
export interface VerificationResponse {
  /** `ABCDE-12345`, as printed. */
  code: string;
  revoked: false;
  kind: 'resolution' | 'protocol' | 'award';
  /** The document's kind as printed (resolution, recommendations, protocol, addendum; gratitude, participation, training). */
  documentKind: string;
  number: string;
  /** The local day of adoption or approval, `YYYY-MM-DD`. */
  date: string;
  title: LocalizedText;
  organization: LocalizedText;
  eventTitle: LocalizedText;
  /** An award's recipient, by name only (no contact, no badge); null for acts. */
  recipient: { kk: string; ru?: string } | null;
  /** The forum's public page, when the forum is public. */
  eventUrl: string | null;
  /** SHA-256 (hex) fixed when the act became final. */
  digest: string;
  /** The digest recomputed now from the stored act equals the fixed one. */
  matches: boolean;
  /** The version of the canonical form the digest was made over. */
  format: number;
  sealedAt: string;
  /** The canonical form the digest is made over, when the act's text is public (recompute it with sha256sum). */
  canonicalUrl: string | null;
  /** A qualified electronic signature over the digest, once one is attached. */
  signature: { format: string; signedAt: string; signer: Record<string, unknown> | null } | null;
}

/**
 * What the verification answers for a revoked award: that it was revoked, and its number and kind as printed on
 * the copy the reader holds. No name, no event, no digest: a revoked award confirms nobody.
 */
export interface RevokedVerificationResponse {
  code: string;
  kind: 'award';
  documentKind: string;
  number: string;
  revoked: true;
}

export type VerificationAnswer = VerificationResponse | RevokedVerificationResponse;
