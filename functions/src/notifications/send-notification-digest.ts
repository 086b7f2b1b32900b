import { onSchedule } from 'firebase-functions/v2/scheduler';
import { services } from '../setup.js';
import { runDigest } from './digest.js';

/** Every morning before the working day: the daily digest (see digest.ts; a rerun sends nothing twice). */
export const sendNotificationDigest = onSchedule({ schedule: '30 7 * * *', timeZone: 'Europe/Amsterdam', retryCount: 3 }, async () => {
  await runDigest(services().db, services().now());
});
