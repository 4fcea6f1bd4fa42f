import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';

/**
 * An error in words a supervisor understands. The server's own message is never shown: it
 * may be technical, in the wrong language, or say more than the user should read.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    switch (first?.extensions?.code) {
      case 'UNAUTHENTICATED':
        return t('common:errors.signedOut');
      case 'FORBIDDEN':
        return t('common:errors.forbidden');
      case 'NOT_FOUND':
        return t('common:errors.notFound');
      case 'BAD_USER_INPUT': {
        const violations = (first.extensions?.violations as { field?: string }[] | undefined) ?? [
          { field: first.extensions?.field as string | undefined },
        ];
        return t('common:errors.invalid', { fields: violations.map((violation) => violation.field ?? '?').join(', ') });
      }
      case 'CONFLICT':
        return t('common:errors.conflict');
      case 'TOO_MANY_REQUESTS':
      case 'RATE_LIMITED':
        return t('common:errors.tooMany');
      default:
        return t('common:errors.server');
    }
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return t('common:errors.signedOut');
    if (error.statusCode === 403) return t('common:errors.forbidden');
    if (error.statusCode === 429) return t('common:errors.tooMany');
    return t('common:errors.server');
  }
  // fetch's TypeError, a closed socket: the server was not reached.
  return t('common:errors.offline');
}

/** The input fields a BAD_USER_INPUT error names, so a form can mark them (aria-invalid). */
export function invalidFields(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') return [];
    const violations = (graphQLError.extensions.violations as { field?: string }[] | undefined) ?? [
      { field: graphQLError.extensions.field as string | undefined },
    ];
    return violations.flatMap((violation) => (violation.field ? [violation.field.replace(/^input\./, '')] : []));
  });
}
