export * from './errors';
export * from './languages';
export * from './roles';
export * from './agenda';
export * from './directory';
export * from './dates';
export * from './kazakh-letters';
export * from './resolutions';
