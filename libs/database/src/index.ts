export * from './database.module';
export * from './database.options';
export * from './embedded-postgres.server';
export * from './migrate';
export * from './migrations';
export * from './prepared-query';
export * from './where';
export * from './tx';
