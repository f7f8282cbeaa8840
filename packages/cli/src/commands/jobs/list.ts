import { paginateListRayJob, type RayJobSummary } from '@emr-ray/client';
import type { Command } from '../../Command';
import { formatTable } from '../../output/formatTable';
import { formatTimestamp } from '../../output/formatTimestamp';
import { redactOutput } from '../../output/redactOutput';

export const command: Command = {
  name: 'jobs list',
  summary: 'List the jobs of the workspace.',
  details: `Reads every page of ListRayJob (or the first --max-items jobs).

--output json: {"jobs": [<RayJobSummary>, ...], "totalCount": <number, as the API reports it>}

Example:
  emr-ray jobs list --name nightly-train --output json`,
  args: [],
  options: {
    name: { type: 'string', valueName: '<name>', description: 'Only jobs with this name (exact match).' },
    'max-items': { type: 'string', valueName: '<n>', description: 'List at most this many jobs.' },
    'page-size': { type: 'string', valueName: '<n>', description: 'Jobs per API call. Default 20.' },
  },
  async run(context) {
    const maxItems = context.integer('max-items', { min: 1 });
    const pageSize = context.integer('page-size', { min: 1, max: 100 });
    const name = context.string('name');
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const jobs: RayJobSummary[] = [];
    let totalCount: number | undefined;
    const params = {
      workspaceId,
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(name === undefined ? {} : { name }),
    };
    pages: for await (const page of paginateListRayJob(client, params, { signal: context.signal })) {
      totalCount ??= page.totalCount;
      for (const job of page.rayJobs ?? []) {
        if (maxItems !== undefined && jobs.length >= maxItems) break pages;
        jobs.push(job);
      }
    }
    const shown = redactOutput(jobs, context.settings.showSecrets);
    context.print({ jobs: shown, totalCount: totalCount ?? shown.length }, () =>
      shown.length === 0
        ? 'No jobs.'
        : formatTable(
            ['Job ID', 'Name', 'Status', 'Submitted', 'Ended'],
            shown.map((j) => [
              j.submissionId,
              j.name,
              j.status,
              formatTimestamp(j.submitTime),
              formatTimestamp(j.endTime),
            ]),
          ),
    );
  },
};
