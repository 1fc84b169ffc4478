import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import hostile from '../fixtures/hostile.css?raw';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import announcements, { showAnnouncement } from '../../src/features/announcements.js';
import { chatPlugin } from '../../src/features/chat.js';
import checklists from '../../src/features/checklists.js';
import hints from '../../src/features/hints.js';

// Each surface is rendered on a blank page twice, without and with a hostile host stylesheet, and the pixels of
// the surface (with a margin around it, where a leaked focus ring or shadow would show) are compared.
const guides = {
  schemaVersion: 1,
  tours: [
    { id: 't', steps: [{ id: 's', title: 'Welcome aboard', body: 'A **short** tour of the basics.\n\n- one\n- two' }] },
  ],
  checklists: [
    {
      id: 'c',
      title: 'Getting started',
      description: 'Two steps to a productive team.',
      items: [
        { id: 'a', title: 'Invite your team', completeWhen: 'manual' },
        {
          id: 'b',
          title: 'Create a project',
          completeWhen: 'manual',
          body: 'Everything starts *here*.',
          dependsOn: ['a'],
        },
      ],
    },
  ],
  hints: [{ id: 'h', target: '#t', title: 'Billing moved', body: 'Invoices now live **here**.' }],
  announcements: [
    {
      id: 'm',
      title: "What's new",
      body: 'Reports are `3×` faster.',
      primary: { label: 'Show me', action: 'dismiss' },
      secondary: { label: 'Later', action: 'dismiss' },
      showOn: 'manual',
    },
    { id: 's', style: 'slideout', title: 'Policy update', body: 'We updated our terms.', showOn: 'manual' },
  ],
  chat: { provider: 'custom', launcher: 'bottom-left' },
};

type Scene = (w: Waymark) => Promise<Element[]>;
const frames = (n = 3) =>
  new Promise<void>((r) => {
    const f = () => (n-- ? requestAnimationFrame(f) : r());
    f();
  });
const shown = async (name: string) => {
  const d = page.getByRole('dialog', { name });
  await expect.element(d).toBeVisible();
  return d.element();
};
const inShadow = (host: Element | null | undefined, sel: string) => host?.shadowRoot?.querySelector(sel) ?? null;

const scenes: Record<string, [plugin: object, scene: Scene, margin: number]> = {
  'tour step': [
    {},
    async (w) => {
      w.start('t');
      return [await shown('Welcome aboard')];
    },
    0,
  ],
  'checklist open, focus inside': [
    { checklists: [checklists] },
    async () => {
      await userEvent.click(page.getByRole('button', { name: /Getting started/ }));
      await expect.element(page.getByRole('checkbox', { name: 'Invite your team' })).toBeVisible();
      (inShadow(document.querySelector('wm-checklist'), '#launcher') as HTMLElement).focus();
      return [document.querySelector('wm-checklist')!];
    },
    10,
  ],
  'hint open': [
    { hints: [hints] },
    async () => {
      await userEvent.click(page.getByRole('button', { name: 'Hint: Billing moved' }));
      await expect.element(page.getByRole('dialog', { name: 'Billing moved' })).toBeVisible();
      const hint = document.querySelector('wm-hint')!;
      return [inShadow(hint, '.beacon')!, inShadow(inShadow(hint, 'wm-popover'), '[role=dialog]')!];
    },
    4,
  ],
  'modal announcement': [
    { announcements: [announcements] },
    async (w) => {
      showAnnouncement(w.context, 'm');
      return [await shown("What's new")];
    },
    0,
  ],
  'slide-out announcement': [
    { announcements: [announcements] },
    async (w) => {
      showAnnouncement(w.context, 's');
      return [await shown('Policy update')];
    },
    10,
  ],
  'chat button, focused': [
    { chat: [chatPlugin({ custom: () => {} })] },
    async () => {
      const b = page.getByRole('button', { name: 'Chat with us' });
      await expect.element(b).toBeVisible();
      ((await b.element()) as HTMLElement).focus();
      return [document.querySelector('wm-chat-button')!];
    },
    10,
  ],
};

let w: Waymark | undefined;
let style: HTMLStyleElement | undefined;
afterEach(() => {
  w?.destroy();
  style?.remove();
  document.body.replaceChildren();
  sessionStorage.clear();
});
beforeAll(async () => {
  await page.viewport(900, 700);
});

/** Render a scene and return the pixels of its surfaces' bounding box (plus margin) and the computed styles to check. */
async function shoot(name: string, withHostile: boolean) {
  if (withHostile)
    document.head.append((style = Object.assign(document.createElement('style'), { textContent: hostile })));
  document.body.innerHTML =
    '<span id="t" style="all:initial;position:fixed;left:360px;top:80px;width:120px;height:32px;background:#ccc"></span>';
  const [plugins, scene, margin] = scenes[name]!;
  w = createWaymark({ guides, storage: 'memory', validate: false, plugins: Object.values(plugins).flat() as never });
  await w.ready;
  const els = await scene(w);
  // Entry animations end (.25s at most); the endless pulse is stopped at its start, so both runs show one frame.
  await new Promise((r) => setTimeout(r, 500));
  const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
    root,
    ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? roots(e.shadowRoot) : [])),
  ];
  for (const a of new Set(roots(document).flatMap((r) => r.getAnimations()))) {
    try {
      a.finish();
    } catch {
      a.pause();
      a.currentTime = 0;
    }
  }
  await frames(2);
  const rects = els.map((e) => e.getBoundingClientRect());
  const box = {
    x: Math.floor(Math.min(...rects.map((r) => r.left)) - margin),
    y: Math.floor(Math.min(...rects.map((r) => r.top)) - margin),
    r: Math.ceil(Math.max(...rects.map((r) => r.right)) + margin),
    b: Math.ceil(Math.max(...rects.map((r) => r.bottom)) + margin),
  };
  const png = await page.screenshot({ save: false });
  const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + png)).blob());
  const scale = bitmap.width / innerWidth;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(bitmap, 0, 0);
  const pixels = g.getImageData(box.x * scale, box.y * scale, (box.r - box.x) * scale, (box.b - box.y) * scale);
  // What leaks show up as in computed styles: the hosts' focus ring and shadow, the text's font and case.
  const hosts = [...document.querySelectorAll('body > *')].filter((e) => e.localName.startsWith('wm-'));
  const computed = hosts.map((h) => {
    const s = getComputedStyle(h);
    return { host: h.localName, outline: s.outlineStyle, shadow: s.boxShadow };
  });
  const text = els.map((e) => {
    const t = e.querySelector('h2,button,[part=title]') ?? e.shadowRoot?.querySelector('h2,button,span') ?? e;
    const s = getComputedStyle(t);
    return {
      fontFamily: s.fontFamily,
      textTransform: s.textTransform,
      letterSpacing: s.letterSpacing,
      fontStyle: s.fontStyle,
    };
  });
  w.destroy();
  w = undefined;
  style?.remove();
  return { pixels, size: [box.r - box.x, box.b - box.y], rects, computed, text };
}

/** Share of pixels that differ by more than a small tolerance in any channel. */
function diff(a: ImageData, b: ImageData) {
  let off = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.max(...[0, 1, 2, 3].map((k) => Math.abs(a.data[i + k]! - b.data[i + k]!))) > 24) off++;
  return off / (a.data.length / 4);
}

describe('host isolation: a hostile page stylesheet changes nothing of Waymark', () => {
  for (const name of Object.keys(scenes))
    it(name, async () => {
      const clean = await shoot(name, false);
      const dirty = await shoot(name, true);
      // Same layout: same sizes, same places (within the sub-pixel drift of an entry animation).
      dirty.rects.forEach((r, i) => {
        const c = clean.rects[i]!;
        expect([r.width, r.height].map(Math.round)).toEqual([c.width, c.height].map(Math.round));
        expect(Math.abs(r.x - c.x) + Math.abs(r.y - c.y)).toBeLessThan(2);
      });
      expect(dirty.size).toEqual(clean.size);
      expect(dirty.text).toEqual(clean.text);
      for (const c of dirty.computed) expect(c, c.host).toMatchObject({ outline: 'none', shadow: 'none' });
      const share = diff(clean.pixels, dirty.pixels);
      console.log(`${name}: ${clean.size.join('×')} px, ${(share * 100).toFixed(2)}% of pixels differ`);
      expect(share).toBeLessThan(0.005);
    });
});
