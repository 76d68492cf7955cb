// The first search after open, in a process of its own as the app starts one: in the bench's
// process it waited on collections of the bench's own heap (the texts and imports measured
// before it), which the app does not have. Prints the figures as JSON.
import { timeFirstSearch } from './first-search';

async function main(): Promise<void> {
  const [library, searchWorkerFile] = process.argv.slice(2);
  if (!library || !searchWorkerFile) throw new Error('usage: first-search-process LIBRARY SEARCH_WORKER');
  process.stdout.write(JSON.stringify(await timeFirstSearch(library, searchWorkerFile)));
}

void main();
