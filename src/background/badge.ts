/** The toolbar badge says, per tab, that the page matched a known incident. */
import browser from 'webextension-polyfill';
import type { TabStatus } from '../shared/messages.ts';

const BADGE_COLOR = '#1c2536';

export async function showStatus(tabId: number, status: TabStatus | null): Promise<void> {
  const match = status?.match;
  const text = match ? String(match.counts.names) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setTitle({
    tabId,
    title: match ? `Sidelight: ${match.title} (${match.counts.names} names)` : 'Sidelight',
  });
}
