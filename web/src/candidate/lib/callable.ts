// Callable functions, with the Functions SDK loaded on first use: the start page calls none.
import type { z } from 'zod';
import { env } from '../../lib/env';
import { app, emulatorHost, functionsRegion } from './firebase';

async function functionsInstance() {
  const { connectFunctionsEmulator, getFunctions, httpsCallable } = await import('firebase/functions');
  const functions = getFunctions(app, functionsRegion);
  if (emulatorHost && !connected) {
    connectFunctionsEmulator(functions, emulatorHost, env.VITE_EMULATOR_FUNCTIONS_PORT);
    connected = true;
  }
  return { functions, httpsCallable };
}
let connected = false;

/**
 * A typed callable: the input is parsed with the schema the server validates with before it
 * leaves the phone, and the answer is parsed before anyone uses it.
 */
export function callable<I extends z.ZodType, O extends z.ZodType>(name: string, input: I, output: O) {
  return async (value: z.input<I>): Promise<z.output<O>> => {
    const parsed = input.parse(value);
    const { functions, httpsCallable } = await functionsInstance();
    const result = await httpsCallable<z.output<I>, unknown>(functions, name)(parsed);
    return output.parse(result.data);
  };
}
