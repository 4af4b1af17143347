import type { Language, LocalizedText, MaterialFileType, MaterialVisibility } from '@app/contracts';
import type { Readable } from 'node:stream';

export interface MaterialVersionRow {
  number: number;
  storageKey: string;
  size: number;
  fileType: MaterialFileType;
  sha256: string;
  originalName: string | null;
  uploadedAt: string;
}

/** A material with all its versions, newest first. */
export interface MaterialRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  speakerId: string | null;
  resolutionId: string | null;
  title: LocalizedText;
  language: Language;
  visibility: MaterialVisibility;
  currentVersion: number;
  /** Moves on with every change of the material: the version a PATCH's If-Match names. */
  revision: number;
  createdAt: Date;
  versions: MaterialVersionRow[];
}

export interface MaterialValues {
  title: LocalizedText;
  language: Language;
  visibility: MaterialVisibility;
  sessionId: string | null;
  /** A speaker of `sessionId`: the speech it goes with. */
  speakerId: string | null;
  /** A draft resolution of the event. */
  resolutionId: string | null;
}

/** A part of a multipart upload as the service reads it: a text field or the file's stream. */
export type UploadPart =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; fileName?: string; mimeType?: string; stream: Readable };

/** A material's file as the controller sends it: the whole file or a range, or a 304. */
export type MaterialDownload =
  | { status: 304; etag: string; revision: number }
  | {
      status: 200 | 206;
      etag: string;
      /** The material's revision (X-Material-Revision), for an edit's If-Match. */
      revision: number;
      mimeType: string;
      /** The whole file's bytes. */
      size: number;
      range?: { start: number; end: number };
      disposition: string;
      /** Anyone may read it: shared caches may keep it. */
      isPublic: boolean;
      body: Readable;
    };
