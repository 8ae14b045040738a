import { describe, expect, it } from 'vitest';
import type { Me, MeGrant } from '../api/identity-types.js';
import { canManageBookingAt, mppReachOf, visibleSections } from './permissions.js';

const MAKASSAR = '00000000-0000-4000-8000-000000000001';
const SURABAYA = '00000000-0000-4000-8000-000000000002';
const BPJS = '00000000-0000-4000-8000-000000000003';

function staff(...grants: Partial<MeGrant>[]): Me {
  return {
    id: 'a',
    kind: 'staff',
    displayName: 'Uji',
    email: 'uji@example.id',
    grants: grants.map((g) => ({
      role: 'officer',
      mppId: null,
      mppName: null,
      tenantId: null,
      tenantName: null,
      counterIds: null,
      ...g,
    })),
  } as unknown as Me;
}

describe('mppReachOf', () => {
  it("reaches a tenant-scoped officer's own MPP", () => {
    const officer = staff({ role: 'officer', mppId: MAKASSAR, tenantId: BPJS });
    expect(mppReachOf(officer, 'booking.view')).toEqual({ all: false, mppIds: [MAKASSAR] });
  });

  it('reaches every MPP for a national admin', () => {
    expect(mppReachOf(staff({ role: 'national_admin' }), 'booking.manage')).toEqual({ all: true });
  });

  it('ignores grants whose role does not hold the permission', () => {
    const officer = staff({ role: 'officer', mppId: MAKASSAR, tenantId: BPJS });
    expect(mppReachOf(officer, 'booking.manage')).toEqual({ all: false, mppIds: [] });
  });
});

describe('canManageBookingAt', () => {
  it('lets a manager manage schedules at their MPP only', () => {
    const manager = staff({ role: 'mpp_manager', mppId: MAKASSAR });
    expect(canManageBookingAt(manager, MAKASSAR)).toBe(true);
    expect(canManageBookingAt(manager, SURABAYA)).toBe(false);
  });
});

describe('the appointments section', () => {
  it('shows to officers and managers, not to tenant admins', () => {
    const keys = (account: Me) => visibleSections(account).map((s) => s.key);
    expect(keys(staff({ role: 'officer', mppId: MAKASSAR, tenantId: BPJS }))).toContain('booking');
    expect(keys(staff({ role: 'mpp_manager', mppId: MAKASSAR }))).toContain('booking');
    expect(keys(staff({ role: 'tenant_admin', tenantId: BPJS }))).not.toContain('booking');
  });
});
