// errors: AppError, the contract's error shape, the exception filter
export * from './errors/app-error';
export * from './errors/database-errors';
export * from './errors/http-exception.filter';
export * from './errors/validation';
// i18n: languages and the kk/ru/en messages
export * from './i18n/language';
export * from './i18n/messages';
// http: request parameters, preconditions, limits and file replies
export * from './http/if-match';
export * from './http/file-reply';
export * from './http/uuid-param';
export * from './http/lang.decorator';
export * from './http/validation-rules';
export * from './http/shared-body';
export * from './http/json-depth';
export * from './http/rate-window';
// dto: localized texts, paging, instants, patches and transforms
export * from './dto/localized-text.dto';
export * from './dto/pagination.dto';
export * from './dto/instant';
export * from './dto/patch';
export * from './dto/transforms';
export * from './dto/nested';
// concurrency: single flights, expiring and stamped caches, batching
export * from './concurrency/next-flight';
export * from './concurrency/expiring-map';
export * from './concurrency/stamped-cache';
export * from './concurrency/batch-queue';
// pdf: fonts, set-up, layout blocks, the verification mark
export * from './pdf/fonts';
export * from './pdf/render-pdf';
export * from './pdf/blocks';
export * from './pdf/column-flow';
export * from './pdf/verification-mark';
// documents and formats: seals, votes, QR, ZIP, spreadsheets
export * from './seal/canonical-json';
export * from './votes/majority';
export * from './qr';
export * from './zip';
export * from './sheets/read-sheet';
// the rest: time zones, SQL text, secrets
export * from './time';
export * from './sql';
export * from './secret-hash';
