import type { TFunction } from 'i18next';
import type { Estimate } from '../api/queue-types.js';

/**
 * A waiting time as a range ("sekitar 10–20 menit"), never a single false-precise figure; null
 * when no estimate can be made (nobody serves the service now), which the page must say.
 */
export function formatEstimate(estimate: Estimate, t: TFunction): string | null {
  // Nobody ahead but no counter serving: "very soon" would be a promise nobody keeps.
  if (!estimate || estimate.countersOpen <= 0) return null;
  const { minMinutes: min, maxMinutes: max } = estimate;
  if (max <= 0) return t('queue.estimateNow');
  if (min <= 0) return t('queue.estimateUpTo', { max });
  return t('queue.estimateRange', { min, max });
}
