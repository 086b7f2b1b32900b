import { describe, expect, it } from 'vitest';
import { candidateAuditEntry } from './candidate-audit.js';

const at = new Date('2026-11-01T10:00:00Z');
const base = {
  name: 'Sanne de Vries',
  phase: 'orientation',
  status: 'active',
  consent: { privacy: true, retainAfterProcess: false },
  authUid: null,
  introducedOrganisationIds: [],
  updatedAt: new Date('2026-10-01T10:00:00Z'),
  updatedBy: 'adviser-1',
};

describe('candidateAuditEntry', () => {
  it('records a new dossier as create, by its author, with every field named', () => {
    const entry = candidateAuditEntry(null, base, at);
    expect(entry).toMatchObject({ action: 'create', actor: 'adviser-1', at, from: null, to: null });
    expect(entry?.changedFields).toEqual(['authUid', 'consent', 'introducedOrganisationIds', 'name', 'phase', 'status']);
  });

  it('records a journey move with the previous and the new phase and status', () => {
    const after = { ...base, phase: 'decision', updatedBy: 'adviser-2', updatedAt: at };
    expect(candidateAuditEntry(base, after, at)).toEqual({
      action: 'update',
      actor: 'adviser-2',
      at,
      changedFields: ['phase'],
      from: { phase: 'orientation', status: 'active' },
      to: { phase: 'decision', status: 'active' },
    });
  });

  it('records a consent change as consent', () => {
    const after = { ...base, consent: { privacy: true, retainAfterProcess: true } };
    expect(candidateAuditEntry(base, after, at)).toMatchObject({ action: 'consent', changedFields: ['consent'], from: null });
  });

  it('names changed fields but never copies their values', () => {
    const after = { ...base, name: 'Sanne de Vries-Jansen' };
    const entry = candidateAuditEntry(base, after, at);
    expect(entry?.changedFields).toEqual(['name']);
    expect(JSON.stringify(entry)).not.toContain('Jansen');
  });

  it('records a deletion by the system', () => {
    expect(candidateAuditEntry(base, null, at)).toMatchObject({ action: 'delete', actor: 'system' });
  });

  it('skips a write that only touched bookkeeping fields', () => {
    expect(candidateAuditEntry(base, { ...base, updatedAt: at }, at)).toBeNull();
  });

  it('skips a write that only linked the account, which the linking function audits itself', () => {
    expect(candidateAuditEntry(base, { ...base, authUid: 'uid-1' }, at)).toBeNull();
    expect(candidateAuditEntry(base, { ...base, introducedOrganisationIds: ['org-1'] }, at)).toBeNull();
  });

  it('records a write that changed a function-owned field together with a profile field', () => {
    expect(candidateAuditEntry(base, { ...base, authUid: 'uid-1', name: 'S. de Vries' }, at)?.changedFields).toEqual(['authUid', 'name']);
  });
});
