/** Typed errors of the levels module, so callers can tell bad input from bugs. */

export class UnknownLevelModelError extends Error {
  override readonly name = 'UnknownLevelModelError';
  constructor(readonly modelId: string) {
    super(`Unknown level model: ${modelId}`);
  }
}

export class UnknownLevelError extends Error {
  override readonly name = 'UnknownLevelError';
  constructor(
    readonly modelId: string,
    readonly levelId: string,
  ) {
    super(`Unknown level "${levelId}" in level model ${modelId}`);
  }
}

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

export class InvalidLevelInputError extends Error {
  override readonly name = 'InvalidLevelInputError';
  constructor(
    message: string,
    readonly issues: readonly InputIssue[],
  ) {
    super(message);
  }
}
