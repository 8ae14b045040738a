/**
 * Queue KPIs: one shape for the live view, the frozen day figures and the dashboards. Waiting
 * time is the first call minus joining the line (arrival, or the transfer for a transferred
 * visit); service time is the finish minus the start of service (or the call when service was
 * not started explicitly); "within target" is the share of called visits whose wait was at most
 * the service's target waiting time.
 */
export const KPI_DIMENSIONS = ['service', 'counter', 'officer', 'tenant', 'hour'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export type KpiRow = {
  key: string;
  label: string;
  arrived: number;
  served: number;
  noShow: number;
  cancelled: number;
  transferred: number;
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  servedWithinTargetShare: number | null;
};
