import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// What the server accepts as an Idempotency-Key (booking.schemas.ts).
const ACCEPTED = /^[\w.:-]{8,100}$/;

describe('newIdempotencyKey', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(newIdempotencyKey({ randomUUID: () => 'from-random-uuid', getRandomValues: (a) => a })).toBe(
      'from-random-uuid',
    );
  });

  it('makes a UUID v4 from random bytes where it does not (plain HTTP)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const key = newIdempotencyKey({
          getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
            (array as unknown as Uint8Array).set(bytes);
            return array;
          },
        });
        expect(key).toMatch(UUID_V4);
        expect(key).toMatch(ACCEPTED);
      }),
    );
  });

  it('gives a new key each time', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
