import type { Language } from '@app/contracts';
import { ApiError, clearSession, getToken } from './api';

/**
 * Fetches a file of the API (a badge, a PDF, an export) with the signed-in user's token:
 * a plain `<a href>` or `<img src>` would not carry the Bearer token.
 */
export async function fetchFile(path: string, lang: Language): Promise<Blob> {
  const headers: Record<string, string> = { 'accept-language': lang };
  const token = getToken();
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch(`/api/v1${path}`, { headers });
  if (!response.ok) {
    if (response.status === 401) {
      clearSession();
    }
    const json = response.headers.get('content-type')?.includes('json')
      ? ((await response.json()) as { code?: string; message?: string })
      : undefined;
    throw new ApiError(response.status, json?.code ?? 'HTTP_ERROR', json?.message ?? `${response.status}`);
  }
  return response.blob();
}

/** Hands a fetched file to the browser as a download, through a short-lived blob: link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches an API file with the token and saves it under `filename`. */
export async function downloadFile(path: string, filename: string, lang: Language): Promise<void> {
  saveBlob(await fetchFile(path, lang), filename);
}
