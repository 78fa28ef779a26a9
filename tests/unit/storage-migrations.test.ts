import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION, VERSION_KEY, migrateStorage } from '../../src/background/storage-migrations.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts';
import { compareVersions } from '../../src/pack/version.ts';

const pack = { schema: 'sidelight.pack/1', id: 'some-pack', version: '1.0.0' };

describe('storage migrations', () => {
  it('brings a fresh install to the current version with default settings', () => {
    expect(migrateStorage({})).toEqual({ [VERSION_KEY]: STORAGE_VERSION, settings: DEFAULT_SETTINGS });
  });

  it('keeps what an unversioned install stored: settings filled in, packs wrapped, nothing lost', () => {
    const patch = migrateStorage({
      settings: { side: 'left', disabledSites: ['example.org'] },
      userPacks: { 'some-pack': pack },
    });
    expect(patch).toEqual({
      [VERSION_KEY]: STORAGE_VERSION,
      settings: { ...DEFAULT_SETTINGS, side: 'left', disabledSites: ['example.org'] },
      userPacks: { 'some-pack': { pack, installedAt: new Date(0).toISOString() } },
    });
  });

  it('leaves packs that are already wrapped as they are', () => {
    const wrapped = { pack, installedAt: '2026-11-01T10:00:00.000Z' };
    expect(migrateStorage({ userPacks: { 'some-pack': wrapped } })?.userPacks).toEqual({ 'some-pack': wrapped });
  });

  it('does nothing when storage is current', () => {
    expect(migrateStorage({ [VERSION_KEY]: STORAGE_VERSION, settings: { side: 'left' } })).toBeNull();
  });

  it('never rewrites data from a newer version (a downgrade keeps it intact)', () => {
    expect(migrateStorage({ [VERSION_KEY]: STORAGE_VERSION + 1, userPacks: { x: 1 } })).toBeNull();
  });
});

describe('pack versions', () => {
  it.each([
    ['1.0.1', '1.0.0', 1],
    ['1.10.0', '1.9.2', 1],
    ['2.0', '2.0.0', 0],
    ['0.9.9', '1.0.0', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
