/** How many decimals each headline KPI is shown with (by its unit). */
import { kpiDefinition } from '../../engine/results/index.js';

export function kpiDigits(id: string): number {
  switch (kpiDefinition(id)?.unit) {
    case 'share':
      return 3;
    case 'count':
      return 2;
    case 'seats':
    case 'visitors':
      return 0;
    default:
      return 1;
  }
}
