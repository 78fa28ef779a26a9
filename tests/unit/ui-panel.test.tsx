// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/engine/types.ts';
import type { Pack } from '../../src/pack/types.ts';
import { Panel, type PanelProps } from '../../src/ui/Panel.tsx';
import { buildAnalysis, buildPack, HOSTILE_HTML, HOSTILE_URL } from './ui-fixtures.ts';

afterEach(cleanup);

function renderPanel(overrides: Partial<PanelProps> = {}, analysis: Analysis = buildAnalysis(), pack: Pack = buildPack()) {
  const props: PanelProps = {
    analysis,
    pack,
    side: 'right',
    onClose: vi.fn(),
    onSideChange: vi.fn(),
    onSelectEntity: vi.fn(),
    onShowMention: vi.fn(),
    ...overrides,
  };
  return { ...render(<Panel {...props} />), props };
}

function openTab(name: RegExp): HTMLElement {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
}

describe('Panel header', () => {
  it('is a landmark named by the incident title', () => {
    renderPanel();
    const panel = screen.getByRole('complementary', { name: 'Iran–Albania cyberattacks (2022)' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Iran–Albania cyberattacks (2022)');
  });

  it('explains the match on demand with the detection evidence', () => {
    renderPanel();
    const toggle = screen.getByRole('button', { name: 'Why am I seeing this?' });
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body?.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body?.hidden).toBe(false);
    expect(body?.textContent).toContain('match 92%');
    const items = within(body as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    // The entity's name is added only when it differs from the matched term.
    expect(items).toEqual(['TIMS × 3', 'Rama (Edi Rama) × 4', 'cyberattack × 4']);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body?.hidden).toBe(true);
  });

  it('falls back to the pack title when the page was analysed on request without a match', () => {
    renderPanel({}, buildAnalysis({ incident: null }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Iran–Albania cyberattacks (2022)');
    fireEvent.click(screen.getByRole('button', { name: 'Why am I seeing this?' }));
    expect(screen.getByText(/does not clearly match a known incident/)).toBeTruthy();
  });

  it('closes through the callback', () => {
    const { props } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Close Sidelight panel' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it.each([
    { side: 'right' as const, label: 'Move panel to the left', next: 'left' },
    { side: 'left' as const, label: 'Move panel to the right', next: 'right' },
  ])('on the $side side, offers to move to the $next', ({ side, label, next }) => {
    const { props, container } = renderPanel({ side });
    expect(container.querySelector(`.sl-panel--${side}`)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(props.onSideChange).toHaveBeenCalledWith(next);
  });
});

describe('Panel tabs', () => {
  it('starts on the timeline, one tab stop, the other panels hidden', () => {
    renderPanel();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Timeline3', 'Speakers6', 'Disputed3', 'Names8']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
  });

  it.each([
    { keys: ['ArrowRight'], selected: 'Speakers' },
    { keys: ['ArrowRight', 'ArrowRight'], selected: 'Disputed' },
    { keys: ['ArrowLeft'], selected: 'Names' },
    { keys: ['End'], selected: 'Names' },
    { keys: ['End', 'ArrowRight'], selected: 'Timeline' },
    { keys: ['End', 'Home'], selected: 'Timeline' },
    { keys: ['Enter'], selected: 'Timeline' },
  ])('keys $keys select and focus $selected', ({ keys, selected }) => {
    renderPanel();
    for (const key of keys) fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key });
    const tab = screen.getByRole('tab', { selected: true });
    expect(tab.textContent).toMatch(new RegExp(`^${selected}`));
    if (keys[0] !== 'Enter') expect(document.activeElement).toBe(tab);
  });
});

describe('Timeline', () => {
  it('lists facts by date, marking those this article mentions', () => {
    renderPanel();
    const items = within(screen.getByRole('tabpanel')).getAllByRole('listitem').filter((li) => li.classList.contains('sl-fact'));
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '2016',
      '15 July 2022',
      '7 September 2022',
      '7 September 2022',
      '9 September 2022',
    ]);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2016',
      '2022-07-15',
      '2022-09-07',
      '2022-09-07',
      '2022-09-09',
    ]);
    expect(items.map((li) => within(li).queryByText('In this article') !== null)).toEqual([true, true, false, false, true]);
  });

  it('shows where sources disagree', () => {
    renderPanel();
    expect(screen.getByText(/earlier groups arrived from 2013/).closest('p')?.textContent).toMatch(/^Disputed: /);
  });

  it('links each source by publisher and date, in a new tab without opener', () => {
    renderPanel();
    const links = screen.getAllByRole('link', { name: 'Associated Press' });
    const tims = links.find((a) => a.getAttribute('href')?.includes('2nd-cyberattack'));
    expect(tims?.getAttribute('target')).toBe('_blank');
    expect(tims?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(tims?.parentElement?.textContent).toBe('Associated Press · 10 September 2022');
  });

  it('can show only what the article mentions', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only what this article mentions' }));
    const dates = [...screen.getByRole('tabpanel').querySelectorAll('.sl-fact time')].map((t) => t.textContent);
    expect(dates).toEqual(['2016', '15 July 2022', '9 September 2022']);
  });
});

describe('Speakers', () => {
  it('lists every quotation in article order with its speaker', () => {
    renderPanel();
    const panel = openTab(/^Speakers/);
    const quotes = [...panel.querySelectorAll('.sl-quote')];
    expect(quotes.map((q) => q.querySelector('.sl-quote__speaker')?.textContent)).toEqual([
      '— Edi Rama, Prime Minister of Albania',
      '— Edi Rama, Prime Minister of Albania',
      'Speaker not identified',
      '— Kreshnik Spahiu, Lawyer and politician',
      // No role in the article: the pack's role stands in.
      '— US National Security Council, White House policy council',
      '— Ergys Muzhaqi, security expert' + 'Not in the record',
    ]);
    expect(quotes[0]?.querySelector('blockquote')?.textContent).toMatch(/^Another cyber attack by the same aggressors/);
  });

  it('opens a known speaker’s card; an unknown speaker is plain text', () => {
    const { props } = renderPanel();
    const panel = openTab(/^Speakers/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Kreshnik Spahiu' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('kreshnik-spahiu');
    expect(within(panel).queryByRole('button', { name: 'Ergys Muzhaqi' })).toBeNull();
  });

  it('says so when the article quotes nobody', () => {
    renderPanel({}, buildAnalysis({ quotes: [] }));
    expect(openTab(/^Speakers/).textContent).toContain('This article carries no direct quotation.');
  });
});

describe('Disputed', () => {
  it('shows each claim with its counterclaims and whether the article reports them', () => {
    renderPanel();
    const panel = openTab(/^Disputed/);
    expect(panel.textContent).toContain('3 claims in this article; 2 counterclaims are not reported in it.');
    const rows = [...panel.querySelectorAll('.sl-counterclaim')].map((li) => [
      li.querySelector('.sl-counterclaim__text')?.textContent,
      li.querySelector('.sl-badge')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Iran had nothing to do with the attacks.', 'Not in this article'],
      ['The attackers published and offered for sale data taken from Albanian systems.', 'Not in this article'],
      ['Albania is targeted for being pro-American and a NATO member, not only for the MEK.', 'Reported in this article'],
    ]);
  });

  it('names claimants, each opening their card', () => {
    const { props } = renderPanel();
    const panel = openTab(/^Disputed/);
    const first = panel.querySelector('.sl-claim') as HTMLElement;
    expect(first.querySelector('.sl-claimants')?.textContent).toBe('Claimed by Albania, Edi Rama, United States, NATO, Microsoft');
    const counter = within(first).getByRole('list', { name: /^Counterclaims to/ });
    fireEvent.click(within(counter).getByRole('button', { name: 'Iranian Foreign Ministry' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('iran-foreign-ministry');
  });

  it('shows a claimant id the pack does not define as text', () => {
    const analysis = buildAnalysis();
    analysis.claims[0]!.claimants = ['edi-rama', 'someone-unlisted'];
    renderPanel({}, analysis);
    const panel = openTab(/^Disputed/);
    expect(within(panel).queryByRole('button', { name: 'someone-unlisted' })).toBeNull();
    expect(panel.querySelector('.sl-claimants')?.textContent).toBe('Claimed by Edi Rama, someone-unlisted');
  });
});

describe('Names', () => {
  it('lists every highlighted name as a button, grouped by kind, in order of first appearance', () => {
    renderPanel();
    const panel = openTab(/^Names/);
    const groups = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['People', 'Organisations', 'Places', 'Systems']);
    const people = within(panel).getByRole('region', { name: 'People' });
    expect(within(people).getAllByRole('button', { name: /mentions?$/ }).map((b) => b.textContent)).toEqual([
      'Edi Rama4 mentions',
      'Kreshnik Spahiu1 mention',
    ]);
    const places = within(panel).getByRole('region', { name: 'Places' });
    expect([...places.querySelectorAll('.sl-name__label')].map((n) => n.textContent)).toEqual(['Iran', 'Durrës']);
  });

  it('opens the card of a chosen name', () => {
    const { props } = renderPanel();
    const panel = openTab(/^Names/);
    fireEvent.click(within(panel).getByRole('button', { name: 'TIMS 3 mentions' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('tims');
  });

  it.each([
    { steps: ['Next'], shown: [0], position: '1/4' },
    { steps: ['Previous'], shown: [3], position: '4/4' },
    { steps: ['Next', 'Next', 'Previous'], shown: [0, 1, 0], position: '1/4' },
    { steps: ['Next', 'Next', 'Next', 'Next', 'Next'], shown: [0, 1, 2, 3, 0], position: '1/4' },
    { steps: ['Previous', 'Previous', 'Next'], shown: [3, 2, 3], position: '4/4' },
  ])('steps through mentions: $steps', ({ steps, shown, position }) => {
    const { props } = renderPanel();
    const panel = openTab(/^Names/);
    for (const step of steps) fireEvent.click(within(panel).getByRole('button', { name: `${step} mention of Edi Rama` }));
    expect(vi.mocked(props.onShowMention).mock.calls).toEqual(shown.map((i) => ['edi-rama', i]));
    expect(panel.querySelector('.sl-name__position')?.textContent).toBe(position);
  });

  it('keeps the mention position when switching tabs', () => {
    renderPanel();
    fireEvent.click(within(openTab(/^Names/)).getByRole('button', { name: 'Next mention of TIMS' }));
    openTab(/^Timeline/);
    const panel = openTab(/^Names/);
    const tims = within(panel).getByRole('button', { name: 'Next mention of TIMS' }).closest('li');
    expect(tims?.querySelector('.sl-name__position')?.textContent).toBe('1/3');
  });

  it('leaves out entities with no mention', () => {
    const analysis = buildAnalysis();
    analysis.entities.push({ id: 'facebook', name: 'Facebook', type: 'organization', role: '', mentions: [] });
    renderPanel({}, analysis);
    expect(within(openTab(/^Names/)).queryByRole('button', { name: /Facebook/ })).toBeNull();
  });
});

describe('Untrusted text', () => {
  const inject = {
    'a fact': (a: Analysis) => {
      a.facts[0]!.text = HOSTILE_HTML;
    },
    'a disputed note': (a: Analysis) => {
      a.facts[0]!.disputed = HOSTILE_HTML;
    },
    'a quotation': (a: Analysis) => {
      a.quotes[0]!.text = HOSTILE_HTML;
    },
    'a speaker name': (a: Analysis) => {
      a.quotes[5]!.speaker = { name: HOSTILE_HTML, entityId: null, role: HOSTILE_HTML };
    },
    'a claim': (a: Analysis) => {
      a.claims[0]!.text = HOSTILE_HTML;
    },
    'a counterclaim': (a: Analysis) => {
      a.claims[0]!.counterclaims[0]!.text = HOSTILE_HTML;
    },
    'an entity name': (a: Analysis) => {
      a.entities[0]!.name = HOSTILE_HTML;
    },
    'a publisher': (a: Analysis) => {
      a.facts[0]!.sources[0]!.publisher = HOSTILE_HTML;
    },
    'an evidence term': (a: Analysis) => {
      a.incident!.evidence[0]!.term = HOSTILE_HTML;
    },
    'the incident title': (a: Analysis) => {
      a.incident!.title = HOSTILE_HTML;
    },
  };

  it.each(Object.entries(inject))('renders HTML in %s as literal text', (_where, mutate) => {
    const analysis = buildAnalysis();
    mutate(analysis);
    const { container } = renderPanel({}, analysis);
    fireEvent.click(screen.getByRole('button', { name: 'Why am I seeing this?' }));
    // Every section stays mounted, so one look covers all tabs.
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE_HTML);
  });

  it.each([
    { url: HOSTILE_URL, link: false },
    { url: 'JavaScript:alert(1)', link: false },
    { url: '  javascript:alert(1)', link: false },
    { url: 'data:text/html,<script>alert(1)</script>', link: false },
    { url: 'vbscript:msgbox(1)', link: false },
    { url: '/relative/path', link: false },
    { url: 'not a url', link: false },
    { url: 'https://www.reuters.com/world/', link: true },
    { url: 'http://www.breitbart.com/x', link: true },
  ])('a source URL $url is a link: $link', ({ url, link }) => {
    const analysis = buildAnalysis();
    analysis.facts[0]!.sources = [{ url, publisher: 'Publisher Ünïcode', date: '2022-09-10' }];
    renderPanel({}, analysis);
    const item = screen.getByText('Publisher Ünïcode').closest('.sl-source') as HTMLElement;
    expect(item.textContent).toBe('Publisher Ünïcode · 10 September 2022');
    expect(within(item).queryByRole('link') !== null).toBe(link);
    if (link) expect(within(item).getByRole('link').getAttribute('href')).toBe(url);
  });
});

describe('Languages and scripts', () => {
  it.each([
    { lang: 'Persian (RTL)', text: 'این ادعاها بی‌اساس است', name: 'ناصر کنعانی' },
    { lang: 'Albanian', text: 'Ky është një agresion i organizuar nga një shtet.', name: 'Olta Xhaçka' },
    { lang: 'German', text: 'Die Angriffe kamen „aus dem Iran“.', name: 'Jürgen Müller' },
  ])('renders a $lang quotation intact, with its direction left to the browser', ({ text, name }) => {
    const analysis = buildAnalysis();
    analysis.quotes = [{ text, start: 0, end: text.length, speaker: { name, entityId: null } }];
    renderPanel({}, analysis);
    const quote = openTab(/^Speakers/).querySelector('blockquote') as HTMLElement;
    expect(quote.textContent).toBe(text);
    expect(quote.getAttribute('dir')).toBe('auto');
    expect(screen.getByText(name)).toBeTruthy();
  });
});
