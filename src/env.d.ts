/// <reference types="vite/client" />

/** The built session chunk's path in the extension, set by vite.config.ts for the content loader. */
declare const __SIDELIGHT_SESSION_MODULE__: string;
