export const AWARD_KINDS = ['gratitude', 'participation', 'training'] as const;
/** A letter of gratitude (алғыс хат), a certificate of participation, or of a seminar-training completed. */
export type AwardKind = (typeof AWARD_KINDS)[number];

/** The languages an award is printed in: the recipient's, Kazakh for an English reader. */
export type AwardLanguage = 'kk' | 'ru';

/** One issued award, as its organizers and its recipient (`GET /awards/mine`) see it. */
export interface AwardResponse {
  id: string;
  eventId: string;
  /** In the asked language. */
  eventTitle: string;
  kind: AwardKind;
  /** `5/2026`: per organizer and year. */
  number: string;
  /** The local day printed on it, `YYYY-MM-DD`. */
  date: string;
  language: AwardLanguage;
  recipient: { personId: string; name: string; position: string | null };
  signatory: { name: string; position: string | null };
  /** `ABCDE-12345`, printed with a QR code of `verificationUrl`. */
  verificationCode: string;
  verificationUrl: string;
  /** `/api/v1/awards/:id.pdf` */
  pdfUrl: string;
  issuedAt: string;
  revokedAt: string | null;
}
