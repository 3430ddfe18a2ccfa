import { appendFileSync } from 'node:fs';
import { CASES } from './publicApi.cases';
import { callOf, probesOf, publicCallables, snapshot, violationOf, nonFinite } from './publicApiProbe';
const [, , out, startCase, startProbe] = process.argv;
const callables = publicCallables();
const entries = Object.entries(CASES).filter(([n, c]) => callables.has(n) && c.kind !== 'async' && c.kind !== 'error');
const missing = [...callables.keys()].filter((n) => !(n in CASES));
if (Number(startCase) === 0 && Number(startProbe) === 0) appendFileSync(out!, `MISSING ${missing.join(' ')}\n`);
for (let ci = Number(startCase); ci < entries.length; ci++) {
  const [name, c] = entries[ci]!;
  const fn = callOf(name, callables.get(name)!);
  let probes;
  try { probes = probesOf(c.args, c.fixed ?? [], c.kind); } catch (e) { appendFileSync(out!, `V ${name} valid-args: ${e}\n`); continue; }
  if (ci === Number(startCase) && Number(startProbe) === 0 || ci > Number(startCase)) {
    try { const r = fn(...c.args()); const bad = c.kind === 'kernel' ? [] : nonFinite(r); if (bad.length) appendFileSync(out!, `V ${name} valid call: ${bad}\n`); }
    catch (e) { appendFileSync(out!, `V ${name} valid call throws: ${(e as Error).message}\n`); }
  }
  for (let pi = ci === Number(startCase) ? Number(startProbe) : 0; pi < probes.length; pi++) {
    const probe = probes[pi]!;
    appendFileSync(out!, `S ${ci} ${pi} ${name} ${probe.what}\n`);
    const before = JSON.stringify(snapshot(probe.args));
    const v = violationOf(name, c.kind, () => fn(...probe.args));
    if (v) appendFileSync(out!, `V ${name} ${probe.what}: ${v.slice(0, 300)}\n`);
    else if (JSON.stringify(snapshot(probe.args)) !== before) appendFileSync(out!, `V ${name} ${probe.what}: input mutated\n`);
  }
}
appendFileSync(out!, 'DONE\n');
