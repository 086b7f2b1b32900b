import { activitySchema } from '@koers/domain';
import { z } from 'zod';
import { fromWallTime, toWallTime } from './activity-time';
import type { Activity } from '@koers/domain';

/** What a person decides about an activity; the stamps and the registration count are not theirs. */
export const activityInputSchema = activitySchema
  .pick({ kind: true, title: true, description: true, startsAt: true, endsAt: true, location: true, online: true, capacity: true, published: true, crossRegional: true })
  .refine((activity) => activity.endsAt > activity.startsAt, { path: ['endsAt'], message: 'endBeforeStart' });
export type ActivityInput = z.output<typeof activityInputSchema>;

/** A `datetime-local` value in Amsterdam time, parsed into a moment. */
const wallTimeSchema = z.string().transform((value, context) => {
  const moment = fromWallTime(value);
  if (!moment) {
    context.addIssue({ code: 'custom', message: 'invalidDate' });
    return z.NEVER;
  }
  return moment;
});

/** An empty capacity field means "no limit". */
const capacitySchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : Number(value)))
  .pipe(activitySchema.shape.capacity);

/**
 * The form's flat shape (strings from the inputs) and how it becomes an ActivityInput. The
 * end-after-start check runs even when other fields are wrong, so every mistake shows at once.
 */
export const activityFormSchema = z
  .object({
    ...activitySchema.pick({ kind: true, title: true, description: true, location: true, online: true, published: true, crossRegional: true }).shape,
    startsAt: wallTimeSchema,
    endsAt: wallTimeSchema,
    capacity: capacitySchema,
  })
  .refine((activity) => !(activity.startsAt instanceof Date && activity.endsAt instanceof Date) || activity.endsAt > activity.startsAt, {
    path: ['endsAt'],
    message: 'endBeforeStart',
    when: () => true,
  });
export type ActivityFormValues = z.input<typeof activityFormSchema>;

/** The form's values for an existing activity, or the defaults for a new one. */
export function activityFormValues(activity: Activity | null): ActivityFormValues {
  if (!activity) {
    return {
      kind: 'information_meeting',
      title: '',
      description: '',
      startsAt: '',
      endsAt: '',
      location: '',
      online: false,
      capacity: '',
      published: false,
      crossRegional: false,
    };
  }
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    startsAt: toWallTime(activity.startsAt),
    endsAt: toWallTime(activity.endsAt),
    location: activity.location,
    online: activity.online,
    capacity: activity.capacity === null ? '' : String(activity.capacity),
    published: activity.published,
    crossRegional: activity.crossRegional,
  };
}
