// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type InstalledPack, type OptionsViewProps } from '../../src/ui/OptionsView.tsx';
import { HOSTILE_HTML } from './ui-fixtures.ts';

afterEach(cleanup);

const BUILTIN: InstalledPack = {
  id: 'albania-iran-2022',
  title: 'Iran–Albania cyberattacks (2022)',
  version: '1.0.0',
  builtin: true,
  enabled: true,
  counts: { entities: 21, facts: 40, claims: 8, quotes: 20 },
  sources: 64,
};

const IMPORTED: InstalledPack = {
  id: 'kosovo-2022',
  title: 'Kosovo telecoms outage (2022)',
  version: '0.2.0',
  builtin: false,
  enabled: false,
  counts: { entities: 5, facts: 3, claims: 1, quotes: 0 },
  sources: 4,
};

function renderOptions(overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    packs: [BUILTIN, IMPORTED],
    onPackEnabledChange: vi.fn(),
    onExportPack: vi.fn(),
    onRemovePack: vi.fn(),
    onImport: vi.fn(),
    importErrors: [],
    importMessage: null,
    allSites: false,
    onAllSitesChange: vi.fn(),
    disabledSites: ['example.com', 'bbc.co.uk'],
    onRemoveDisabledSite: vi.fn(),
    panelSide: 'right',
    onPanelSideChange: vi.fn(),
    ...overrides,
  };
  return { ...render(<OptionsView {...props} />), props };
}

function packRow(title: string): HTMLElement {
  return screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
}

describe('OptionsView packs', () => {
  it('lists installed packs with version, counts and sources', () => {
    renderOptions();
    const row = packRow(BUILTIN.title);
    expect(row.querySelector('.sl-pack__version')?.textContent).toBe('1.0.0');
    expect(within(row).getByText('Built in')).toBeTruthy();
    expect(row.querySelector('.sl-pack__counts')?.textContent).toBe(
      '21 entities · 40 facts · 8 claims · 20 quotations · 64 sources',
    );
  });

  it.each([
    { pack: BUILTIN, next: false },
    { pack: IMPORTED, next: true },
  ])('enables or disables $pack.id', ({ pack, next }) => {
    const { props } = renderOptions();
    const toggle = within(packRow(pack.title)).getByRole('checkbox', { name: 'Enabled' }) as HTMLInputElement;
    expect(toggle.checked).toBe(pack.enabled);
    fireEvent.click(toggle);
    expect(props.onPackEnabledChange).toHaveBeenCalledWith(pack.id, next);
  });

  it('exports a pack', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: `Export ${IMPORTED.title}` }));
    expect(props.onExportPack).toHaveBeenCalledWith(IMPORTED.id);
  });

  it('never offers to remove a built-in pack', () => {
    renderOptions();
    expect(within(packRow(BUILTIN.title)).queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('removes an imported pack only after confirmation', () => {
    const { props } = renderOptions();
    const row = packRow(IMPORTED.title);
    fireEvent.click(within(row).getByRole('button', { name: `Remove ${IMPORTED.title}` }));
    expect(props.onRemovePack).not.toHaveBeenCalled();
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).queryByRole('button', { name: /for good/ })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: `Remove ${IMPORTED.title}` }));
    fireEvent.click(within(row).getByRole('button', { name: `Remove ${IMPORTED.title} for good` }));
    expect(props.onRemovePack).toHaveBeenCalledWith(IMPORTED.id);
  });

  it('counts in the singular where there is one', () => {
    renderOptions({ packs: [{ ...IMPORTED, counts: { entities: 1, facts: 1, claims: 1, quotes: 1 }, sources: 1 }] });
    expect(document.querySelector('.sl-pack__counts')?.textContent).toBe('1 entity · 1 fact · 1 claim · 1 quotation · 1 source');
  });

  it('says when no pack is installed', () => {
    renderOptions({ packs: [] });
    expect(screen.getByText('No pack installed.')).toBeTruthy();
  });
});

describe('OptionsView import', () => {
  it('hands the chosen file to onImport', () => {
    const { props } = renderOptions();
    const input = screen.getByLabelText('Import a pack (JSON)') as HTMLInputElement;
    expect(input.type).toBe('file');
    const file = new File(['{"schema":"sidelight.pack/1"}'], 'kosovo.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it('does nothing when the file chooser is cancelled', () => {
    const { props } = renderOptions();
    fireEvent.change(screen.getByLabelText('Import a pack (JSON)'), { target: { files: [] } });
    expect(props.onImport).not.toHaveBeenCalled();
  });

  it('shows each import error on its own line, as text', () => {
    const errors = [
      'kosovo.json: /entities/3/id: must be kebab-case, got "Edi Rama"',
      'kosovo.json: /facts/0/sources: must cite at least one source',
      `kosovo.json: /title: ${HOSTILE_HTML}`,
      'kosovo.json: /entities/4/aliases/sq/0: duplicate alias "Ramës"',
    ];
    const { container } = renderOptions({ importErrors: errors, importMessage: 'stale success' });
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(errors);
    expect(alert.textContent).toContain('your installed packs are unchanged');
    expect(container.querySelector('img')).toBeNull();
    // Errors win over a success message from an earlier import.
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a success message', () => {
    renderOptions({ importMessage: 'Installed “Kosovo telecoms outage (2022)” 0.2.0.' });
    expect(screen.getByRole('status').textContent).toBe('Installed “Kosovo telecoms outage (2022)” 0.2.0.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('OptionsView sites', () => {
  it.each([
    { allSites: false, next: true },
    { allSites: true, next: false },
  ])('toggles the all-sites permission from $allSites', ({ allSites, next }) => {
    const { props } = renderOptions({ allSites });
    const toggle = screen.getByRole('checkbox', { name: 'Run automatically on all sites' }) as HTMLInputElement;
    expect(toggle.checked).toBe(allSites);
    fireEvent.click(toggle);
    expect(props.onAllSitesChange).toHaveBeenCalledWith(next);
  });

  it('lists the sites turned off, each with a way back', () => {
    const { props } = renderOptions({ disabledSites: ['example.com', 'gazeta-shqiptare.al', 'новости.рф'] });
    expect([...document.querySelectorAll('.sl-site__name')].map((s) => s.textContent)).toEqual([
      'example.com',
      'gazeta-shqiptare.al',
      'новости.рф',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on for новости.рф' }));
    expect(props.onRemoveDisabledSite).toHaveBeenCalledWith('новости.рф');
  });

  it('says when no site is turned off', () => {
    renderOptions({ disabledSites: [] });
    expect(screen.getByText('No site.')).toBeTruthy();
  });
});

describe('OptionsView panel', () => {
  it.each([
    { side: 'right' as const, choose: 'Left', next: 'left' },
    { side: 'left' as const, choose: 'Right', next: 'right' },
  ])('switches the default side from $side', ({ side, choose, next }) => {
    const { props } = renderOptions({ panelSide: side });
    const group = screen.getByRole('group', { name: 'Open the panel on the' });
    const current = within(group).getByRole('radio', { checked: true }) as HTMLInputElement;
    expect(current.value).toBe(side);
    fireEvent.click(within(group).getByRole('radio', { name: choose }));
    expect(props.onPanelSideChange).toHaveBeenCalledWith(next);
  });

  it('has one heading per section', () => {
    renderOptions();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Packs', 'Sites', 'Panel']);
  });
});
