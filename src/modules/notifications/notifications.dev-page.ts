import { escapeHtml } from './notifications.templates.js';
import type { DevMessage } from './notifications.schemas.js';

/**
 * The development page: what the dev channel "sent" (test mode, dev transports, team mode's
 * suppressed messages), so a developer can read an OTP without an SMS gateway. Never served in
 * production.
 */
export function renderDevMessagesPage(messages: readonly DevMessage[]): string {
  const rows = messages
    .map(
      (m) => `<article>
  <header><strong>${escapeHtml(m.recipient || '(dihapus / erased)')}</strong> · ${escapeHtml(m.channel)} ·
    <time datetime="${escapeHtml(m.createdAt)}">${escapeHtml(m.createdAt)}</time></header>
  ${m.subject ? `<h2>${escapeHtml(m.subject)}</h2>` : ''}
  <pre>${escapeHtml(m.body)}</pre>
  <footer><small>id ${escapeHtml(m.messageId)}</small></footer>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Pesan pengembangan / Development messages - SatuPintu</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f6f6f6; }
  .banner { background: #8a1c00; color: #fff; padding: 1rem; font-weight: bold; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  article { background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
  h2 { font-size: 1rem; margin: 0.5rem 0; }
  pre { white-space: pre-wrap; word-break: break-word; font: inherit; margin: 0.5rem 0; }
  small { color: #555; }
</style>
</head>
<body>
<div class="banner" role="alert">Hanya untuk pengembangan: pesan ini tidak dikirim. /
  Development only: these messages were not sent.</div>
<main>
<h1>Pesan terakhir / Latest messages (${messages.length})</h1>
${rows || '<p>Belum ada pesan. / No messages yet.</p>'}
</main>
</body>
</html>
`;
}
