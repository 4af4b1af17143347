import { AppError } from '@app/common';
import { MATERIAL_FILE_TYPES, type MaterialFileType } from '@app/contracts';
import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** Bytes of the head that tell the kinds apart. */
export const HEAD_BYTES = 8;
/** Bytes of the tail kept while streaming: a PDF ends with `%%EOF` within them. */
export const TAIL_BYTES = 1024;

/** What the first bytes say: a file type, a ZIP (an Office document or not, seen later), or nothing allowed. */
export type HeadKind = 'pdf' | 'png' | 'jpeg' | 'zip' | undefined;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function headKind(head: Buffer): HeadKind {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    return 'pdf';
  }
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG)) {
    return 'png';
  }
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return 'jpeg';
  }
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
    return 'zip';
  }
  return undefined;
}

const TYPE_BY_MIME = new Map<string, MaterialFileType>([
  ...Object.entries(MATERIAL_FILE_TYPES).map(([type, t]) => [t.mime, type as MaterialFileType] as const),
  ['image/jpg', 'jpeg'],
  ['image/pjpeg', 'jpeg'],
]);

const TYPE_BY_EXTENSION = new Map<string, MaterialFileType>([
  ...Object.entries(MATERIAL_FILE_TYPES).map(([type, t]) => [t.extension, type as MaterialFileType] as const),
  ['jpeg', 'jpeg'],
]);

/**
 * The type the client claims, by the part's Content-Type or else the file name's extension; undefined when it
 * claims none of ours (`application/octet-stream`, no extension): the content decides alone then.
 */
export function declaredType(mimeType: string | undefined, fileName: string | undefined): MaterialFileType | undefined {
  const byMime = TYPE_BY_MIME.get((mimeType ?? '').split(';')[0].trim().toLowerCase());
  if (byMime) {
    return byMime;
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  return extension ? TYPE_BY_EXTENSION.get(extension) : undefined;
}

function mismatch(declared: MaterialFileType): AppError {
  return new AppError('FILE_CONTENT_MISMATCH', { declared: declared.toUpperCase() });
}

/**
 * Refuses a file by its first bytes as soon as they arrive: not one of the kinds allowed, or not the kind it
 * claims to be (a "PDF" that does not start with %PDF-). A ZIP may still be any of the Office types.
 */
export function checkHead(head: Buffer, declared: MaterialFileType | undefined): HeadKind {
  const kind = headKind(head);
  if (declared && kind !== declared && !(kind === 'zip' && isOffice(declared))) {
    throw mismatch(declared);
  }
  if (!kind) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED');
  }
  return kind;
}

function isOffice(type: MaterialFileType): boolean {
  return type === 'docx' || type === 'xlsx' || type === 'pptx';
}

/** The main part's content type of each Office format, as its [Content_Types].xml names it. */
const OFFICE_MAIN_PARTS: [MaterialFileType, string][] = [
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
  ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
];

/** The most a [Content_Types].xml or a central directory may take: real ones are a few KB. */
const ZIP_PART_LIMIT = 4 * 1024 * 1024;

/**
 * The Office type of a ZIP file on disk, read from its [Content_Types].xml: the central directory at the end
 * names where it is, so only the tail and that one entry are read, whatever the file's size. Undefined for a
 * ZIP that is no Office document (or one with macros: their main parts have other types).
 */
export async function officeType(path: string, size: number): Promise<MaterialFileType | undefined> {
  const file = await open(path, 'r');
  try {
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    // The end of central directory record: 22 bytes and a comment of up to 64 KB.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await read(size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return undefined;
    }
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directorySize > ZIP_PART_LIMIT || directoryOffset + directorySize > size) {
      return undefined;
    }
    const directory = await read(directoryOffset, directorySize);
    for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50;) {
      const method = directory.readUInt16LE(at + 10);
      const compressedSize = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      const localOffset = directory.readUInt32LE(at + 42);
      const name = directory.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      if (name === '[Content_Types].xml') {
        if (compressedSize > ZIP_PART_LIMIT) {
          return undefined;
        }
        const local = await read(localOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) {
          return undefined;
        }
        const dataAt = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        const data = await read(dataAt, compressedSize);
        const xml = (
          method === 0 ? data : method === 8 ? inflateRawSync(data, { maxOutputLength: ZIP_PART_LIMIT }) : undefined
        )?.toString('utf8');
        return xml ? OFFICE_MAIN_PARTS.find(([, main]) => xml.includes(`"${main}"`))?.[0] : undefined;
      }
      at += 46 + skip;
    }
    return undefined;
  } catch {
    // A damaged archive (an inflate error, a short read) is simply not an Office document.
    return undefined;
  } finally {
    await file.close();
  }
}

/**
 * The file's type once it is all on disk: a PDF must also end as one (`%%EOF` near the end: a cut or renamed
 * file does not), a ZIP must be one of the Office formats, and both must be what was declared.
 */
export async function finalType(
  kind: Exclude<HeadKind, undefined>,
  tail: Buffer,
  path: string,
  size: number,
  declared: MaterialFileType | undefined,
): Promise<MaterialFileType> {
  if (kind === 'pdf' && !tail.includes('%%EOF')) {
    throw mismatch('pdf');
  }
  if (kind !== 'zip') {
    return kind;
  }
  const office = await officeType(path, size);
  if (!office) {
    throw declared ? mismatch(declared) : new AppError('FILE_TYPE_NOT_ALLOWED');
  }
  if (declared && declared !== office) {
    throw mismatch(declared);
  }
  return office;
}
