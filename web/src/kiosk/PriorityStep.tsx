import { useTranslation } from 'react-i18next';
import type { PriorityGroup } from '../api/queue-types.js';
import { BackButton } from './BackButton.js';

/**
 * UU 25/2009 Pasal 29: special treatment for vulnerable groups. The visitor says it themselves;
 * "Tidak" is as large as every other answer, so nobody is pushed either way.
 */
export function PriorityStep({
  groups,
  onChoose,
  onBack,
}: {
  groups: PriorityGroup[];
  onChoose: (group: PriorityGroup | null) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kiosk-step-title">
      <h1 id="kiosk-step-title" className="kiosk-question">
        {t('kiosk.priority.question')}
      </h1>
      <p className="kiosk-hint">{t('kiosk.priority.hint')}</p>
      <ul className="kiosk-grid">
        {groups.map((group) => (
          <li key={group}>
            <button type="button" className="kiosk-choice kiosk-choice--compact" onClick={() => onChoose(group)}>
              <span className="kiosk-choice__title">{t(`queue.priorityGroup.${group}`)}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="kiosk-choice kiosk-choice--compact kiosk-choice--plain"
            onClick={() => onChoose(null)}
          >
            <span className="kiosk-choice__title">{t('kiosk.priority.no')}</span>
          </button>
        </li>
      </ul>
      <BackButton onBack={onBack} />
    </section>
  );
}
