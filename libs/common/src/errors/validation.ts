import { getMetadataStorage, type ValidationError } from 'class-validator';
import { AppError, type FieldIssue } from './app-error';

function constraintParams(target: object | undefined, property: string, constraint: string): Record<string, string> {
  if (!target) {
    return {};
  }
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name === constraint || m.type === constraint));
  const params: Record<string, string> = {};
  (metadata?.constraints ?? []).forEach((value: unknown, index: number) => {
    params[`constraint${index + 1}`] = Array.isArray(value) ? value.join(', ') : String(value);
  });
  return params;
}

/** Flattens class-validator's tree into one issue per failed constraint, with dotted paths (`venue.name`, `points.0.text`). */
export function toFieldIssues(errors: ValidationError[], prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const constraint of Object.keys(error.constraints ?? {})) {
      issues.push({ field, code: constraint, params: constraintParams(error.target, error.property, constraint) });
    }
    if (error.children?.length) {
      issues.push(...toFieldIssues(error.children, field));
    }
  }
  return issues;
}

/** ValidationPipe's exceptionFactory: keeps the raw issues so the filter can word them in the request's language. */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return AppError.validation(toFieldIssues(errors));
}
