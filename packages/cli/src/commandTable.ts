import type { Command } from './Command';

/** A command as the entry point knows it before loading it. */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export interface CommandGroup {
  summary: string;
  commands: Readonly<Record<string, CommandEntry>>;
}

// Every command module is imported only when its command runs, so `--version` and `--help` load none of them
// (nor the client, the waiters or yaml that they import).
export const commandTable: Readonly<Record<string, CommandGroup>> = {
  clusters: {
    summary: 'Create, inspect, change, start, stop, delete and wait for Ray clusters.',
    commands: {
      list: {
        summary: 'List the clusters of the workspace.',
        load: () => import('./commands/clusters/list').then((m) => m.command),
      },
      get: {
        summary: 'Show one cluster: state, nodes and endpoints.',
        load: () => import('./commands/clusters/get').then((m) => m.command),
      },
      create: {
        summary: 'Create a cluster from a file and/or flags; --wait until it is Running.',
        load: () => import('./commands/clusters/create').then((m) => m.command),
      },
      update: {
        summary: 'Change the configuration of a cluster.',
        load: () => import('./commands/clusters/update').then((m) => m.command),
      },
      start: {
        summary: 'Start a stopped cluster; --wait until it is Running.',
        load: () => import('./commands/clusters/start').then((m) => m.command),
      },
      stop: {
        summary: 'Stop a cluster; --wait until it is Stopped.',
        load: () => import('./commands/clusters/stop').then((m) => m.command),
      },
      delete: {
        summary: 'Delete a cluster; --wait until it is gone.',
        load: () => import('./commands/clusters/delete').then((m) => m.command),
      },
      wait: {
        summary: 'Wait until a cluster is running, stopped or deleted.',
        load: () => import('./commands/clusters/wait').then((m) => m.command),
      },
    },
  },
  jobs: {
    summary: 'Submit, inspect, cancel and wait for Ray jobs, and find their logs.',
    commands: {
      submit: {
        summary: 'Submit a job from a file and/or flags; --wait until it finishes.',
        load: () => import('./commands/jobs/submit').then((m) => m.command),
      },
      list: {
        summary: 'List the jobs of the workspace.',
        load: () => import('./commands/jobs/list').then((m) => m.command),
      },
      get: {
        summary: 'Show one job: status, times, resources and log location.',
        load: () => import('./commands/jobs/get').then((m) => m.command),
      },
      cancel: {
        summary: 'Cancel a job.',
        load: () => import('./commands/jobs/cancel').then((m) => m.command),
      },
      wait: {
        summary: 'Wait until a job is finished (Succeeded) or running.',
        load: () => import('./commands/jobs/wait').then((m) => m.command),
      },
      logs: {
        summary: "List a job's log files, or print the download URL of one (--file).",
        load: () => import('./commands/jobs/logs').then((m) => m.command),
      },
    },
  },
};
