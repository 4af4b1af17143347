import type { Messages } from '../../lib/i18n';

type Key =
  | 'modeLegend'
  | 'modeCounts'
  | 'modeRollCall'
  | 'modeElectronic'
  | 'open'
  | 'opening'
  | 'openHint'
  | 'cast'
  | 'tally'
  | 'for'
  | 'against'
  | 'abstained'
  | 'notVoted'
  | 'close'
  | 'cancel'
  | 'cancelled'
  | 'carried'
  | 'notCarried'
  | 'noQuorum'
  | 'adoptFromPoll'
  | 'newPoll'
  | 'voters'
  | 'screen'
  | 'phoneVote'
  | 'verification';

export const POLL_TEXTS: Messages<Key> = {
  kk: {
    modeLegend: 'Дауыс беру тәсілі',
    modeCounts: 'Санын енгізу',
    modeRollCall: 'Атаулы (хатшы белгілейді)',
    modeElectronic: 'Электрондық (телефоннан)',
    open: 'Дауыс беруді ашу',
    opening: 'Ашылуда…',
    openHint: 'Дауыс берушілер: қазір тіркелген дауыс беруші мүшелер. Кворум ашылған сәтте есептеледі.',
    cast: '{cast} / {present} дауыс берілді',
    tally: 'Қолдағандар {for}, қарсылар {against}, қалыс қалғандар {abstained}',
    for: 'Қолдайды',
    against: 'Қарсы',
    abstained: 'Қалыс',
    notVoted: 'дауыс бермеді',
    close: 'Дауыс беруді аяқтау',
    cancel: 'Дауыс беруді болдырмау',
    cancelled: 'Дауыс беру болдырылмады.',
    carried: 'Шешім қабылданды ({for}, кемінде {majority} қажет)',
    notCarried: 'Шешім қабылданбады ({for}, кемінде {majority} қажет)',
    noQuorum: 'Дауыс беру ашылған кезде кворум болмады ({present} / {required})',
    adoptFromPoll: 'Осы дауыс берумен қабылдау',
    newPoll: 'Жаңа дауыс беру',
    voters: 'Дауыс берушілер',
    screen: 'Залдағы экран',
    phoneVote: 'Мүшелер /my бетінде телефоннан дауыс береді.',
    verification: 'Тексеру коды:',
  },
  ru: {
    modeLegend: 'Способ голосования',
    modeCounts: 'Ввести итоги',
    modeRollCall: 'Поимённое (отмечает секретарь)',
    modeElectronic: 'Электронное (с телефонов)',
    open: 'Открыть голосование',
    opening: 'Открывается…',
    openHint: 'Голосуют члены с правом голоса, отмеченные сейчас. Кворум считается на момент открытия.',
    cast: 'Проголосовали {cast} из {present}',
    tally: 'За {for}, против {against}, воздержались {abstained}',
    for: 'За',
    against: 'Против',
    abstained: 'Воздержался',
    notVoted: 'не голосовал',
    close: 'Завершить голосование',
    cancel: 'Отменить голосование',
    cancelled: 'Голосование отменено.',
    carried: 'Решение принято ({for} «за», нужно не меньше {majority})',
    notCarried: 'Решение не принято ({for} «за», нужно не меньше {majority})',
    noQuorum: 'При открытии голосования не было кворума ({present} из {required})',
    adoptFromPoll: 'Принять по итогам голосования',
    newPoll: 'Новое голосование',
    voters: 'Голосующие',
    screen: 'Экран для зала',
    phoneVote: 'Члены голосуют с телефона на странице /my.',
    verification: 'Код проверки:',
  },
  en: {
    modeLegend: 'How the vote is taken',
    modeCounts: 'Type the counts',
    modeRollCall: 'Roll call (the secretary marks)',
    modeElectronic: 'Electronic (from phones)',
    open: 'Open the vote',
    opening: 'Opening…',
    openHint: 'Voters: the voting members checked in now. The quorum is judged at opening.',
    cast: '{cast} of {present} have voted',
    tally: 'For {for}, against {against}, abstained {abstained}',
    for: 'For',
    against: 'Against',
    abstained: 'Abstain',
    notVoted: 'not voted',
    close: 'Close the vote',
    cancel: 'Cancel the vote',
    cancelled: 'The vote was cancelled.',
    carried: 'Carried ({for} for, at least {majority} needed)',
    notCarried: 'Not carried ({for} for, at least {majority} needed)',
    noQuorum: 'There was no quorum when the vote opened ({present} of {required})',
    adoptFromPoll: 'Adopt with this vote',
    newPoll: 'New vote',
    voters: 'Voters',
    screen: 'Screen for the hall',
    phoneVote: 'Members vote from their phones at /my.',
    verification: 'Verification code:',
  },
};
