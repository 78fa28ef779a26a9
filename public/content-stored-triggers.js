// Registered by the background (src/background/content-scripts.ts) to run before the
// content loader, in the same isolated world, only while packs other than the
// built-in ones are enabled: it tells the loader to read the packs' triggers from
// storage, which on every other page it can skip (src/content/index.ts).
globalThis.sidelightStoredTriggers = true;
