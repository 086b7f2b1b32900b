import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

/** The build-time configuration, validated once at startup so a bad deploy fails loudly. */
const envSchema = z.object({
  VITE_FIREBASE_API_KEY: z.string().min(1),
  VITE_FIREBASE_AUTH_DOMAIN: z.string().min(1),
  VITE_FIREBASE_PROJECT_ID: z.string().regex(/^[a-z0-9-]{4,30}$/, 'expected a Firebase project id'),
  VITE_FIREBASE_APP_ID: z.string().min(1),
  VITE_USE_EMULATORS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  VITE_EMULATOR_HOST: z.string().min(1).optional(),
  VITE_EMULATOR_AUTH_PORT: port(9099),
  VITE_EMULATOR_FIRESTORE_PORT: port(8080),
  VITE_EMULATOR_FUNCTIONS_PORT: port(5001),
});

export type Env = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseEnv(raw: Record<string, unknown>): Env {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Koers web configuration is invalid (${problems}). See web/.env.production.example.`);
  }
  if (result.data.VITE_USE_EMULATORS && !result.data.VITE_FIREBASE_PROJECT_ID.startsWith('demo-')) {
    throw new ConfigError('VITE_USE_EMULATORS=true is only allowed with a demo-* project id.');
  }
  return result.data;
}

export const env = parseEnv(import.meta.env);
