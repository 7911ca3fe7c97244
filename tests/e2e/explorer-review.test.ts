import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR_TOKEN } from '../helpers/api.js';
import { explorerSuite, openExplorer } from '../helpers/browser.js';
import { signInAs } from '../helpers/sign-in.js';

const suite = explorerSuite({ CORRIDOR_TOKENS: `e2e-editor:editor:${EDITOR_TOKEN}` });

/** A short news article about the region, written for this test. */
const ARTICLE = [
  'Brussels steps up its Central Asia engagement',
  '',
  'The European Union supports the Trans-Caspian Transport Corridor, which carries freight from China to Europe across the Caspian Sea.',
  'Germany invests in Uzbekistan, officials said in Tashkent in March 2025.',
  'Kazakhstan trades increasingly with Uzbekistan, and their trade turnover grew again last year.',
  'The European Union has a strong interest in Turkmenistan.',
  'France is a key trading partner of Kazakhstan.',
  'The Aral Sea Basin Programme brings together water experts from Kazakhstan and Uzbekistan.',
  'Kazakhstan did not join the new customs scheme.',
  'Uzbekistan aims to expand its cooperation with the European Union by 2026.',
].join('\n');

async function gql(query: string, variables: object = {}, token: string | null = null): Promise<any> {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch(`${suite.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  return (await res.json()).data;
}

const signIn = (page: Page) => signInAs(page, EDITOR_TOKEN, 'e2e-editor');

/** The review queue's items: relation id and decision, in queue order. */
const queueState = (page: Page) =>
  page.locator('.review-item').evaluateAll((items) => items.map((li) => ({ id: (li as HTMLElement).dataset.relation!, current: li.classList.contains('current'), decision: li.querySelector('.badge.decision')!.textContent })));

describe('explorer: add a source and review it', () => {
  it('signs in, adds an article, reviews it with the keyboard, merges a proposed entity, and the graph shows the result', async () => {
    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    // Read-only until signed in: no write actions.
    expect(await page.getByRole('button', { name: 'Add source' }).isVisible()).toBe(false);
    await signIn(page);
    // The token is kept for the tab, never in the URL.
    expect(await page.evaluate(() => sessionStorage.getItem('corridor.token'))).toBe(EDITOR_TOKEN);
    expect(page.url()).not.toContain(EDITOR_TOKEN);

    await page.getByRole('button', { name: 'Add source' }).click();
    const add = page.getByRole('dialog', { name: 'Add source' });
    await add.getByLabel('Text').fill(ARTICLE);
    await add.getByLabel('Title').fill('Brussels steps up its Central Asia engagement');
    await add.getByLabel('Publisher').fill('Corridor test desk');
    await add.getByLabel('Published').fill('2025-03-12');
    await add.getByRole('button', { name: 'Preview' }).click();
    const preview = add.locator('.preview');
    await preview.waitFor();
    const candidates = Number(await preview.locator('dt:has-text("Candidate relations") + dd').textContent());
    expect(candidates).toBeGreaterThanOrEqual(4);
    // A preview stores nothing.
    expect((await gql('{ source(id: "brussels-steps-up-its-central-asia-engagement") { id } }')).source).toBeNull();
    await add.getByRole('button', { name: 'Add' }).click();

    const review = page.getByRole('dialog', { name: 'Review: Brussels steps up its Central Asia engagement' });
    await review.waitFor();
    await review.locator('.review-item').first().waitFor();
    // The text has its mentions and candidate quotes marked; the key legend is there.
    expect(await review.locator('.review-text mark.mention').count()).toBeGreaterThan(5);
    expect(await review.locator('.review-text .cand-quote.current').count()).toBeGreaterThan(0);
    expect(await review.getByRole('list', { name: 'Keyboard shortcuts' }).textContent()).toContain('accept and move on');
    await page.screenshot({ path: '/tmp/review.png' });

    const before = await queueState(page);
    expect(before.length).toBe(candidates);
    expect(before[0]).toMatchObject({ current: true, decision: 'waiting' });
    const confidences = await review.locator('.review-item .badge:has-text("confidence")').allTextContents();
    expect(confidences.map((c) => Number(c.split(' ')[1]))).toEqual([...confidences.map((c) => Number(c.split(' ')[1]))].sort((a, b) => b - a));

    // Accept two, reject one, undo the rejection.
    await page.keyboard.press('a');
    await review.getByText(/1 accepted/).waitFor();
    await page.keyboard.press('Enter');
    await review.getByText(/2 accepted/).waitFor();
    await page.keyboard.press('r');
    await review.getByText(/1 rejected/).waitFor();
    await page.keyboard.press('u');
    await review.getByText(/0 rejected/).waitFor();
    const after = await queueState(page);
    expect(after.map((i) => i.decision)).toEqual(['accepted', 'accepted', 'waiting', ...before.slice(3).map(() => 'waiting')]);
    expect(after[2]!.current).toBe(true);
    const statuses = await gql(`{ a: relation(id: "${after[0]!.id}") { status } b: relation(id: "${after[1]!.id}") { status } c: relation(id: "${after[2]!.id}") { status } }`);
    expect(statuses).toEqual({ a: { status: 'reviewed' }, b: { status: 'reviewed' }, c: { status: 'extracted' } });
    // e edits the current candidate (a hedge), saved while it keeps waiting; u takes the edit back.
    const hedgeOf = async () => (await gql(`{ relation(id: "${after[2]!.id}") { status hedge } }`)).relation;
    const original = (await hedgeOf()).hedge;
    const hedge = original === 'disputed' ? 'planned' : 'disputed';
    await page.keyboard.press('e');
    const edit = review.getByRole('form', { name: 'Edit the candidate' });
    await edit.getByLabel('Hedge').selectOption(hedge);
    await edit.getByRole('button', { name: 'Save, keep waiting' }).click();
    await review.locator('.review-item.current .badge.hedge', { hasText: hedge }).waitFor();
    expect(await hedgeOf()).toEqual({ status: 'extracted', hedge });
    await page.keyboard.press('u');
    await review.locator('.review-item.current .badge.hedge', { hasText: hedge }).waitFor({ state: 'detached' });
    expect(await hedgeOf()).toEqual({ status: 'extracted', hedge: original });

    // The open graph follows: the accepted relation is drawn as reviewed.
    await page.waitForFunction((id) => (globalThis as any).__corridor.graph.hasEdge(id) && (globalThis as any).__corridor.graph.getEdgeAttribute(id, 'status') === 'reviewed', after[0]!.id);

    // Merge the proposed corridor into the TITR, then accept the candidate that uses it.
    const proposed = review.getByRole('region', { name: 'Proposed entities' });
    await proposed.getByRole('button', { name: 'Merge Trans-Caspian Transport Corridor into…' }).click();
    await proposed.getByRole('searchbox', { name: 'Merge Trans-Caspian Transport Corridor into' }).fill('Trans-Caspian International');
    await proposed.getByRole('option', { name: /Trans-Caspian International Transport Route/ }).click();
    await proposed.getByRole('button', { name: 'Merge into Trans-Caspian International Transport Route' }).click();
    await proposed.locator('[data-entity="trans-caspian-transport-corridor"]').waitFor({ state: 'detached' });
    // The sentence also yields the corridor's route (China, Europe, the Caspian): pick the EU's support.
    const supports = review.locator('.review-item').filter({ has: page.locator('.review-reading', { hasText: /^European Union supports → Trans-Caspian International Transport Route/ }) });
    await supports.click();
    await page.keyboard.press('a');
    await review.getByText(/3 accepted/).waitFor();
    // Its name now leads to the TITR.
    expect((await gql('{ entity(id: "Trans-Caspian Transport Corridor") { id } }')).entity).toEqual({ id: 'titr' });

    await review.getByRole('button', { name: 'Close' }).click();
    await page.goto(`${suite.server.url}/?testhook=1&node=titr`);
    const details = page.getByRole('region', { name: 'Details' });
    const group = details.getByRole('group', { name: /^← supported by/ });
    const item = group.locator('li.relation', { hasText: 'European Union' });
    await item.waitFor();
    expect(await item.textContent()).toContain('stated by 1 source');
    expect(await item.locator('q').textContent()).toContain('The European Union supports the Trans-Caspian Transport Corridor');
    // The quote opens the source reader, which lists the relations resting on the quoted sentence.
    await item.locator('button.quote').click();
    const reader = page.getByRole('dialog', { name: 'Brussels steps up its Central Asia engagement' });
    const resting = reader.getByRole('region', { name: 'Relations resting on the sentence' });
    await resting.getByRole('heading', { name: /^Relations resting on this sentence \(\d+\)$/ }).waitFor();
    expect(await resting.textContent()).toContain('Trans-Caspian International Transport Route');
    await page.keyboard.press('Escape');

    // The source is still listed for review, with what waits.
    await page.getByRole('button', { name: 'Review…' }).click();
    const picker = page.getByRole('dialog', { name: 'Review a source' });
    expect(await picker.getByRole('listitem').filter({ hasText: 'Brussels steps up' }).textContent()).toContain(`${candidates - 3} waiting`);
    await picker.getByRole('button', { name: 'Brussels steps up its Central Asia engagement' }).click();
    // Reviewed later: the queue holds what still waits; the candidates' quotes are marked in the text.
    await review.waitFor();
    await review.getByText(`${candidates - 3} waiting, 0 accepted, 0 rejected`).waitFor();
    expect(await review.locator('.review-text .cand-quote').count()).toBeGreaterThan(0);
    // Accept all matching: counted first, accepted only on confirmation.
    await review.getByText('Accept all matching…').click();
    await review.getByLabel('Confidence at least').fill('0');
    await review.getByRole('button', { name: 'Count matching' }).click();
    await review.getByText(new RegExp(`^${candidates - 3} waiting candidates? match\\. Accept them all\\?$`)).waitFor();
    expect((await gql('{ source(id: "brussels-steps-up-its-central-asia-engagement") { pendingCount } }')).source.pendingCount).toBe(candidates - 3);
    await review.getByRole('button', { name: new RegExp(`^Accept ${candidates - 3} matching candidates?$`) }).click();
    await review.getByText(`0 waiting, ${candidates - 3} accepted, 0 rejected`).waitFor();
    expect((await gql('{ source(id: "brussels-steps-up-its-central-asia-engagement") { pendingCount } }')).source.pendingCount).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses bad input next to the field: empty text, a bad date, a source already there (with a link to it)', async () => {
    const { page } = await openExplorer(suite.browser, suite.server.url);
    await signIn(page);
    await page.getByRole('button', { name: 'Add source' }).click();
    const add = page.getByRole('dialog', { name: 'Add source' });
    await add.getByRole('button', { name: 'Preview' }).click();
    const text = add.getByLabel('Text');
    await page.waitForFunction(() => document.querySelector('.add-source textarea')?.getAttribute('aria-invalid') === 'true');
    expect(await add.locator('#' + (await text.getAttribute('id')) + '-error').textContent()).toMatch(/empty/i);

    await text.fill('Kazakhstan trades with Uzbekistan. The European Union supports Central Asia.');
    await add.getByLabel('Published').fill('2025-13-45');
    await add.getByRole('button', { name: 'Preview' }).click();
    await page.waitForFunction(() => document.querySelector('.add-source input[placeholder="YYYY-MM-DD"]')?.getAttribute('aria-invalid') === 'true');
    expect(await text.getAttribute('aria-invalid')).toBeNull();

    const summit = (await gql('{ source(id: "eu-central-asia-summit-2024") { text } }')).source.text;
    await add.getByLabel('Published').fill('');
    await text.fill(summit);
    await add.getByRole('button', { name: 'Preview' }).click();
    const open = add.getByRole('button', { name: 'Open “eu-central-asia-summit-2024”' });
    await open.click();
    await page.getByRole('dialog', { name: /key partner in Central Asia/ }).locator('.source-text').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('corridor.token'))).toBe(EDITOR_TOKEN);
    await page.close();
  });

  it('offers to re-point the identical mentions of a re-pointed end, unchecked with their count, and re-points them only when ticked', async () => {
    // "Europe" is linked to the EU (the text names the EU) where it means the continent, three times.
    const title = 'Central Asian exports find their way west';
    const text = `${title}\n\nThe European Union supports Kyrgyzstan. Kazakhstan exports oil to Europe. Uzbekistan exports cotton to Europe. Turkmenistan sells gas to Europe. Tajikistan exports aluminium to the European Union.\n`;
    await gql('mutation { createEntity(input: { id: "europe", kind: "Region", label: "Europe", description: "The continent." }) { id } }', {}, EDITOR_TOKEN);
    const ingested = await gql('mutation($text: String!, $title: String) { ingestSource(input: { text: $text, title: $title }) { candidates { id from } } }', { text, title }, EDITOR_TOKEN);
    const idOf = (from: string) => ingested.ingestSource.candidates.find((c: { from: string }) => c.from === from).id as string;
    const objects = async () => {
      const data = await gql(`{ ${['kazakhstan', 'uzbekistan', 'turkmenistan', 'tajikistan'].map((c) => `${c}: relation(id: "${idOf(c)}") { toId }`).join(' ')} }`);
      return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, (v as { toId: string }).toId]));
    };
    const eu = { kazakhstan: 'european-union', uzbekistan: 'european-union', turkmenistan: 'european-union', tajikistan: 'european-union' };

    const { page, errors } = await openExplorer(suite.browser, suite.server.url);
    await signIn(page);
    await page.getByRole('button', { name: 'Review…' }).click();
    await page.getByRole('dialog', { name: 'Review a source' }).getByRole('button', { name: title }).click();
    const review = page.getByRole('dialog', { name: `Review: ${title}` });
    await review.locator('.review-item').first().waitFor();
    const reading = (from: string) => review.locator('.review-item .review-reading', { hasText: new RegExp(`^${from} exports to`) });
    const edit = review.getByRole('form', { name: 'Edit the candidate' });
    const option = edit.getByLabel('Also re-point the other candidates of this source where “Europe” was linked to European Union (2)');
    const repointToEurope = async () => {
      await reading('Kazakhstan').click();
      await page.keyboard.press('e');
      // No offer before an end is re-pointed.
      expect(await edit.locator('.identical-option input').count()).toBe(0);
      await edit.getByRole('searchbox', { name: 'To (object)' }).fill('Europe');
      await edit.locator('.suggestion', { has: page.locator('.suggestion-label', { hasText: /^Europe$/ }) }).click();
      await option.waitFor();
      expect(await option.isChecked()).toBe(false);
    };

    // Ticked: Kazakhstan's, Uzbekistan's and Turkmenistan's "Europe" go to the continent; "the European Union" stays.
    await repointToEurope();
    await option.check();
    await edit.getByRole('button', { name: 'Save, keep waiting' }).click();
    await reading('Uzbekistan').filter({ hasText: /→ Europe$/ }).waitFor();
    expect(await objects()).toEqual({ kazakhstan: 'europe', uzbekistan: 'europe', turkmenistan: 'europe', tajikistan: 'european-union' });
    expect(await review.getByText(/waiting, 0 accepted/).textContent()).toMatch(/^5 waiting/);
    // One undo takes the whole re-point back.
    await page.keyboard.press('u');
    await reading('Uzbekistan').filter({ hasText: /→ European Union$/ }).waitFor();
    expect(await objects()).toEqual(eu);

    // Not ticked: only the candidate edited.
    await repointToEurope();
    await edit.getByRole('button', { name: 'Save, keep waiting' }).click();
    await reading('Kazakhstan').filter({ hasText: /→ Europe$/ }).waitFor();
    expect(await objects()).toEqual({ ...eu, kazakhstan: 'europe' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
