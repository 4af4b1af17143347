/**
 * The badge code as a QR image, drawn on the device: no request (it works offline and on a
 * slow link), no token, and a data: URL, which the CSP's `img-src 'self' data:` allows. The
 * encoder is loaded only when a badge is shown.
 */
export async function qrDataUrl(code: string): Promise<string> {
  const qr = await import('qrcode');
  return qr.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 512 });
}
