// PLACEHOLDER owned by the visitor-model work (issue 3): replaced by the real part runner.
import type { PartRunner } from '../partRunner.js';
export const visitorPartRunner: PartRunner = {
  key: 'visitors',
  title: { ja: '来庁者・窓口', en: 'Visitors and counters' },
  async run() {
    throw new Error('the visitor model is not built yet');
  },
  render: () => '',
};
