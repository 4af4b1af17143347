import type { LocalizedText } from '@app/contracts';
import type { Tx } from '@app/database';

export const SEALED_KINDS = ['resolution', 'protocol', 'award'] as const;
export type SealedKind = (typeof SEALED_KINDS)[number];

/** What the verification page may say of a sealed act: what its printed copy shows on its first lines. */
export interface SealedActSummary {
  /** `3/2026` */
  number: string;
  /** The local calendar day of the adoption or approval. */
  date: string;
  /** The document's own kind as printed: resolution, recommendations, protocol, addendum... */
  documentKind: string;
  title: LocalizedText;
  organization: LocalizedText;
  eventTitle: LocalizedText;
  /** An award's recipient, by name: the only person a verification names. */
  recipient?: { kk: string; ru?: string };
  /** Where the public reads it: the forum's page, when the event and the act are public. */
  eventSlug: string | null;
  /** Revoked after it was issued (awards): the verification says so with its number, and nothing else. */
  revoked?: boolean;
  /** Its text is public (an adopted resolution of a public forum, a published protocol): its canonical form may be downloaded. */
  isPublic: boolean;
}

/**
 * A kind of act that is sealed at the moment it becomes final. The module that owns the act provides it
 * (and registers it with VerificationService); the canonical form reads the stored rows only, never a
 * cache, so that what is compared is what the database holds.
 */
export interface SealedActSource {
  readonly kind: SealedKind;
  /** The version of the canonical form this source writes today; a seal records the one it was made with. */
  readonly format: number;
  /** The canonical form of the final act read through `tx` (inside the transaction that makes it final), or undefined. */
  canonical(tx: Tx, actId: string, format: number): Promise<Record<string, unknown> | undefined>;
  summary(actId: string): Promise<SealedActSummary | undefined>;
}

/**
 * Where a qualified electronic signature (ЭЦП, NCALayer: a CMS/PKCS#7 SignedData over the digest's bytes)
 * plugs in. An implementation checks the signature against the digest and the certificate chain of the
 * national certification centre (НУЦ РК) and returns the signer; VerificationService stores it once on the
 * seal (act_seals.signature, signature_format 'cms-pkcs7', signer, signed_at). None is bundled: a signature
 * that is not checked against the real chain would be a fake one.
 */
export interface QualifiedSignatureVerifier {
  verify(
    digestHex: string,
    cms: Buffer,
  ): Promise<{ subject: string; iin?: string; bin?: string; certificateSerial: string; signedAt: Date }>;
}
