/**
 * What a city study runs, read and checked before anything is simulated: the study file's
 * `cityStudy` block, the ward facts it names, the wards asked for (`--wards`) and every option's
 * scenario, resolved against the study file.
 */
import { InputError, type InputIssue } from '../../../engine/inputError.js';
import type { ResolvedScenario } from '../../load/resolveScenario.js';
import { resolveScenario } from '../../load/resolveScenario.js';
import type { ScenarioResolver } from '../../load/resolver.js';
import type { CityStudyBlock, CityStudyOption } from './cityStudyBlock.js';
import { loadWardFacts, type WardFact, type WardFacts } from './wardFacts.js';

export interface CityStudyWardInput {
  fact: WardFact;
  options: { option: CityStudyOption; resolved: ResolvedScenario }[];
}

export interface CityStudyInputs {
  block: CityStudyBlock;
  facts: WardFacts;
  wards: CityStudyWardInput[];
}

/** The block's own rules: wards known to the facts, used once; option ids once per ward. */
function blockIssues(block: CityStudyBlock, facts: WardFacts): InputIssue[] {
  const issues: InputIssue[] = [];
  const known = new Set(facts.wards.map((w) => w.id));
  const seen = new Set<string>();
  block.wards.forEach((w, i) => {
    const at = `cityStudy.wards[${i}]`;
    if (!known.has(w.id))
      issues.push({
        path: `${at}.id`,
        message: `expected a ward of the facts file (${[...known].join(', ')}), got ${JSON.stringify(w.id)}`,
      });
    if (seen.has(w.id))
      issues.push({ path: `${at}.id`, message: `expected each ward once, got ${JSON.stringify(w.id)} again` });
    seen.add(w.id);
    const ids = new Set<string>();
    w.options.forEach((o, j) => {
      if (ids.has(o.id))
        issues.push({
          path: `${at}.options[${j}].id`,
          message: `expected each option of a ward once, got ${JSON.stringify(o.id)} again`,
        });
      ids.add(o.id);
    });
  });
  return issues;
}

export async function cityStudyInputs(
  study: ResolvedScenario,
  resolver: ScenarioResolver,
  wards?: readonly string[],
): Promise<CityStudyInputs> {
  const block = study.scenario.cityStudy;
  if (block === undefined) {
    throw new InputError(
      [
        {
          path: 'cityStudy',
          message: 'expected a study file with a cityStudy block (wards × options), got a scenario without one',
        },
      ],
      'WSM_PART_MISSING',
    );
  }
  const { facts } = await loadWardFacts(block.facts, resolver, study.uri);
  const issues = blockIssues(block, facts);
  if (issues.length > 0) throw new InputError(issues, 'WSM_STUDY_INVALID');
  const listed = block.wards.map((w) => w.id);
  const unknown = (wards ?? []).filter((w) => !listed.includes(w));
  if (unknown.length > 0)
    throw new InputError(
      [
        {
          path: '--wards',
          message:
            `expected wards of the study (${listed.join(', ')}), got ` +
            `${unknown.map((w) => JSON.stringify(w)).join(', ')}`,
        },
      ],
      'WSM_FLAG_INVALID',
    );

  const out: CityStudyWardInput[] = [];
  for (const [i, w] of block.wards.entries()) {
    if (wards !== undefined && !wards.includes(w.id)) continue;
    const fact = facts.wards.find((f) => f.id === w.id) as WardFact;
    const options = [];
    for (const [j, option] of w.options.entries()) {
      const resolved = await resolveScenario(option.scenario, resolver, study.uri);
      if (resolved.scenario.visitors === undefined || resolved.scenario.workplace === undefined) {
        throw new InputError(
          [
            {
              path: `cityStudy.wards[${i}].options[${j}].scenario`,
              message:
                `expected a scenario with visitors and workplace parts, got ` +
                `${JSON.stringify(option.scenario)} without one`,
            },
          ],
          'WSM_STUDY_INVALID',
        );
      }
      options.push({ option, resolved });
    }
    out.push({ fact, options });
  }
  return { block, facts, wards: out };
}
