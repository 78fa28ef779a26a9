/**
 * The one element Sidelight adds to a page (it holds the shadow root with all of our
 * UI). Kept apart from the UI host class so that the page watcher and extraction can
 * name it without pulling that class into the loader.
 */
export const HOST_TAG = 'sidelight-root';
