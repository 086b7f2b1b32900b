import { describe, expect, it } from 'vitest';
import { eligibleRole, planParticipants, type CandidateFacts, type DirectoryEntry, type ThreadScope } from './eligibility.js';

const candidate: CandidateFacts = { name: 'Sanne de Vries', regionIds: ['nijmegen'], introducedOrganisationIds: ['klimop'], authUid: 'sanne-uid' };
const entry = (uid: string, role: DirectoryEntry['role'], organisationId: string | null = null): DirectoryEntry => ({ uid, displayName: `${uid} Achternaam`, role, organisationId });
const directory = new Map(
  [entry('adviser', 'adviser'), entry('coordinator', 'coordinator'), entry('director', 'director'), entry('hr-klimop', 'hr', 'klimop'), entry('hr-lyceum', 'hr', 'lyceum'), entry('training-han', 'training', 'han')].map((e) => [e.uid, e]),
);
const aboutSanne: ThreadScope = { regionId: 'nijmegen', candidate, includesCandidate: true };
const stakeholdersOnly: ThreadScope = { ...aboutSanne, includesCandidate: false };
const general: ThreadScope = { regionId: 'nijmegen', candidate: null, includesCandidate: false };

describe('who may take part in a thread about a candidate', () => {
  it('admits the region’s coordinators and advisers and HR of an organisation the candidate was introduced to', () => {
    expect(eligibleRole(aboutSanne, 'adviser', directory.get('adviser')!)).toBe('adviser');
    expect(eligibleRole(aboutSanne, 'coordinator', directory.get('coordinator')!)).toBe('coordinator');
    expect(eligibleRole(aboutSanne, 'hr-klimop', directory.get('hr-klimop')!)).toBe('hr');
  });

  it('refuses directors, organisations without an introduction and people outside the directory', () => {
    expect(eligibleRole(aboutSanne, 'director', directory.get('director')!)).toBeNull();
    expect(eligibleRole(aboutSanne, 'hr-lyceum', directory.get('hr-lyceum')!)).toBeNull();
    expect(eligibleRole(aboutSanne, 'training-han', directory.get('training-han')!)).toBeNull();
    expect(eligibleRole(aboutSanne, 'stranger', null)).toBeNull();
  });

  it('admits the candidate’s own account only when the thread includes the candidate', () => {
    expect(eligibleRole(aboutSanne, 'sanne-uid', null)).toBe('candidate');
    expect(eligibleRole(stakeholdersOnly, 'sanne-uid', null)).toBeNull();
  });
});

describe('who may take part in a general thread', () => {
  it('admits anyone in the region’s directory, directors and any organisation included', () => {
    for (const [uid, member] of directory) expect(eligibleRole(general, uid, member)).toBe(member.role);
    expect(eligibleRole(general, 'stranger', null)).toBeNull();
  });
});

describe('planParticipants', () => {
  const at = new Date('2026-12-01T09:00:00Z');

  it('names HR with their organisation, the candidate by the dossier’s name, and lists the ineligible', () => {
    const plan = planParticipants(aboutSanne, ['hr-klimop', 'sanne-uid', 'director', 'hr-klimop'], directory, new Map([['klimop', 'Kindcentrum De Klimop']]), {
      by: 'adviser',
      at,
      history: 'from_now',
    });
    expect(plan.ineligible).toEqual(['director']);
    expect(plan.participants).toEqual({
      'hr-klimop': { name: 'hr-klimop Achternaam', role: 'hr', organisationName: 'Kindcentrum De Klimop', addedAt: at, addedBy: 'adviser', history: 'from_now' },
      'sanne-uid': { name: 'Sanne de Vries', role: 'candidate', organisationName: null, addedAt: at, addedBy: 'adviser', history: 'from_now' },
    });
  });
});
