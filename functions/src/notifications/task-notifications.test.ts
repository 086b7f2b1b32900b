import type { Task } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { taskDraft, taskNotificationDecision } from './task-notifications.js';

const at = new Date('2026-12-01T09:00:00Z');
const task = (overrides: Partial<Task> = {}): Task => ({
  title: 'Bel Sanne terug',
  candidateId: null,
  assigneeUid: 'bram',
  dueDate: '2026-12-03',
  done: false,
  doneAt: null,
  createdAt: at,
  createdBy: 'eva',
  updatedAt: at,
  updatedBy: 'eva',
  ...overrides,
});

describe('task notifications', () => {
  it('tells the assignee of a task someone else created', () => {
    expect(taskNotificationDecision(null, task())).toEqual({ notify: true, assigneeUid: 'bram', actor: 'eva' });
  });

  it('tells the new assignee when someone else hands a task over', () => {
    expect(taskNotificationDecision(task(), task({ assigneeUid: 'noor', updatedBy: 'bram' }))).toEqual({ notify: true, assigneeUid: 'noor', actor: 'bram' });
  });

  it('stays quiet for a task someone gives themselves', () => {
    expect(taskNotificationDecision(null, task({ createdBy: 'bram' }))).toEqual({ notify: false, reason: 'self' });
    expect(taskNotificationDecision(task(), task({ assigneeUid: 'eva', updatedBy: 'eva' }))).toEqual({ notify: false, reason: 'self' });
  });

  it('stays quiet for other edits, finished and deleted tasks', () => {
    expect(taskNotificationDecision(task(), task({ title: 'Anders', updatedBy: 'noor' }))).toEqual({ notify: false, reason: 'unchanged' });
    expect(taskNotificationDecision(null, task({ done: true, doneAt: at }))).toEqual({ notify: false, reason: 'done' });
    expect(taskNotificationDecision(task(), null)).toEqual({ notify: false, reason: 'deleted' });
  });

  it('leaves the intake’s first-contact task to the intake notification', () => {
    expect(taskNotificationDecision(null, task({ createdBy: 'form:website', updatedBy: 'form:website' }))).toEqual({ notify: false, reason: 'intake' });
    expect(taskNotificationDecision(null, task({ createdBy: 'api:key1', updatedBy: 'api:key1' }))).toEqual({ notify: false, reason: 'intake' });
  });

  it('links to the dossier when the task is about a candidate, else to the task list', () => {
    expect(taskDraft('nijmegen', task(), 'https://koers.example/')).toMatchObject({ kind: 'task', title: 'Nieuwe taak: Bel Sanne terug', link: '/taken', candidateId: null });
    const draft = taskDraft('nijmegen', task({ candidateId: 'c1' }), 'https://koers.example/');
    expect(draft.link).toBe('/kandidaten/c1');
    expect(draft.mail.text).toContain('https://koers.example/kandidaten/c1');
    expect(draft.body).toContain('3 december 2026');
  });
});
