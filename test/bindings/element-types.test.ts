import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PropertyDeclaration } from 'lit';
import { expect, it } from 'vitest';
import { elementSpecs, type WaymarkTag } from '../../src/bindings/element-types.js';
import { WmAnnouncement } from '../../src/elements/announcement.js';
import { WmChatButton } from '../../src/elements/chat-button.js';
import { WmChecklist } from '../../src/elements/checklist.js';
import { WmHelpCenter } from '../../src/elements/help-center.js';
import { WmHint } from '../../src/elements/hint.js';
import { WmMetricsPanel } from '../../src/elements/metrics-panel.js';
import { WmPopover } from '../../src/elements/popover.js';
import { WmSpotlight } from '../../src/elements/spotlight.js';
import { WmSurvey } from '../../src/elements/survey.js';
import { WmTour } from '../../src/elements/tour.js';

const classes: Record<WaymarkTag, { properties: Record<string, PropertyDeclaration> }> = {
  'wm-checklist': WmChecklist,
  'wm-chat-button': WmChatButton,
  'wm-metrics-panel': WmMetricsPanel,
  'wm-hint': WmHint,
  'wm-announcement': WmAnnouncement,
  'wm-help-center': WmHelpCenter,
  'wm-survey': WmSurvey,
  'wm-popover': WmPopover,
  'wm-spotlight': WmSpotlight,
  'wm-tour': WmTour,
};

/** What Lit makes of `static properties`: attribute name → property, and the properties with no attribute. */
const surface = (properties: Record<string, PropertyDeclaration>) => {
  const attributes: Record<string, string> = {};
  const jsOnly: string[] = [];
  for (const [name, declaration] of Object.entries(properties)) {
    if (declaration.state) continue;
    if (declaration.attribute === false) jsOnly.push(name);
    else attributes[typeof declaration.attribute == 'string' ? declaration.attribute : name.toLowerCase()] = name;
  }
  return { attributes, properties: jsOnly.sort() };
};

it.each(Object.keys(classes) as WaymarkTag[])('the neutral description of <%s> matches its class', (tag) => {
  const spec = elementSpecs[tag];
  expect({ attributes: spec.attributes, properties: [...spec.properties].sort() }).toEqual(
    surface(classes[tag].properties),
  );
});

it('describes every element the sources declare in HTMLElementTagNameMap, and only those', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/elements/');
  const declared = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(dir + file, 'utf8').matchAll(/^\s+'(wm-[a-z-]+)': Wm\w+;$/gm)].map((m) => m[1]),
    );
  expect(Object.keys(elementSpecs).sort()).toEqual(declared.sort());
});

it.each(Object.keys(classes) as WaymarkTag[])(
  'the events described for <%s> are the ones its class documents with @fires',
  (tag) => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/elements/');
    const file = readdirSync(dir).find(
      (f) => f.endsWith('.ts') && new RegExp(`^\\s+'${tag}': Wm\\w+;$`, 'm').test(readFileSync(dir + f, 'utf8')),
    );
    const source = readFileSync(dir + file, 'utf8');
    // The class's own TSDoc block (the last comment before `export class`).
    const doc = /\/\*\*((?:(?!\/\*\*)[^])*?)\*\/\s*export class/.exec(source)?.[1] ?? '';
    const fired = [...doc.matchAll(/@fires (wm-[a-z-]+)/g)]
      .map((m) => m[1])
      .filter((name) => name != 'wm-context-request');
    expect([...elementSpecs[tag].events].sort()).toEqual(fired.sort());
  },
);
