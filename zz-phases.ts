import { LibraryService } from './src/main/service';
const s = await LibraryService.open({ dir: '/tmp/lib20k', workerFile: null, readOnly: true, imageUrl: (i) => i, emit: () => undefined });
for (const q of process.argv.slice(2)) {
  const acc = [0, 0, 0, 0, 0];
  for (let i = 0; i < 30; i++) { await s.search({ query: q, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 50 }); if (i >= 10) { const p = (globalThis as any).__phases; for (let k = 0; k < 4; k++) acc[k] += p[k] / 20; acc[4] += (globalThis as any).__eval / 20; } }
  console.log(q, 'parse', acc[0].toFixed(2), 'eval', acc[4].toFixed(2), 'filter+topk', (acc[1] - acc[4]).toFixed(2), 'rows', acc[2].toFixed(2), 'snippets', acc[3].toFixed(2));
}
await s.close();
