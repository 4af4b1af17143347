import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
type Grouped = Record<string, ValidationMetadata[]>;

/**
 * class-validator works out a class's rules again at every validation: it scans every class it
 * knows for inherited rules, filters them and groups them by property. That was a tenth of a
 * check-in's CPU and a fifth of its garbage. The rules are fixed once the DTO classes have
 * loaded (decorators run at class definition), so the answers are kept: per class and options,
 * and the grouping per answer. class-validator only reads both.
 */
export function keepValidationRules(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { rulesKept?: boolean };
  if (marked.rulesKept) {
    return;
  }
  marked.rulesKept = true;
  const rules = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  const grouped = new WeakMap<ValidationMetadata[], Grouped>();

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) {
      forTarget = new Map();
      byTarget.set(target, forTarget);
    }
    let answer = forTarget.get(key);
    if (!answer) {
      answer = rules(target, schema, always, strictGroups, groups);
      forTarget.set(key, answer);
    }
    return answer;
  };
  storage.groupByPropertyName = (metadata) => {
    let answer = grouped.get(metadata);
    if (!answer) {
      answer = group(metadata);
      grouped.set(metadata, answer);
    }
    return answer;
  };
}
