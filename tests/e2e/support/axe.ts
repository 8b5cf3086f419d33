/**
 * Accessibility check for any spec: axe-core (all its rules) on what the page shows now; the test fails on
 * every serious or critical violation, naming the rule, its help text and the elements at fault.
 *
 *   await expectNoSeriousViolations(page, 'Instytucje – lista');
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const BLOCKING = new Set(['serious', 'critical']);

export async function expectNoSeriousViolations(page: Page, screen: string, options: { exclude?: string[] } = {}): Promise<void> {
  // A menu still fading out after a choice reads as faint text to axe: let finite transitions end first
  // (endless ones, like a progress bar, are left running).
  // (A string: this file is type-checked for Node, without the DOM's types.)
  await page.evaluate(
    'Promise.all(document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime))).map((a) => a.finished.catch(() => undefined)))',
  );
  let builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const problems = results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`);
      return `${violation.id} [${violation.impact}] ${violation.help}: ${nodes.join('; ')}`;
    });
  expect(problems, `axe-core on „${screen}”`).toEqual([]);
}
