import { type ReactNode, useEffect, useState } from 'react';
import { MATERIAL_FILE_TYPES, type MaterialResponse } from '@app/contracts';
import { api, ApiError } from '../../lib/api';
import { fetchFile, saveBlob } from '../../lib/files';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { TEXTS } from './messages';

/**
 * The materials of a forum I am registered for, each with its type and size, so that on a weak link I know what a
 * download costs before I start it. Nothing is shown while there are none.
 */
export function MaterialsList({ eventId, headingId }: { eventId: string; headingId: string }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [materials, setMaterials] = useState<MaterialResponse[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api<MaterialResponse[]>('GET', `/events/${eventId}/materials`)
      .then((loaded) => live && setMaterials(loaded))
      .catch(() => live && setMaterials([]));
    return () => {
      live = false;
    };
  }, [eventId, lang]);

  if (materials.length === 0) {
    return null;
  }
  const download = async (material: MaterialResponse): Promise<void> => {
    setBusy(material.id);
    setError(null);
    try {
      const blob = await fetchFile(`/materials/${material.id}?lang=${lang}`, lang);
      saveBlob(blob, `${material.title}.${MATERIAL_FILE_TYPES[material.fileType].extension}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('network'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="materials" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('materials')}</h3>
      {error && <Notice kind="error">{error}</Notice>}
      <ul>
        {materials.map((material) => (
          <li key={material.id}>
            <span>
              <span className="material-title">{material.title}</span>{' '}
              <span className="material-size">
                ({material.fileType.toUpperCase()}, {material.sizeLabel})
              </span>
            </span>
            <button
              type="button"
              className="secondary"
              disabled={busy === material.id}
              aria-label={t('downloadMaterial', { title: material.title, size: material.sizeLabel })}
              onClick={() => void download(material)}
            >
              {t('download')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
