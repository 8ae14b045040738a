import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalledEvent } from '../api/queue-types.js';
import { boardMppRef } from './board-mpp.js';
import { DisplayBoard } from './DisplayBoard.js';
import { useBoard } from './useBoard.js';
import { getAnnouncer } from './voice.js';

/** Which MPP, then its board; until it loads, one calm line in the middle of the screen. */
export function DisplayApp() {
  const { t } = useTranslation();
  const mppRef = boardMppRef(window.location);
  if (!mppRef) return <DisplayNote text={t('display.noMpp')} />;
  return <BoardFor mppRef={mppRef} />;
}

function BoardFor({ mppRef }: { mppRef: string }) {
  const { t } = useTranslation();
  const announce = useCallback(
    (call: CalledEvent) => getAnnouncer().announce(call.announcement.text, call.announcement.repeat),
    [],
  );
  const state = useBoard(mppRef, announce);
  if (state.status === 'loading') return <DisplayNote text={t('display.loading')} />;
  if (state.status === 'not_found') return <DisplayNote text={t('display.notFound')} />;
  if (state.status === 'error') return <DisplayNote text={t('display.unavailable')} />;
  return <DisplayBoard board={state.board} stream={state.stream} />;
}

function DisplayNote({ text }: { text: string }) {
  return (
    <main className="board board--note">
      <p role="status">{text}</p>
    </main>
  );
}
