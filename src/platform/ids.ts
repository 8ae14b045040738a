import { v7 as uuidv7, validate, version } from 'uuid';

/** Primary keys are UUIDv7, made by the writer (site nodes can create ids offline). */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
