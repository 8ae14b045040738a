import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Province } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { MppCard } from './MppCard.js';
import { Loaded } from './StatusViews.js';

/**
 * One province, folded: its MPPs are fetched only when it is opened, so the home page stays
 * small on a phone even with all 514 kab/kota listed.
 */
export function ProvinceGroup({ province, isInitiallyOpen }: { province: Province; isInitiallyOpen: boolean }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const mpps = useApi(isOpen ? `mpps:${province.code}` : null, (signal) =>
    api.listMpps({ provinceCode: province.code }, signal),
  );
  return (
    <li>
      <details
        className="province"
        open={isOpen}
        onToggle={(event) => setIsOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <span className="province__name">{province.name}</span>{' '}
          <span className="province__count">{t('home.mppCount', { count: province.mppCount })}</span>
        </summary>
        {isOpen ? (
          <Loaded state={mpps} isInline>
            {(items) => (
              <ul className="cards">
                {items.map((mpp) => (
                  <MppCard key={mpp.id} mpp={mpp} />
                ))}
              </ul>
            )}
          </Loaded>
        ) : null}
      </details>
    </li>
  );
}
