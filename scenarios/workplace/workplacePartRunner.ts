// PLACEHOLDER owned by the workplace-model work (issue 4): replaced by the real part runner.
import type { PartRunner } from '../partRunner.js';
export const workplacePartRunner: PartRunner = {
  key: 'workplace',
  title: { ja: '執務空間', en: 'Workplace' },
  async run() {
    throw new Error('the workplace model is not built yet');
  },
  render: () => '',
};
