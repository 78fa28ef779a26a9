// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/engine/types.ts';
import type { Pack } from '../../src/pack/types.ts';
import { EntityCard, type EntityCardProps } from '../../src/ui/EntityCard.tsx';
import { buildAnalysis, buildPack, HOSTILE_HTML, HOSTILE_URL } from './ui-fixtures.ts';

afterEach(cleanup);

function renderCard(overrides: Partial<EntityCardProps> = {}, analysis: Analysis = buildAnalysis(), pack: Pack = buildPack()) {
  const props: EntityCardProps = {
    entityId: 'edi-rama',
    analysis,
    pack,
    onClose: vi.fn(),
    onSelectEntity: vi.fn(),
    ...overrides,
  };
  const view = render(<EntityCard {...props} />);
  return { ...view, props, rerenderWith: (next: Partial<EntityCardProps>) => view.rerender(<EntityCard {...props} {...next} />) };
}

function section(dialog: HTMLElement, heading: string): HTMLElement {
  return within(dialog).getByRole('region', { name: heading });
}

describe('EntityCard as a dialog', () => {
  it('is a non-modal dialog named by the entity', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Edi Rama' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.classList.contains('sl-card--right')).toBe(true);
  });

  it('takes focus when it opens and again when it switches entity', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { rerenderWith } = renderCard();
    expect(document.activeElement).toBe(screen.getByRole('dialog'));

    outside.focus();
    rerenderWith({ entityId: 'kreshnik-spahiu' });
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Kreshnik Spahiu' }));
    outside.remove();
  });

  it('closes on Escape without letting the key reach the panel behind', () => {
    const behind = vi.fn();
    document.addEventListener('keydown', behind);
    const { props } = renderCard();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(behind).not.toHaveBeenCalled();
    document.removeEventListener('keydown', behind);
  });

  it('closes on Escape from a control inside it, and ignores other keys', () => {
    const { props } = renderCard();
    const close = screen.getByRole('button', { name: 'Close card: Edi Rama' });
    fireEvent.keyDown(close, { key: 'Enter' });
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(props.onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('closes with its close button', () => {
    const { props } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Close card: Edi Rama' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});

describe('EntityCard content', () => {
  it('says who this is: type, role at the time, description and its sources', () => {
    renderCard();
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('.sl-card__type')?.textContent).toBe('Person');
    expect(dialog.querySelector('.sl-card__role')?.textContent).toBe('At the time of the incident: Prime Minister of Albania');
    expect(dialog.querySelector('.sl-card__description')?.textContent).toBe(
      'Albania’s prime minister since 2013; he announced the break with Iran.',
    );
    expect(within(dialog).getAllByRole('link', { name: 'Exit News' }).length).toBeGreaterThan(0);
  });

  it('shows their quotations in this article', () => {
    renderCard();
    const here = section(screen.getByRole('dialog'), 'In this article');
    expect(here.querySelector('p')?.textContent).toBe('Named 4 times; quoted 2 times:');
    expect([...here.querySelectorAll('blockquote')].map((q) => q.textContent?.slice(0, 20))).toEqual([
      'Another cyber attack',
      'Beyond the heavy fee',
    ]);
  });

  it('shows what else they said on the record, by date, with language and source', () => {
    renderCard();
    const record = section(screen.getByRole('dialog'), 'Also on the record');
    const items = within(record).getAllByRole('listitem').filter((li) => li.classList.contains('sl-quote'));
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['21 July 2022', '7 September 2022', '10 September 2022']);
    const albanian = items[0]?.querySelector('blockquote');
    expect(albanian?.textContent).toBe('Ky është një agresion i organizuar nga një shtet.');
    expect(albanian?.getAttribute('lang')).toBe('sq');
    expect(items[0]?.querySelector('.sl-quote__meta')?.textContent).toBe('21 July 2022 · Press conference');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'ABC News Albania' }).getAttribute('href')).toBe(
      'https://abcnews.al/?p=1315174',
    );
  });

  it('lists the claims they make, how others dispute them, and whether this article reports them', () => {
    const { props } = renderCard();
    const claims = section(screen.getByRole('dialog'), 'Claims they make');
    const items = [...claims.querySelectorAll(':scope > ul > li')];
    expect(items.map((li) => [li.querySelector('.sl-claim__text')?.textContent, li.querySelector('.sl-badge')?.textContent])).toEqual([
      ['Iranian state actors conducted the attacks on Albania.', 'Reported in this article'],
      ['The attacks caused no serious data leak.', 'Reported in this article'],
    ]);
    const relation = items[0]?.querySelector('.sl-relation') as HTMLElement;
    expect(relation.querySelector('dt')?.textContent).toBe('Disputed by');
    expect(relation.querySelector('dd')?.textContent).toBe('Iran had nothing to do with the attacks.— Iran, Iranian Foreign Ministry');
    fireEvent.click(within(relation).getByRole('button', { name: 'Iranian Foreign Ministry' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('iran-foreign-ministry');
  });

  it.each([
    { entityId: 'ncri', claim: 'There was no troll farm in Albania affiliated with the MEK.', badge: 'Not in this article', relation: 'Disputes', other: 'An MEK-linked troll farm operated from Albania.— Facebook' },
    { entityId: 'homeland-justice', claim: 'The attackers published and offered for sale data taken from Albanian systems.', badge: 'Not in this article', relation: 'Disputes', other: 'The attacks caused no serious data leak.— Edi Rama' },
    { entityId: 'iran-foreign-ministry', claim: 'Iran had nothing to do with the attacks.', badge: 'Not in this article', relation: 'Disputes', other: 'Iranian state actors conducted the attacks on Albania.— Albania, Edi Rama, United States, NATO, Microsoft' },
  ])('shows what $entityId disputes', ({ entityId, claim, badge, relation, other }) => {
    renderCard({ entityId });
    const claims = section(screen.getByRole('dialog'), 'Claims they make');
    const li = [...claims.querySelectorAll('.sl-claim')].find((c) => c.querySelector('.sl-claim__text')?.textContent === claim);
    expect(li?.querySelector('.sl-badge')?.textContent).toBe(badge);
    expect(li?.querySelector('dt')?.textContent).toBe(relation);
    expect(li?.querySelector('dd')?.textContent).toBe(other);
  });

  it('marks a counterclaim the article reports as in the article', () => {
    const pack = buildPack();
    pack.claims.find((c) => c.id === 'nato-geopolitics-motive')!.claimants = ['nato'];
    renderCard({ entityId: 'nato' }, buildAnalysis(), pack);
    const claims = section(screen.getByRole('dialog'), 'Claims they make');
    const li = [...claims.querySelectorAll('.sl-claim')].find((c) => c.textContent?.includes('pro-American'));
    expect(li?.querySelector('.sl-badge')?.textContent).toBe('Reported in this article');
  });

  it('leaves out sections with nothing in them', () => {
    renderCard({ entityId: 'durres' });
    const dialog = screen.getByRole('dialog', { name: 'Durrës' });
    expect(within(dialog).queryByRole('region', { name: 'Also on the record' })).toBeNull();
    expect(within(dialog).queryByRole('region', { name: 'Claims they make' })).toBeNull();
    expect(section(dialog, 'In this article').textContent).toContain('Named 1 time; not quoted.');
  });

  it('quotes the excerpt supporting the description', () => {
    const pack = buildPack();
    pack.entities[0]!.sources = [{ url: 'https://exit.al/en/', publisher: 'Exit News', excerpt: 'Prime Minister Edi Rama confirmed' }];
    renderCard({}, buildAnalysis(), pack);
    expect(screen.getByRole('dialog').querySelector('q.sl-source__excerpt')?.textContent).toBe('Prime Minister Edi Rama confirmed');
  });

  it('still opens for an id the pack does not describe', () => {
    const analysis = buildAnalysis();
    analysis.entities.push({ id: 'olta-xhacka', name: 'Olta Xhaçka', type: 'person', role: 'Foreign Minister of Albania', mentions: [{ start: 0, end: 4 }] });
    renderCard({ entityId: 'olta-xhacka' }, analysis);
    const dialog = screen.getByRole('dialog', { name: 'Olta Xhaçka' });
    expect(dialog.querySelector('.sl-card__role')?.textContent).toContain('Foreign Minister of Albania');
    expect(dialog.textContent).toContain('Sidelight has no description of this name on record.');
  });

  it('renders an id known to nobody by its id', () => {
    renderCard({ entityId: 'nobody-known' });
    expect(screen.getByRole('dialog', { name: 'nobody-known' }).textContent).toContain('Named 0 times; not quoted.');
  });
});

describe('EntityCard with untrusted pack text', () => {
  it.each([
    ['name', (p: Pack) => { p.entities[0]!.name = HOSTILE_HTML; }],
    ['description', (p: Pack) => { p.entities[0]!.description = HOSTILE_HTML; }],
    ['role', (p: Pack) => { p.entities[0]!.role = HOSTILE_HTML; }],
    ['pack quote', (p: Pack) => { p.quotes[0]!.text = HOSTILE_HTML; }],
    ['quote context', (p: Pack) => { p.quotes[0]!.context = HOSTILE_HTML; }],
    ['claim', (p: Pack) => { p.claims[0]!.text = HOSTILE_HTML; }],
    ['source publisher', (p: Pack) => { p.entities[0]!.sources = [{ url: HOSTILE_URL, publisher: HOSTILE_HTML }]; }],
    ['source excerpt', (p: Pack) => { p.entities[0]!.sources = [{ url: 'https://exit.al/en/', publisher: 'Exit News', excerpt: HOSTILE_HTML }]; }],
  ])('renders HTML in the %s as literal text', (_where, mutate) => {
    const pack = buildPack();
    mutate(pack);
    const { container } = renderCard({}, buildAnalysis(), pack);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE_HTML);
  });

  it('does not link a javascript: source', () => {
    const pack = buildPack();
    pack.entities[0]!.sources = [{ url: HOSTILE_URL, publisher: 'Suspicious Publisher' }];
    renderCard({}, buildAnalysis(), pack);
    expect(screen.getByText('Suspicious Publisher').closest('a')).toBeNull();
    expect(document.querySelector(`a[href^="javascript"]`)).toBeNull();
  });
});
