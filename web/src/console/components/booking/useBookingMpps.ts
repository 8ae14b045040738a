import { api } from '../../../api/client.js';
import type { MppSummary } from '../../../api/types.js';
import { useApi } from '../../../api/useApi.js';
import { useAccount } from '../../../auth/session-context.js';
import { BOOKING_VIEW, mppReachOf } from '../../permissions.js';

/** The MPPs whose appointments this staff member sees: an officer's own, a manager's, or all. */
export function useBookingMpps() {
  const account = useAccount();
  const reach = mppReachOf(account, BOOKING_VIEW);
  const key = `booking-mpps:${reach.all ? 'all' : reach.mppIds.join(',')}`;
  return useApi<MppSummary[]>(key, async (signal) => {
    const all = await api.listMpps({}, signal);
    const visible = reach.all ? all : all.filter((mpp) => reach.mppIds.includes(mpp.id));
    return visible.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  });
}
