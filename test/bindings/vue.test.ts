import { createApp, defineComponent, effectScope, h, ref } from 'vue';
import { afterEach, expect, it } from 'vitest';
import { WaymarkPlugin, isCustomElement, useWaymark, useWaymarkEvent, waymarkKey } from '../../src/bindings/vue.js';
import { createWaymark, type Waymark, type WaymarkEvent } from '../../src/index.js';

const guides = { schemaVersion: 1, tours: [{ id: 'welcome', steps: [{ id: 'hello', title: 'Hello' }] }] };

afterEach(() => document.body.replaceChildren());

it('the plugin creates one instance for the app, components reach it and listen while mounted, app.unmount() destroys it', async () => {
  const events: WaymarkEvent[] = [];
  const received: string[] = [];
  let seen: Waymark | undefined;
  const show = ref(true);
  const Listener = defineComponent({
    setup() {
      useWaymarkEvent('app:tracked', (e) => received.push(e.name));
      return () => null;
    },
  });
  const App = defineComponent({
    setup() {
      seen = useWaymark();
      return () => h('main', [show.value ? h(Listener) : null, h('wm-checklist', { checklist: 'getting-started' })]);
    },
  });
  const app = createApp(App).use(WaymarkPlugin, { guides, storage: 'memory', onEvent: (e) => events.push(e) });
  app.mount(document.body.appendChild(document.createElement('div')));
  expect(seen).toBeDefined();
  expect(app.runWithContext(() => useWaymark())).toBe(seen);
  await seen!.ready;

  seen!.track('one');
  show.value = false;
  await Promise.resolve();
  seen!.track('two');
  expect(received).toEqual(['one']);

  expect(seen!.start('welcome')).toBe(true);
  expect(document.querySelector('wm-tour')).not.toBeNull();
  app.unmount();
  expect(document.querySelector('wm-tour')).toBeNull();
  const count = events.length;
  seen!.track('after');
  expect(events.length).toBe(count);
});

it('provides an instance created elsewhere without destroying it', () => {
  const instance = createWaymark({ guides, storage: 'memory' });
  const app = createApp(defineComponent({ render: () => null })).use(WaymarkPlugin, { instance });
  app.mount(document.createElement('div'));
  expect(app.runWithContext(() => useWaymark())).toBe(instance);
  app.unmount();
  expect(instance.start('welcome')).toBe(true);
  instance.destroy();
});

it('useWaymarkEvent unsubscribes when its effect scope stops, and useWaymark explains a missing plugin', async () => {
  const instance = createWaymark({ guides, storage: 'memory' });
  // Tracked events reach listeners once the instance is ready (earlier ones are queued).
  await instance.ready;
  const app = createApp(defineComponent({ render: () => null })).provide(waymarkKey, instance);
  const names: string[] = [];
  const scope = effectScope();
  app.runWithContext(() => scope.run(() => useWaymarkEvent('app:tracked', (e) => names.push(e.name))));
  instance.track('a');
  scope.stop();
  instance.track('b');
  expect(names).toEqual(['a']);
  instance.destroy();
  expect(() => createApp({}).runWithContext(() => useWaymark())).toThrow(/app\.use\(WaymarkPlugin/);
});

it('isCustomElement claims the wm-* tags only', () => {
  expect(['wm-checklist', 'wm-chat-button', 'my-widget', 'div'].filter(isCustomElement)).toEqual([
    'wm-checklist',
    'wm-chat-button',
  ]);
});
