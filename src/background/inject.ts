/**
 * On-demand analysis of any page the reader chooses (activeTab): ask the tab's
 * content script first, and inject one only where none answers, so a page never
 * runs two.
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
    await browser.scripting.executeScript({ target: { tabId }, files: js });
  }
  await sendToTab(tabId, 'page/force-analyze', null);
}
