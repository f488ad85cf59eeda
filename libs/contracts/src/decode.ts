import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DeadLetterError } from './errors.js';

type ContractClass<T> = (new () => T) & { readonly type: string };

/** Flattens nested class-validator errors into `path: reason` strings. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => `${path}: ${reason}`);
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

/** Validates an already-parsed value against a contract; throws DeadLetterError naming every bad field. */
export function validateContract<T extends object>(contract: ContractClass<T>, plain: unknown): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new DeadLetterError('CONTRACT.NOT_AN_OBJECT', `${contract.type}: value is not a JSON object`);
  }
  const value = plainToInstance(contract, plain);
  const problems = describeValidationErrors(validateSync(value, { forbidUnknownValues: true }));
  if (problems.length > 0) {
    throw new DeadLetterError('CONTRACT.INVALID', `${contract.type}: ${problems.slice(0, 10).join('; ')}`);
  }
  return value;
}

/** Parses a Kafka message value (bytes or string) and validates it against a contract. */
export function decode<T extends object>(contract: ContractClass<T>, raw: Buffer | string | null | undefined): T {
  if (raw === null || raw === undefined || raw.length === 0) {
    throw new DeadLetterError('CONTRACT.EMPTY', `${contract.type}: empty message value`);
  }
  let plain: unknown;
  try {
    plain = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (error) {
    throw new DeadLetterError('CONTRACT.NOT_JSON', `${contract.type}: value is not JSON (${(error as Error).message})`);
  }
  return validateContract(contract, plain);
}

/**
 * Checks the CloudEvents attributes a message carries against the contract its topic expects: a
 * different `ce_type` (another event, or another major version of this one) or a `ce_specversion`
 * other than 1.0 is not this consumer's to interpret. Absent headers are tolerated (a bare JSON
 * value is judged by its body alone).
 */
export function checkCloudEventHeaders(contract: { readonly type: string }, headers: Record<string, unknown> | undefined): void {
  const header = (name: string) => {
    const value = headers?.[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  const specVersion = header('ce_specversion');
  if (specVersion !== undefined && specVersion !== '1.0') {
    throw new DeadLetterError('CONTRACT.SPEC_VERSION', `${contract.type}: CloudEvents spec version ${JSON.stringify(specVersion)} is not supported (1.0 is)`);
  }
  const type = header('ce_type');
  if (type !== undefined && type !== contract.type) {
    throw new DeadLetterError('CONTRACT.WRONG_TYPE', `${contract.type}: the message says it is ${JSON.stringify(type)}`);
  }
}
