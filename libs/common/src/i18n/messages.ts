import type { ErrorCode, Language } from '@app/contracts';

type Catalog = Record<Language, string>;

/** Messages of the API's error codes. `{name}` placeholders are filled from the error's params. */
export const ERROR_MESSAGES: Record<ErrorCode, Catalog> = {
  VALIDATION_FAILED: {
    kk: 'Кейбір өрістер қате толтырылған: әрқайсысының қасында не түзету керегі жазылған',
    ru: 'Некоторые поля заполнены неверно: что исправить, сказано у каждого из них',
    en: 'Some fields need correcting: what to change is said at each of them',
  },
  MALFORMED_REQUEST: {
    kk: 'Сұрауды оқу мүмкін емес: {detail}',
    ru: 'Не удалось прочитать запрос: {detail}',
    en: 'The request could not be read: {detail}',
  },
  AUTH_REQUIRED: {
    kk: 'Жүйеге кіру қажет',
    ru: 'Требуется вход в систему',
    en: 'Sign-in required',
  },
  INVALID_CREDENTIALS: {
    kk: 'Электрондық пошта немесе құпиясөз қате',
    ru: 'Неверный адрес электронной почты или пароль',
    en: 'Wrong e-mail or password',
  },
  TOKEN_INVALID: {
    kk: 'Сессия аяқталды немесе жарамсыз, қайта кіріңіз',
    ru: 'Сессия истекла или недействительна, войдите снова',
    en: 'The session has expired or is invalid; sign in again',
  },
  FORBIDDEN: {
    kk: 'Бұл әрекетке құқығыңыз жоқ',
    ru: 'У вас нет прав на это действие',
    en: 'You are not allowed to do this',
  },
  NOT_FOUND: {
    kk: 'Сұралған жазба табылмады',
    ru: 'Запрошенная запись не найдена',
    en: 'The requested record was not found',
  },
  ROUTE_NOT_FOUND: {
    kk: '{method} {path} мекенжайы жоқ',
    ru: 'Адрес {method} {path} не существует',
    en: 'There is no route {method} {path}',
  },
  METHOD_NOT_ALLOWED: {
    kk: 'Бұл әдіске рұқсат жоқ',
    ru: 'Этот метод не разрешён',
    en: 'This method is not allowed',
  },
  ALREADY_EXISTS: {
    kk: 'Мұндай жазба бұрыннан бар',
    ru: 'Такая запись уже существует',
    en: 'Such a record already exists',
  },
  CONFLICT: {
    kk: 'Сұрау ағымдағы күймен қайшы келеді',
    ru: 'Запрос противоречит текущему состоянию',
    en: 'The request conflicts with the current state',
  },
  VERSION_MISMATCH: {
    kk: 'Жазбаны басқа біреу өзгертті; жаңартып, қайталаңыз',
    ru: 'Запись уже изменил кто-то другой; обновите и повторите',
    en: 'Someone else changed this record; reload and try again',
  },
  REFERENCE_NOT_FOUND: {
    kk: 'Сілтеме жасалған жазба жоқ',
    ru: 'Запись, на которую ссылается запрос, не существует',
    en: 'A referenced record does not exist',
  },
  CONSTRAINT_VIOLATION: {
    kk: 'Деректер ережелерге сәйкес келмейді',
    ru: 'Данные нарушают правила',
    en: 'The data breaks a rule',
  },
  PAYLOAD_TOO_LARGE: {
    kk: 'Сұрау тым үлкен',
    ru: 'Запрос слишком большой',
    en: 'The request is too large',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kk: 'Бұл деректер форматы қолдау таппайды',
    ru: 'Этот формат данных не поддерживается',
    en: 'This data format is not supported',
  },
  TOO_MANY_LOGIN_ATTEMPTS: {
    kk: 'Кіру әрекеттері тым көп. {seconds} секундтан кейін қайталаңыз',
    ru: 'Слишком много попыток входа. Повторите через {seconds} с',
    en: 'Too many sign-in attempts. Try again in {seconds} s',
  },
  IMPORT_UNREADABLE: {
    kk: 'Файлды оқу мүмкін емес ({detail}). CSV (UTF-8) немесе XLSX жіберіңіз, бірінші жолда баған атаулары болсын',
    ru: 'Не удалось прочитать файл ({detail}). Пришлите CSV (UTF-8) или XLSX с названиями столбцов в первой строке',
    en: 'The file could not be read ({detail}). Send CSV (UTF-8) or XLSX with column names in the first row',
  },
  ROOM_CONFLICT: {
    kk: '«{room}» залы бұл уақытта бос емес: «{other}» ({from}–{to})',
    ru: 'Зал «{room}» в это время занят: «{other}» ({from}–{to})',
    en: 'Room "{room}" is taken at that time by "{other}" ({from}–{to})',
  },
  SPEAKER_CONFLICT: {
    kk: '{person} осы уақытта басқа жерде: «{other}» ({from}–{to})',
    ru: '{person} в это время занят(а) в другом месте: «{other}» ({from}–{to})',
    en: '{person} is elsewhere at that time: "{other}" ({from}–{to})',
  },
  SPEAKER_CONFLICT_PRIVATE: {
    kk: '{person} осы уақытта басқа іс-шарада',
    ru: '{person} в это время участвует в другом мероприятии',
    en: '{person} is at another event at that time',
  },
  OUTSIDE_EVENT: {
    kk: 'Сессия іс-шара уақытының ({from}–{to}) немесе бөлімінің ішінде болуы керек',
    ru: 'Сессия должна проходить в рамках мероприятия ({from}–{to}) и своей секции',
    en: 'The session must lie within its event ({from}–{to}) and its section',
  },
  INVALID_PARENT: {
    kk: 'Бөлім осы іс-шараның жоғарғы деңгейдегі сессиясы болуы керек',
    ru: 'Секцией может быть только сессия верхнего уровня этого же мероприятия',
    en: 'A section must be a top-level session of the same event',
  },
  EVENT_CANCELLED: {
    kk: 'Іс-шара тоқтатылған, оны өзгерту мүмкін емес',
    ru: 'Мероприятие отменено, изменить его нельзя',
    en: 'The event is cancelled and cannot be changed',
  },
  INVALID_STATUS_CHANGE: {
    kk: 'Іс-шараны «{from}» күйінен «{to}» күйіне ауыстыру мүмкін емес',
    ru: 'Нельзя перевести мероприятие из состояния «{from}» в «{to}»',
    en: 'The event cannot go from "{from}" to "{to}"',
  },
  REGISTRATION_CLOSED: {
    kk: 'Бұл іс-шараға тіркеу қазір жабық',
    ru: 'Регистрация на это мероприятие сейчас закрыта',
    en: 'Registration for this event is closed now',
  },
  ALREADY_REGISTERED: {
    kk: 'Бұл адам осы іс-шараға тіркеліп қойған',
    ru: 'Этот человек уже зарегистрирован на мероприятие',
    en: 'This person is already registered for the event',
  },
  BADGE_UNKNOWN: {
    kk: 'Мұндай бейдж осы іс-шарада жоқ',
    ru: 'Такого бейджа на этом мероприятии нет',
    en: 'No such badge at this event',
  },
  NOT_ADMITTED: {
    kk: 'Кіруге болмайды: тіркеу күйі «{status}»',
    ru: 'Вход не разрешён: статус регистрации «{status}»',
    en: 'Not admitted: the registration is "{status}"',
  },
  NO_PERSON_RECORD: {
    kk: 'Тіркелу үшін профильде аты-жөніңізді толтырыңыз',
    ru: 'Для регистрации укажите в профиле своё имя',
    en: 'Fill in your name in your profile to register',
  },
  SIGNUP_NOT_OPEN: {
    kk: 'Бұл сессияға жеке жазылу жоқ немесе сіз іс-шараға тіркелмегенсіз',
    ru: 'На эту сессию нет отдельной записи, или вы не зарегистрированы на мероприятие',
    en: 'This session takes no sign-ups, or you are not registered for the event',
  },
  SIGNUP_CONFLICT: {
    kk: 'Сіз осы уақытта «{other}» сессиясына жазылғансыз',
    ru: 'На это время вы уже записаны на сессию «{other}»',
    en: 'You are already signed up for "{other}" at that time',
  },
  RESOLUTION_ADOPTED: {
    kk: 'Қаулы қабылданған, оның мәтіні өзгермейді. Түзету үшін өзгерістер туралы қаулы жасаңыз',
    ru: 'Постановление принято, его текст не меняется. Для исправления оформите изменяющее постановление',
    en: 'The resolution is adopted and its text is final. Draft an amending resolution instead',
  },
  INDICATOR_TARGET_FIXED: {
    kk: 'Акт қабылданған: көрсеткіштің атауы, өлшем бірлігі мен жоспарлы мәні өзгермейді, тек қол жеткізілген мәнін енгізуге болады',
    ru: 'Акт принят: название, единица и плановое значение показателя не меняются, можно вносить только достигнутое значение',
    en: 'The act is adopted: an indicator’s name, unit and target are final; only the value reached can be reported',
  },
  NOT_AMENDABLE: {
    kk: 'Тек қабылданған қаулыға өзгерістер енгізуге болады',
    ru: 'Изменять можно только принятое постановление',
    en: 'Only an adopted resolution can be amended',
  },
  NO_QUORUM: {
    kk: 'Кворум жоқ: {present} қатысушы, кемінде {required} қажет',
    ru: 'Нет кворума: присутствуют {present}, нужно не меньше {required}',
    en: 'No quorum: {present} present, at least {required} needed',
  },
  NOT_ADOPTED: {
    kk: 'Қаулы қабылданбады: «қолдағандар» {votesFor}, қажет {required}-дан кем емес',
    ru: 'Постановление не принято: «за» {votesFor}, нужно не меньше {required}',
    en: 'Not adopted: {votesFor} for, at least {required} needed',
  },
  ADOPTED_BEFORE_SESSION: {
    kk: 'Қаулы қабылдайтын отырыс басталғанға дейін ({startsAt}) қабылданбайды: қабылдау күні мен уақыты отырыс кезінде немесе одан кейін болуы керек',
    ru: 'Нельзя принять до начала заседания, на котором принимается документ ({startsAt}): дата и время принятия — во время заседания или позже',
    en: 'It cannot be adopted before its adopting session begins ({startsAt}): the adoption is dated during that session or after it',
  },
  ADOPTED_AFTER_EVENT: {
    kk: 'Қабылдау күні іс-шара аяқталғаннан ({endsAt}) кейін және болашақта болмауы керек',
    ru: 'Дата принятия не может быть позже окончания мероприятия ({endsAt}) или в будущем',
    en: 'The adoption cannot be dated after the event ends ({endsAt}) or in the future',
  },
  ADOPTION_TIME_REQUIRED: {
    kk: 'Қаулы қабылдайтын отырыс аяқталды ({endsAt}): қаулының қабылданған күні мен уақытын көрсетіңіз',
    ru: 'Заседание, на котором принимается документ, закончилось ({endsAt}): укажите дату и время принятия',
    en: 'The adopting session has ended ({endsAt}): give the date and time of the adoption',
  },
  VOTES_EXCEED_PRESENT: {
    kk: 'Дауыстар саны ({votes}) қатысушылардан ({present}) көп болмауы керек',
    ru: 'Голосов ({votes}) не может быть больше, чем присутствующих ({present})',
    en: 'There cannot be more votes ({votes}) than people present ({present})',
  },
  POLL_OPEN: {
    kk: 'Бұл форумда дауыс беру жүріп жатыр: жаңасын ашпас бұрын оны аяқтаңыз',
    ru: 'В этом форуме уже идёт голосование: завершите его, прежде чем открыть новое',
    en: 'A vote is already open in this forum: close it before opening another',
  },
  POLL_CLOSED: {
    kk: 'Дауыс беру аяқталды, дауыстар енді қабылданбайды',
    ru: 'Голосование завершено, голоса больше не принимаются',
    en: 'The vote is closed; no more votes are taken',
  },
  POLL_NOT_CLOSED: {
    kk: 'Қаулыны қабылдау үшін алдымен осы қаулы бойынша дауыс беруді аяқтаңыз',
    ru: 'Чтобы принять постановление, сначала завершите голосование по нему',
    en: 'Close the vote on this resolution before adopting it',
  },
  POLL_WRONG_MODE: {
    kk: 'Атаулы дауыс беруде дауыстарды хатшы белгілейді, электрондық дауыс беруде әр мүше өз телефонынан дауыс береді',
    ru: 'При поимённом голосовании голоса отмечает секретарь, при электронном каждый член голосует со своего телефона',
    en: 'In a roll call the secretary marks the votes; in an electronic vote each member votes from their phone',
  },
  NOT_A_VOTER: {
    kk: 'Сіз бұл дауыс беруге қатыспайсыз: дауыс беру ашылған кезде тіркелген дауыс беруші мүшелер ғана дауыс береді',
    ru: 'Вы не участвуете в этом голосовании: голосуют члены с правом голоса, отмеченные присутствующими в момент его открытия',
    en: 'You are not a voter in this poll: voting members checked in when it opened vote',
  },
  FILE_REQUIRED: {
    kk: 'Файл жіберілмеді: сұрауда бір «file» бөлігі болуы керек',
    ru: 'Файл не передан: в запросе должна быть одна часть «file»',
    en: 'No file was sent: the request needs one "file" part',
  },
  FILE_TOO_LARGE: {
    kk: 'Файл тым үлкен: ең көбі {max} МБ',
    ru: 'Файл слишком большой: не более {max} МБ',
    en: 'The file is too large: {max} MB at most',
  },
  FILE_TYPE_NOT_ALLOWED: {
    kk: 'Бұл файл түрі қабылданбайды: PDF, DOCX, XLSX, PPTX, PNG немесе JPEG жүктеңіз',
    ru: 'Этот тип файла не принимается: загрузите PDF, DOCX, XLSX, PPTX, PNG или JPEG',
    en: 'This kind of file is not accepted: upload a PDF, DOCX, XLSX, PPTX, PNG or JPEG',
  },
  FILE_CONTENT_MISMATCH: {
    kk: 'Файлдың мазмұны оның түріне сәйкес емес ({declared} деп көрсетілген, бірақ ол {detected})',
    ru: 'Содержимое файла не соответствует его типу (заявлен {declared}, а это {detected})',
    en: "The file's content does not match its type ({declared} declared, but it is {detected})",
  },
  RANGE_NOT_SATISFIABLE: {
    kk: 'Сұралған бөлік файлдан тыс: файлдың өлшемі {size} байт',
    ru: 'Запрошенная часть вне файла: размер файла {size} байт',
    en: 'The range asked for lies outside the file: it has {size} bytes',
  },
  AWARD_NOT_ATTENDED: {
    kk: 'Сертификат тек іс-шараға нақты келген (тіркеуден өткен) қатысушыларға беріледі: {names} келмеген',
    ru: 'Сертификат выдаётся только тем, кто действительно пришёл (отмечен на входе): {names} не отмечены',
    en: 'A certificate goes only to people actually checked in: {names} were not',
  },
  AWARD_EXISTS: {
    kk: 'Бұл іс-шарада осындай марапат бұрын берілген: {names}',
    ru: 'Такая награда на этом мероприятии уже выдана: {names}',
    en: 'Already awarded so at this event: {names}',
  },
  AWARD_REVOKED: {
    kk: 'Марапат бұрын кері қайтарылған',
    ru: 'Награда уже отозвана',
    en: 'The award is already revoked',
  },
  SURVEY_EXISTS: {
    kk: 'Бұл іс-шараның (немесе отырыстың) сауалнамасы бар: оны өзгертіңіз',
    ru: 'У этого мероприятия (или заседания) уже есть опрос: измените его',
    en: 'This event (or session) already has a survey: change that one',
  },
  SURVEY_NOT_OPEN: {
    kk: 'Сауалнама әлі ашылған жоқ: ол {opensAt} ашылады',
    ru: 'Опрос ещё не открыт: он откроется {opensAt}',
    en: 'The survey is not open yet: it opens at {opensAt}',
  },
  SURVEY_CLOSED: {
    kk: 'Сауалнама жабылды ({closesAt}): жауаптар енді қабылданбайды',
    ru: 'Опрос закрыт ({closesAt}): ответы больше не принимаются',
    en: 'The survey has closed ({closesAt}): answers are no longer taken',
  },
  SURVEY_NOT_ELIGIBLE: {
    kk: 'Сауалнамаға іс-шараға тіркеліп, келгені белгіленген қатысушылар ғана жауап береді',
    ru: 'На опрос отвечают только зарегистрированные участники, отмеченные на входе',
    en: 'Only registered participants who were checked in answer this survey',
  },
  SURVEY_ANSWERED: {
    kk: 'Сауалнамаға жауап берілді: оның атауы мен сұрақтары енді өзгермейді (жабылу уақытын ғана өзгертуге болады)',
    ru: 'На опрос уже ответили: его название и вопросы больше не меняются (можно изменить только срок закрытия)',
    en: 'The survey has answers: its title and questions no longer change (only its closing time may)',
  },
  SURVEY_ANONYMITY_PROMISED: {
    kk: 'Қатысушыларға сауалнама жасырын деп айтылды: оны енді жасырын емес етуге болмайды',
    ru: 'Участникам обещали анонимный опрос: сделать его неанонимным уже нельзя',
    en: 'Participants were promised an anonymous survey: it cannot be made non-anonymous now',
  },
  PROTOCOL_EXISTS: {
    kk: 'Бұл отырыстың хаттамасы бар; оны ашып толтырыңыз',
    ru: 'Протокол этого заседания уже есть; откройте и дополните его',
    en: 'This meeting already has a protocol; open it and go on',
  },
  PROTOCOL_APPROVED: {
    kk: 'Хаттамаға қол қойылған, оның мәтіні өзгермейді. Түзету үшін хаттамаға қосымша жасаңыз',
    ru: 'Протокол подписан, его текст не меняется. Для исправления оформите дополнение к протоколу',
    en: 'The protocol is signed and its text is final. Write an addendum instead',
  },
  PROTOCOL_SIGNED: {
    kk: 'Хаттамаға қол қойыла бастады: өзгерту үшін алдымен қойылған қолды қайтарып алу керек',
    ru: 'Протокол уже начали подписывать: чтобы изменить его, сначала отзовите подпись',
    en: 'Signing has begun: withdraw the signature before changing the protocol',
  },
  PROTOCOL_NOT_APPROVED: {
    kk: 'Алдымен хаттамаға төраға мен хатшы қол қоюы керек',
    ru: 'Сначала протокол должны подписать председатель и секретарь',
    en: 'The chair and the secretary must sign the protocol first',
  },
  NOT_SIGNATORY: {
    kk: 'Хаттамаға оның төрағасы немесе хатшысы ғана қол қояды',
    ru: 'Протокол подписывают только его председатель и секретарь',
    en: 'Only the chair and the secretary of the protocol sign it',
  },
  ALREADY_SIGNED: {
    kk: 'Сіз бұл хаттамаға қол қойып қойғансыз',
    ru: 'Вы уже подписали этот протокол',
    en: 'You have already signed this protocol',
  },
  SIGNATORIES_REQUIRED: {
    kk: 'Қол қою алдында хаттаманың төрағасы мен хатшысын көрсетіңіз',
    ru: 'Перед подписанием укажите председателя и секретаря протокола',
    en: 'Name the chair and the secretary of the protocol before signing',
  },
  USER_NOT_FOUND: {
    kk: 'Электрондық поштасы {email} пайдаланушы табылмады; тіркелгіні әкімші ашады',
    ru: 'Пользователя с почтой {email} нет; учётную запись создаёт администратор',
    en: 'There is no user with the e-mail {email}; an admin creates accounts',
  },
  FEED_REVOKED: {
    kk: 'Бұл күнтізбе сілтемесі кері қайтарылды: жаңасын «Менің форумдарым» бетінен алыңыз',
    ru: 'Эта ссылка на календарь отозвана: новую можно получить на странице «Мои форумы»',
    en: 'This calendar link was revoked: get a new one on the "My forums" page',
  },
  TOO_MANY_REQUESTS: {
    kk: 'Сұраулар тым көп, сәлден соң қайталаңыз',
    ru: 'Слишком много запросов, повторите позже',
    en: 'Too many requests; try again later',
  },
  LINK_INVALID: {
    kk: 'Бұл сілтеменің мерзімі өтті немесе ол бұрын пайдаланылды: жаңа сілтеме сұраңыз',
    ru: 'Срок этой ссылки истёк или она уже использована: запросите новую',
    en: 'This link has expired or was already used: ask for a new one',
  },
  ACCOUNT_EXISTS: {
    kk: 'Бұл адамның немесе поштаның тіркелгісі бар: жүйеге кіріңіз',
    ru: 'У этого человека или этой почты уже есть учётная запись: войдите в систему',
    en: 'This person or e-mail already has an account: sign in instead',
  },
  MERGE_SAME_PERSON: {
    kk: 'Адамды өзімен біріктіруге болмайды: басқа жазбаны таңдаңыз',
    ru: 'Нельзя объединить человека с самим собой: выберите другую запись',
    en: 'A person cannot be merged into themselves: choose another record',
  },
  MERGE_BOTH_REGISTERED: {
    kk: 'Екі жазба да бір іс-шараға тіркелген ({events}): алдымен біреуінің тіркеуінен бас тартыңыз',
    ru: 'Обе записи зарегистрированы на одно мероприятие ({events}): сначала отмените одну из регистраций',
    en: 'Both records are registered to the same event ({events}): cancel one of the registrations first',
  },
  MERGE_BOTH_ACCOUNTS: {
    kk: 'Екі жазбаның да өз тіркелгісі бар: біреуін алдымен ажыратыңыз',
    ru: 'У обеих записей есть учётная запись: сначала отвяжите одну из них',
    en: 'Both records have an account of their own: unlink one of them first',
  },
  MERGE_IN_RECORDS: {
    kk: 'Қайталанған жазба қабылданған не қол қойылған құжаттарда тұр: оны біріктіруге болмайды',
    ru: 'Дубликат указан в принятых или подписанных документах: его нельзя объединить',
    en: 'The duplicate is named in adopted or signed documents: it cannot be merged',
  },
  DATABASE_UNAVAILABLE: {
    kk: 'Дерекқор уақытша қолжетімсіз: бірнеше секундтан соң қайталаңыз, ештеңе жоғалмайды',
    ru: 'База данных временно недоступна: повторите через несколько секунд, ничего не потеряется',
    en: 'The database is unavailable for a moment: try again in a few seconds, nothing is lost',
  },
  SERVICE_UNAVAILABLE: {
    kk: 'Қызмет уақытша қолжетімсіз',
    ru: 'Сервис временно недоступен',
    en: 'The service is temporarily unavailable',
  },
  INTERNAL_ERROR: {
    kk: 'Ішкі қате. Қолдау қызметіне мына кодты айтыңыз: {correlationId}',
    ru: 'Внутренняя ошибка. Сообщите в поддержку код: {correlationId}',
    en: 'Internal error. Quote this code to support: {correlationId}',
  },
};

/** Messages of field-level validation failures, keyed by class-validator constraint name. */
export const FIELD_MESSAGES: Record<string, Catalog> = {
  accountExists: {
    kk: 'Бұл поштамен тіркелгі бар',
    ru: 'С этой почтой уже есть учётная запись',
    en: 'An account with this e-mail exists',
  },
  isDefined: { kk: 'Міндетті өріс', ru: 'Обязательное поле', en: 'Required field' },
  maxDepth: {
    kk: 'JSON {max} деңгейден терең болмауы керек',
    ru: 'JSON не должен быть вложен глубже {max} уровней',
    en: 'JSON must not nest deeper than {max} levels',
  },
  isNotEmpty: { kk: 'Бос болмауы керек', ru: 'Не должно быть пустым', en: 'Must not be empty' },
  isString: { kk: 'Мәтін болуы керек', ru: 'Должно быть строкой', en: 'Must be a string' },
  isEmail: {
    kk: 'Электрондық пошта мекенжайы қате',
    ru: 'Неверный адрес электронной почты',
    en: 'Not a valid e-mail address',
  },
  minLength: {
    kk: 'Кемінде {constraint1} таңба болуы керек',
    ru: 'Не короче {constraint1} символов',
    en: 'At least {constraint1} characters',
  },
  maxLength: {
    kk: '{constraint1} таңбадан аспауы керек',
    ru: 'Не длиннее {constraint1} символов',
    en: 'At most {constraint1} characters',
  },
  isInt: { kk: 'Бүтін сан болуы керек', ru: 'Должно быть целым числом', en: 'Must be a whole number' },
  isNumber: { kk: 'Сан болуы керек', ru: 'Должно быть числом', en: 'Must be a number' },
  min: { kk: 'Кемінде {constraint1}', ru: 'Не меньше {constraint1}', en: 'At least {constraint1}' },
  max: { kk: '{constraint1} мәнінен аспауы керек', ru: 'Не больше {constraint1}', en: 'At most {constraint1}' },
  isBoolean: { kk: 'true немесе false болуы керек', ru: 'Должно быть true или false', en: 'Must be true or false' },
  isUuid: { kk: 'UUID болуы керек', ru: 'Должно быть UUID', en: 'Must be a UUID' },
  isIn: {
    kk: 'Рұқсат етілген мәндердің бірі болуы керек: {constraint1}',
    ru: 'Допустимые значения: {constraint1}',
    en: 'Must be one of: {constraint1}',
  },
  isEnum: {
    kk: 'Рұқсат етілген мәндердің бірі болуы керек',
    ru: 'Недопустимое значение',
    en: 'Not an allowed value',
  },
  isArray: { kk: 'Тізім болуы керек', ru: 'Должно быть списком', en: 'Must be a list' },
  arrayNotEmpty: { kk: 'Тізім бос болмауы керек', ru: 'Список не должен быть пустым', en: 'Must not be empty' },
  isDateString: {
    kk: 'Күн мен уақыт ISO 8601 пішімінде болуы керек',
    ru: 'Дата и время в формате ISO 8601',
    en: 'Must be an ISO 8601 date-time',
  },
  isISO8601: {
    kk: 'Күн мен уақыт ISO 8601 пішімінде болуы керек',
    ru: 'Дата и время в формате ISO 8601',
    en: 'Must be an ISO 8601 date-time',
  },
  matches: { kk: 'Пішімі қате', ru: 'Неверный формат', en: 'Wrong format' },
  isDay: {
    kk: 'Күн КК.АА.ЖЖЖЖ пішімінде болуы керек',
    ru: 'Дата в формате ДД.ММ.ГГГГ',
    en: 'A day as DD.MM.YYYY',
  },
  doneIsFull: {
    kk: 'Орындалған тармақтың пайызы 100 болуы керек',
    ru: 'У выполненного пункта процент должен быть 100',
    en: 'A done point is 100 %',
  },
  isObject: { kk: 'Нысан болуы керек', ru: 'Должно быть объектом', en: 'Must be an object' },
  whitelistValidation: {
    kk: 'Бұл өріс белгісіз',
    ru: 'Неизвестное поле',
    en: 'Unknown field',
  },
  exists: { kk: 'Мұндай жазба жоқ', ru: 'Такой записи нет', en: 'No such record' },
  webhookUrl: {
    kk: 'Мекенжай https:// болуы керек (http:// тек сынақта және жергілікті компьютерге)',
    ru: 'Адрес должен быть https:// (http:// только в тестах и на локальный компьютер)',
    en: 'The address must be https:// (http:// only to loopback, outside production)',
  },
  webhookTarget: {
    kk: 'Ішкі желі мекенжайына жіберуге болмайды',
    ru: 'Нельзя отправлять на адрес внутренней сети',
    en: 'An internal network address is not allowed',
  },
  webhookOrganization: {
    kk: 'registration.changed үшін ұйымды көрсетіңіз: тек оның өз форумдарының тіркеулері жіберіледі',
    ru: 'Для registration.changed укажите организацию: приходят регистрации только её форумов',
    en: 'registration.changed needs the organization: only its own forums’ registrations are sent',
  },
  oneSelection: {
    kk: 'Алушыларды бір тәсілмен таңдаңыз: registrationIds, personIds немесе select',
    ru: 'Выберите получателей одним способом: registrationIds, personIds или select',
    en: 'Pick the recipients one way: registrationIds, personIds or select',
  },
  noRecipients: {
    kk: 'Бұл таңдауға сәйкес тіркелген қатысушы жоқ',
    ru: 'Под этот выбор не подходит ни один зарегистрированный участник',
    en: 'No registered participant matches this choice',
  },
  tooManyRecipients: {
    kk: 'Бір сұрауда ең көбі {max} алушы: таңдауды тарылтыңыз',
    ru: 'Не больше {max} получателей за один запрос: сузьте выбор',
    en: 'At most {max} recipients a request: narrow the choice',
  },
  notBeforeEvent: {
    kk: 'Күні іс-шара басталған күннен ерте болмауы керек',
    ru: 'Дата не может быть раньше первого дня мероприятия',
    en: 'The date cannot be before the first day of the event',
  },
  alreadyExists: { kk: 'Бұл мән бұрыннан тіркелген', ru: 'Это значение уже занято', en: 'This value is already taken' },
  duplicateInFile: { kk: 'Файлда қайталанады', ru: 'Повторяется в файле', en: 'Repeated in the file' },
  positionBothLanguages: {
    kk: 'Лауазымы қазақша және орысша берілуі керек',
    ru: 'Должность нужна на казахском и русском',
    en: 'The position is needed in Kazakh and Russian',
  },
  isPhone: { kk: 'Телефон нөмірі қате', ru: 'Неверный номер телефона', en: 'Not a valid phone number' },
  regionCode: { kk: 'Өңір коды қате', ru: 'Неверный код региона', en: 'Not a valid region code' },
  regionLevel: {
    kk: 'Бұл деңгей осы өңірдің ішінде бола алмайды',
    ru: 'Такой уровень не может входить в этот регион',
    en: 'This level cannot sit under that region',
  },
  duplicateColumn: { kk: 'Баған қайталанады', ru: 'Столбец повторяется', en: 'Repeated column' },
  unknownColumn: { kk: 'Белгісіз баған', ru: 'Неизвестный столбец', en: 'Unknown column' },
  timeZone: { kk: 'Белгісіз уақыт белдеуі', ru: 'Неизвестный часовой пояс', en: 'Unknown time zone' },
  formerNameDates: {
    kk: 'Атаудың бірінші күні соңғы күнінен кейін болмауы және атаулардың мерзімдері қабаттаспауы керек',
    ru: 'Первый день названия не позже последнего, сроки названий не пересекаются',
    en: 'A name starts before it ends, and the names do not overlap',
  },
  endsAfterStart: {
    kk: 'Аяқталуы басталуынан кейін болуы керек',
    ru: 'Окончание должно быть позже начала',
    en: 'Must end after it starts',
  },
  unique: { kk: 'Қайталанбауы керек', ru: 'Не должно повторяться', en: 'Must not repeat' },
  room: { kk: 'Өткізу орнында мұндай зал жоқ', ru: 'Такого зала нет на площадке', en: 'The venue has no such room' },
  ROOM_CONFLICT: { kk: 'Зал бұл уақытта бос емес', ru: 'Зал в это время занят', en: 'The room is taken at that time' },
  SPEAKER_CONFLICT: {
    kk: 'Бұл адам осы уақытта басқа сессияда',
    ru: 'Этот человек в это время в другой сессии',
    en: 'This person is in another session at that time',
  },
  INVALID_PARENT: { kk: 'Бөлім жарамсыз', ru: 'Недопустимая секция', en: 'Not a valid section' },
  userNotFound: {
    kk: 'Мұндай поштамен пайдаланушы жоқ',
    ru: 'Пользователя с такой почтой нет',
    en: 'No user has this e-mail',
  },
  nestedValidation: { kk: 'Ішкі деректер қате', ru: 'Вложенные данные неверны', en: 'Nested data is invalid' },
};

const FALLBACK_FIELD_MESSAGE: Catalog = { kk: 'Мәні қате', ru: 'Неверное значение', en: 'Invalid value' };

export type MessageParams = Record<string, string | number>;

export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}

export function errorMessage(code: ErrorCode, lang: Language, params?: MessageParams): string {
  return interpolate(ERROR_MESSAGES[code][lang], params);
}

export function fieldMessage(constraint: string, lang: Language, params?: MessageParams): string {
  return interpolate((FIELD_MESSAGES[constraint] ?? FALLBACK_FIELD_MESSAGE)[lang], params);
}
