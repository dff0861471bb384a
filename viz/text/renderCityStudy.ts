/**
 * `wardsim study` as text: the stamp, the city table (ward × option: m² needed ± CI, today's m²,
 * change, verdict 増・減・維持, service level, mean wait, desks per staff), the notes on the
 * verdict band and on wards whose seed figures do not add up, and, for every option that does not
 * move a KPI on its ward's baseline, the findings that say why.
 */
import type { CityStudyResult } from '../../engine/results/index.js';
import { cityMessages } from '../i18n/city.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { count, meanCi, pct, pctCi } from './format.js';
import { textTable } from './textTable.js';

const signedPct = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`);
/** m² ± CI with thousands separators. */
const areaCi = (e: { mean: number | null; ci95: number | null }) =>
  e.mean === null ? '—' : `${count(e.mean)} ± ${count(e.ci95 ?? 0)}`;

/** The provenance line (the same words as every other result's stamp). */
export function cityStamp(r: CityStudyResult, lang: Lang): string {
  const c = messages(lang).common;
  const rule = c.stoppedBy[r.stoppedBy] ?? r.stoppedBy;
  return c.stamp({
    engine: r.engineVersion,
    hash: r.inputHash,
    seed: String(r.seed),
    replications: r.replications,
    rule,
    ms: r.wallMs,
    workers: r.workers,
  });
}

export function cityTableRows(r: CityStudyResult, lang: Lang): string[][] {
  const t = cityMessages(lang);
  return r.wards.flatMap((w) =>
    w.options.map((o) => {
      const p = o.programme;
      return [
        nameIn(lang, w),
        nameIn(lang, o),
        areaCi(p.wardOfficeM2),
        count(p.today.wardOfficeM2),
        signedPct(p.change.share.mean),
        t.verdict[p.change.verdict],
        pctCi(o.kpis.serviceLevel, 1),
        meanCi(o.kpis.waitMeanMin, 1),
        `${o.desks.desks} (${o.desks.perStaff.toFixed(2)})`,
      ];
    }),
  );
}

/** Every finding of the study as sentences, under its ward and option. */
export function findingLines(r: CityStudyResult, lang: Lang): string[] {
  const t = cityMessages(lang);
  const kpi = messages(lang).kpi;
  const kpiNames = (ids: string[]) => ids.map((id) => kpi[id] ?? id).join(lang === 'ja' ? '・' : ', ');
  const out: string[] = [];
  for (const w of r.wards) {
    for (const o of w.options) {
      if (o.findings.length === 0) continue;
      out.push(t.wardLine(nameIn(lang, w), nameIn(lang, o)));
      for (const f of o.findings) {
        const names = f.subjects.map((x) => nameIn(lang, x));
        out.push(`  - ${t.findingFor(kpiNames(f.kpis))}${t.findings[f.code](names, f.figures)}`);
      }
    }
  }
  return out;
}

export function renderCityStudy(r: CityStudyResult, lang: Lang): string {
  const t = cityMessages(lang);
  const options = r.wards.reduce((a, w) => a + w.options.length, 0);
  const band = r.wards[0]?.options[0]?.programme.change.bandShare ?? 0.05;
  const notAddingUp = r.wards.filter((w) => !w.facts.partsAddUp).map((w) => nameIn(lang, w));
  const findings = findingLines(r, lang);
  return [
    t.title(nameIn(lang, r.study)),
    cityStamp(r, lang),
    t.wardsOptions(r.wards.length, options),
    '',
    `== ${t.cityTableTitle} ==`,
    textTable(t.cityHeader, cityTableRows(r, lang)),
    '',
    t.verdictNote(pct(band)),
    ...(notAddingUp.length > 0 ? [t.dataNote(notAddingUp.join(lang === 'ja' ? '・' : ', '))] : []),
    messages(lang).common.ciNote,
    '',
    `== ${t.findingsTitle} ==`,
    ...(findings.length > 0 ? findings : [t.noFindings]),
  ].join('\n');
}
