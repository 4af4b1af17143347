import { DOMParser } from '@xmldom/xmldom';

/** An XML document (a feed, a sitemap) and what the parser complained of: a well-formed document has no problems. */
export function parseXml(text: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => problems.push(`${level}: ${String(message)}`),
  }).parseFromString(text, 'application/xml');
  return { doc: doc as unknown as Document, problems };
}
