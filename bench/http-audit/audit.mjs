// Runs the graphql-http package's GraphQL-over-HTTP server audits against a running newsgraph and prints
// one line per audit and the counts per requirement level (MUST, SHOULD, MAY).
//
//   node bench/http-audit/audit.mjs http://localhost:8080/graphql [--min MUST=13,SHOULD=23,MAY=20] [--json]
//
// Exits 1 when a level passes fewer audits than --min asks (the default asks every MUST), 2 on bad usage.
import { serverAudits } from 'graphql-http';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
if (!url) {
  console.error('usage: node audit.mjs <graphql url> [--min MUST=13,SHOULD=23,MAY=20] [--json]');
  process.exit(2);
}
const minArg = args[args.indexOf('--min') + 1];
const minimum = { MUST: Infinity, SHOULD: 0, MAY: 0 };
if (args.includes('--min')) {
  for (const pair of minArg.split(',')) {
    const [level, count] = pair.split('=');
    minimum[level] = Number(count);
  }
}

const counts = { MUST: { ok: 0, all: 0 }, SHOULD: { ok: 0, all: 0 }, MAY: { ok: 0, all: 0 } };
const results = [];
for (const audit of serverAudits({ url })) {
  const level = audit.name.split(' ')[0];
  const result = await audit.fn();
  counts[level].all++;
  if (result.status === 'ok') {
    counts[level].ok++;
  }
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason });
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ counts, results }, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.status === 'ok' ? 'ok  ' : r.status.padEnd(6)} ${r.id} ${r.name}${r.reason ? ' -- ' + r.reason : ''}`);
  }
  console.log(Object.entries(counts).map(([level, c]) => `${level} ${c.ok}/${c.all}`).join(', '));
}
let failed = false;
for (const [level, c] of Object.entries(counts)) {
  if (c.ok < Math.min(minimum[level], c.all)) {
    console.error(`${level}: ${c.ok} of ${c.all} audits pass, at least ${Math.min(minimum[level], c.all)} required`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
