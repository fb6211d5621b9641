import { expect, test } from 'vitest';
import { activations } from '../../src/kernel';
import { ACTIVATION_FAMILIES } from '../../src/kernel/families';

test('every kernel activation is in exactly one family, and every family member is a kernel activation', () => {
  const listed = ACTIVATION_FAMILIES.flatMap((f) => f.ids);
  expect([...listed].sort()).toEqual(Object.keys(activations).sort());
  expect(new Set(listed).size).toBe(listed.length);
});
