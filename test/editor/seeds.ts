import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/temp-project';
import { readInput } from '../../src/editor/formats';

/** The two documents this product started from, kept under their original names so tests run on a fresh clone. */
export const SEEDS = join(REPO, 'test', 'fixtures', 'seeds');
export const SEED_PAYLOAD = join(SEEDS, '000_a8b740480180555c.txt');
export const SEED_ARTICLE = join(SEEDS, '001_8a5f6068d85e1f5d.txt');

/** Seed 000's term record, as the payload reader reads it. */
export function readPayloadTerm() {
  const t = readInput(readFileSync(SEED_PAYLOAD, 'utf8')).terms[0];
  return {
    explanation: t.explanation ?? '',
    howItWorks: t.howItWorks ?? '',
    inChatbots: t.inPractice ?? '',
    faq: t.faq ?? [],
  };
}
