/** What `jobs wait --until` accepts. */
export type JobGoal = 'finished' | 'running';

export const jobGoals: readonly JobGoal[] = ['finished', 'running'];
