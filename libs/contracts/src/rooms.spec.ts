import { findRoom, roomName } from './agenda';

const rooms = [
  { kk: 'Мәжіліс залы', ru: 'Зал заседаний' },
  { kk: 'Кіші зал', ru: 'Малый зал', en: 'Small hall' },
];

describe('rooms in two languages', () => {
  it('finds a room by any of its names, whatever the case and spaces', () => {
    expect(findRoom(' зал ЗАСЕДАНИЙ ', rooms)).toBe(rooms[0]);
    expect(findRoom('МӘЖІЛІС ЗАЛЫ', rooms)).toBe(rooms[0]);
    expect(findRoom('Small hall', rooms)).toBe(rooms[1]);
    expect(findRoom('Фойе', rooms)).toBeUndefined();
    expect(findRoom('Фойе', undefined)).toBeUndefined();
  });

  it('names a room in the asked language, Kazakh without one, and a room not of the venue as typed', () => {
    expect(roomName('Мәжіліс залы', rooms, 'ru')).toBe('Зал заседаний');
    expect(roomName('Мәжіліс залы', rooms, 'en')).toBe('Мәжіліс залы');
    expect(roomName('Кіші зал', rooms, 'en')).toBe('Small hall');
    expect(roomName('Фойе', rooms, 'ru')).toBe('Фойе');
    expect(roomName(null, rooms, 'ru')).toBeNull();
  });
});
