/// <reference types="vite/client" />

/** The built session chunk's path in the extension, set by vite.config.ts for the content loader. */
declare const __SIDELIGHT_SESSION_MODULE__: string;

/** The built-in packs' prefilter entries ({ id, triggers }), compiled into the content loader by vite.config.ts. */
declare const __SIDELIGHT_BUILTIN_PREFILTER__: import('./shared/settings.ts').PrefilterEntry[];

/** The one use of the `chrome` global outside src/content/ext.ts: the content loader's import of the session. */
declare const chrome: { runtime: { getURL(path: string): string } };
