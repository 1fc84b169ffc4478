import {
  createEnvironmentInjector,
  DestroyRef,
  inject,
  Injector,
  runInInjectionContext,
  type EnvironmentInjector,
} from '@angular/core';
import { afterEach, expect, it } from 'vitest';
import { WAYMARK, injectWaymark, injectWaymarkEvent, provideWaymark } from '../../src/bindings/angular.js';
import { createWaymark, type WaymarkEvent } from '../../src/index.js';

const guides = { schemaVersion: 1, tours: [{ id: 'welcome', steps: [{ id: 'hello', title: 'Hello' }] }] };

/** The root of an application's injector tree, as `bootstrapApplication` makes one (without a platform). */
const root = () => Injector.create({ providers: [] }) as unknown as EnvironmentInjector;

afterEach(() => document.body.replaceChildren());

it('provideWaymark creates one instance per environment injector, injected anywhere in it, destroyed with it', async () => {
  const events: WaymarkEvent[] = [];
  const app = createEnvironmentInjector(
    [provideWaymark({ guides, storage: 'memory', onEvent: (e) => events.push(e) })],
    root(),
  );
  const waymark = runInInjectionContext(app, injectWaymark);
  expect(runInInjectionContext(app, () => inject(WAYMARK))).toBe(waymark);
  await waymark.ready;
  expect(waymark.start('welcome')).toBe(true);
  expect(document.querySelector('wm-tour')).not.toBeNull();

  app.destroy();
  expect(document.querySelector('wm-tour')).toBeNull();
  const count = events.length;
  waymark.track('after');
  expect(events.length).toBe(count);
});

it('creates the instance when the injector starts, even if nothing injects it (placed elements and resumed tours need it)', () => {
  const started: string[] = [];
  const app = createEnvironmentInjector(
    [provideWaymark({ guides, storage: 'memory', plugins: [() => void started.push('instance')] })],
    root(),
  );
  expect(started).toEqual(['instance']);
  app.destroy();
});

it('injectWaymarkEvent listens until its injection context is destroyed; a given instance is not destroyed', async () => {
  const instance = createWaymark({ guides, storage: 'memory' });
  // Tracked events reach listeners once the instance is ready (earlier ones are queued).
  await instance.ready;
  const app = createEnvironmentInjector([provideWaymark(instance)], root());
  // A component's injector: a child of the application's, destroyed before it.
  const component = createEnvironmentInjector([], app);
  const names: string[] = [];
  runInInjectionContext(component, () => {
    expect(inject(DestroyRef)).toBe(component);
    injectWaymarkEvent('app:tracked', (e) => names.push(e.name));
  });
  instance.track('one');
  component.destroy();
  instance.track('two');
  expect(names).toEqual(['one']);

  app.destroy();
  expect(instance.start('welcome')).toBe(true);
  instance.destroy();
});
