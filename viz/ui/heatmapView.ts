/**
 * The floor plan as a heatmap of zone occupancy over the day, with a time slider in 15-minute
 * steps and the walking routes from the entrance; the table beneath holds every interval.
 */
import type { ScenarioRunPart } from '../../engine/results/index.js';
import { planChart } from '../charts/index.js';
import { planData } from '../report/chartData.js';
import type { App } from './app.js';
import { asForm, el, on, type ElementLike } from './dom.js';
import { mountChart, tableDetails } from './figureView.js';
import {
  heatmapData,
  heatmapTable,
  heatmapTips,
  intervalAt,
  occupancyDomain,
  retipZones,
  shareText,
  sliderMaxMin,
  zoneSeries,
} from './zoneOccupancy.js';

const SLIDER_STEP_MIN = 15;

/** null when the run has no plan drawing (or no visitors). */
export function heatmapFigure(
  app: App,
  run: ScenarioRunPart,
  departments: Record<string, string>,
  idPrefix: string,
  widthPx: number,
): ElementLike | null {
  const drawing = run.planDrawing;
  const v = run.visitors;
  if (!drawing || !v) return null;
  const words = app.ui.results.heatmap;
  const r = app.msg.report;
  const base = planData(drawing, run, r, app.lang);
  const series = zoneSeries(run, departments);
  const domain = occupancyDomain(series);
  const starts = v.byInterval.map((b) => b.start);
  const intervalMin = v.day.intervalMin;
  const id = `${idPrefix}-plan`;
  // Start at the busiest interval of the waiting area: the picture a planner looks for first.
  const waiting = v.byInterval.map((b) => b.waitingPersonsMean.mean ?? 0);
  const peak = waiting.indexOf(Math.max(...waiting));
  const slider = asForm(
    el('input', {
      type: 'range',
      id: `${id}-time`,
      min: 0,
      max: sliderMaxMin(starts.length, intervalMin),
      step: SLIDER_STEP_MIN,
      'aria-describedby': `${id}-time-text`,
    }),
  );
  slider.value = String(Math.max(0, peak) * intervalMin);
  const timeText = el('output', { id: `${id}-time-text`, for: slider.id, class: 'time' });
  const holder = el('div', { class: 'chart-holder' });
  const draw = () => {
    const k = intervalAt(Number(slider.value), intervalMin, starts.length);
    const time = starts[k] ?? '';
    const chart = planChart(heatmapData(base, series, k, domain, words), {
      id,
      title: `${words.title} — ${words.at(time)}`,
      desc: words.desc,
      widthPx,
      formatValue: (x) => shareText(x),
    });
    const svg = retipZones(chart.svg, heatmapTips(base, series, k, time, words));
    const mounted = mountChart(holder, { svg, table: chart.table });
    mounted.setAttribute('data-interval', String(k));
    timeText.textContent = words.at(time);
    slider.setAttribute('aria-valuetext', time);
  };
  on(slider, 'input', draw);
  draw();
  const table = heatmapTable(base, series, starts, words.title);
  return el(
    'figure',
    { class: 'chart heatmap', 'data-chart': id },
    el('div', { class: 'slider-row' }, el('label', { for: slider.id }, words.slider), slider, timeText),
    holder,
    tableDetails(app, id, table),
  );
}
