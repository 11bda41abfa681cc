/**
 * How services report failures, independent of HTTP. The handler layer maps `BusinessFailure` to an HTTP 200
 * body with `IsSuccess: false`, and `ParameterFailure` to a 400 gateway error, as the real API does.
 */
import { BUSINESS_ERRORS, type BusinessErrorCode } from '@/api/contract/errors';

/** A business rule rejected the request (e.g. `NAMESPACE_ALREADY_EXIST`). */
export class BusinessFailure extends Error {
  constructor(
    readonly code: BusinessErrorCode,
    message: string = BUSINESS_ERRORS[code],
  ) {
    super(message);
    this.name = 'BusinessFailure';
  }
}

/**
 * A parameter is missing or malformed in a way the request schema cannot express (one of two alternative
 * locators, a length limit the contract leaves to the backend).
 */
export class ParameterFailure extends Error {
  constructor(
    readonly code: 'MissingParameter' | 'InvalidParameter',
    readonly parameter: string,
    readonly detail = '',
  ) {
    super(`${code}: ${parameter}${detail ? ` (${detail})` : ''}`);
    this.name = 'ParameterFailure';
  }
}

/**
 * Maps a unique-index violation to the business error it means. The in-transaction checks already prevent
 * duplicates; this is the last line of defence should two writers ever race past them.
 */
export function rethrowDuplicate(code: 'NAMESPACE_ALREADY_EXIST' | 'REPO_ALREADY_EXIST') {
  return (error: unknown): never => {
    if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure(code);
    throw error;
  };
}
