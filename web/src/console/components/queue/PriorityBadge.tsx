import { useTranslation } from 'react-i18next';
import type { PriorityGroup } from '../../../api/queue-types.js';

/** The priority group of a ticket, as a badge; nothing for a regular ticket. */
export function PriorityBadge({ group }: { group: PriorityGroup | null }) {
  const { t } = useTranslation();
  if (!group) return null;
  return <span className="badge badge--priority">{t(`queue.priorityShort.${group}`)}</span>;
}
