export * from './errors';
export * from './languages';
export * from './roles';
