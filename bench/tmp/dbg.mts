// Search scores for a query. Args: query [limit]
import { loadBundled } from '../../test/dialogues/run.ts';
const { ctx } = await loadBundled();
const r = ctx.search.search(process.argv[2] ?? '', Number(process.argv[3] ?? 6));
console.log('clear', r.clear);
for (const h of r.hits) console.log(h.score.toFixed(4), h.id);
