/**
 * On-demand analysis of any page the reader chooses (activeTab): ask the tab's
 * content script first, and inject one only where none answers. (A content script the
 * prefilter turned away does not answer; the new one takes over from it.)
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/send.ts';
import { contentFiles } from './content-files.ts';

export async function analyzeTab(tabId: number): Promise<void> {
  const alive = await sendToTab(tabId, 'status/get', null).then(
    () => true,
    () => false,
  );
  if (!alive) {
    const { js, css } = contentFiles();
    if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
    // Tells the new script to listen at once (src/content/index.ts, takeFlag).
    await browser.scripting.executeScript({ target: { tabId }, func: markOnDemand });
    await browser.scripting.executeScript({ target: { tabId }, files: js });
  }
  await sendToTab(tabId, 'page/force-analyze', null);
}

/** Runs in the tab's isolated world, where the content script will look for it. */
function markOnDemand(): void {
  (globalThis as { sidelightOnDemand?: boolean }).sidelightOnDemand = true;
}
