import { randomUUID } from 'node:crypto';
import { pickText } from '@app/common';
import {
  formatBytes,
  type Language,
  type LocalizedText,
  MATERIAL_FILE_TYPES,
  type MaterialResponse,
} from '@app/contracts';
import type { ReceivedFile } from './file-intake';
import type { MaterialRow, MaterialVersionRow } from './materials.model';

/** Text fields a material upload may carry: its own, and `title` split into its languages. */
export const FIELD_NAMES = /^(title|language|visibility|sessionId|speakerId|resolutionId|title(\.|\[)(kk|ru|en)\]?)$/;

function fileUrl(id: string, version?: number): string {
  return `/api/v1/materials/${id}${version === undefined ? '' : `?version=${version}`}`;
}

export function toMaterialResponse(row: MaterialRow, lang: Language): MaterialResponse {
  const current = row.versions[0];
  return {
    id: row.id,
    eventId: row.eventId,
    sessionId: row.sessionId,
    speakerId: row.sessionId ? row.speakerId : null,
    resolutionId: row.resolutionId,
    title: pickText(row.title, lang) ?? row.title.kk,
    titles: row.title,
    language: row.language,
    visibility: row.visibility,
    fileType: current.fileType,
    size: current.size,
    sizeLabel: formatBytes(current.size, lang),
    url: fileUrl(row.id),
    version: row.currentVersion,
    revision: row.revision,
    versions: row.versions.map((v) => ({
      number: v.number,
      size: v.size,
      sizeLabel: formatBytes(v.size, lang),
      mimeType: MATERIAL_FILE_TYPES[v.fileType].mime,
      sha256: v.sha256,
      uploadedAt: new Date(v.uploadedAt).toISOString(),
      url: fileUrl(row.id, v.number),
    })),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The title as one object from the fields: `title` as JSON, or `title[kk]` / `title.kk` and so on. */
export function titleOf(fields: Record<string, string>): unknown {
  if (fields.title !== undefined) {
    try {
      return JSON.parse(fields.title) as unknown;
    } catch {
      return fields.title;
    }
  }
  const title: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const lang = /^title(?:\.|\[)(kk|ru|en)\]?$/.exec(name)?.[1];
    if (lang) {
      title[lang] = value;
    }
  }
  return Object.keys(title).length > 0 ? title : undefined;
}

/** A title as stored: kk and ru, and en when given. */
export function plainTitle(title: LocalizedText): LocalizedText {
  return { kk: title.kk, ru: title.ru, ...(title.en ? { en: title.en } : {}) };
}

/** A version's record for a received file, under a new key of its own. */
export function newVersion(received: ReceivedFile): Omit<MaterialVersionRow, 'number' | 'uploadedAt'> {
  const name = randomUUID();
  return {
    storageKey: `${name.slice(0, 2)}/${name}`,
    size: received.size,
    fileType: received.fileType,
    sha256: received.sha256,
    originalName: received.originalName,
  };
}
