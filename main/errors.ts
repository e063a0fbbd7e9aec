import type { ApiErrorCode } from '../shared/api';

/** An expected failure with a message in Chinese that the user can act on. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
