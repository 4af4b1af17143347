import { type ReactNode, useState } from 'react';
import { downloadFile } from '../../lib/files';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';

const LAYOUTS = ['both', 'kk', 'ru'] as const;

/** The official PDF, fetched with the token (a draft's is not public) and saved through an object URL. */
export function PdfDownload({ resolutionId, number }: { resolutionId: string; number: string | null }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [layout, setLayout] = useState<(typeof LAYOUTS)[number]>('both');
  const [state, setState] = useState<{ busy: boolean; done?: string; error?: string }>({ busy: false });

  const download = async (): Promise<void> => {
    setState({ busy: true });
    try {
      const name = `resolution-${(number ?? resolutionId).replace('/', '-')}-${layout}.pdf`;
      await downloadFile(`/resolutions/${resolutionId}.pdf?lang=${layout}`, name, lang);
      setState({ busy: false, done: name });
    } catch (caught) {
      setState({ busy: false, error: caught instanceof Error ? caught.message : String(caught) });
    }
  };

  return (
    <div className="sec-pdf">
      <div className="sec-field">
        <label htmlFor="pdf-layout">{t('pdfLanguage')}</label>
        <select id="pdf-layout" value={layout} onChange={(event) => setLayout(event.target.value as typeof layout)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`pdf_${l}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? t('pdfPreparing') : t('downloadPdf')}
      </button>
      {state.done && <Notice kind="ok">{t('pdfReady', { name: state.done })}</Notice>}
      {state.error && <Notice kind="error">{state.error}</Notice>}
    </div>
  );
}
