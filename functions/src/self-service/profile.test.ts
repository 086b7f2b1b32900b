import { describe, expect, it } from 'vitest';
import { planProfileUpdate } from './profile.js';

const current = { phone: '06-11112222', sectors: ['po'], motivation: null, place: 'Nijmegen' };

describe('planProfileUpdate', () => {
  it('changes the fields whose base still holds', () => {
    expect(planProfileUpdate(current, { phone: '06-33334444', sectors: ['po', 'vo'] }, { phone: '06-11112222', sectors: ['po'] })).toEqual({
      conflicts: [],
      changed: ['phone', 'sectors'],
    });
  });

  it('names every field changed meanwhile as a conflict', () => {
    expect(planProfileUpdate(current, { place: 'Wijchen', phone: '06-3' }, { place: 'Arnhem', phone: '06-11112222' }).conflicts).toEqual(['place']);
    expect(planProfileUpdate(current, { sectors: ['vo'] }, { sectors: ['po', 'so'] }).conflicts).toEqual(['sectors']);
  });

  it('treats an absent value as null, and a field set to its current value as no change', () => {
    expect(planProfileUpdate(current, { matchPreferences: null, motivation: 'Lesgeven' }, {})).toEqual({ conflicts: [], changed: ['motivation'] });
    expect(planProfileUpdate(current, { phone: '06-11112222' }, { phone: '06-11112222' })).toEqual({ conflicts: [], changed: [] });
  });
});
