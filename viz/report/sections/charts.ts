/**
 * The charts of every option: wait by hour (fan chart), people in the waiting area, staff required
 * vs scheduled, service level per interval, the floor plan with m² surplus or deficit and the
 * walks in, desks vs shortage probability per zone, units vs blocking per space; the telework
 * sweep when the bundle has one. An option whose part equals an earlier option's (identical
 * inputs give identical results) points to it instead of repeating its charts.
 */
import {
  reportOptions,
  type ReportBundle,
  type ReportContext,
  type ScenarioRunPart,
} from '../../../engine/results/index.js';
import {
  blockingCurveChart,
  fanChart,
  occupancyChart,
  planChart,
  renderSvg,
  serviceLevelChart,
  shortageCurveChart,
  staffingChart,
  teleworkSweepChart,
  type Chart,
  type ChartOptions,
} from '../../charts/index.js';
import { messages, nameIn } from '../../i18n/index.js';
import {
  blockingData,
  fanData,
  occupancyData,
  planData,
  serviceLevelData,
  shortageData,
  staffingData,
  teleworkData,
} from '../chartData.js';
import { el, join, raw, type Html } from '../html.js';
import { optionNames } from '../optionNames.js';
import type { ReportTable } from '../reportTable.js';
import { figure } from './figure.js';

export function chartsSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const lang = ctx.lang;
  const m = messages(lang);
  const r = m.report;
  const ja = lang === 'ja';
  const minutes = ja ? ' 分' : ' min';
  const people = ja ? ' 人' : '';
  const options = reportOptions(bundle);
  const names = optionNames(bundle, lang);
  const tables: ReportTable[] = [];
  const figures: Html[] = [];

  const draw = (
    id: string,
    make: (o: ChartOptions) => Chart,
    title: string,
    desc: string,
    extra: Partial<ChartOptions> = {},
  ): Html => {
    const chart = make({ id, title, desc, widthPx: 860, ...extra });
    const table: ReportTable = { id, caption: chart.table.caption, header: chart.table.header, rows: chart.table.rows };
    tables.push(table);
    return figure(id, raw(renderSvg(chart.svg)), table, r.table);
  };
  const firstEqual = (i: number, part: (o: ScenarioRunPart) => unknown) => {
    const text = JSON.stringify(part(options[i]));
    return options.findIndex((o, j) => j < i && JSON.stringify(part(o)) === text);
  };

  options.forEach((o, i) => {
    const out: Html[] = [el('h3', {}, r.chartsFor(names[i]))];
    const v = o.visitors;
    if (v) {
      const same = firstEqual(i, (x) => x.visitors);
      if (same >= 0) out.push(el('p', { class: 'note' }, `${m.visitors.title}: ${r.sameAs(names[same])}`));
      else {
        out.push(
          draw(`chart-fan-${i}`, (c) => fanChart(fanData(v, r), c), r.fan.title, r.fan.desc, { unitSuffix: minutes }),
        );
        out.push(
          draw(
            `chart-occupancy-${i}`,
            (c) => occupancyChart(occupancyData(o, v, r), c),
            r.occupancy.title,
            r.occupancy.desc,
            { unitSuffix: people },
          ),
        );
        const plan = bundle.staffing.find((p) => p.scenario.inputHash === o.scenario.inputHash);
        const staffing = plan ? staffingData(plan, v, r, lang) : null;
        if (staffing)
          out.push(
            draw(`chart-staffing-${i}`, (c) => staffingChart(staffing, c), r.staffing.title, r.staffing.desc, {
              unitSuffix: people,
            }),
          );
        out.push(
          draw(
            `chart-service-${i}`,
            (c) => serviceLevelChart(serviceLevelData(v, r), c),
            r.serviceLevel.title,
            r.serviceLevel.desc,
          ),
        );
      }
    }
    if (o.planDrawing) {
      const drawing = o.planDrawing;
      out.push(
        draw(`chart-plan-${i}`, (c) => planChart(planData(drawing, o, r, lang), c), r.plan.title, r.plan.desc, {
          unitSuffix: ' m²',
        }),
      );
    }
    const w = o.workplace;
    if (w) {
      const same = firstEqual(i, (x) => x.workplace);
      if (same >= 0) out.push(el('p', { class: 'note' }, `${m.workplace.title}: ${r.sameAs(names[same])}`));
      else {
        w.zones.forEach((z, k) => {
          out.push(
            draw(
              `chart-desks-${i}-${k}`,
              (c) => shortageCurveChart(shortageData(z, w.needed.alpha, r), c),
              r.desks.title(nameIn(lang, z)),
              r.desks.desc,
              { heightPx: 260 },
            ),
          );
        });
        w.spaces.forEach((s, k) => {
          out.push(
            draw(
              `chart-blocking-${i}-${k}`,
              (c) => blockingCurveChart(blockingData(s, w.needed.beta, r), c),
              r.blocking.title(nameIn(lang, s)),
              r.blocking.desc,
              { heightPx: 260 },
            ),
          );
        });
      }
    }
    figures.push(el('div', { class: 'option-charts', 'data-option': i }, out));
  });

  const telework = bundle.sizing ? teleworkData(bundle.sizing, r, lang) : null;
  if (telework)
    figures.push(
      draw('chart-telework', (c) => teleworkSweepChart(telework, c), r.telework.title, r.telework.desc, {
        formatX: (x) => `${Math.round(100 * x)}%`,
      }),
    );

  return {
    html: el('section', { id: 'charts', class: 'report-section' }, el('h2', {}, r.sections.charts), join(figures)),
    tables,
  };
}
