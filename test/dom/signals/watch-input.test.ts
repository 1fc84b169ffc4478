import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchInput } from '../../../src/dom/signals/watch-input.js';
import { elementState } from '../../../src/dom/signals/element-state.js';

afterEach(() => void (document.body.innerHTML = ''));

describe('watchInput', () => {
  it('records clicks with their position and time, and the last input time', () => {
    let t = 1000;
    const onClick = vi.fn();
    const s = watchInput(onClick, () => t);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 6, bubbles: true, detail: 1 }));
    t = 2000;
    document.dispatchEvent(new Event('scroll'));
    expect(s.clicks).toEqual([{ at: 1000, x: 5, y: 6 }]);
    expect(s.lastInputAt()).toBe(2000);
    expect(onClick).toHaveBeenCalledOnce();
    t = 9000;
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 1, clientY: 1, bubbles: true, detail: 1 }));
    expect(s.clicks).toEqual([{ at: 9000, x: 1, y: 1 }]);
    s.stop();
  });

  it('does not count keyboard activations and scripted clicks towards rage clicks, but knows the element was used', () => {
    const s = watchInput(
      () => {},
      () => 1000,
    );
    const button = document.body.appendChild(document.createElement('button'));
    for (let i = 0; i < 5; i++) button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    button.click();
    expect(s.clicks).toEqual([]);
    expect(s.wasClicked(button)).toBe(true);
    s.stop();
    button.remove();
  });

  it('knows which elements were clicked, inside shadow roots too, until reset', () => {
    const host = document.createElement('div');
    host.className = 'host';
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    document.body.append(host, document.createElement('p'));
    const s = watchInput(() => {});
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(elementState('.host >>> button', 'clicked', s.wasClicked)).toBe(true);
    expect(elementState('.host', 'clicked', s.wasClicked)).toBe(true);
    expect(elementState('p', 'clicked', s.wasClicked)).toBe(false);
    s.reset();
    expect(elementState('.host', 'clicked', s.wasClicked)).toBe(false);
    s.stop();
  });

  it('reports typing only for key presses in a focused field, for two seconds', () => {
    let t = 0;
    const s = watchInput(
      () => {},
      () => t,
    );
    const input = document.createElement('input');
    document.body.append(input);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(s.isTyping()).toBe(false);
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(s.isTyping()).toBe(true);
    t = 2500;
    expect(s.isTyping()).toBe(false);
    input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    input.blur();
    expect(s.isTyping()).toBe(false);
    s.stop();
  });

  it('stops listening', () => {
    const onClick = vi.fn();
    watchInput(onClick).stop();
    document.body.click();
    expect(onClick).not.toHaveBeenCalled();
  });
});
