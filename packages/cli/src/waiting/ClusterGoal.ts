/** What `clusters wait --until` accepts. */
export type ClusterGoal = 'running' | 'stopped' | 'deleted';

export const clusterGoals: readonly ClusterGoal[] = ['running', 'stopped', 'deleted'];
