// The kk/ru/en fields are shared by every app: see lib/lang-fields.tsx.
export * from '../../lib/lang-fields';
