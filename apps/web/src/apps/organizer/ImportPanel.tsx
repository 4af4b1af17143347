import { type ReactNode, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { TEXTS, type TextKey } from './messages';
import { DataTable } from '../../lib/data-table';

interface ImportIssue {
  row: number;
  field: string;
  message: string;
  value?: string;
}

interface ImportResult {
  totalRows: number;
  imported: number;
  dryRun: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** The file's columns by the API's field names, in the reader's words. */
const COLUMN: Record<string, TextKey> = {
  'fullName.kk': 'nameKk',
  'fullName.ru': 'nameRu',
  'position.kk': 'positionKk',
  'position.ru': 'positionRu',
  organization: 'organization',
  regionCode: 'region',
  category: 'category',
  email: 'email',
  phone: 'phone',
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * People from a CSV or XLSX file into the directory: "Check" runs the import with `dryRun=true`
 * and lists each bad row; "Import" writes all rows, or none when any row is wrong.
 */
export function ImportPanel(): ReactNode {
  const t = useTexts(TEXTS);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean): Promise<void> => {
    if (!file) {
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const contentType = /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
      const query = `fileName=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=true' : ''}`;
      setResult(
        await api<ImportResult>('POST', `/people/import?${query}`, {
          raw: { body: await file.arrayBuffer(), contentType },
        }),
      );
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h3 id="import-title">{t('importTitle')}</h3>
      <p className="hint" id="import-hint">
        {t('importHint')}
      </p>
      <label htmlFor="import-file">{t('importFile')}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="import-hint"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setResult(null);
        }}
      />
      <div className="form-actions">
        <button type="button" className="secondary" disabled={!file || busy} onClick={() => void send(true)}>
          {t('importCheck')}
        </button>
        <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
          {t('importRun')}
        </button>
      </div>
      {error && <Notice kind="error">{error.message}</Notice>}
      {result && result.errors.length === 0 && (
        <Notice kind="ok">
          {result.dryRun
            ? t('importCheckedOk', { rows: result.totalRows })
            : t('importDone', { imported: result.imported })}
        </Notice>
      )}
      {result && result.errors.length > 0 && (
        <>
          <Notice kind="error">{t('importHasErrors', { count: result.errors.length, rows: result.totalRows })}</Notice>
          <DataTable
            caption={t('importReport')}
            className="import-report"
            columns={[t('row'), t('column'), t('value'), t('problem')]}
          >
            {result.errors.map((issue, index) => (
              <tr key={index}>
                <td>{issue.row}</td>
                <td>{COLUMN[issue.field] ? t(COLUMN[issue.field]) : issue.field}</td>
                <td>{issue.value ?? ''}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {result && result.warnings.length > 0 && (
        <Notice kind="warn">
          {t('importWarnings')}: {result.warnings.map((w) => `${w.field} (${w.message})`).join('; ')}
        </Notice>
      )}
    </section>
  );
}
