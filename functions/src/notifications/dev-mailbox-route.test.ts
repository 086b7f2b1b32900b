import { afterEach, describe, expect, it } from 'vitest';
import { route } from '../api/router.js';
import { devMailboxRoute } from './dev-mailbox-route.js';

const get = { method: 'GET', path: '/api/dev/mail', query: {}, headers: {}, body: undefined, rawBody: undefined };
const emulator = process.env.FUNCTIONS_EMULATOR;

afterEach(() => {
  if (emulator === undefined) delete process.env.FUNCTIONS_EMULATOR;
  else process.env.FUNCTIONS_EMULATOR = emulator;
});

describe('dev mailbox endpoint', () => {
  it('does not exist outside the emulator (mail holds addresses)', async () => {
    delete process.env.FUNCTIONS_EMULATOR;
    expect(await route([devMailboxRoute], get)).toEqual({ status: 404, body: { statusCode: 404, message: 'Not found' } });
    process.env.FUNCTIONS_EMULATOR = 'false';
    expect((await route([devMailboxRoute], get)).status).toBe(404);
  });
});
