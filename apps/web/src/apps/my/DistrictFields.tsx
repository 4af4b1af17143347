import type { PersonResponse } from '@app/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { type Messages, useTexts } from '../../lib/i18n';
import { FieldError } from '../../lib/ui';

export interface District {
  regionCode: string;
  organizationId: string;
}

interface Option {
  value: string;
  label: string;
}

const TEXTS: Messages<'legend' | 'hint' | 'district' | 'organization' | 'choose' | 'none'> = {
  kk: {
    legend: 'Қайдан келесіз',
    hint: 'Форум есебі аудандар бойынша жасалады. Анықтамалықтағы деректеріңіз алдын ала толтырылды.',
    district: 'Аудан',
    organization: 'Ұйым',
    choose: 'Таңдаңыз',
    none: 'Ұйымсыз',
  },
  ru: {
    legend: 'Откуда вы',
    hint: 'Отчёт форума составляется по районам. Данные из справочника подставлены заранее.',
    district: 'Район',
    organization: 'Организация',
    choose: 'Выберите',
    none: 'Без организации',
  },
  en: {
    legend: 'Where you come from',
    hint: 'The forum reports by district. Your details from the directory are filled in.',
    district: 'District',
    organization: 'Organization',
    choose: 'Choose',
    none: 'No organization',
  },
};

const withOption = (options: Option[], extra: Option | null): Option[] =>
  extra && !options.some((o) => o.value === extra.value) ? [extra, ...options] : options;

/**
 * The district and organization of a registration to an event that reports by region: the districts
 * of the event's region, the organizations of the chosen district, both prefilled from the signed-in
 * person's record (`GET /people/me`).
 */
export function DistrictFields(props: {
  parentRegion: string | null;
  value: District;
  onChange: (value: District) => void;
  errors: { regionCode?: string; organizationId?: string };
}): ReactNode {
  const t = useTexts(TEXTS);
  const { value, onChange } = props;
  const [districts, setDistricts] = useState<Option[]>([]);
  const [organizations, setOrganizations] = useState<Option[]>([]);
  const [mine, setMine] = useState<{ region: Option | null; organization: Option | null }>({
    region: null,
    organization: null,
  });

  useEffect(() => {
    const parent = props.parentRegion ? `parent=${encodeURIComponent(props.parentRegion)}&` : '';
    void api<{ items: { code: string; name: string }[] }>('GET', `/regions?${parent}limit=200`).then(
      (page) => setDistricts(page.items.map((r) => ({ value: r.code, label: r.name }))),
      () => setDistricts([]),
    );
    void api<PersonResponse>('GET', '/people/me').then(
      async (person) => {
        const region = person.regionCode
          ? await api<{ code: string; name: string }>('GET', `/regions/${encodeURIComponent(person.regionCode)}`).then(
              (r) => ({ value: r.code, label: r.name }),
              () => null,
            )
          : null;
        const organization = person.organization
          ? { value: person.organization.id, label: person.organization.name }
          : null;
        setMine({ region, organization });
        onChange({ regionCode: region?.value ?? '', organizationId: organization?.value ?? '' });
      },
      () => undefined,
    );
    // Read once per event.
  }, [props.parentRegion]);

  useEffect(() => {
    if (!value.regionCode) {
      setOrganizations([]);
      return;
    }
    void api<{ items: { id: string; name: string }[] }>(
      'GET',
      `/organizations?region=${encodeURIComponent(value.regionCode)}&limit=100`,
    ).then(
      (page) => setOrganizations(page.items.map((o) => ({ value: o.id, label: o.name }))),
      () => setOrganizations([]),
    );
  }, [value.regionCode]);

  const districtOptions = withOption(districts, mine.region);
  const organizationOptions = withOption(organizations, mine.organization);
  return (
    <fieldset className="district">
      <legend>{t('legend')}</legend>
      <p className="hint" id="district-hint">
        {t('hint')}
      </p>
      <label htmlFor="register-district">{t('district')}</label>
      <select
        id="register-district"
        required
        value={value.regionCode}
        aria-invalid={!!props.errors.regionCode}
        aria-describedby={props.errors.regionCode ? 'register-district-error district-hint' : 'district-hint'}
        onChange={(event) => onChange({ regionCode: event.target.value, organizationId: '' })}
      >
        <option value="">{t('choose')}</option>
        {districtOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id="register-district-error" message={props.errors.regionCode} />
      <label htmlFor="register-organization">{t('organization')}</label>
      <select
        id="register-organization"
        value={value.organizationId}
        aria-invalid={!!props.errors.organizationId}
        aria-describedby={props.errors.organizationId ? 'register-organization-error' : undefined}
        onChange={(event) => onChange({ ...value, organizationId: event.target.value })}
      >
        <option value="">{t('none')}</option>
        {organizationOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id="register-organization-error" message={props.errors.organizationId} />
    </fieldset>
  );
}
