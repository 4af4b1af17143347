import { dayToTyped, typedToClock, typedToDay } from '@app/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { type Messages, useLanguage, useTexts } from './i18n';

/**
 * Days and times typed as they are written here, `10.03.2027` and `14:30` on the 24-hour clock, in every
 * language and whatever the browser's own locale: a native date input shows `mm/dd/yyyy` and a 12-hour clock
 * in a browser set to English. The form's value stays `YYYY-MM-DD` (a day) or `YYYY-MM-DDTHH:mm` (a moment),
 * the shape the native inputs gave; what cannot be read is passed on as typed, so the API says what is wrong.
 */
const TEXTS: Messages<'dayPlaceholder' | 'clockPlaceholder' | 'time' | 'badDay' | 'badClock'> = {
  kk: {
    dayPlaceholder: 'кк.аа.жжжж',
    clockPlaceholder: 'сс:мм',
    time: 'уақыты',
    badDay: 'Күнді кк.аа.жжжж түрінде жазыңыз, мысалы 10.03.2027',
    badClock: 'Уақытты 24 сағаттық түрде жазыңыз, мысалы 14:30',
  },
  ru: {
    dayPlaceholder: 'дд.мм.гггг',
    clockPlaceholder: 'чч:мм',
    time: 'время',
    badDay: 'Дата в виде дд.мм.гггг, например 10.03.2027',
    badClock: 'Время в 24-часовом виде, например 14:30',
  },
  en: {
    dayPlaceholder: 'dd.mm.yyyy',
    clockPlaceholder: 'hh:mm',
    time: 'time',
    badDay: 'A date as dd.mm.yyyy, e.g. 10.03.2027',
    badClock: 'A time on the 24-hour clock, e.g. 14:30',
  },
};

interface TypedInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the field says of its typing once the user leaves it (undefined: nothing wrong). */
  onTypedError: (message: string | undefined) => void;
  attributes: Record<string, unknown>;
}

/** The form's value of a day and a time as typed: read when both can be, else passed on as typed. */
function composeMoment(day: string, clock: string): string {
  if (!day.trim() && !clock.trim()) {
    return '';
  }
  const readDay = typedToDay(day);
  const readClock = typedToClock(clock);
  return readDay && readClock ? `${readDay}T${readClock}` : `${day.trim()}T${clock.trim()}`;
}

/** A day typed as dd.mm.yyyy. */
export function DayInput({ id, value, onChange, onTypedError, attributes }: TypedInputProps): ReactNode {
  const t = useTexts(TEXTS);
  const [text, setText] = useState(() => dayToTyped(value) || value);
  useEffect(() => {
    if ((typedToDay(text) ?? text.trim()) !== value) {
      setText(dayToTyped(value) || value);
    }
    // Only a value set from outside (a reload, a reset) rewrites what is typed.
  }, [value]);
  return (
    <input
      {...attributes}
      id={id}
      name={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dayPlaceholder')}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(typedToDay(event.target.value) ?? event.target.value.trim());
      }}
      onBlur={() => onTypedError(text.trim() && !typedToDay(text) ? t('badDay') : undefined)}
    />
  );
}

/** A moment typed as a day (dd.mm.yyyy) and a time (hh:mm, 24-hour), side by side; the time's id is `<id>-time`. */
export function MomentInputs({ id, label, value, onChange, onTypedError, attributes }: TypedInputProps): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const split = (moment: string): [string, string] => {
    const [day = '', clock = ''] = moment.split('T');
    return [dayToTyped(day) || day, clock.slice(0, 5)];
  };
  const [day, setDay] = useState(() => split(value)[0]);
  const [clock, setClock] = useState(() => split(value)[1]);
  useEffect(() => {
    if (composeMoment(day, clock) !== value) {
      const [newDay, newClock] = split(value);
      setDay(newDay);
      setClock(newClock);
    }
  }, [value]);
  const check = (): void =>
    onTypedError(
      day.trim() && !typedToDay(day) ? t('badDay') : clock.trim() && !typedToClock(clock) ? t('badClock') : undefined,
    );
  return (
    <div className="moment-inputs" lang={lang}>
      <input
        {...attributes}
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dayPlaceholder')}
        value={day}
        onChange={(event) => {
          setDay(event.target.value);
          onChange(composeMoment(event.target.value, clock));
        }}
        onBlur={check}
      />
      <input
        {...attributes}
        id={`${id}-time`}
        name={`${id}-time`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={`${label}, ${t('time')}`}
        placeholder={t('clockPlaceholder')}
        value={clock}
        onChange={(event) => {
          setClock(event.target.value);
          onChange(composeMoment(day, event.target.value));
        }}
        onBlur={check}
      />
    </div>
  );
}
