import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element of a parsed XML document: its namespace and local name, attributes, children and all its text. */
export interface XmlElement {
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text of the element and of everything in it, as DOM's textContent. */
  text: string;
}

/**
 * An XML document (a feed, a sitemap) read by a conforming, namespace-aware parser (saxes): its root element, and the
 * well-formedness errors found (none for a well-formed document).
 */
export function parseXml(xml: string): { root: XmlElement | undefined; problems: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const problems: string[] = [];
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => problems.push(error.message));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, a]) => [name, a.value])),
      children: [],
      text: '',
    };
    if (open.length) {
      open[open.length - 1].children.push(element);
    } else {
      root = element;
    }
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    for (const element of open) {
      element.text += text;
    }
  });
  parser.write(xml).close();
  return { root, problems };
}

/** The elements below `element` (at any depth) with this local name, in document order. */
export function descendants(element: XmlElement, local: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.local === local ? [child] : []), ...descendants(child, local)]);
}
