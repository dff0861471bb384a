/** English report words of concierge triage, incomplete and return visits, closed spans (guidance.ja.ts: same keys). */
export const guidanceEn = {
  reportGuidanceTitle: 'Guidance, incomplete visits and return visits (per reported day)',
  reportGuidanceHeader: [
    'option',
    'wrong counter first',
    'info asked at a counter',
    'answered by the concierge',
    'incomplete at the counter',
    'caught by the concierge',
    'return visits that day',
    'still due at the end',
  ],
  reportClosedTitle: 'Counters closed for a span (per day)',
  reportClosedHeader: ['option', 'counter', 'closed', 'visitors', 'sent to another counter', 'turned away'],
  closedRule: { wait: 'wait until it reopens', redirect: 'sent to', leave: 'turned away' } as Record<string, string>,
};

export type GuidanceMessages = typeof guidanceEn;
