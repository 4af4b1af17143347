import type { DemoData } from './demo-data.types';

/**
 * Demo data loaded on first start: the three real forums of the reference articles
 * (../../../../../shared/reference 000, 001, 002), with their real structure.
 *
 * People: those listed under "named in the articles" are public officials named in the reference
 * articles, with their positions as the articles give them. Everyone else (rural akims, district
 * maslikhat chairs, department staff, party branch staff, association staff) is invented for the
 * demo: plausible names, no real person meant.
 *
 * Region codes below the oblasts are organizer-made (`KZ-27-ZHANAKALA`), not KATO codes.
 */
export const DEMO_DATA: DemoData = {
  regions: [
    // West Kazakhstan oblast (KZ-27)
    {
      code: 'KZ-27-ORAL',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Орал қаласы', ru: 'город Уральск', en: 'Oral (Uralsk) city' },
    },
    {
      code: 'KZ-27-ZHANAKALA',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Жаңақала ауданы', ru: 'Жанакалинский район', en: 'Zhanakala district' },
    },
    {
      code: 'KZ-27-KAZTALOV',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Казталов ауданы', ru: 'Казталовский район', en: 'Kaztalov district' },
    },
    {
      code: 'KZ-27-SHYNGYRLAU',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Шыңғырлау ауданы', ru: 'Шынгырлауский район', en: 'Shyngyrlau district' },
    },
    {
      code: 'KZ-27-TEREKTI',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Теректі ауданы', ru: 'Теректинский район', en: 'Terekti district' },
    },
    {
      code: 'KZ-27-BURLIN',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Бөрлі ауданы', ru: 'Бурлинский район', en: 'Burlin district' },
    },
    {
      code: 'KZ-27-BAYTEREK',
      parentCode: 'KZ-27',
      level: 'district',
      name: { kk: 'Бәйтерек ауданы', ru: 'Байтерекский район', en: 'Bayterek district' },
    },
    {
      code: 'KZ-27-ZHANAKALA-ZHANAKALA',
      parentCode: 'KZ-27-ZHANAKALA',
      level: 'rural_district',
      name: { kk: 'Жаңақала ауылдық округі', ru: 'Жанакалинский сельский округ', en: 'Zhanakala rural district' },
    },
    {
      code: 'KZ-27-ZHANAKALA-MASTEKSAY',
      parentCode: 'KZ-27-ZHANAKALA',
      level: 'rural_district',
      name: { kk: 'Мастексай ауылдық округі', ru: 'Мастексайский сельский округ', en: 'Masteksay rural district' },
    },
    {
      code: 'KZ-27-KAZTALOV-ZHALPAKTAL',
      parentCode: 'KZ-27-KAZTALOV',
      level: 'rural_district',
      name: { kk: 'Жалпақтал ауылдық округі', ru: 'Жалпактальский сельский округ', en: 'Zhalpaktal rural district' },
    },
    {
      code: 'KZ-27-SHYNGYRLAU-SHYNGYRLAU',
      parentCode: 'KZ-27-SHYNGYRLAU',
      level: 'rural_district',
      name: { kk: 'Шыңғырлау ауылдық округі', ru: 'Шынгырлауский сельский округ', en: 'Shyngyrlau rural district' },
    },
    {
      code: 'KZ-27-TEREKTI-FEDOROV',
      parentCode: 'KZ-27-TEREKTI',
      level: 'rural_district',
      name: { kk: 'Федоров ауылдық округі', ru: 'Федоровский сельский округ', en: 'Fedorov rural district' },
    },
    {
      code: 'KZ-27-BAYTEREK-DARYIN',
      parentCode: 'KZ-27-BAYTEREK',
      level: 'rural_district',
      name: { kk: 'Дарьин ауылдық округі', ru: 'Дарьинский сельский округ', en: 'Daryin rural district' },
    },
    {
      code: 'KZ-27-BURLIN-BURLIN',
      parentCode: 'KZ-27-BURLIN',
      level: 'rural_district',
      name: { kk: 'Бөрлі ауылдық округі', ru: 'Бурлинский сельский округ', en: 'Burlin rural district' },
    },

    // Almaty oblast (KZ-19)
    {
      code: 'KZ-19-KONAEV',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Қонаев қаласы', ru: 'город Конаев', en: 'Konaev city' },
    },
    {
      code: 'KZ-19-ILE',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Іле ауданы', ru: 'Илийский район', en: 'Ile district' },
    },
    {
      code: 'KZ-19-TALGAR',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Талғар ауданы', ru: 'Талгарский район', en: 'Talgar district' },
    },
    {
      code: 'KZ-19-KARASAI',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Қарасай ауданы', ru: 'Карасайский район', en: 'Karasai district' },
    },
    {
      code: 'KZ-19-ENBEKSHIKAZAKH',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Еңбекшіқазақ ауданы', ru: 'Енбекшиказахский район', en: 'Enbekshikazakh district' },
    },
    {
      code: 'KZ-19-ZHAMBYL',
      parentCode: 'KZ-19',
      level: 'district',
      name: { kk: 'Жамбыл ауданы', ru: 'Жамбылский район', en: 'Zhambyl district' },
    },
    {
      code: 'KZ-19-ZHAMBYL-AKSENGIR',
      parentCode: 'KZ-19-ZHAMBYL',
      level: 'rural_district',
      name: { kk: 'Ақсеңгір ауылдық округі', ru: 'Аксенгирский сельский округ', en: 'Aksengir rural district' },
    },
    {
      code: 'KZ-19-ZHAMBYL-AKSENGIR-AKSENGIR',
      parentCode: 'KZ-19-ZHAMBYL-AKSENGIR',
      level: 'village',
      name: { kk: 'Ақсеңгір ауылы', ru: 'село Аксенгир', en: 'Aksengir village' },
    },
    {
      code: 'KZ-19-ZHAMBYL-AKSENGIR-ZHAISAN',
      parentCode: 'KZ-19-ZHAMBYL-AKSENGIR',
      level: 'village',
      name: { kk: 'Жайсан ауылы', ru: 'село Жайсан', en: 'Zhaisan village' },
    },
    {
      code: 'KZ-19-ZHAMBYL-UZYNAGASH',
      parentCode: 'KZ-19-ZHAMBYL',
      level: 'rural_district',
      name: { kk: 'Ұзынағаш ауылдық округі', ru: 'Узынагашский сельский округ', en: 'Uzynagash rural district' },
    },
    {
      code: 'KZ-19-ILE-BAISERKE',
      parentCode: 'KZ-19-ILE',
      level: 'rural_district',
      name: { kk: 'Байсерке ауылдық округі', ru: 'Байсеркенский сельский округ', en: 'Baiserke rural district' },
    },
    {
      code: 'KZ-19-KARASAI-SHAMALGAN',
      parentCode: 'KZ-19-KARASAI',
      level: 'rural_district',
      name: { kk: 'Шамалған ауылдық округі', ru: 'Шамалганский сельский округ', en: 'Shamalgan rural district' },
    },
    {
      code: 'KZ-19-ENBEKSHIKAZAKH-TURGEN',
      parentCode: 'KZ-19-ENBEKSHIKAZAKH',
      level: 'rural_district',
      name: { kk: 'Түрген ауылдық округі', ru: 'Тургенский сельский округ', en: 'Turgen rural district' },
    },
  ],

  organizations: [
    // Republican
    {
      key: 'maslikhat-association',
      kind: 'association',
      name: {
        kk: '«Қазақстан мәслихаттары депутаттарының бірлестігі» республикалық қоғамдық бірлестігі',
        ru: 'Республиканское общественное объединение «Ассоциация депутатов маслихатов Казахстана»',
        en: 'Association of Deputies of Maslikhats of Kazakhstan (republican public association)',
      },
    },
    {
      key: 'amanat',
      kind: 'party',
      name: { kk: '«AMANAT» партиясы', ru: 'Партия «AMANAT»', en: 'AMANAT party' },
    },

    // West Kazakhstan oblast
    {
      key: 'wko-akimat',
      kind: 'akimat',
      regionCode: 'KZ-27',
      name: {
        kk: 'Батыс Қазақстан облысының әкімдігі',
        ru: 'Акимат Западно-Казахстанской области',
        en: 'Akimat of West Kazakhstan oblast',
      },
    },
    {
      key: 'wko-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-27',
      name: {
        kk: 'Батыс Қазақстан облыстық мәслихаты',
        ru: 'Западно-Казахстанский областной маслихат',
        en: 'West Kazakhstan oblast maslikhat',
      },
    },
    {
      key: 'amanat-wko',
      kind: 'party',
      regionCode: 'KZ-27',
      name: {
        kk: '«AMANAT» партиясының Батыс Қазақстан облыстық филиалы',
        ru: 'Западно-Казахстанский областной филиал партии «AMANAT»',
        en: 'West Kazakhstan oblast branch of the AMANAT party',
      },
    },
    {
      key: 'wko-procurement',
      kind: 'department',
      regionCode: 'KZ-27',
      name: {
        kk: 'Батыс Қазақстан облысының мемлекеттік сатып алу басқармасы',
        ru: 'Управление государственных закупок Западно-Казахстанской области',
        en: 'Public procurement department of West Kazakhstan oblast',
      },
    },
    {
      key: 'wko-civil-service',
      kind: 'department',
      regionCode: 'KZ-27',
      name: {
        kk: 'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Батыс Қазақстан облысы бойынша департаменті',
        ru: 'Департамент Агентства Республики Казахстан по делам государственной службы по Западно-Казахстанской области',
        en: 'West Kazakhstan department of the Civil Service Affairs Agency of the Republic of Kazakhstan',
      },
    },
    {
      key: 'oral-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-27-ORAL',
      name: { kk: 'Орал қалалық мәслихаты', ru: 'Уральский городской маслихат', en: 'Oral city maslikhat' },
    },
    {
      key: 'zhanakala-akimat',
      kind: 'akimat',
      regionCode: 'KZ-27-ZHANAKALA',
      name: {
        kk: 'Жаңақала ауданының әкімдігі',
        ru: 'Акимат Жанакалинского района',
        en: 'Akimat of Zhanakala district',
      },
    },
    {
      key: 'zhanakala-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-27-ZHANAKALA',
      name: {
        kk: 'Жаңақала аудандық мәслихаты',
        ru: 'Жанакалинский районный маслихат',
        en: 'Zhanakala district maslikhat',
      },
    },
    {
      key: 'kaztalov-akimat',
      kind: 'akimat',
      regionCode: 'KZ-27-KAZTALOV',
      name: { kk: 'Казталов ауданының әкімдігі', ru: 'Акимат Казталовского района', en: 'Akimat of Kaztalov district' },
    },
    {
      key: 'kaztalov-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-27-KAZTALOV',
      name: {
        kk: 'Казталов аудандық мәслихаты',
        ru: 'Казталовский районный маслихат',
        en: 'Kaztalov district maslikhat',
      },
    },
    {
      key: 'shyngyrlau-akimat',
      kind: 'akimat',
      regionCode: 'KZ-27-SHYNGYRLAU',
      name: {
        kk: 'Шыңғырлау ауданының әкімдігі',
        ru: 'Акимат Шынгырлауского района',
        en: 'Akimat of Shyngyrlau district',
      },
    },
    {
      key: 'zhanakala-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-ZHANAKALA-ZHANAKALA',
      name: {
        kk: 'Жаңақала ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Жанакалинского сельского округа',
        en: 'Office of the akim of Zhanakala rural district',
      },
    },
    {
      key: 'masteksay-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-ZHANAKALA-MASTEKSAY',
      name: {
        kk: 'Мастексай ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Мастексайского сельского округа',
        en: 'Office of the akim of Masteksay rural district',
      },
    },
    {
      key: 'zhalpaktal-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-KAZTALOV-ZHALPAKTAL',
      name: {
        kk: 'Жалпақтал ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Жалпактальского сельского округа',
        en: 'Office of the akim of Zhalpaktal rural district',
      },
    },
    {
      key: 'fedorov-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-TEREKTI-FEDOROV',
      name: {
        kk: 'Федоров ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Федоровского сельского округа',
        en: 'Office of the akim of Fedorov rural district',
      },
    },
    {
      key: 'daryin-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-BAYTEREK-DARYIN',
      name: {
        kk: 'Дарьин ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Дарьинского сельского округа',
        en: 'Office of the akim of Daryin rural district',
      },
    },
    {
      key: 'burlin-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-27-BURLIN-BURLIN',
      name: {
        kk: 'Бөрлі ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Бурлинского сельского округа',
        en: 'Office of the akim of Burlin rural district',
      },
    },

    // Almaty oblast
    {
      key: 'almaty-akimat',
      kind: 'akimat',
      regionCode: 'KZ-19',
      name: { kk: 'Алматы облысының әкімдігі', ru: 'Акимат Алматинской области', en: 'Akimat of Almaty oblast' },
    },
    {
      key: 'almaty-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-19',
      name: { kk: 'Алматы облыстық мәслихаты', ru: 'Алматинский областной маслихат', en: 'Almaty oblast maslikhat' },
    },
    {
      key: 'amanat-almaty',
      kind: 'party',
      regionCode: 'KZ-19',
      name: {
        kk: '«AMANAT» партиясының Алматы облыстық филиалы',
        ru: 'Алматинский областной филиал партии «AMANAT»',
        en: 'Almaty oblast branch of the AMANAT party',
      },
    },
    {
      key: 'almaty-agriculture',
      kind: 'department',
      regionCode: 'KZ-19',
      name: {
        kk: 'Алматы облысының ауыл шаруашылығы басқармасы',
        ru: 'Управление сельского хозяйства Алматинской области',
        en: 'Agriculture department of Almaty oblast',
      },
    },
    {
      key: 'almaty-land',
      kind: 'department',
      regionCode: 'KZ-19',
      name: {
        kk: 'Алматы облысының жер қатынастары басқармасы',
        ru: 'Управление земельных отношений Алматинской области',
        en: 'Land relations department of Almaty oblast',
      },
    },
    {
      key: 'zhambyl-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-19-ZHAMBYL',
      name: { kk: 'Жамбыл аудандық мәслихаты', ru: 'Жамбылский районный маслихат', en: 'Zhambyl district maslikhat' },
    },
    {
      key: 'enbekshikazakh-maslikhat',
      kind: 'maslikhat',
      regionCode: 'KZ-19-ENBEKSHIKAZAKH',
      name: {
        kk: 'Еңбекшіқазақ аудандық мәслихаты',
        ru: 'Енбекшиказахский районный маслихат',
        en: 'Enbekshikazakh district maslikhat',
      },
    },
    {
      key: 'aksengir-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-19-ZHAMBYL-AKSENGIR',
      name: {
        kk: 'Ақсеңгір ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Аксенгирского сельского округа',
        en: 'Office of the akim of Aksengir rural district',
      },
    },
    {
      key: 'uzynagash-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-19-ZHAMBYL-UZYNAGASH',
      name: {
        kk: 'Ұзынағаш ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Узынагашского сельского округа',
        en: 'Office of the akim of Uzynagash rural district',
      },
    },
    {
      key: 'baiserke-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-19-ILE-BAISERKE',
      name: {
        kk: 'Байсерке ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Байсеркенского сельского округа',
        en: 'Office of the akim of Baiserke rural district',
      },
    },
    {
      key: 'shamalgan-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-19-KARASAI-SHAMALGAN',
      name: {
        kk: 'Шамалған ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Шамалганского сельского округа',
        en: 'Office of the akim of Shamalgan rural district',
      },
    },
    {
      key: 'turgen-ro-office',
      kind: 'akimat',
      regionCode: 'KZ-19-ENBEKSHIKAZAKH-TURGEN',
      name: {
        kk: 'Түрген ауылдық округі әкімінің аппараты',
        ru: 'Аппарат акима Тургенского сельского округа',
        en: 'Office of the akim of Turgen rural district',
      },
    },
  ],

  people: [
    // ---- Named in the articles ----
    {
      key: 'mukashev',
      fullName: { kk: 'Төлеубек Мұқашев', ru: 'Тулеубек Мукашев' },
      position: {
        kk: '«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ төрағасы',
        ru: 'Председатель РОО «Ассоциация депутатов маслихатов Казахстана»',
        en: 'Chair of the Association of Deputies of Maslikhats of Kazakhstan',
      },
      organizationKey: 'maslikhat-association',
      category: 'association_member',
      language: 'kk',
    },
    {
      key: 'turegaliev',
      fullName: { kk: 'Нариман Төреғалиев', ru: 'Нариман Турегалиев' },
      position: {
        kk: 'Батыс Қазақстан облысының әкімі',
        ru: 'Аким Западно-Казахстанской области',
        en: 'Akim of West Kazakhstan oblast',
      },
      organizationKey: 'wko-akimat',
      regionCode: 'KZ-27',
      category: 'oblast_akim',
      language: 'kk',
    },
    {
      key: 'mukaev',
      fullName: { kk: 'Мұрат Мұқаев', ru: 'Мурат Мукаев' },
      position: {
        kk: 'Батыс Қазақстан облыстық мәслихатының төрағасы',
        ru: 'Председатель Западно-Казахстанского областного маслихата',
        en: 'Chair of the West Kazakhstan oblast maslikhat',
      },
      organizationKey: 'wko-maslikhat',
      regionCode: 'KZ-27',
      category: 'maslikhat_chair',
      language: 'kk',
    },
    {
      key: 'kushkinbaev',
      fullName: { kk: 'Алпамыс Кушкинбаев', ru: 'Алпамыс Кушкинбаев' },
      position: { kk: 'Жаңақала ауданының әкімі', ru: 'Аким Жанакалинского района', en: 'Akim of Zhanakala district' },
      organizationKey: 'zhanakala-akimat',
      regionCode: 'KZ-27-ZHANAKALA',
      category: 'district_akim',
      language: 'kk',
    },
    {
      key: 'sarkulov',
      fullName: { kk: 'Асланбек Саркулов', ru: 'Асланбек Саркулов' },
      position: { kk: 'Казталов ауданының әкімі', ru: 'Аким Казталовского района', en: 'Akim of Kaztalov district' },
      organizationKey: 'kaztalov-akimat',
      regionCode: 'KZ-27-KAZTALOV',
      category: 'district_akim',
      language: 'kk',
    },
    {
      key: 'umraleev',
      fullName: { kk: 'Мұрат Умралеев', ru: 'Мурат Умралеев' },
      position: {
        kk: 'Шыңғырлау ауданының әкімі',
        ru: 'Аким Шынгырлауского района',
        en: 'Akim of Shyngyrlau district',
      },
      organizationKey: 'shyngyrlau-akimat',
      regionCode: 'KZ-27-SHYNGYRLAU',
      category: 'district_akim',
      language: 'kk',
    },
    {
      key: 'sultangaziev',
      fullName: { kk: 'Марат Сұлтанғазиев', ru: 'Марат Султангазиев' },
      position: { kk: 'Алматы облысының әкімі', ru: 'Аким Алматинской области', en: 'Akim of Almaty oblast' },
      organizationKey: 'almaty-akimat',
      regionCode: 'KZ-19',
      category: 'oblast_akim',
      language: 'kk',
    },
    {
      key: 'zhylkybaev',
      fullName: { kk: 'Ержан Жылқыбаев', ru: 'Ержан Жылкыбаев' },
      position: {
        kk: '«AMANAT» партиясының хатшысы',
        ru: 'Секретарь партии «AMANAT»',
        en: 'Secretary of the AMANAT party',
      },
      organizationKey: 'amanat',
      category: 'party_official',
      language: 'kk',
    },
    {
      key: 'zhumagaziev',
      fullName: { kk: 'Эльдар Жұмағазиев', ru: 'Эльдар Жумагазиев' },
      position: {
        kk: '«AMANAT» партиясының хатшысы',
        ru: 'Секретарь партии «AMANAT»',
        en: 'Secretary of the AMANAT party',
      },
      organizationKey: 'amanat',
      category: 'party_official',
      language: 'ru',
    },
    {
      key: 'kasymshalov',
      fullName: { kk: 'Ержан Қасымшалов', ru: 'Ержан Касымшалов' },
      position: {
        kk: 'Ақсеңгір ауылдық округінің әкімі',
        ru: 'Аким Аксенгирского сельского округа',
        en: 'Akim of Aksengir rural district',
      },
      organizationKey: 'aksengir-ro-office',
      regionCode: 'KZ-19-ZHAMBYL-AKSENGIR',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'baitulakov',
      fullName: { kk: 'Асыл Байтулақов', ru: 'Асыл Байтулаков' },
      position: {
        kk: 'Ауыл әкімдерінің ардагері, 18 жыл үш ауылдық округте әкім болған',
        ru: 'Ветеран, 18 лет был акимом трёх сельских округов',
        en: 'Veteran who served 18 years as akim of three rural districts',
      },
      regionCode: 'KZ-19',
      category: 'guest',
      language: 'kk',
    },

    // ---- Invented for the demo ----
    // Association of maslikhat deputies
    {
      key: 'assoc-director',
      fullName: { kk: 'Ләззат Серғазина', ru: 'Ляззат Сергазина' },
      position: {
        kk: '«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ атқарушы директоры',
        ru: 'Исполнительный директор РОО «Ассоциация депутатов маслихатов Казахстана»',
        en: 'Executive director of the Association of Deputies of Maslikhats of Kazakhstan',
      },
      organizationKey: 'maslikhat-association',
      category: 'association_member',
      language: 'kk',
    },
    {
      key: 'assoc-member',
      fullName: { kk: 'Қанат Байбосынов', ru: 'Канат Байбосынов' },
      position: {
        kk: 'Бірлестік мүшесі, Ақмола облыстық мәслихатының депутаты',
        ru: 'Член ассоциации, депутат Акмолинского областного маслихата',
        en: 'Association member, deputy of the Akmola oblast maslikhat',
      },
      organizationKey: 'maslikhat-association',
      category: 'association_member',
      language: 'kk',
    },

    // West Kazakhstan: maslikhat chairs
    {
      key: 'oral-maslikhat-chair',
      fullName: { kk: 'Ерболат Нұрғалиев', ru: 'Ерболат Нургалиев' },
      position: {
        kk: 'Орал қалалық мәслихатының төрағасы',
        ru: 'Председатель Уральского городского маслихата',
        en: 'Chair of the Oral city maslikhat',
      },
      organizationKey: 'oral-maslikhat',
      regionCode: 'KZ-27-ORAL',
      category: 'maslikhat_chair',
      language: 'ru',
    },
    {
      key: 'zhanakala-maslikhat-chair',
      fullName: { kk: 'Нұрлан Ғабдуллин', ru: 'Нурлан Габдуллин' },
      position: {
        kk: 'Жаңақала аудандық мәслихатының төрағасы',
        ru: 'Председатель Жанакалинского районного маслихата',
        en: 'Chair of the Zhanakala district maslikhat',
      },
      organizationKey: 'zhanakala-maslikhat',
      regionCode: 'KZ-27-ZHANAKALA',
      category: 'maslikhat_chair',
      language: 'kk',
    },
    {
      key: 'kaztalov-maslikhat-chair',
      fullName: { kk: 'Сәуле Ахметова', ru: 'Сауле Ахметова' },
      position: {
        kk: 'Казталов аудандық мәслихатының төрағасы',
        ru: 'Председатель Казталовского районного маслихата',
        en: 'Chair of the Kaztalov district maslikhat',
      },
      organizationKey: 'kaztalov-maslikhat',
      regionCode: 'KZ-27-KAZTALOV',
      category: 'maslikhat_chair',
      language: 'kk',
    },

    // West Kazakhstan: rural akims
    {
      key: 'zhanakala-ro-akim',
      fullName: { kk: 'Бауыржан Есенғалиев', ru: 'Бауыржан Есенгалиев' },
      position: {
        kk: 'Жаңақала ауылдық округінің әкімі',
        ru: 'Аким Жанакалинского сельского округа',
        en: 'Akim of Zhanakala rural district',
      },
      organizationKey: 'zhanakala-ro-office',
      regionCode: 'KZ-27-ZHANAKALA-ZHANAKALA',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'masteksay-akim',
      fullName: { kk: 'Гүлнар Сағынғалиева', ru: 'Гульнар Сагынгалиева' },
      position: {
        kk: 'Мастексай ауылдық округінің әкімі',
        ru: 'Аким Мастексайского сельского округа',
        en: 'Akim of Masteksay rural district',
      },
      organizationKey: 'masteksay-ro-office',
      regionCode: 'KZ-27-ZHANAKALA-MASTEKSAY',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'zhalpaktal-akim',
      fullName: { kk: 'Ерлан Төлегенов', ru: 'Ерлан Толегенов' },
      position: {
        kk: 'Жалпақтал ауылдық округінің әкімі',
        ru: 'Аким Жалпактальского сельского округа',
        en: 'Akim of Zhalpaktal rural district',
      },
      organizationKey: 'zhalpaktal-ro-office',
      regionCode: 'KZ-27-KAZTALOV-ZHALPAKTAL',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'fedorov-akim',
      fullName: { kk: 'Асхат Жұмабаев', ru: 'Асхат Жумабаев' },
      position: {
        kk: 'Федоров ауылдық округінің әкімі',
        ru: 'Аким Федоровского сельского округа',
        en: 'Akim of Fedorov rural district',
      },
      organizationKey: 'fedorov-ro-office',
      regionCode: 'KZ-27-TEREKTI-FEDOROV',
      category: 'rural_akim',
      language: 'ru',
    },
    {
      key: 'daryin-akim',
      fullName: { kk: 'Айгүл Мұхамбетова', ru: 'Айгуль Мухамбетова' },
      position: {
        kk: 'Дарьин ауылдық округінің әкімі',
        ru: 'Аким Дарьинского сельского округа',
        en: 'Akim of Daryin rural district',
      },
      organizationKey: 'daryin-ro-office',
      regionCode: 'KZ-27-BAYTEREK-DARYIN',
      category: 'rural_akim',
      language: 'ru',
    },
    {
      key: 'burlin-akim',
      fullName: { kk: 'Қайрат Досмұхамбетов', ru: 'Кайрат Досмухамбетов' },
      position: {
        kk: 'Бөрлі ауылдық округінің әкімі',
        ru: 'Аким Бурлинского сельского округа',
        en: 'Akim of Burlin rural district',
      },
      organizationKey: 'burlin-ro-office',
      regionCode: 'KZ-27-BURLIN-BURLIN',
      category: 'rural_akim',
      language: 'ru',
    },

    // West Kazakhstan: party branch, departments, akimat staff
    {
      key: 'amanat-wko-deputy',
      fullName: { kk: 'Жасұлан Қайыржанов', ru: 'Жасулан Кайыржанов' },
      position: {
        kk: '«AMANAT» партиясы Батыс Қазақстан облыстық филиалы төрағасының бірінші орынбасары',
        ru: 'Первый заместитель председателя Западно-Казахстанского областного филиала партии «AMANAT»',
        en: 'First deputy chair of the West Kazakhstan branch of the AMANAT party',
      },
      organizationKey: 'amanat-wko',
      regionCode: 'KZ-27',
      category: 'party_official',
      language: 'ru',
    },
    {
      key: 'amanat-wko-coordinator',
      fullName: { kk: 'Арман Иманғалиев', ru: 'Арман Имангалиев' },
      position: {
        kk: '«AMANAT» партиясы Батыс Қазақстан облыстық филиалының партиялық жобалар жөніндегі үйлестірушісі',
        ru: 'Координатор партийных проектов Западно-Казахстанского областного филиала партии «AMANAT»',
        en: 'Coordinator of party projects, West Kazakhstan branch of the AMANAT party',
      },
      organizationKey: 'amanat-wko',
      regionCode: 'KZ-27',
      category: 'party_official',
      language: 'ru',
    },
    {
      key: 'wko-procurement-head',
      fullName: { kk: 'Динара Қуанышқалиева', ru: 'Динара Куанышкалиева' },
      position: {
        kk: 'Батыс Қазақстан облысы мемлекеттік сатып алу басқармасының басшысы',
        ru: 'Руководитель управления государственных закупок Западно-Казахстанской области',
        en: 'Head of the public procurement department of West Kazakhstan oblast',
      },
      organizationKey: 'wko-procurement',
      regionCode: 'KZ-27',
      category: 'official',
      language: 'ru',
    },
    {
      key: 'wko-civil-service-head',
      fullName: { kk: 'Руслан Бисенов', ru: 'Руслан Бисенов' },
      position: {
        kk: 'Мемлекеттік қызмет істері агенттігінің Батыс Қазақстан облысы бойынша департаментінің басшысы',
        ru: 'Руководитель департамента Агентства по делам государственной службы по Западно-Казахстанской области',
        en: 'Head of the West Kazakhstan department of the Civil Service Affairs Agency',
      },
      organizationKey: 'wko-civil-service',
      regionCode: 'KZ-27',
      category: 'official',
      language: 'ru',
    },
    {
      key: 'wko-civil-service-deputy',
      fullName: { kk: 'Гүлмира Қаженова', ru: 'Гульмира Каженова' },
      position: {
        kk: 'Мемлекеттік қызмет істері агенттігінің Батыс Қазақстан облысы бойынша департаменті басшысының орынбасары',
        ru: 'Заместитель руководителя департамента Агентства по делам государственной службы по Западно-Казахстанской области',
        en: 'Deputy head of the West Kazakhstan department of the Civil Service Affairs Agency',
      },
      organizationKey: 'wko-civil-service',
      regionCode: 'KZ-27',
      category: 'official',
      language: 'ru',
    },
    {
      key: 'wko-territorial-head',
      fullName: { kk: 'Ерсайын Қабиев', ru: 'Ерсаин Кабиев' },
      position: {
        kk: 'Облыс әкімі аппаратының аумақтық даму бөлімінің басшысы',
        ru: 'Руководитель отдела территориального развития аппарата акима области',
        en: 'Head of the territorial development unit of the oblast akim’s office',
      },
      organizationKey: 'wko-akimat',
      regionCode: 'KZ-27',
      category: 'official',
      language: 'kk',
    },

    // Almaty oblast: rural akims and maslikhat chairs
    {
      key: 'uzynagash-akim',
      fullName: { kk: 'Дәурен Әбілқасымов', ru: 'Даурен Абилкасымов' },
      position: {
        kk: 'Ұзынағаш ауылдық округінің әкімі',
        ru: 'Аким Узынагашского сельского округа',
        en: 'Akim of Uzynagash rural district',
      },
      organizationKey: 'uzynagash-ro-office',
      regionCode: 'KZ-19-ZHAMBYL-UZYNAGASH',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'baiserke-akim',
      fullName: { kk: 'Мейрамбек Серікбаев', ru: 'Мейрамбек Серикбаев' },
      position: {
        kk: 'Байсерке ауылдық округінің әкімі',
        ru: 'Аким Байсеркенского сельского округа',
        en: 'Akim of Baiserke rural district',
      },
      organizationKey: 'baiserke-ro-office',
      regionCode: 'KZ-19-ILE-BAISERKE',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'shamalgan-akim',
      fullName: { kk: 'Айдос Нұрпейісов', ru: 'Айдос Нурпеисов' },
      position: {
        kk: 'Шамалған ауылдық округінің әкімі',
        ru: 'Аким Шамалганского сельского округа',
        en: 'Akim of Shamalgan rural district',
      },
      organizationKey: 'shamalgan-ro-office',
      regionCode: 'KZ-19-KARASAI-SHAMALGAN',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'turgen-akim',
      fullName: { kk: 'Жанар Исабекова', ru: 'Жанар Исабекова' },
      position: {
        kk: 'Түрген ауылдық округінің әкімі',
        ru: 'Аким Тургенского сельского округа',
        en: 'Akim of Turgen rural district',
      },
      organizationKey: 'turgen-ro-office',
      regionCode: 'KZ-19-ENBEKSHIKAZAKH-TURGEN',
      category: 'rural_akim',
      language: 'kk',
    },
    {
      key: 'zhambyl-maslikhat-chair',
      fullName: { kk: 'Талғат Омаров', ru: 'Талгат Омаров' },
      position: {
        kk: 'Жамбыл аудандық мәслихатының төрағасы',
        ru: 'Председатель Жамбылского районного маслихата',
        en: 'Chair of the Zhambyl district maslikhat',
      },
      organizationKey: 'zhambyl-maslikhat',
      regionCode: 'KZ-19-ZHAMBYL',
      category: 'maslikhat_chair',
      language: 'kk',
    },
    {
      key: 'enbekshikazakh-maslikhat-chair',
      fullName: { kk: 'Салтанат Бекмұратова', ru: 'Салтанат Бекмуратова' },
      position: {
        kk: 'Еңбекшіқазақ аудандық мәслихатының төрағасы',
        ru: 'Председатель Енбекшиказахского районного маслихата',
        en: 'Chair of the Enbekshikazakh district maslikhat',
      },
      organizationKey: 'enbekshikazakh-maslikhat',
      regionCode: 'KZ-19-ENBEKSHIKAZAKH',
      category: 'maslikhat_chair',
      language: 'kk',
    },

    // Almaty oblast: party branch and departments
    {
      key: 'amanat-almaty-deputy',
      fullName: { kk: 'Ғалымжан Сәрсенбаев', ru: 'Галымжан Сарсенбаев' },
      position: {
        kk: '«AMANAT» партиясы Алматы облыстық филиалы төрағасының бірінші орынбасары',
        ru: 'Первый заместитель председателя Алматинского областного филиала партии «AMANAT»',
        en: 'First deputy chair of the Almaty oblast branch of the AMANAT party',
      },
      organizationKey: 'amanat-almaty',
      regionCode: 'KZ-19',
      category: 'party_official',
      language: 'kk',
    },
    {
      key: 'amanat-almaty-coordinator',
      fullName: { kk: 'Әсел Жақыпова', ru: 'Асель Жакупова' },
      position: {
        kk: '«AMANAT» партиясы Алматы облыстық филиалының «Қарызсыз қоғам» жобасы жөніндегі үйлестірушісі',
        ru: 'Координатор проекта «Қарызсыз қоғам» Алматинского областного филиала партии «AMANAT»',
        en: 'Coordinator of the “Qaryzsyz qogam” project, Almaty oblast branch of the AMANAT party',
      },
      organizationKey: 'amanat-almaty',
      regionCode: 'KZ-19',
      category: 'party_official',
      language: 'kk',
    },
    {
      key: 'almaty-agriculture-head',
      fullName: { kk: 'Бекзат Тоқтаров', ru: 'Бекзат Токтаров' },
      position: {
        kk: 'Алматы облысы ауыл шаруашылығы басқармасының басшысы',
        ru: 'Руководитель управления сельского хозяйства Алматинской области',
        en: 'Head of the agriculture department of Almaty oblast',
      },
      organizationKey: 'almaty-agriculture',
      regionCode: 'KZ-19',
      category: 'official',
      language: 'kk',
    },
    {
      key: 'almaty-land-head',
      fullName: { kk: 'Асқар Мамыров', ru: 'Аскар Мамыров' },
      position: {
        kk: 'Алматы облысы жер қатынастары басқармасының басшысы',
        ru: 'Руководитель управления земельных отношений Алматинской области',
        en: 'Head of the land relations department of Almaty oblast',
      },
      organizationKey: 'almaty-land',
      regionCode: 'KZ-19',
      category: 'official',
      language: 'kk',
    },
  ],

  events: [
    // ------------------------------------------------------------------------------------------
    // 000: joint extended off-site session in Oral (Uralsk)
    // ------------------------------------------------------------------------------------------
    {
      slug: 'oral-offsite-session-qaladan-auylga',
      kind: 'offsite_session',
      title: {
        kk: '«Қаладан – Ауылға» ауылды дамыту пилоттық жобасының тәжірибесін зерделеу және жергілікті өзін-өзі басқаруды тиімді дамыту бойынша бірлескен кеңейтілген көшпелі отырыс',
        ru: 'Совместное расширенное выездное заседание по изучению опыта пилотного проекта развития села «Из города – в село» и эффективному развитию местного самоуправления',
        en: 'Joint extended off-site session on the experience of the “From the City to the Village” rural development pilot project and effective development of local self-government',
      },
      description: {
        kk: 'Батыс Қазақстан облысы әкімдігі мен «Қазақстан мәслихаттары депутаттарының бірлестігі» республикалық қоғамдық бірлестігінің Орал қаласындағы бірлескен кеңейтілген көшпелі отырысы. Өңірдегі «Қаладан – Ауылға» пилоттық жобасының жүзеге асырылу барысы, жергілікті өзін-өзі басқаруды дамыту мәселелері және бұл мәселелерді шешудегі мәслихаттардың рөлі талқыланады. Қатысушылар: облыс әкімдігінің аппараты, аудан әкімдері, өңірлік мәслихат төрағалары және бірлестік мүшелері. Отырыс соңында бірлестіктің көшпелі отырысының қаулысы қабылданады.',
        ru: 'Совместное расширенное выездное заседание акимата Западно-Казахстанской области и РОО «Ассоциация депутатов маслихатов Казахстана» в Уральске. Обсуждаются ход реализации в регионе пилотного проекта «Из города – в село», развитие местного самоуправления и роль маслихатов в решении этих вопросов. Участники: аппарат акимата области, акимы районов, председатели маслихатов региона и члены ассоциации. В конце заседания принимается постановление выездного заседания ассоциации.',
        en: 'Joint extended off-site session of the West Kazakhstan oblast akimat and the Association of Deputies of Maslikhats of Kazakhstan in Oral. On the agenda: progress of the “From the City to the Village” pilot project in the region, development of local self-government and the role of maslikhats. Participants: the oblast akimat’s office, district akims, maslikhat chairs of the region and association members. The session ends with the adoption of its resolution.',
      },
      organizerKeys: ['wko-akimat', 'maslikhat-association'],
      regionCode: 'KZ-27-ORAL',
      venue: {
        name: {
          kk: 'Облыстық әкімдіктің мәжіліс залы',
          ru: 'Зал заседаний областного акимата',
          en: 'Assembly hall of the oblast akimat',
        },
        address: {
          kk: 'Орал қаласы, Батыс Қазақстан облысы әкімдігінің әкімшілік ғимараты',
          ru: 'г. Уральск, административное здание акимата Западно-Казахстанской области',
          en: 'Oral, administrative building of the West Kazakhstan oblast akimat',
        },
        rooms: ['Мәжіліс залы', 'Фойе'],
      },
      startsInDays: -21,
      days: 1,
      start: '10:00',
      end: '13:15',
      timeZone: 'Asia/Oral',
      visibility: 'public',
      capacity: 300,
      announcedDaysBefore: 7,
      sessions: [
        {
          key: 'opening',
          kind: 'opening',
          title: {
            kk: 'Көшпелі отырыстың ашылуы',
            ru: 'Открытие выездного заседания',
            en: 'Opening of the off-site session',
          },
          start: '10:00',
          end: '10:10',
          room: 'Мәжіліс залы',
          moderatorKeys: ['mukashev'],
          speakers: [
            {
              personKey: 'mukashev',
              topic: {
                kk: 'Кіріспе сөз: отырыстың мақсаты және күн тәртібі',
                ru: 'Вступительное слово: цели заседания и повестка дня',
                en: 'Opening remarks: aims and agenda of the session',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'plenary',
          kind: 'plenary',
          title: {
            kk: 'Пленарлық бөлім: «Қаладан – Ауылға» пилоттық жобасының жүзеге асырылу барысы',
            ru: 'Пленарная часть: ход реализации пилотного проекта «Из города – в село»',
            en: 'Plenary part: progress of the “From the City to the Village” pilot project',
          },
          start: '10:10',
          end: '11:35',
          room: 'Мәжіліс залы',
          moderatorKeys: ['mukashev'],
          speakers: [
            {
              personKey: 'turegaliev',
              topic: {
                kk: 'Өңірдегі экономикалық-шаруашылық ахуал және «Қаладан – Ауылға» пилоттық жобасының жүзеге асырылуы',
                ru: 'Социально-экономическое положение региона и реализация пилотного проекта «Из города – в село»',
                en: 'The economic situation of the region and implementation of the “From the City to the Village” pilot project',
              },
              minutes: 20,
            },
            {
              personKey: 'mukaev',
              topic: {
                kk: 'Жергілікті өзін-өзі басқаруды дамытудағы мәслихаттардың рөлі',
                ru: 'Роль маслихатов в развитии местного самоуправления',
                en: 'The role of maslikhats in developing local self-government',
              },
              minutes: 15,
            },
            {
              personKey: 'kushkinbaev',
              topic: {
                kk: 'Жаңақала ауданының тәжірибесі: ауылға қоныс аударушыларды баспанамен және жұмыспен қамту',
                ru: 'Опыт Жанакалинского района: обеспечение переселенцев в село жильём и работой',
                en: 'Zhanakala district’s experience: housing and jobs for people moving to villages',
              },
              minutes: 15,
            },
            {
              personKey: 'sarkulov',
              topic: {
                kk: 'Казталов ауданындағы экономикалық-шаруашылық ахуал және ауылдық аумақтарды дамыту',
                ru: 'Социально-экономическое положение Казталовского района и развитие сельских территорий',
                en: 'The economic situation of Kaztalov district and development of rural areas',
              },
              minutes: 15,
            },
            {
              personKey: 'umraleev',
              topic: {
                kk: 'Шыңғырлау ауданында ауыл шаруашылығын дамыту және жұмыс күші тапшылығын азайту',
                ru: 'Развитие сельского хозяйства и сокращение дефицита рабочей силы в Шынгырлауском районе',
                en: 'Developing agriculture and reducing the labour shortage in Shyngyrlau district',
              },
              minutes: 15,
            },
          ],
        },
        {
          key: 'coffee-break',
          kind: 'break',
          title: { kk: 'Кофе-брейк', ru: 'Кофе-брейк', en: 'Coffee break' },
          start: '11:35',
          end: '11:50',
          room: 'Фойе',
        },
        {
          key: 'discussion',
          kind: 'round_table',
          title: {
            kk: 'Пікіралмасу: жергілікті өзін-өзі басқаруды дамытудың жаңа бастамалары және мәслихаттардың рөлі',
            ru: 'Обмен мнениями: новые инициативы по развитию местного самоуправления и роль маслихатов',
            en: 'Discussion: new initiatives for local self-government and the role of maslikhats',
          },
          start: '11:50',
          end: '12:45',
          room: 'Мәжіліс залы',
          moderatorKeys: ['mukashev'],
          speakers: [
            {
              personKey: 'oral-maslikhat-chair',
              topic: {
                kk: 'Жергілікті қоғамдастық жиналыстары және тұрғындардың бюджет процесіне қатысуы',
                ru: 'Собрания местного сообщества и участие жителей в бюджетном процессе',
                en: 'Local community meetings and residents’ part in the budget process',
              },
              minutes: 10,
            },
            {
              personKey: 'zhanakala-maslikhat-chair',
              topic: {
                kk: 'Аудандық мәслихаттың пилоттық жобаны қолдаудағы тәжірибесі',
                ru: 'Опыт районного маслихата в поддержке пилотного проекта',
                en: 'How the district maslikhat supports the pilot project',
              },
              minutes: 10,
            },
            {
              personKey: 'kaztalov-maslikhat-chair',
              topic: {
                kk: 'Ауылдық округтердің өз кірістерін арттыру жолдары',
                ru: 'Пути увеличения собственных доходов сельских округов',
                en: 'Ways to raise rural districts’ own revenues',
              },
              minutes: 10,
            },
            {
              personKey: 'assoc-member',
              topic: {
                kk: 'Басқа өңірлердің мәслихаттары жинақтаған тәжірибе',
                ru: 'Опыт маслихатов других регионов',
                en: 'Experience of maslikhats in other regions',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'adoption',
          kind: 'adoption',
          title: {
            kk: '«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ көшпелі отырысының қаулысын қабылдау',
            ru: 'Принятие постановления выездного заседания РОО «Ассоциация депутатов маслихатов Казахстана»',
            en: 'Adoption of the resolution of the off-site session of the Association of Deputies of Maslikhats of Kazakhstan',
          },
          start: '12:45',
          end: '13:10',
          room: 'Мәжіліс залы',
          moderatorKeys: ['mukashev'],
          speakers: [
            {
              personKey: 'assoc-director',
              topic: {
                kk: 'Қаулы жобасын таныстыру',
                ru: 'Представление проекта постановления',
                en: 'Presentation of the draft resolution',
              },
              minutes: 10,
            },
          ],
        },
      ],
      // The session ended with the adoption of its resolution (article 000); its execution is under way.
      resolution: {
        title: {
          kk: '«Қаладан – Ауылға» пилоттық жобасының тәжірибесін зерделеу және жергілікті өзін-өзі басқаруды дамыту туралы',
          ru: 'Об изучении опыта пилотного проекта «Из города – в село» и развитии местного самоуправления',
          en: 'On the experience of the "From the city to the village" pilot project and the development of local self-government',
        },
        preamble: {
          kk: 'Батыс Қазақстан облысы әкімдігі мен «Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ бірлескен кеңейтілген көшпелі отырысы ҚАУЛЫ ЕТЕДІ:',
          ru: 'Совместное расширенное выездное заседание акимата Западно-Казахстанской области и РОО «Ассоциация депутатов маслихатов Казахстана» ПОСТАНОВЛЯЕТ:',
        },
        numberingKey: 'maslikhat-association',
        chairKey: 'mukashev',
        sessionKey: 'adoption',
        vote: { for: 41, against: 0, abstained: 2, present: 43 },
        points: [
          {
            text: {
              kk: 'Облыс әкімдігіне «Қаладан – Ауылға» пилоттық жобасының тәжірибесін жинақтап, оны басқа өңірлерге тарату бойынша ұсыныстар әзірлеу.',
              ru: 'Акимату области обобщить опыт пилотного проекта «Из города – в село» и подготовить предложения по его распространению в других регионах.',
            },
            responsibleKey: 'wko-akimat',
            dueInDays: -7,
            progress: {
              percent: 60,
              note: {
                kk: 'Ұсыныстардың жобасы дайындалды, аудандармен келісілуде',
                ru: 'Проект предложений подготовлен, идёт согласование с районами',
              },
            },
          },
          {
            text: {
              kk: 'Аудан әкімдіктеріне ауылға қоныс аударған отбасыларды тұрғын үймен және жұмыспен қамтуды жалғастыру.',
              ru: 'Акиматам районов продолжить обеспечение переехавших в село семей жильём и работой.',
            },
            responsibleKey: 'zhanakala-akimat',
            dueInDays: 60,
            progress: {
              percent: 30,
              note: { kk: '12 отбасы тұрғын үймен қамтылды', ru: '12 семей обеспечены жильём' },
              evidenceUrl: 'https://www.gov.kz/memleket/entities/maslihat-zko/press/news/details/978186?lang=kk',
            },
          },
          {
            text: {
              kk: 'Облыстық мәслихатқа жергілікті өзін-өзі басқарудың төртінші деңгейлі бюджетінің кірісін арттыру мәселесін қарау.',
              ru: 'Областному маслихату рассмотреть вопрос увеличения доходов бюджета четвёртого уровня местного самоуправления.',
            },
            responsibleKey: 'wko-maslikhat',
            dueInDays: 30,
            progress: {
              percent: 100,
              note: {
                kk: 'Мәслихат сессиясында қаралып, шешім қабылданды',
                ru: 'Рассмотрено на сессии маслихата, решение принято',
              },
            },
          },
          {
            text: {
              kk: 'Бірлестікке отырыстың тәжірибесін барлық өңірлердегі мәслихаттар депутаттарының назарына жеткізу.',
              ru: 'Ассоциации довести опыт заседания до депутатов маслихатов всех регионов.',
            },
            responsibleKey: 'maslikhat-association',
            dueInDays: -3,
          },
          {
            text: {
              kk: 'Аудан әкімдіктеріне ауылдық округтердің әлеуметтік инфрақұрылымын дамыту жоспарларын жаңарту.',
              ru: 'Акиматам районов обновить планы развития социальной инфраструктуры сельских округов.',
            },
            responsibleKey: 'kaztalov-akimat',
            dueInDays: 90,
          },
        ],
      },
    },

    // ------------------------------------------------------------------------------------------
    // 001: first forum of rural akims of Almaty oblast
    // ------------------------------------------------------------------------------------------
    {
      slug: 'almaty-oblast-rural-akims-forum',
      kind: 'forum',
      title: {
        kk: 'Алматы облысы ауыл әкімдерінің алғашқы форумы',
        ru: 'Первый форум акимов сельских округов Алматинской области',
        en: 'First forum of rural akims of Almaty oblast',
      },
      description: {
        kk: '«AMANAT» партиясының бастамасымен ұйымдастырылған форум. Мақсаты – ауыл әкімдерінің институтын нығайтып, беделін арттыру. Облыста 373 елді мекеннен тұратын 131 ауылдық округ бар, олардың 122 әкімін халық сайлаған. Форумның екінші бөлімінде «Ауыл аманаты», «Жер аманаты», «Қарызсыз қоғам» жобалары бойынша семинарлар және панельдік сессиялар өтеді; соңында белсенді ауыл әкімдеріне алғыс хаттар табысталады.',
        ru: 'Форум организован по инициативе партии «AMANAT». Цель – укрепить институт сельских акимов и повысить их авторитет. В области 131 сельский округ (373 населённых пункта), 122 акима избраны населением. Во второй части форума проходят семинары по проектам «Ауыл аманаты», «Жер аманаты», «Қарызсыз қоғам» и панельные сессии; в завершение активным сельским акимам вручаются благодарственные письма.',
        en: 'A forum initiated by the AMANAT party to strengthen the institution of rural akims and raise their standing. The oblast has 131 rural districts (373 settlements); 122 of their akims were elected by the people. The second part holds seminars on the “Auyl amanaty”, “Zher amanaty” and “Qaryzsyz qogam” projects and panel sessions; the forum ends with letters of gratitude to active rural akims.',
      },
      organizerKeys: ['amanat-almaty', 'almaty-akimat'],
      regionCode: 'KZ-19',
      venue: {
        name: {
          kk: 'Алматы облысы әкімдігінің мәжіліс залы',
          ru: 'Зал заседаний акимата Алматинской области',
          en: 'Assembly hall of the Almaty oblast akimat',
        },
        address: {
          kk: 'Қонаев қаласы, Алматы облысы әкімдігінің әкімшілік ғимараты',
          ru: 'г. Конаев, административное здание акимата Алматинской области',
          en: 'Konaev, administrative building of the Almaty oblast akimat',
        },
        rooms: ['Үлкен мәжіліс залы', 'Кіші зал', '№1 конференц-зал', '№2 конференц-зал', 'Фойе'],
      },
      startsInDays: 21,
      days: 1,
      start: '10:00',
      end: '16:30',
      timeZone: 'Asia/Almaty',
      visibility: 'public',
      capacity: 400,
      announcedDaysBefore: 10,
      sessions: [
        {
          key: 'opening',
          kind: 'opening',
          title: { kk: 'Форумның ашылуы', ru: 'Открытие форума', en: 'Opening of the forum' },
          start: '10:00',
          end: '10:20',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-almaty-deputy'],
          speakers: [
            {
              personKey: 'sultangaziev',
              topic: {
                kk: 'Ауыл әкімдерінің жұмысы және ауыл тұрғындарының өмір сапасы',
                ru: 'Работа сельских акимов и качество жизни сельчан',
                en: 'The work of rural akims and the quality of village life',
              },
              minutes: 15,
            },
          ],
        },
        {
          key: 'plenary',
          kind: 'plenary',
          title: {
            kk: 'Пленарлық отырыс: ауыл әкімдері институтын нығайту',
            ru: 'Пленарное заседание: укрепление института сельских акимов',
            en: 'Plenary session: strengthening the institution of rural akims',
          },
          start: '10:20',
          end: '12:00',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-almaty-deputy'],
          speakers: [
            {
              personKey: 'zhylkybaev',
              topic: {
                kk: '«AMANAT» партиясының ауылды дамытудағы басты міндеттері',
                ru: 'Основные задачи партии «AMANAT» в развитии села',
                en: 'The AMANAT party’s main tasks in rural development',
              },
              minutes: 20,
            },
            {
              personKey: 'kasymshalov',
              topic: {
                kk: 'Ақсеңгір ауылдық округі: су мен газ мәселелерін шешу және «Qunar+» әлеуметтік жобасы',
                ru: 'Аксенгирский сельский округ: решение вопросов воды и газа и социальный проект «Qunar+»',
                en: 'Aksengir rural district: solving water and gas supply, and the “Qunar+” social project',
              },
              minutes: 12,
            },
            {
              personKey: 'uzynagash-akim',
              topic: {
                kk: 'Ұзынағаш ауылдық округінде кәсіпкерлікті дамыту және инвестиция тарту',
                ru: 'Развитие предпринимательства и привлечение инвестиций в Узынагашском сельском округе',
                en: 'Developing business and attracting investment in Uzynagash rural district',
              },
              minutes: 10,
            },
            {
              personKey: 'turgen-akim',
              topic: {
                kk: 'Түрген ауылдық округі: туризм және жергілікті бюджеттің кірісін арттыру',
                ru: 'Тургенский сельский округ: туризм и рост доходов местного бюджета',
                en: 'Turgen rural district: tourism and growing local budget revenue',
              },
              minutes: 10,
            },
            {
              personKey: 'baitulakov',
              topic: {
                kk: 'Ардагер әкімнің ойы: қазіргі әкімдерге артылатын жауапкершілік және әлеуметтік желілердің ықпалы',
                ru: 'Слово ветерана: ответственность современных акимов и влияние социальных сетей на их работу',
                en: 'A veteran’s view: the responsibility of today’s akims and the impact of social media on their work',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'lunch',
          kind: 'break',
          title: { kk: 'Түскі үзіліс', ru: 'Обеденный перерыв', en: 'Lunch break' },
          start: '12:00',
          end: '13:00',
        },
        {
          key: 'part2',
          kind: 'plenary',
          title: {
            kk: 'Форумның екінші бөлімі: ұлттық жобалар бойынша семинарлар және панельдік сессиялар',
            ru: 'Вторая часть форума: семинары по национальным проектам и панельные сессии',
            en: 'Second part of the forum: seminars on the national projects and panel sessions',
          },
          description: {
            kk: 'Үш семинар қатар өтеді; қатысушылар біреуін таңдайды. Одан кейін екі панельдік сессия қатар өтеді.',
            ru: 'Три семинара проходят параллельно, участник выбирает один. Затем параллельно проходят две панельные сессии.',
            en: 'Three seminars run in parallel; each participant picks one. Two panel sessions follow, also in parallel.',
          },
          start: '13:00',
          end: '15:45',
        },
        {
          key: 'seminar-auyl-amanaty',
          kind: 'seminar',
          parentKey: 'part2',
          title: {
            kk: '«Ауыл аманаты» жобасын іске асыру барысы',
            ru: 'Ход реализации проекта «Ауыл аманаты»',
            en: 'Progress of the “Auyl amanaty” project',
          },
          start: '13:00',
          end: '14:15',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-almaty-deputy'],
          speakers: [
            {
              personKey: 'almaty-agriculture-head',
              topic: {
                kk: 'Шағын несие беру тетіктері мен талаптары: облыста 8,3 млрд теңгеге 1091 несие берілді',
                ru: 'Механизмы и требования микрокредитования: в области выдано 1091 микрокредит на 8,3 млрд тенге',
                en: 'How microcredits are granted: 1,091 loans worth 8.3 billion tenge in the oblast',
              },
              minutes: 30,
            },
            {
              personKey: 'shamalgan-akim',
              topic: {
                kk: 'Шағын несие алушылармен ауыл деңгейіндегі жұмыс тәжірибесі',
                ru: 'Опыт работы с получателями микрокредитов на уровне села',
                en: 'Working with microcredit recipients at village level',
              },
              minutes: 15,
            },
          ],
        },
        {
          key: 'seminar-zher-amanaty',
          kind: 'seminar',
          parentKey: 'part2',
          title: {
            kk: '«Жер аманаты» жобасын іске асыру барысы',
            ru: 'Ход реализации проекта «Жер аманаты»',
            en: 'Progress of the “Zher amanaty” project',
          },
          start: '13:00',
          end: '14:15',
          room: '№1 конференц-зал',
          moderatorKeys: ['zhambyl-maslikhat-chair'],
          speakers: [
            {
              personKey: 'almaty-land-head',
              topic: {
                kk: 'Пайдаланылмай жатқан ауыл шаруашылығы жерлерін мемлекет меншігіне қайтару',
                ru: 'Возврат неиспользуемых сельскохозяйственных земель в государственную собственность',
                en: 'Returning unused farmland to state ownership',
              },
              minutes: 30,
            },
            {
              personKey: 'baiserke-akim',
              topic: {
                kk: 'Ауылдық округтегі жайылымдық жерлерді тиімді пайдалану',
                ru: 'Эффективное использование пастбищ в сельском округе',
                en: 'Using pastures efficiently in a rural district',
              },
              minutes: 15,
            },
          ],
        },
        {
          key: 'seminar-qaryzsyz-qogam',
          kind: 'seminar',
          parentKey: 'part2',
          title: {
            kk: '«Қарызсыз қоғам» жобасын іске асыру барысы',
            ru: 'Ход реализации проекта «Қарызсыз қоғам»',
            en: 'Progress of the “Qaryzsyz qogam” (debt-free society) project',
          },
          start: '13:00',
          end: '14:15',
          room: '№2 конференц-зал',
          moderatorKeys: ['enbekshikazakh-maslikhat-chair'],
          speakers: [
            {
              personKey: 'amanat-almaty-coordinator',
              topic: {
                kk: 'Қаржылық сауаттылық және борышкерлерге құқықтық көмек: ауыл әкімінің рөлі',
                ru: 'Финансовая грамотность и правовая помощь должникам: роль сельского акима',
                en: 'Financial literacy and legal help for debtors: the rural akim’s role',
              },
              minutes: 30,
            },
          ],
        },
        {
          key: 'panel-infrastructure',
          kind: 'panel',
          parentKey: 'part2',
          title: {
            kk: 'Ауыл әкімдерінің тәжірибе алмасуы: су, газ, жол және мектептер',
            ru: 'Обмен опытом сельских акимов: вода, газ, дороги и школы',
            en: 'Rural akims share experience: water, gas, roads and schools',
          },
          start: '14:30',
          end: '15:45',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['almaty-agriculture-head'],
          speakers: [
            {
              personKey: 'kasymshalov',
              topic: {
                kk: 'Жайсан мен Ақсеңгірді таза ауыз сумен толық қамту және үш жаңа мектеп',
                ru: 'Полное обеспечение Жайсана и Аксенгира чистой питьевой водой и три новые школы',
                en: 'Full drinking-water supply for Zhaisan and Aksengir, and three new schools',
              },
              minutes: 10,
            },
            {
              personKey: 'uzynagash-akim',
              topic: {
                kk: 'Ауыл ішіндегі жолдарды жөндеу: жергілікті бюджет пен тұрғындардың қатысуы',
                ru: 'Ремонт внутрисельских дорог: местный бюджет и участие жителей',
                en: 'Repairing village roads: the local budget and residents’ participation',
              },
              minutes: 10,
            },
            {
              personKey: 'shamalgan-akim',
              topic: {
                kk: 'Қала маңындағы ауылдың өсуі: инфрақұрылымға түсетін жүктеме',
                ru: 'Рост пригородного села: нагрузка на инфраструктуру',
                en: 'A growing suburban village: the strain on infrastructure',
              },
              minutes: 10,
            },
            {
              personKey: 'turgen-akim',
              topic: {
                kk: 'Тау бөктеріндегі ауылдарды газбен қамту',
                ru: 'Газификация предгорных сёл',
                en: 'Bringing gas to foothill villages',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'panel-society',
          kind: 'panel',
          parentKey: 'part2',
          title: {
            kk: 'Ауыл әкімі және қоғам: ашықтық, әлеуметтік желілер және тұрғындармен кері байланыс',
            ru: 'Сельский аким и общество: открытость, социальные сети и обратная связь с жителями',
            en: 'The rural akim and society: openness, social media and feedback from residents',
          },
          start: '14:30',
          end: '15:45',
          room: 'Кіші зал',
          moderatorKeys: ['amanat-almaty-coordinator'],
          speakers: [
            {
              personKey: 'baitulakov',
              topic: {
                kk: 'Негізсіз сынға қалай төтеп беруге болады: ардагер әкімнің кеңестері',
                ru: 'Как выдержать необоснованную критику: советы ветерана',
                en: 'Standing up to unfounded criticism: a veteran’s advice',
              },
              minutes: 15,
            },
            {
              personKey: 'baiserke-akim',
              topic: {
                kk: 'Тұрғындармен онлайн және офлайн кездесулер',
                ru: 'Встречи с жителями онлайн и офлайн',
                en: 'Meeting residents online and offline',
              },
              minutes: 10,
            },
            {
              personKey: 'zhambyl-maslikhat-chair',
              topic: {
                kk: 'Мәслихат депутаттары мен ауыл әкімдерінің өзара іс-қимылы',
                ru: 'Взаимодействие депутатов маслихата и сельских акимов',
                en: 'How maslikhat deputies and rural akims work together',
              },
              minutes: 10,
            },
            {
              personKey: 'enbekshikazakh-maslikhat-chair',
              topic: {
                kk: 'Жас ауыл әкімдерін қолдау және тәлімгерлік',
                ru: 'Поддержка и наставничество молодых сельских акимов',
                en: 'Supporting and mentoring young rural akims',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'awards',
          kind: 'awards',
          title: {
            kk: 'Белсенді ауылдық округ әкімдеріне Алматы облысы әкімінің және «AMANAT» партиясының алғыс хаттарын табыстау',
            ru: 'Вручение благодарственных писем акима Алматинской области и партии «AMANAT» активным акимам сельских округов',
            en: 'Letters of gratitude from the Almaty oblast akim and the AMANAT party to active rural akims',
          },
          start: '16:00',
          end: '16:30',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-almaty-deputy'],
          speakers: [
            {
              personKey: 'sultangaziev',
              topic: {
                kk: 'Алғыс хаттарды табыстау',
                ru: 'Вручение благодарственных писем',
                en: 'Handing over the letters',
              },
              minutes: 10,
            },
            {
              personKey: 'zhylkybaev',
              topic: {
                kk: 'Алғыс хаттарды табыстау',
                ru: 'Вручение благодарственных писем',
                en: 'Handing over the letters',
              },
              minutes: 10,
            },
          ],
        },
      ],
    },

    // ------------------------------------------------------------------------------------------
    // 002: first oblast forum of rural akims of West Kazakhstan (two days, announced late on purpose)
    // ------------------------------------------------------------------------------------------
    {
      slug: 'wko-rural-akims-forum',
      kind: 'forum',
      title: {
        kk: 'Батыс Қазақстан облысы ауылдық округ әкімдерінің алғашқы облыстық форумы',
        ru: 'Первый областной форум акимов сельских округов Западно-Казахстанской области',
        en: 'First oblast forum of rural akims of West Kazakhstan',
      },
      description: {
        kk: '«AMANAT» партиясының бастамасымен өтетін форум жергілікті атқарушы билік өкілдері мен мәслихат депутаттарын бір диалог алаңына жинайды. Облыстағы 150 ауыл әкімінің 143-ін халық сайлаған, олардың 95%-ы – партия мүшелері. Бірінші күні – пленарлық сессия және партиялық жобалар бойынша жиі қойылатын сұрақтар; екінші күні – заңнамадағы өзгерістер (оның ішінде мемлекеттік сатып алу), менеджмент және мемлекеттік қызметшінің имиджі бойынша семинар-тренинг.',
        ru: 'Форум, инициированный партией «AMANAT», собирает на одной диалоговой площадке представителей местной исполнительной власти и депутатов маслихатов. 143 из 150 сельских акимов области избраны народом, 95% из них – члены партии. В первый день – пленарная сессия и наиболее часто задаваемые вопросы по партийным проектам; во второй – семинар-тренинг об изменениях в законодательстве (в том числе в сфере госзакупок), менеджменте и имидже государственного служащего.',
        en: 'A forum initiated by the AMANAT party that brings local executives and maslikhat deputies together. 143 of the oblast’s 150 rural akims were elected by the people, 95% of them party members. Day one: plenary session and frequently asked questions on party projects; day two: seminar-training on legislation changes (including public procurement), management and the image of a civil servant.',
      },
      organizerKeys: ['amanat-wko', 'wko-akimat'],
      regionCode: 'KZ-27',
      venue: {
        name: {
          kk: 'Батыс Қазақстан облысы әкімдігінің үлкен мәжіліс залы',
          ru: 'Большой зал заседаний акимата Западно-Казахстанской области',
          en: 'Main assembly hall of the West Kazakhstan oblast akimat',
        },
        address: {
          kk: 'Орал қаласы, Батыс Қазақстан облысы әкімдігінің әкімшілік ғимараты',
          ru: 'г. Уральск, административное здание акимата Западно-Казахстанской области',
          en: 'Oral, administrative building of the West Kazakhstan oblast akimat',
        },
        rooms: ['Үлкен мәжіліс залы', 'Кіші мәжіліс залы', '№1 семинар залы', '№2 семинар залы', 'Фойе'],
      },
      startsInDays: 30,
      days: 2,
      start: '10:00',
      end: '16:30',
      timeZone: 'Asia/Oral',
      visibility: 'public',
      capacity: 200,
      announcedDaysBefore: 3,
      sessions: [
        // Day 1
        {
          key: 'opening',
          kind: 'opening',
          day: 0,
          title: { kk: 'Форумның ашылуы', ru: 'Открытие форума', en: 'Opening of the forum' },
          start: '10:00',
          end: '10:20',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-wko-deputy'],
          speakers: [
            {
              personKey: 'turegaliev',
              topic: {
                kk: 'Облыстағы партиялық жобалар мен «Қаладан – Ауылға» пилоттық жобасының нәтижелері',
                ru: 'Итоги партийных проектов и пилотного проекта «Из города – в село» в области',
                en: 'Results of the party projects and the “From the City to the Village” pilot project in the oblast',
              },
              minutes: 15,
            },
          ],
        },
        {
          key: 'plenary',
          kind: 'plenary',
          day: 0,
          title: {
            kk: 'Пленарлық сессия: мемлекеттік қызметтің жаңа қағидаттары және сайланған әкімдердің жауапкершілігі',
            ru: 'Пленарная сессия: новые принципы государственной службы и ответственность избранных акимов',
            en: 'Plenary session: new principles of the civil service and the responsibility of elected akims',
          },
          start: '10:20',
          end: '12:00',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-wko-deputy'],
          speakers: [
            {
              personKey: 'zhumagaziev',
              topic: {
                kk: '«Халықпен бірге!» бағдарламасы: Батыс Қазақстан облысының 122 тармақтан тұратын өңірлік «жол картасы»',
                ru: 'Программа «Вместе с народом!»: региональная «дорожная карта» ЗКО из 122 пунктов',
                en: 'The “Together with the people!” programme: the oblast’s 122-point regional road map',
              },
              minutes: 20,
            },
            {
              personKey: 'mukaev',
              topic: {
                kk: 'Жергілікті өзін-өзі басқаруды дамыту және бюджеттің төртінші деңгейінің кірісін арттыру',
                ru: 'Развитие местного самоуправления и увеличение доходной части бюджета четвёртого уровня',
                en: 'Developing local self-government and raising fourth-level budget revenue',
              },
              minutes: 15,
            },
            {
              personKey: 'wko-civil-service-head',
              topic: {
                kk: 'Мемлекеттік қызметтің жаңа қағидаттары және сыбайлас жемқорлықтың алдын алу',
                ru: 'Новые принципы государственной службы и предупреждение коррупции',
                en: 'New principles of the civil service and preventing corruption',
              },
              minutes: 15,
            },
            {
              personKey: 'zhanakala-ro-akim',
              topic: {
                kk: 'Тұрғындармен жұмыс тәжірибесі: әр ауылдың даму жоспары',
                ru: 'Опыт работы с населением: план развития каждого села',
                en: 'Working with residents: a development plan for every village',
              },
              minutes: 10,
            },
            {
              personKey: 'fedorov-akim',
              topic: {
                kk: 'Ауылдық округте кәсіпкерлікті қолдау және инвестиция тарту',
                ru: 'Поддержка предпринимательства и привлечение инвестиций в сельском округе',
                en: 'Supporting business and attracting investment in a rural district',
              },
              minutes: 10,
            },
            {
              personKey: 'masteksay-akim',
              topic: {
                kk: 'Ауылдық округ бюджетінің кірісін арттыру тәжірибесі',
                ru: 'Опыт увеличения доходов бюджета сельского округа',
                en: 'Raising a rural district’s budget revenue',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'lunch-1',
          kind: 'break',
          day: 0,
          title: { kk: 'Түскі үзіліс', ru: 'Обеденный перерыв', en: 'Lunch break' },
          start: '12:00',
          end: '13:00',
        },
        {
          key: 'panel-party-projects',
          kind: 'panel',
          day: 0,
          title: {
            kk: 'Партиялық жобалар: жиі қойылатын сұрақтар, іске асыру тетіктері мен талаптары',
            ru: 'Партийные проекты: часто задаваемые вопросы, механизмы и требования реализации',
            en: 'Party projects: frequently asked questions, mechanisms and requirements',
          },
          start: '13:00',
          end: '14:30',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-wko-coordinator'],
          speakers: [
            {
              personKey: 'amanat-wko-coordinator',
              topic: {
                kk: '«Ауыл аманаты»: 6,4 млрд теңге, 992 шағын несие, 1 135 жаңа жұмыс орны',
                ru: '«Ауыл аманаты»: 6,4 млрд тенге, 992 микрокредита, 1 135 новых рабочих мест',
                en: '“Auyl amanaty”: 6.4 billion tenge, 992 microcredits, 1,135 new jobs',
              },
              minutes: 15,
            },
            {
              personKey: 'kushkinbaev',
              topic: {
                kk: '«Қаладан – Ауылға» пилоттық жобасы: жолдар, әлеуметтік нысандар, тұрғын үй',
                ru: 'Пилотный проект «Из города – в село»: дороги, социальные объекты, жильё',
                en: '“From the City to the Village”: roads, social facilities, housing',
              },
              minutes: 15,
            },
            {
              personKey: 'zhalpaktal-akim',
              topic: {
                kk: '«Жер аманаты»: пайдаланылмай жатқан жерлерді қайтару тәжірибесі',
                ru: '«Жер аманаты»: опыт возврата неиспользуемых земель',
                en: '“Zher amanaty”: returning unused land',
              },
              minutes: 10,
            },
            {
              personKey: 'burlin-akim',
              topic: {
                kk: 'Сайлауалды бағдарламадағы бастамаларды іске асыру',
                ru: 'Реализация инициатив из предвыборной программы',
                en: 'Delivering the initiatives of the election programme',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'coffee-break-1',
          kind: 'break',
          day: 0,
          title: { kk: 'Кофе-брейк', ru: 'Кофе-брейк', en: 'Coffee break' },
          start: '14:30',
          end: '14:45',
          room: 'Фойе',
        },
        {
          key: 'round-table-village-problems',
          kind: 'round_table',
          day: 0,
          title: {
            kk: 'Дөңгелек үстел: ауылдағы интернет сапасы және әкімшілік-аумақтық бөліністің мәселелері',
            ru: 'Круглый стол: качество Интернета в сёлах и вопросы административно-территориального деления',
            en: 'Round table: internet quality in villages and administrative division issues',
          },
          start: '14:45',
          end: '16:15',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['mukaev'],
          speakers: [
            {
              personKey: 'daryin-akim',
              topic: {
                kk: 'Облыстың 357 ауылындағы интернет сапасының төмендігі',
                ru: 'Низкое качество Интернета в 357 сёлах области',
                en: 'Poor internet in 357 villages of the oblast',
              },
              minutes: 10,
            },
            {
              personKey: 'umraleev',
              topic: {
                kk: 'Аудан деңгейіндегі әкімшілік-аумақтық бөліністің кемшіліктері',
                ru: 'Недостатки административно-территориального деления на уровне района',
                en: 'Shortcomings of the administrative division at district level',
              },
              minutes: 10,
            },
            {
              personKey: 'kaztalov-maslikhat-chair',
              topic: {
                kk: 'Мәслихаттың ауыл мәселелерін шешудегі рөлі',
                ru: 'Роль маслихата в решении проблем села',
                en: 'The maslikhat’s role in solving village problems',
              },
              minutes: 10,
            },
            {
              personKey: 'zhanakala-maslikhat-chair',
              topic: {
                kk: 'Шалғай ауылдардың тұрғындарымен байланыс',
                ru: 'Связь с жителями отдалённых сёл',
                en: 'Keeping in touch with residents of remote villages',
              },
              minutes: 10,
            },
          ],
        },

        // Day 2
        {
          key: 'training',
          kind: 'seminar',
          day: 1,
          title: {
            kk: 'Ауылдық округ әкімдеріне арналған семинар-тренинг',
            ru: 'Семинар-тренинг для акимов сельских округов',
            en: 'Seminar-training for rural akims',
          },
          description: {
            kk: 'Алдымен үш топта қатар өтеді, содан кейін барлық қатысушыларға ортақ сабақ.',
            ru: 'Сначала три группы параллельно, затем общее занятие для всех участников.',
            en: 'Three parallel groups first, then a joint class for all participants.',
          },
          start: '10:00',
          end: '13:00',
        },
        {
          key: 'training-procurement',
          kind: 'seminar',
          day: 1,
          parentKey: 'training',
          title: {
            kk: 'Мемлекеттік сатып алу саласындағы заңнама өзгерістері',
            ru: 'Изменения в законодательстве в сфере государственных закупок',
            en: 'Legislation changes in public procurement',
          },
          start: '10:00',
          end: '11:30',
          room: '№1 семинар залы',
          speakers: [
            {
              personKey: 'wko-procurement-head',
              topic: {
                kk: 'Ауылдық округ әкімі аппаратының сатып алуы: жаңа талаптар және жиі кездесетін қателер',
                ru: 'Закупки аппарата акима сельского округа: новые требования и типичные ошибки',
                en: 'Procurement by a rural akim’s office: new requirements and common mistakes',
              },
              minutes: 75,
            },
          ],
        },
        {
          key: 'training-management',
          kind: 'seminar',
          day: 1,
          parentKey: 'training',
          title: {
            kk: 'Менеджмент процесін жетілдіру бойынша әдістемелік ұсынымдар',
            ru: 'Методические рекомендации по совершенствованию процесса менеджмента',
            en: 'Methodological guidance on improving management',
          },
          start: '10:00',
          end: '11:30',
          room: '№2 семинар залы',
          speakers: [
            {
              personKey: 'wko-civil-service-deputy',
              topic: {
                kk: 'Ауыл әкімі аппаратындағы жоспарлау, тапсырмаларды бөлу және бақылау',
                ru: 'Планирование, распределение поручений и контроль в аппарате сельского акима',
                en: 'Planning, delegating and follow-up in a rural akim’s office',
              },
              minutes: 75,
            },
          ],
        },
        {
          key: 'training-image',
          kind: 'seminar',
          day: 1,
          parentKey: 'training',
          title: {
            kk: 'Мемлекеттік қызметшінің имиджін қалыптастыру',
            ru: 'Формирование имиджа государственного служащего',
            en: 'Building the image of a civil servant',
          },
          start: '10:00',
          end: '11:30',
          room: 'Кіші мәжіліс залы',
          speakers: [
            {
              personKey: 'wko-civil-service-head',
              topic: {
                kk: 'Әдеп, тұрғындармен қарым-қатынас және әлеуметтік желілердегі мінез-құлық',
                ru: 'Этика, общение с жителями и поведение в социальных сетях',
                en: 'Ethics, dealing with residents and conduct on social media',
              },
              minutes: 75,
            },
          ],
        },
        {
          key: 'training-local-government-law',
          kind: 'seminar',
          day: 1,
          parentKey: 'training',
          title: {
            kk: 'Жергілікті мемлекеттік басқару және өзін-өзі басқару туралы заңнамадағы өзгерістер',
            ru: 'Изменения в законодательстве о местном государственном управлении и самоуправлении',
            en: 'Changes in the law on local government and self-government',
          },
          start: '11:45',
          end: '13:00',
          room: 'Үлкен мәжіліс залы',
          speakers: [
            {
              personKey: 'wko-territorial-head',
              topic: {
                kk: 'Сайланған ауыл әкімінің жаңа өкілеттіктері және бюджеттің төртінші деңгейі',
                ru: 'Новые полномочия избранного сельского акима и бюджет четвёртого уровня',
                en: 'New powers of an elected rural akim and the fourth-level budget',
              },
              minutes: 60,
            },
          ],
        },
        {
          key: 'lunch-2',
          kind: 'break',
          day: 1,
          title: { kk: 'Түскі үзіліс', ru: 'Обеденный перерыв', en: 'Lunch break' },
          start: '13:00',
          end: '14:00',
        },
        {
          key: 'round-table-development-plans',
          kind: 'round_table',
          day: 1,
          title: {
            kk: 'Дөңгелек үстел: ауыл әкімі және тұрғындар – сайлауалды бағдарламалар мен ауылдардың даму жоспарлары',
            ru: 'Круглый стол: сельский аким и жители – предвыборные программы и планы развития сёл',
            en: 'Round table: the rural akim and residents – election programmes and village development plans',
          },
          start: '14:00',
          end: '15:30',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-wko-deputy'],
          speakers: [
            {
              personKey: 'zhanakala-ro-akim',
              topic: {
                kk: 'Даму жоспарын тұрғындармен бірге әзірлеу',
                ru: 'Как готовить план развития вместе с жителями',
                en: 'Drafting the development plan with residents',
              },
              minutes: 10,
            },
            {
              personKey: 'daryin-akim',
              topic: {
                kk: 'Қала маңындағы ауылдың даму жоспары',
                ru: 'План развития пригородного села',
                en: 'A development plan for a suburban village',
              },
              minutes: 10,
            },
            {
              personKey: 'burlin-akim',
              topic: {
                kk: 'Өндірістік кәсіпорындармен әріптестік',
                ru: 'Партнёрство с промышленными предприятиями',
                en: 'Partnering with industrial companies',
              },
              minutes: 10,
            },
            {
              personKey: 'zhalpaktal-akim',
              topic: {
                kk: 'Шалғай ауылдағы сайлауалды уәделерді орындау',
                ru: 'Выполнение предвыборных обещаний в отдалённом селе',
                en: 'Keeping election promises in a remote village',
              },
              minutes: 10,
            },
          ],
        },
        {
          key: 'closing',
          kind: 'plenary',
          day: 1,
          title: {
            kk: 'Форумның қорытындысы',
            ru: 'Подведение итогов форума',
            en: 'Closing of the forum',
          },
          start: '15:45',
          end: '16:15',
          room: 'Үлкен мәжіліс залы',
          moderatorKeys: ['amanat-wko-deputy'],
          speakers: [
            {
              personKey: 'zhumagaziev',
              topic: {
                kk: 'Форумның қорытындысы және алдағы міндеттер',
                ru: 'Итоги форума и дальнейшие задачи',
                en: 'Results of the forum and next steps',
              },
              minutes: 15,
            },
          ],
        },
      ],
    },
  ],
};
