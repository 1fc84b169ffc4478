import { describe, expect, it } from 'vitest';
import { validateGuide } from '../../src/validate/validate-guide.js';

const step = [{ id: 's', title: 'S' }];
const errors = (doc: unknown) =>
  validateGuide(doc)
    .issues.filter((i) => i.severity == 'error')
    .map(({ path, message, suggestion }) => ({ path, message, suggestion }));

describe('validateGuide: windows, environments and hosts', () => {
  it('accepts windows with offsets, environments and host patterns on every kind of guide', () => {
    const doc = {
      schemaVersion: 1,
      tours: [
        { id: 't', title: 'T', startsAt: '2026-12-01T09:00:00+01:00', endsAt: '2026-12-31T23:59:59Z', steps: step },
      ],
      checklists: [
        { id: 'c', title: 'C', environments: ['staging'], items: [{ id: 'a', title: 'A', completeWhen: 'manual' }] },
      ],
      hints: [{ id: 'h', target: '#x', title: 'H', hosts: ['staging.example.com', '*.example.dev', 'localhost:5173'] }],
      announcements: [{ id: 'a', title: 'A', endsAt: '2026-12-24T18:00Z' }],
    };
    expect(validateGuide(doc).issues).toEqual([]);
  });

  it('asks for the time and offset of a bare date or a local time, with the UTC spelling as suggestion', () => {
    const found = errors({
      schemaVersion: 1,
      tours: [{ id: 't', startsAt: '2026-12-01', endsAt: '2026-12-31T18:00', steps: step }],
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ path: 'tours[0].startsAt', suggestion: '2026-12-01T00:00:00Z' });
    expect(found[0].message).toMatch(/not an exact moment.*"2026-12-01T09:00:00\+01:00"/);
    expect(found[1]).toMatchObject({ path: 'tours[0].endsAt', suggestion: '2026-12-31T18:00:00Z' });
  });

  it('reports text that is no date once, at its path', () => {
    const found = errors({ schemaVersion: 1, announcements: [{ id: 'a', title: 'A', startsAt: 'next monday' }] });
    expect(found.map((i) => i.path)).toEqual(['announcements[0].startsAt']);
  });

  it('reports an end before the start', () => {
    const found = errors({
      schemaVersion: 1,
      hints: [{ id: 'h', target: '#x', title: 'H', startsAt: '2026-12-31T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }],
    });
    expect(found).toEqual([
      expect.objectContaining({ path: 'hints[0].endsAt', message: expect.stringMatching(/ends .* before it starts/) }),
    ]);
  });

  it('reports empty lists, empty environment names and URLs written as hosts', () => {
    const found = errors({
      schemaVersion: 1,
      tours: [
        { id: 't', environments: [], steps: step },
        { id: 'u', environments: [' '], hosts: ['https://staging.example.com/app', 'two words'], steps: step },
      ],
    });
    expect(found.map((i) => i.path)).toEqual([
      'tours[0].environments',
      'tours[1].environments[0]',
      'tours[1].hosts[0]',
      'tours[1].hosts[1]',
    ]);
    expect(found[2].suggestion).toBe('staging.example.com');
    expect(found[3].suggestion).toBeUndefined();
  });
});
