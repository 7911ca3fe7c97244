import type { Page } from 'playwright-core';

/** Signs the explorer in with a token through its Sign in dialog, and waits until it says who is signed in. */
export async function signInAs(page: Page, token: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Token').fill(token);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${name} (editor)`).waitFor();
}
