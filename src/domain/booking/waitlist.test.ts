import { describe, expect, it } from 'vitest';
import { offerExpiry, WAITLIST_OFFER_MINUTES } from './waitlist.js';

describe('a seat offered from the waitlist', () => {
  const now = new Date('2026-11-25T03:00:00Z');
  it(`is held ${WAITLIST_OFFER_MINUTES} minutes, or until booking the slot closes if sooner`, () => {
    expect(offerExpiry(now, new Date('2026-11-30T01:00:00Z'), 60)).toEqual(new Date('2026-11-25T03:30:00Z'));
    expect(offerExpiry(now, new Date('2026-11-25T04:10:00Z'), 60)).toEqual(new Date('2026-11-25T03:10:00Z'));
  });
  it('is not made when the slot can no longer be booked', () => {
    expect(offerExpiry(now, new Date('2026-11-25T03:59:00Z'), 60)).toBeUndefined();
  });
});
