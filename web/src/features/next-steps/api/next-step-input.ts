import { nextStepSchema } from '@koers/domain';
import { z } from 'zod';

/** What staff fill in for a step; order, stamps and the candidate's tick the operations add. */
export const nextStepInputSchema = nextStepSchema.pick({ title: true, detail: true, dueDate: true });
export type NextStepInput = z.output<typeof nextStepInputSchema>;

/** The form's flat shape (inputs hold text; empty means none), parsed into the input. */
export const nextStepFormSchema = z.object({
  title: nextStepSchema.shape.title,
  detail: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(nextStepSchema.shape.detail),
  dueDate: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(nextStepSchema.shape.dueDate),
});
export type NextStepFormValues = z.input<typeof nextStepFormSchema>;

export function formValuesOf(step: NextStepInput | null): NextStepFormValues {
  return { title: step?.title ?? '', detail: step?.detail ?? '', dueDate: step?.dueDate ?? '' };
}
