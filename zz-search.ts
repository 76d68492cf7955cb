import { LibraryService } from './src/main/service';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const s = await LibraryService.open({ dir: '/tmp/lib20k', workerFile: null, readOnly: true, imageUrl: (i) => i, emit: () => undefined });
const qs = process.argv.slice(2);
const run = async (q: string) => { const t = performance.now(); const r = await s.search({ query: q, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 50 }); return [performance.now() - t, r.total] as const; };
for (const q of qs) { for (let i = 0; i < 5; i++) await run(q); const ts = []; let total = 0; for (let i = 0; i < 15; i++) { const [t, n] = await run(q); ts.push(t); total = n; } ts.sort((a, b) => a - b); console.log(q, 'hits', total, 'p50', ts[7]?.toFixed(2), 'max', ts[14]?.toFixed(2)); }
const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
for (let i = 0; i < 20; i++) for (const q of qs) await run(q);
const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/search.cpuprofile', JSON.stringify(profile));
await s.close();
