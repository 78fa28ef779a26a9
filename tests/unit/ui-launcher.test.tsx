// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Launcher } from '../../src/ui/Launcher.tsx';

afterEach(cleanup);

describe('Launcher', () => {
  it.each([
    { count: 0, label: 'Sidelight · 0 names' },
    { count: 1, label: 'Sidelight · 1 name' },
    { count: 7, label: 'Sidelight · 7 names' },
  ])('says how many names: $count', ({ count, label }) => {
    render(<Launcher count={count} open={false} onToggle={() => {}} />);
    expect(screen.getByRole('button').textContent).toBe(label);
  });

  it.each([
    { open: false, expanded: 'false' },
    { open: true, expanded: 'true' },
  ])('reports open=$open as aria-expanded', ({ open, expanded }) => {
    render(<Launcher count={3} open={open} onToggle={() => {}} />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe(expanded);
  });

  it('is a real button that toggles the panel', () => {
    const onToggle = vi.fn();
    render(<Launcher count={3} open={false} onToggle={onToggle} />);
    const button = screen.getByRole('button', { name: 'Sidelight · 3 names' });
    // A native <button> is focusable and activated by Enter and Space without extra code.
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it.each(['left', 'right'] as const)('sits on the %s side', (side) => {
    render(<Launcher count={3} open={false} onToggle={() => {}} side={side} />);
    expect(screen.getByRole('button').classList.contains(`sl-launcher--${side}`)).toBe(true);
  });
});
