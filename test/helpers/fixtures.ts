import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Table = Record<string, [number, number][]>;
export interface KernelFixture {
  id: string;
  f: Table;
  df?: Table;
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'kernel');

/** Reference values written by test/fixtures/kernel/runner.py. */
export function loadKernelFixture(id: string): KernelFixture {
  return JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as KernelFixture;
}

export function kernelFixtureIds(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}
