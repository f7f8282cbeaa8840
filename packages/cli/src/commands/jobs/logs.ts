import { paginateListRayLogs, type RayLogObject } from '@emr-ray/client';
import type { Command } from '../../Command';
import { CliExitError } from '../../errors/CliExitError';
import { exitCodes } from '../../exitCodes';
import { formatTable } from '../../output/formatTable';
import { formatTimestamp } from '../../output/formatTimestamp';
import { redactOutput } from '../../output/redactOutput';

export const command: Command = {
  name: 'jobs logs',
  summary: "List a job's log files, or print the download URL of one (--file).",
  details: `Finds the job's log location (logBucketName and logPath of GetRayJob), then lists the files there
(ListRayLogs), or with --file prints the download URL of one file (GetRayLog). The URL's query is its credential:
it is redacted unless --show-secrets.

--output json: {"submissionId", "bucketName", "prefix", "files": [{"name", "path", "isDir", "size", "timeModified"}]}
with --file: {"submissionId", "bucketName", "path", "accessUrl"}

Examples:
  emr-ray jobs logs rj-k7nm8ahl5te4tg91
  curl -fsSL "$(emr-ray jobs logs rj-k7nm8ahl5te4tg91 --file job-driver.log --show-secrets)"`,
  args: [{ name: 'job-id', required: true }],
  options: {
    file: {
      type: 'string',
      short: 'f',
      valueName: '<path>',
      description: "A file's path as listed (or relative to the job's log folder): print its download URL.",
    },
  },
  async run(context) {
    const submissionId = context.args[0]!;
    const workspaceId = context.workspaceId();
    const client = await context.client();
    const job = await client.getRayJob({ workspaceId, submissionId }, { signal: context.signal });
    const bucketName = job.logBucketName;
    const prefix = job.logPath;
    if (!bucketName || !prefix) {
      throw new CliExitError(
        exitCodes.error,
        `job ${submissionId} has no log location yet (no logBucketName / logPath)`,
        {
          code: 'NoLogLocation',
        },
      );
    }
    const file = context.string('file');
    if (file !== undefined) {
      const path = file.startsWith(prefix)
        ? file
        : `${prefix.replace(/\/?$/, '/')}${file.replace(/^\/+/, '')}`;
      const response = await client.getRayLog(
        { workspaceId, instanceId: submissionId, bucketName, path },
        { signal: context.signal },
      );
      const accessUrl = response.data?.accessUrl;
      if (!accessUrl) {
        throw new CliExitError(
          exitCodes.error,
          `GetRayLog returned no accessUrl for ${path} (request id ${response.requestId})`,
          {
            code: 'NoAccessUrl',
          },
        );
      }
      const shown = redactOutput({ submissionId, bucketName, path, accessUrl }, context.settings.showSecrets);
      context.print(shown, () => shown.accessUrl);
      return;
    }
    const files: RayLogObject[] = [];
    const params = { workspaceId, instanceId: submissionId, bucketName, prefix };
    for await (const page of paginateListRayLogs(client, params, { signal: context.signal })) {
      files.push(...(page.data?.objectList ?? []));
    }
    context.print({ submissionId, bucketName, prefix, files }, () =>
      files.length === 0
        ? `No log files under oss://${bucketName}/${prefix}`
        : `Log files of job ${submissionId} under oss://${bucketName}/${prefix}\n` +
          formatTable(
            ['File', 'Size', 'Modified'],
            files.map((f) => [relativePath(f, prefix), f.size, formatTimestamp(f.timeModified)]),
          ),
    );
  },
};

function relativePath(file: RayLogObject, prefix: string): string {
  const path = file.path ?? file.name ?? '';
  const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  return file.isDir ? `${relative.replace(/\/$/, '')}/` : relative;
}
