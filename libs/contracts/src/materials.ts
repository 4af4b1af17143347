import type { Language, LocalizedText } from './languages';

/** Who may read a material: anyone (of a public forum), the forum's registered participants, or its staff. */
export const MATERIAL_VISIBILITIES = ['public', 'participants', 'staff'] as const;
export type MaterialVisibility = (typeof MATERIAL_VISIBILITIES)[number];

/** The kinds of file a material may be, each recognised by its content (not its name). */
export const MATERIAL_FILE_TYPES = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
} as const;
export type MaterialFileType = keyof typeof MATERIAL_FILE_TYPES;

export interface MaterialVersionResponse {
  /** 1 for the first upload; each new upload adds one and keeps the ones before. */
  number: number;
  /** Bytes of the file: what a download costs. */
  size: number;
  /** The same for people: "2,4 МБ". */
  sizeLabel: string;
  mimeType: string;
  /** sha256 of the content (hex), also the file's ETag. */
  sha256: string;
  uploadedAt: string;
  /** Where the file of this version is served (ranges, ETag). */
  url: string;
}

export interface MaterialResponse {
  id: string;
  eventId: string;
  /** The session it belongs to; null for the forum's own materials. */
  sessionId: string | null;
  /** The speech it goes with: a speaker (person id) of its session; null when none. */
  speakerId: string | null;
  /** The draft resolution of the event it goes with; null when none. */
  resolutionId: string | null;
  /** In the asked language. */
  title: string;
  titles: LocalizedText;
  /** The language the document is written in. */
  language: Language;
  visibility: MaterialVisibility;
  /** The current version's. */
  fileType: MaterialFileType;
  size: number;
  sizeLabel: string;
  /** The current file (its latest version). */
  url: string;
  version: number;
  /** The material's revision: moves on with every change (fields, a new file); `PATCH` takes it in If-Match. */
  revision: number;
  /** Newest first. */
  versions: MaterialVersionResponse[];
  createdAt: string;
}

const UNITS: Record<Language, string[]> = {
  kk: ['Б', 'КБ', 'МБ', 'ГБ'],
  ru: ['Б', 'КБ', 'МБ', 'ГБ'],
  en: ['B', 'KB', 'MB', 'GB'],
};

/** A size for people, in the reader's language: 980 Б, 12 КБ, 2,4 МБ (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, lang: Language): string {
  const units = UNITS[lang];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = value.toFixed(digits);
  return `${lang === 'en' ? number : number.replace('.', ',')} ${units[unit]}`;
}
