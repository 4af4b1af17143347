import { checkDemoData, demoData } from './demo-data';

describe('the demo data files', () => {
  it('hold the three reference forums, checked', () => {
    const data = demoData();
    expect(data.events.map((event) => event.slug)).toEqual([
      'oral-offsite-session-qaladan-auylga',
      'almaty-oblast-rural-akims-forum',
      'wko-rural-akims-forum',
    ]);
    expect(data.people.filter((person) => person.namedInArticles).length).toBeGreaterThan(5);
  });

  it('name the place of every mistake', () => {
    const broken = structuredClone(demoData());
    broken.events[1].sessions[1].parentKey = 'no-such-session';
    (broken.organizations[0] as { kind: string }).kind = 'ministry';
    broken.people[2].organizationKey = 'nobody';
    broken.regions[0].name = { kk: 'Орал', ru: '' };
    broken.people.push({ ...broken.people[0] });
    broken.events[0].venue.rooms[1] = { kk: 'Фойе', ru: '' };
    broken.events[0].sessions[0].room = 'Зал заседаний';
    broken.events[0].protocol!.instructions[0].progress = { percent: 140, note: { kk: 'Орындалды', ru: '' } };
    expect(() => checkDemoData(broken)).toThrow(
      new RegExp(
        [
          'regions\\[0\\]\\.name: needs kk and ru',
          'organizations\\[0\\]\\.kind: should be one of',
          `people\\[${broken.people.length - 1}\\]\\.key: should be a key given once`,
          'people\\[2\\]\\.organizationKey: refers to no such key \\(nobody\\)',
          'events\\[0\\]\\.venue\\.rooms\\[1\\]: needs kk and ru',
          "events\\[0\\]\\.sessions\\[0\\]\\.room: should be the kk name of one of the venue's rooms",
          'events\\[0\\]\\.protocol\\.instructions\\[0\\]\\.progress\\.percent: should be a whole 0 to 100',
          'events\\[0\\]\\.protocol\\.instructions\\[0\\]\\.progress\\.note: needs kk and ru',
          'events\\[1\\]\\.sessions\\[1\\]\\.parentKey: refers to no such key',
        ].join('[^]*'),
      ),
    );
  });
});
