import type { PrintedSeal } from '@app/common';

/** What the official document of a resolution shows, texts already chosen (kk and ru both kept for side by side). */
export interface ResolutionDocument {
  kind: 'resolution' | 'decision' | 'recommendations' | 'protocol_instruction';
  status: 'draft' | 'adopted';
  /** e.g. "7/2026"; null while a draft. */
  number: string | null;
  /** ISO 8601 with offset, in the event's zone; null while a draft. */
  adoptedAt: string | null;
  timeZone: string;
  /** The place it was adopted, e.g. "Орал қаласы" / "г. Уральск"; null on a draft (not adopted anywhere yet). */
  place: { kk: string; ru: string } | null;
  organizers: { kk: string; ru: string }[];
  eventTitle: { kk: string; ru: string };
  title: { kk: string; ru: string };
  preamble: { kk: string; ru: string } | null;
  points: {
    number: number;
    text: { kk: string; ru: string };
    responsible: { kk: string; ru: string } | null;
    executor: { kk: string; ru: string } | null;
    /** YYYY-MM-DD */
    dueDate: string | null;
  }[];
  vote: { for: number; against: number; abstained: number; present: number } | null;
  chair: { name: { kk: string; ru: string }; position: { kk: string; ru: string } | null } | null;
  /** Numbers of the resolutions this one amends / that amend it. */
  amends: string | null;
  amendedBy: string[];
  /** The verification code and page of an adopted resolution, printed with a QR code. */
  seal: PrintedSeal | null;
}
