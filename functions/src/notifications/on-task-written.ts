import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { applyTaskChange } from './task-notifications.js';

/** A task was created or handed to someone: the assignee hears of it. Retried; idempotent. */
export const onTaskWritten = onDocumentWritten({ document: 'regions/{regionId}/tasks/{taskId}', retry: true }, async (event) => {
  const { regionId, taskId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  const updateTime = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
  await applyTaskChange(services().db, { regionId, taskId, before, after, updateTime });
});
