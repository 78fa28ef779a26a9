// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../../src/shared/summary.ts';
import { PopupView, type PopupViewProps } from '../../src/ui/PopupView.tsx';
import { buildAnalysis, HOSTILE_HTML } from './ui-fixtures.ts';

afterEach(cleanup);

function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    site: 'exit.al',
    match: null,
    analysing: false,
    siteEnabled: true,
    onAnalyse: vi.fn(),
    onOpenPanel: vi.fn(),
    onSiteEnabledChange: vi.fn(),
    ...overrides,
  };
  return { ...render(<PopupView {...props} />), props };
}

describe('summarize', () => {
  it('summarises an analysis for the popup', () => {
    expect(summarize(buildAnalysis())).toEqual({
      id: buildAnalysis().incident!.id,
      title: 'Iran–Albania cyberattacks (2022)',
      score: 0.92,
      counts: { names: 8, quotes: 6, claims: 3, facts: 3 },
    });
  });

  it('is null when nothing matched', () => {
    expect(summarize(buildAnalysis({ incident: null }))).toBeNull();
  });
});

describe('PopupView', () => {
  it('shows the match and opens the panel', () => {
    const match = summarize(buildAnalysis());
    const { props } = renderPopup({ match });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Iran–Albania cyberattacks (2022)');
    expect(screen.getByText('Match 92%')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '8 names',
      '6 quotations',
      '3 disputed claims',
      '3 facts on the record',
    ]);
    expect(screen.queryByRole('button', { name: 'Analyse this page' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open the panel' }));
    expect(props.onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('uses the singular for one of each', () => {
    renderPopup({ match: { id: 't', title: 'T', score: 0.5, counts: { names: 1, quotes: 1, claims: 1, facts: 1 } } });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 name',
      '1 quotation',
      '1 disputed claim',
      '1 fact on the record',
    ]);
  });

  it('offers an analysis when nothing is known', () => {
    const { props } = renderPopup();
    expect(screen.getByRole('status').textContent).toBe('Nothing known on this page.');
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    expect(props.onAnalyse).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Open the panel' })).toBeNull();
  });

  it('shows progress and blocks a second run while analysing', () => {
    const { props } = renderPopup({ analysing: true });
    expect(screen.getByRole('status').textContent).toBe('Analysing this page…');
    const button = screen.getByRole('button', { name: 'Analyse this page' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(props.onAnalyse).not.toHaveBeenCalled();
  });

  it.each([
    { enabled: true, next: false },
    { enabled: false, next: true },
  ])('toggles running on this site from $enabled', ({ enabled, next }) => {
    const { props } = renderPopup({ siteEnabled: enabled });
    const toggle = screen.getByRole('checkbox', { name: 'Run on this site (exit.al)' }) as HTMLInputElement;
    expect(toggle.checked).toBe(enabled);
    fireEvent.click(toggle);
    expect(props.onSiteEnabledChange).toHaveBeenCalledWith(next);
  });

  it('says when the page cannot be read and offers nothing to do', () => {
    renderPopup({ site: null });
    expect(screen.getByText('Sidelight can’t read this page.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('offers the options page only when wired', () => {
    const onOpenOptions = vi.fn();
    renderPopup({ onOpenOptions });
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
    cleanup();
    renderPopup();
    expect(screen.queryByRole('button', { name: 'Options' })).toBeNull();
  });

  it.each([
    { site: 'shqiptarja.com', title: 'Sulmi kibernetik ndaj Shqipërisë' },
    { site: 'xn--mgbh0fb.example', title: 'حمله سایبری به آلبانی' },
    { site: 'exit.al', title: HOSTILE_HTML },
  ])('renders site $site and title as text', ({ site, title }) => {
    const { container } = renderPopup({ site, match: { id: 'x', title, score: 0.7, counts: { names: 2, quotes: 0, claims: 0, facts: 1 } } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(title);
    expect(container.textContent).toContain(`(${site})`);
    expect(container.querySelector('img')).toBeNull();
  });
});
