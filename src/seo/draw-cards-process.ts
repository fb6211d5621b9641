// Child process of the build (src/seo/card-process.ts): draws every sharing card of the content
// under the given root into the card cache and prints where each goes, as JSON, on stdout.
import { loadContentModel } from '../glossary/model';
import { drawCards } from './write-cards';

const root = process.argv[2] ?? '.';
const drawn = await drawCards(loadContentModel(root).index);
process.stdout.write(JSON.stringify(drawn));
