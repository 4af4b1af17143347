export * from './errors/app-error';
export * from './errors/database-errors';
export * from './errors/http-exception.filter';
export * from './errors/validation';
export * from './i18n/language';
export * from './i18n/messages';
export * from './http/if-match';
export * from './http/uuid-param';
