import {
  AWARD_KINDS,
  SURVEY_QUESTION_KINDS,
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  ORGANIZATION_KINDS,
  PERSON_CATEGORIES,
  REGION_LEVELS,
  SESSION_KINDS,
} from '@app/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoData } from './demo-data.types';

/**
 * Where the demo forums are, from the working folder (the repository, or /app in the image, which
 * copies this folder). Read at run time: the same source runs as CommonJS (the app) and as ESM (jest).
 */
export const DEMO_DATA_DIR = 'apps/api/src/demo/data';

/** The demo forums are data (./data, described in its README.md); this file only reads and checks them. */
export function demoData(root = process.cwd()): DemoData {
  const dir = join(root, DEMO_DATA_DIR);
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
  // One file per forum (or road map), loaded in the order of their names (000-..., 001-...).
  const folder = (name: string): unknown[] =>
    readdirSync(join(dir, name))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => read(join(name, file)));
  return checkDemoData({
    regions: read('regions.json'),
    organizations: read('organizations.json'),
    people: read('people.json'),
    events: folder('events'),
    plans: folder('plans'),
  });
}

type Json = Record<string, unknown>;

/**
 * Checks demo data as the loader will use it: every kind one the database accepts, every text in
 * kk and ru, every key it refers to defined once. The message names the place (`events[1].sessions[4].parentKey`).
 */
export function checkDemoData(raw: unknown): DemoData {
  const problems: string[] = [];
  const at = (path: string, ok: boolean, what: string) => {
    if (!ok) {
      problems.push(`${path}: ${what}`);
    }
  };
  const list = (value: unknown, path: string): Json[] => {
    at(path, Array.isArray(value), 'should be a list');
    return Array.isArray(value) ? (value as Json[]) : [];
  };
  const text = (value: unknown, path: string, required = true) => {
    if (value === undefined && !required) {
      return;
    }
    const t = value as Json | undefined;
    at(path, typeof t?.kk === 'string' && t.kk !== '' && typeof t.ru === 'string' && t.ru !== '', 'needs kk and ru');
  };
  const oneOf = (value: unknown, allowed: readonly string[], path: string) =>
    at(path, allowed.includes(value as string), `should be one of ${allowed.join(', ')}`);
  const clock = (value: unknown, path: string) =>
    at(path, typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value), 'should be HH:MM');
  const keys = (items: Json[], path: string, field = 'key') => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = item[field] as string;
      at(`${path}[${i}].${field}`, typeof key === 'string' && !seen.has(key), 'should be a key given once');
      seen.add(key);
    });
    return seen;
  };
  const refers = (value: unknown, known: Set<string>, path: string, required = true) => {
    if (value === undefined && !required) {
      return;
    }
    at(path, known.has(value as string), `refers to no such key (${String(value)})`);
  };
  const progress = (value: unknown, path: string) => {
    if (value === undefined) {
      return;
    }
    const given = value as Json;
    const percent = given.percent as number;
    at(`${path}.percent`, Number.isInteger(percent) && percent >= 0 && percent <= 100, 'should be a whole 0 to 100');
    text(given.note, `${path}.note`);
  };

  const data = (raw ?? {}) as Json;
  const regionList = list(data.regions, 'regions');
  const regionCodes = keys(regionList, 'regions', 'code');
  const knownRegion = (code: unknown, path: string) =>
    // The oblasts and the cities of republican significance ship with the migrations (KZ-27...).
    at(path, regionCodes.has(code as string) || /^KZ-\d{2}$/.test(code as string), 'is no known region');
  regionList.forEach((region, i) => {
    knownRegion(region.parentCode, `regions[${i}].parentCode`);
    oneOf(
      region.level,
      REGION_LEVELS.filter((level) => level !== 'oblast'),
      `regions[${i}].level`,
    );
    text(region.name, `regions[${i}].name`);
  });
  const organizationList = list(data.organizations, 'organizations');
  const organizationKeys = keys(organizationList, 'organizations');
  const earlier = new Set<string>();
  organizationList.forEach((org, i) => {
    text(org.name, `organizations[${i}].name`);
    oneOf(org.kind, ORGANIZATION_KINDS, `organizations[${i}].kind`);
    if (org.regionCode !== undefined) {
      knownRegion(org.regionCode, `organizations[${i}].regionCode`);
    }
    // A parent is given before its sub-organizations, so it exists when they are written.
    refers(org.parentKey, earlier, `organizations[${i}].parentKey`, false);
    earlier.add(org.key as string);
  });
  const peopleList = list(data.people, 'people');
  const personKeys = keys(peopleList, 'people');
  peopleList.forEach((person, i) => {
    at(`people[${i}].fullName.kk`, typeof (person.fullName as Json | undefined)?.kk === 'string', 'is required');
    text(person.position, `people[${i}].position`, false);
    oneOf(person.category, PERSON_CATEGORIES, `people[${i}].category`);
    refers(person.organizationKey, organizationKeys, `people[${i}].organizationKey`, false);
    if (person.regionCode !== undefined) {
      knownRegion(person.regionCode, `people[${i}].regionCode`);
    }
  });
  list(data.events, 'events').forEach((event, e) => {
    const path = `events[${e}]`;
    at(`${path}.slug`, typeof event.slug === 'string' && /^[a-z0-9-]+$/.test(event.slug), 'should be a slug');
    oneOf(event.kind, EVENT_KINDS, `${path}.kind`);
    oneOf(event.visibility, EVENT_VISIBILITIES, `${path}.visibility`);
    text(event.title, `${path}.title`);
    text(event.description, `${path}.description`);
    knownRegion(event.regionCode, `${path}.regionCode`);
    list(event.organizerKeys, `${path}.organizerKeys`).forEach((key, i) =>
      refers(key, organizationKeys, `${path}.organizerKeys[${i}]`),
    );
    clock(event.start, `${path}.start`);
    clock(event.end, `${path}.end`);
    at(`${path}.days`, Number.isInteger(event.days) && (event.days as number) >= 1, 'should be 1 or more');
    const venue = (event.venue ?? {}) as Json;
    text(venue.name, `${path}.venue.name`);
    const rooms = list(venue.rooms ?? [], `${path}.venue.rooms`);
    rooms.forEach((room, r) => text(room, `${path}.venue.rooms[${r}]`));
    const roomNames = new Set(rooms.map((room) => room.kk as string));
    const sessions = list(event.sessions, `${path}.sessions`);
    const sessionKeys = keys(sessions, `${path}.sessions`);
    sessions.forEach((session, s) => {
      const where = `${path}.sessions[${s}]`;
      if (session.room !== undefined) {
        at(`${where}.room`, roomNames.has(session.room as string), "should be the kk name of one of the venue's rooms");
      }
      oneOf(session.kind, SESSION_KINDS, `${where}.kind`);
      text(session.title, `${where}.title`);
      clock(session.start, `${where}.start`);
      clock(session.end, `${where}.end`);
      refers(session.parentKey, sessionKeys, `${where}.parentKey`, false);
      ((session.moderatorKeys as unknown[] | undefined) ?? []).forEach((key, i) =>
        refers(key, personKeys, `${where}.moderatorKeys[${i}]`),
      );
      ((session.speakers as Json[] | undefined) ?? []).forEach((speaker, i) =>
        refers(speaker.personKey, personKeys, `${where}.speakers[${i}].personKey`),
      );
    });
    const resolution = event.resolution as Json | undefined;
    if (resolution) {
      refers(resolution.numberingKey, organizationKeys, `${path}.resolution.numberingKey`);
      refers(resolution.chairKey, personKeys, `${path}.resolution.chairKey`);
      refers(resolution.sessionKey, sessionKeys, `${path}.resolution.sessionKey`);
      text(resolution.title, `${path}.resolution.title`);
      list(resolution.points, `${path}.resolution.points`).forEach((point, i) => {
        text(point.text, `${path}.resolution.points[${i}].text`);
        refers(point.responsibleKey, organizationKeys, `${path}.resolution.points[${i}].responsibleKey`);
        progress(point.progress, `${path}.resolution.points[${i}].progress`);
        ((point.indicators ?? []) as Json[]).forEach((indicator, k) => {
          const where = `${path}.resolution.points[${i}].indicators[${k}]`;
          text(indicator.name, `${where}.name`);
          text(indicator.unit, `${where}.unit`);
          for (const field of ['target', 'actual']) {
            const value = indicator[field] as number;
            at(`${where}.${field}`, typeof value === 'number' && value >= 0, 'should be a number, not negative');
          }
        });
      });
      const vote = resolution.vote as Json;
      if (vote?.byName !== undefined) {
        oneOf(vote.byName, ['electronic', 'roll_call'], `${path}.resolution.vote.byName`);
        const roles = ((event.quorum as Json | undefined)?.roles as string[] | undefined) ?? [];
        const present = ((event.registrations ?? []) as Json[]).filter(
          (r) => r.checkedInAt !== undefined && (roles.length === 0 || roles.includes(r.role as string)),
        ).length;
        at(
          `${path}.resolution.vote.present`,
          vote.present === present,
          `must be the ${present} voting members checked in`,
        );
        const cast = (vote.for as number) + (vote.against as number) + (vote.abstained as number);
        at(`${path}.resolution.vote`, cast <= present, 'has more votes than voters');
      }
    }
    const registered = new Set<string>();
    list(event.registrations ?? [], `${path}.registrations`).forEach((r, i) => {
      const where = `${path}.registrations[${i}]`;
      refers(r.personKey, personKeys, `${where}.personKey`);
      at(`${where}.personKey`, !registered.has(r.personKey as string), 'is registered twice');
      registered.add(r.personKey as string);
      oneOf(r.role, ['delegate', 'speaker', 'moderator', 'guest', 'press', 'staff'], `${where}.role`);
      if (r.checkedInAt !== undefined) {
        clock(r.checkedInAt, `${where}.checkedInAt`);
      }
    });
    list(event.awards ?? [], `${path}.awards`).forEach((awards, i) => {
      const where = `${path}.awards[${i}]`;
      oneOf(awards.kind, AWARD_KINDS, `${where}.kind`);
      refers(awards.numberingKey, organizationKeys, `${where}.numberingKey`);
      refers(awards.signatoryKey, personKeys, `${where}.signatoryKey`);
      list(awards.recipientKeys, `${where}.recipientKeys`).forEach((key, j) =>
        refers(key, personKeys, `${where}.recipientKeys[${j}]`),
      );
    });
    const survey = event.survey as Json | undefined;
    if (survey) {
      text(survey.title, `${path}.survey.title`);
      list(survey.questions, `${path}.survey.questions`).forEach((q, i) => {
        oneOf(q.kind, SURVEY_QUESTION_KINDS, `${path}.survey.questions[${i}].kind`);
        text(q.text, `${path}.survey.questions[${i}].text`);
        list(q.options ?? [], `${path}.survey.questions[${i}].options`).forEach((o, j) =>
          text(o, `${path}.survey.questions[${i}].options[${j}]`),
        );
      });
    }
    const protocol = event.protocol as Json | undefined;
    if (protocol) {
      refers(protocol.chairKey, personKeys, `${path}.protocol.chairKey`);
      refers(protocol.secretaryKey, personKeys, `${path}.protocol.secretaryKey`);
      clock(protocol.openedAt, `${path}.protocol.openedAt`);
      for (const [key, item] of Object.entries((protocol.items ?? {}) as Record<string, Json>)) {
        const where = `${path}.protocol.items.${key}`;
        refers(key, sessionKeys, where);
        text(item.summary, `${where}.summary`, false);
        text(item.decided, `${where}.decided`, false);
        list(item.speeches ?? [], `${where}.speeches`).forEach((speech, i) => {
          if (speech.personKey === undefined) {
            text(speech.name, `${where}.speeches[${i}].name`);
          } else {
            refers(speech.personKey, personKeys, `${where}.speeches[${i}].personKey`);
          }
          clock(speech.at, `${where}.speeches[${i}].at`);
          text(speech.summary, `${where}.speeches[${i}].summary`, false);
        });
      }
      list(protocol.instructions, `${path}.protocol.instructions`).forEach((instruction, i) => {
        const where = `${path}.protocol.instructions[${i}]`;
        refers(instruction.sessionKey, sessionKeys, `${where}.sessionKey`, false);
        text(instruction.text, `${where}.text`);
        refers(instruction.responsibleKey, organizationKeys, `${where}.responsibleKey`);
        refers(instruction.executorKey, personKeys, `${where}.executorKey`, false);
        at(`${where}.dueInDays`, Number.isInteger(instruction.dueInDays), 'should be a whole number of days');
        progress(instruction.progress, `${where}.progress`);
      });
    }
    list(event.materials ?? [], `${path}.materials`).forEach((material, i) => {
      const where = `${path}.materials[${i}]`;
      refers(material.sessionKey, sessionKeys, `${where}.sessionKey`, false);
      text(material.title, `${where}.title`);
      oneOf(material.language, ['kk', 'ru', 'en'], `${where}.language`);
      oneOf(material.visibility, ['public', 'participants', 'staff'], `${where}.visibility`);
      at(`${where}.paragraphs`, list(material.paragraphs, `${where}.paragraphs`).length > 0, 'should say something');
    });
  });
  const eventSlugs = new Set(list(data.events, 'events').map((event) => event.slug as string));
  list(data.plans, 'plans').forEach((plan, p) => {
    const path = `plans[${p}]`;
    text(plan.title, `${path}.title`);
    refers(plan.ownerKey, organizationKeys, `${path}.ownerKey`);
    refers(plan.eventSlug, eventSlugs, `${path}.eventSlug`, false);
    at(
      `${path}.endsInDays`,
      (plan.endsInDays as number) >= (plan.startsInDays as number),
      'should not end before it starts',
    );
    const numbers = new Set<number>();
    list(plan.points, `${path}.points`).forEach((point, i) => {
      const where = `${path}.points[${i}]`;
      const n = point.number as number;
      at(`${where}.number`, Number.isInteger(n) && n > 0 && !numbers.has(n), 'should be a number given once');
      numbers.add(n);
      text(point.text, `${where}.text`);
      refers(point.responsibleKey, organizationKeys, `${where}.responsibleKey`);
      if (point.regionCode !== undefined) {
        knownRegion(point.regionCode, `${where}.regionCode`);
      }
      at(`${where}.dueInDays`, Number.isInteger(point.dueInDays), 'should be a whole number of days');
      at(`${where}.weight`, typeof point.weight === 'number' && point.weight > 0, 'should be above 0');
      let last = -1;
      list(point.progress, `${where}.progress`).forEach((step, s) => {
        progress(step, `${where}.progress[${s}]`);
        const daysAgo = step.daysAgo as number;
        at(
          `${where}.progress[${s}].daysAgo`,
          Number.isInteger(daysAgo) && daysAgo >= 0,
          'should be whole days, 0 or more',
        );
        at(`${where}.progress[${s}].percent`, (step.percent as number) >= last, 'should not go down');
        last = step.percent as number;
      });
    });
  });
  if (problems.length > 0) {
    throw new Error(`The demo data is not valid:\n${problems.join('\n')}`);
  }
  return raw as DemoData;
}
