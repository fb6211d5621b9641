// Child process of the build (src/seo/card-process.ts): draws every sharing card of the content
// under the given root into the card cache and prints where each goes, as JSON, on stdout.
import { loadContentModel } from '../glossary/model';
import { drawCards } from './write-cards';
import { cardSelection } from '../integrations/build-parts';
import { keepAllCacheEntries } from '../markdown/disk-cache';

// The build reads the same cache while this runs: never prune its entries.
keepAllCacheEntries();
// A build that dies without running its exit handlers (out of memory, SIGKILL) must not leave this drawing on.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 500).unref();
const root = process.argv[2] ?? '.';
const model = loadContentModel(root);
// In a sharded build (GLOSSARY_SHARD, inherited from the build), only that build's cards.
const drawn = await drawCards(model.index, cardSelection(model));
process.stdout.write(JSON.stringify(drawn));
