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

/** What the host provides (dialogs, printing), or an 'unsupported' error naming what cannot be done here. */
export function fromHost<T>(provided: T | undefined, what: string): T {
  if (provided === undefined) throw new ServiceError('unsupported', `此环境无法${what}。`);
  return provided;
}
