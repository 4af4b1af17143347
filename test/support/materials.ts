import type { HttpResult } from './test-app';

/** A small file that is a PDF by its content: the head and the tail a reader looks for. */
export function pdfBytes(text = 'Материал'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export interface FilePart {
  content: Buffer;
  name: string;
  type: string;
}

/** The multipart body of a material upload: its text fields, then the file. */
export function materialForm(file: FilePart | undefined, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  if (file) {
    form.append('file', new Blob([file.content], { type: file.type }), file.name);
  }
  return form;
}

/** POSTs a multipart form to `/api/v1${path}` (fetch, as a browser sends it). */
export async function uploadForm(baseUrl: string, path: string, form: FormData, token?: string): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body: json, text };
}
