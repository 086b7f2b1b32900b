// Someone gets a task from someone else: they hear of it (kind 'task'). Creation and a change
// of assignee count; a task someone gives themselves, and the intake's own first-contact task
// (the intake notification covers that), do not. Idempotent: the notification id names task
// and assignee, and its createdAt is the write's commit time, so a re-delivered event finds it.
import { taskSchema, type Task } from '@koers/domain';
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import { isIntakeActor } from '../intake/intake-effects.js';
import { appUrl } from '../matching/app-url.js';
import { readRecipients, writeNotification, type NotificationDraft } from './notify.js';

export interface TaskChange {
  regionId: string;
  taskId: string;
  before: DocumentData | null;
  after: DocumentData | null;
  /** The commit time of the task's write: the notification's time (and so its mail's id). */
  updateTime: Date;
}

export type TaskDecision =
  | { notify: true; assigneeUid: string; actor: string }
  | { notify: false; reason: 'deleted' | 'invalid' | 'done' | 'unchanged' | 'unassigned' | 'self' | 'intake' };

/** Whether a task write tells its assignee. Pure. */
export function taskNotificationDecision(before: Task | null, after: Task | null): TaskDecision {
  if (!after) return { notify: false, reason: 'deleted' };
  if (after.done) return { notify: false, reason: 'done' };
  if (before && before.assigneeUid === after.assigneeUid) return { notify: false, reason: 'unchanged' };
  if (!after.assigneeUid) return { notify: false, reason: 'unassigned' };
  const actor = before ? after.updatedBy : after.createdBy;
  if (actor === after.assigneeUid) return { notify: false, reason: 'self' };
  if (isIntakeActor(actor)) return { notify: false, reason: 'intake' };
  return { notify: true, assigneeUid: after.assigneeUid, actor };
}

export function taskNotificationId(taskId: string, assigneeUid: string): string {
  return `task-${taskId}-${assigneeUid}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "2 december 2026" */
function dutchDay(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** The notification and mail for a task: its title and deadline, a link to the dossier or the task list. Pure. */
export function taskDraft(regionId: string, task: Task, base: string): NotificationDraft {
  const link = task.candidateId ? `/kandidaten/${encodeURIComponent(task.candidateId)}` : '/taken';
  const due = dutchDay(task.dueDate);
  return {
    kind: 'task',
    title: clip(`Nieuwe taak: ${task.title}`, 200),
    body: `Je hebt een taak gekregen, deadline ${due}.`,
    link,
    mail: {
      subject: 'Nieuwe taak in Koers',
      text: [`Er staat een nieuwe taak voor je klaar in Koers: ‘${task.title}’, deadline ${due}.`, `Bekijk de taak: ${base.replace(/\/+$/, '')}${link}`].join('\n\n'),
    },
    regionId,
    candidateId: task.candidateId,
  };
}

function taskOf(data: DocumentData | null): Task | null {
  if (!data) return null;
  const parsed = taskSchema.safeParse(fromFirestoreData(data));
  return parsed.success ? parsed.data : null;
}

export type TaskOutcome = 'skipped' | 'notified' | 'already_notified' | 'no_recipient';

export async function applyTaskChange(db: Firestore, change: TaskChange): Promise<TaskOutcome> {
  const after = taskOf(change.after);
  const decision = change.after && !after ? ({ notify: false, reason: 'invalid' } as const) : taskNotificationDecision(taskOf(change.before), after);
  if (!decision.notify || !after) return 'skipped';
  const id = taskNotificationId(change.taskId, decision.assigneeUid);
  const notificationRef = db.collection('users').doc(decision.assigneeUid).collection('notifications').doc(id);
  const outcome = await db.runTransaction(async (tx): Promise<TaskOutcome> => {
    const [existing, recipients] = await Promise.all([tx.get(notificationRef), readRecipients(tx, db, [decision.assigneeUid])]);
    const createdAt = fromFirestoreData(existing.get('createdAt'));
    if (createdAt instanceof Date && createdAt.getTime() === change.updateTime.getTime()) return 'already_notified';
    const recipient = recipients.get(decision.assigneeUid);
    if (!recipient?.exists) return 'no_recipient';
    writeNotification(tx, db, recipient, id, taskDraft(change.regionId, after, appUrl()), change.updateTime);
    return 'notified';
  });
  logEvent('notifications.task', { regionId: change.regionId, taskId: change.taskId, outcome });
  return outcome;
}
