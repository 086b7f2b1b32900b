import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { projectId } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const keys = db.collection('regions/nijmegen/apiKeys');
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

test.describe('API keys', () => {
  // The first callable of a run waits for the Functions emulator to start a worker.
  test.describe.configure({ timeout: 240_000 });
  const name = `Zz test ${Date.now()}`;

  // The key this spec made goes again, with its lookup and calls, so reruns start clean.
  test.afterAll(async () => {
    for (const made of (await keys.where('name', '==', name).get()).docs) {
      await db.recursiveDelete(made.ref);
      await db.doc(`apiKeyHashes/${made.get('hash') as string}`).delete();
    }
  });

  test('a coordinator creates a key, sees it once, follows its calls and revokes it', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.getByRole('link', { name: 'API-sleutels' }).first().click();
    await expect(page).toHaveURL(/\/regio\/api-sleutels\?regio=nijmegen/);
    await expect(page.getByRole('article', { name: 'Website Regioloket (demo)' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // An empty name is refused in the form.
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await expect(page.getByText('Vul dit veld in.')).toBeVisible();

    await page.getByLabel('Naam van de sleutel').fill(name);
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Je nieuwe API-sleutel' });
    await expect(dialog).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByText('Koers laat deze sleutel niet nog een keer zien')).toBeVisible();
    const key = await dialog.getByLabel(`API-sleutel ‘${name}’`).inputValue();
    expect(key).toMatch(/^koers_[0-9A-Za-z]{32}$/);
    await expect(dialog.getByRole('button', { name: 'Sleutel kopiëren' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Koers kept only the hash of what it showed.
    const stored = (await keys.where('name', '==', name).get()).docs;
    expect(stored).toHaveLength(1);
    const keyId = stored[0]!.id;
    expect(stored[0]!.get('hash')).toBe(sha256(key));
    expect(JSON.stringify(stored[0]!.data())).not.toContain(key.slice(10));

    await dialog.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`input[value="${key}"]`)).toHaveCount(0);
    await expect(page.getByText(key)).toHaveCount(0);

    const card = page.getByRole('article', { name });
    await expect(card.getByText('actief', { exact: true })).toBeVisible();
    await expect(card.getByText(`${key.slice(0, 10)}…`)).toBeVisible();
    await expect(card.getByText('Nog niet gebruikt')).toBeVisible();

    // A website's call (as the intake API logs it) shows up live in the key's panel.
    await card.getByRole('button', { name: 'Laatste aanroepen tonen' }).click();
    await expect(card.getByText('Met deze sleutel is nog niets verstuurd.')).toBeVisible();
    await keys
      .doc(keyId)
      .collection('calls')
      .add({ at: new Date(), method: 'POST', route: '/v1/create-user', status: 201, reason: null, durationMs: 84, expiresAt: new Date(Date.now() + 90 * 86_400_000) });
    const calls = card.getByRole('region', { name: `Laatste 20 aanroepen met ‘${name}’` });
    await expect(calls.getByRole('cell', { name: 'POST /v1/create-user' })).toBeVisible();
    await expect(calls.getByRole('cell', { name: '201' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Laatste aanroepen verbergen' })).toHaveAttribute('aria-expanded', 'true');

    await card.getByRole('button', { name: `Sleutel ‘${name}’ intrekken` }).click();
    const confirm = page.getByRole('dialog', { name: 'Sleutel intrekken?' });
    await expect(confirm).toContainText(name);
    await confirm.getByRole('button', { name: 'Sleutel intrekken' }).click();
    await expect(confirm).toBeHidden({ timeout: 60_000 });
    await expect(card.getByText('ingetrokken', { exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: /intrekken/ })).toHaveCount(0);
    await expect.poll(async () => (await db.doc(`apiKeyHashes/${sha256(key)}`).get()).get('revoked')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an adviser cannot open the API keys', async ({ page }) => {
    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto('/regio/api-sleutels?regio=nijmegen');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/API-sleutels/);
    await expect(page.getByRole('button', { name: 'Sleutel aanmaken' })).toHaveCount(0);
  });
});
