import { test, expect, content, openApp } from './fixtures';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await openApp(page, '/en/contact');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: content('en', 'site.json').skip_link });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'contact.json').heading);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});
