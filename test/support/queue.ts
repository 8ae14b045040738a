import type { TestApp } from './test-app.js';
import { signInAs } from './auth.js';

/** A counter of the demo catalogue with its tenant and services, found through the public API. */
export async function findDemoCounter(t: TestApp, mppSlug = 'mpp-kota-makassar', tenantShortName?: string) {
  const mpp = (await t.app.inject({ method: 'GET', url: `/api/v1/mpps/${mppSlug}` })).json() as { id: string };
  const counters = (await t.app.inject({ method: 'GET', url: `/api/v1/mpps/${mppSlug}/counters` })).json() as {
    items: {
      id: string;
      number: number;
      label: string;
      tenant: { id: string; shortName: string };
      services: { id: string; name: string }[];
    }[];
  };
  const counter = counters.items.find(
    (c) => c.services.length > 0 && (tenantShortName === undefined || c.tenant.shortName === tenantShortName),
  );
  if (!counter) throw new Error(`no demo counter at ${mppSlug}`);
  return { mppId: mpp.id, mppSlug, counter, counters: counters.items, serviceId: counter.services[0]?.id as string };
}

/** An officer of the counter's tenant at the MPP, and a manager of the MPP (bearer sessions). */
export async function queueStaff(t: TestApp, place: { mppId: string; counter: { tenant: { id: string } } }) {
  const officer = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id });
  const manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  return { officer, manager };
}

/** A paired kiosk of the MPP: its device token header. */
export async function pairKiosk(t: TestApp, mppSlug: string, manager: { headers: Record<string, string> }) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/queue/mpps/${mppSlug}/devices`,
    headers: manager.headers,
    payload: { kind: 'kiosk', name: 'Kios lobi' },
  });
  if (response.statusCode !== 201) throw new Error(`pairing failed: ${response.body}`);
  return { 'x-device-token': (response.json() as { token: string }).token };
}
