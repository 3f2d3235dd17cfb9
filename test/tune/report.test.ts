import { describe, expect, it } from 'vitest';
import { bestValueChart, bestValueHistory, importanceTable, trialsTable } from '../../shared/tune/report.js';
import { createStudy, type Study } from '../../shared/tune/study.js';

function study(): Study {
  const s = createStudy({
    space: {
      lr: { loguniform: [1e-4, 1] },
      model: ['linear', 'mlp'],
      hidden: { choice: [[32], [64, 32]], when: { model: 'mlp' } },
    },
    sampler: { name: 'random' },
    seed: 1,
    maxTrials: 5,
    metric: 'val_loss',
  });
  s.trials = [
    { number: 0, state: 'failed', params: { lr: 0.1, model: 'linear' }, intermediate: [], error: 'bad | pipe' },
    {
      number: 1,
      state: 'complete',
      params: { lr: 0.01, model: 'mlp', hidden: [64, 32] },
      value: 0.5,
      intermediate: [],
    },
    { number: 2, state: 'pruned', params: { lr: 0.001, model: 'linear' }, value: 0.9, prunedAt: 4, intermediate: [] },
    { number: 3, state: 'complete', params: { lr: 0.02, model: 'linear' }, value: 0.3125, intermediate: [] },
    { number: 4, state: 'complete', params: { lr: 0.5, model: 'linear' }, value: 0.7, intermediate: [] },
  ];
  return s;
}

describe('tune report', () => {
  it('tables trials best first with pruned and failed ones after, escaped', () => {
    const lines = trialsTable(study()).split('\n');
    expect(lines[0]).toBe('| trial | state | val_loss | lr | model | hidden | note |');
    expect(lines[2]).toBe('| 3 | complete | 0.3125 | 0.02 | linear | | |');
    expect(lines[3]).toBe('| 1 | complete | 0.5 | 0.01 | mlp | [64,32] | |');
    expect(lines[5]).toBe('| 2 | pruned | 0.9 | 0.001 | linear | | pruned at epoch 4 |');
    expect(lines[6]).toBe('| 0 | failed | | 0.1 | linear | | bad \\| pipe |');
    expect(trialsTable(study(), { limit: 2 })).toMatch(/\n\n3 more trials are in the trials file\.$/);
  });

  it('charts the best value so far as a Mermaid xychart', () => {
    expect(bestValueHistory(study())).toEqual([
      [1, 0.5],
      [2, 0.5],
      [3, 0.3125],
      [4, 0.3125],
    ]);
    expect(bestValueChart(study())).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Best val_loss over trials (lower is better)"',
        '  x-axis "trial" [1, 2, 3, 4]',
        '  y-axis "val_loss" 0.3125 --> 0.5',
        '  line [0.5, 0.5, 0.3125, 0.3125]',
        '```',
      ].join('\n'),
    );
    const empty = study();
    empty.trials = empty.trials.filter((t) => t.state !== 'complete');
    expect(bestValueChart(empty)).toBe('');
  });

  it('tables importances', () => {
    const text = importanceTable({
      importances: [
        { name: 'lr', importance: 0.8 },
        { name: 'model', importance: 0.2 },
      ],
      unrated: ['hidden'],
      trials: 40,
    });
    expect(text).toContain('| lr | 0.8 | ████████████████ |');
    expect(text).toContain('PED-ANOVA over 40 complete trials');
    expect(text).toContain('Not rated (conditional or single-valued): hidden.');
  });
});
