/**
 * Errors across the worker boundary. A structured clone keeps only an Error's message, so the worker
 * sends {kind, code, message, fileName} and main rebuilds the same class: an ImportError stays an
 * ImportError (the services map it to invalid_input with its Chinese message), a ServiceError keeps its code.
 */
import { ServiceError } from '../errors';
import { ImportError, type ImportErrorCode } from '../importers/import-error';

export interface WireError {
  kind: 'import' | 'service' | 'other';
  name: string;
  message: string;
  code?: string;
  fileName?: string;
}

/** A task stopped by its caller (the worker was terminated): nothing it would have produced exists. */
export class CanceledError extends ServiceError {
  constructor(message = '操作已取消。') {
    super('canceled', message);
    this.name = 'CanceledError';
  }
}

export function toWire(err: unknown): WireError {
  if (err instanceof ImportError) return { kind: 'import', name: err.name, message: err.message, code: err.code, fileName: err.fileName };
  if (err instanceof ServiceError) return { kind: 'service', name: err.name, message: err.message, code: err.code };
  if (err instanceof Error) return { kind: 'other', name: err.name, message: err.message };
  return { kind: 'other', name: 'Error', message: String(err) };
}

export function fromWire(wire: WireError): Error {
  if (wire.kind === 'import') return new ImportError(wire.code as ImportErrorCode, wire.message, wire.fileName ?? '');
  if (wire.kind === 'service') {
    if (wire.code === 'canceled') return new CanceledError(wire.message);
    return new ServiceError(wire.code as ServiceError['code'], wire.message);
  }
  const err = new Error(wire.message);
  err.name = wire.name;
  return err;
}
