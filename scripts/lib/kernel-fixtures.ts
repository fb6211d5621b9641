import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Table = Record<string, [number, number][]>;
export interface KernelFixture {
  id: string;
  f: Table;
  df?: Table;
}

// Written by the committed mpmath runner (npm run fixtures:kernel); read by the accuracy test and the kernel benchmark.
const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'kernel');

/** Reference values written by test/fixtures/kernel/runner.py. */
export function loadKernelFixture(id: string): KernelFixture {
  return JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as KernelFixture;
}
