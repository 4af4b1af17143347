import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** DejaVu: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) renders and copies out of a PDF as itself. */
export interface DejaVuFonts {
  regular: Buffer;
  bold: Buffer;
  monoBold: Buffer;
}

let fonts: DejaVuFonts | undefined;

/*
 * The same source runs as CommonJS (the app) and as ESM (jest), so neither __dirname nor import.meta is available:
 * resolve the font package from the working directory, which is the repository root in both. Read once.
 */
export function dejaVuFonts(): DejaVuFonts {
  if (!fonts) {
    const resolver = createRequire(join(process.cwd(), 'package.json'));
    const read = (file: string): Buffer => readFileSync(resolver.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fonts = {
      regular: read('DejaVuSans.ttf'),
      bold: read('DejaVuSans-Bold.ttf'),
      monoBold: read('DejaVuSansMono-Bold.ttf'),
    };
  }
  return fonts;
}

type PdfKit = typeof import('pdfkit');
let pdfKit: Promise<PdfKit> | undefined;

/** pdfkit (with its font metrics, several MB of heap) is loaded by the first PDF, not at start. */
export function loadPdfKit(): Promise<PdfKit> {
  pdfKit ??= import('pdfkit').then((module) => module.default);
  return pdfKit;
}
