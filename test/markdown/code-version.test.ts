import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { figureCodeVersion } from '../../src/markdown/code-version';

test('the body cache key covers the kernel and plot sources (it is not the hash of nothing)', () => {
  const empty = createHash('sha256').digest('hex').slice(0, 16);
  expect(figureCodeVersion()).toMatch(/^[0-9a-f]{16}$/);
  expect(figureCodeVersion()).not.toBe(empty);
  expect(figureCodeVersion()).toBe(figureCodeVersion());
});
