import { httpsCallable } from 'firebase/functions';
import type { z } from 'zod';
import { functions } from './firebase';

/**
 * A typed callable function: the input is parsed with the same schema the server validates
 * with before it leaves the browser, and the answer is parsed before anyone uses it.
 */
export function callable<I extends z.ZodType, O extends z.ZodType>(name: string, input: I, output: O) {
  const call = httpsCallable<z.output<I>, unknown>(functions, name);
  return async (value: z.input<I>): Promise<z.output<O>> => {
    const result = await call(input.parse(value));
    return output.parse(result.data);
  };
}
