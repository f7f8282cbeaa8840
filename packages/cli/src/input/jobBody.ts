import type { CommandContext } from '../CommandContext';
import { UsageError } from '../errors/UsageError';
import { bodyFromFile } from './bodyFromFile';
import { jobBodySchema } from './bodySchemas';
import { jsonFlag } from './jsonFlag';
import { setIfGiven } from './setIfGiven';
import { specFromFlags } from './specFromFlags';

/** The body of SubmitRayJob from `--file` and the `jobOptions` flags (flags win). An entrypoint is required. */
export async function jobBody(context: CommandContext): Promise<Record<string, unknown>> {
  const body = await bodyFromFile(context, jobBodySchema);
  setIfGiven(body, 'name', context.string('name'));
  setIfGiven(body, 'entrypoint', context.string('entrypoint'));
  setIfGiven(body, 'displayReleaseVersion', context.string('release-version'));
  setIfGiven(body, 'entrypointNumCpus', context.string('entrypoint-cpus'));
  setIfGiven(body, 'entrypointNumGpus', context.string('entrypoint-gpus'));
  setIfGiven(body, 'entrypointMemory', context.string('entrypoint-memory'));
  setIfGiven(
    body,
    'entrypointResources',
    jsonFlag('entrypoint-resources', context.string('entrypoint-resources')),
  );
  setIfGiven(body, 'runtimeEnvJson', jsonFlag('runtime-env', context.string('runtime-env')));
  setIfGiven(body, 'metadataJson', jsonFlag('metadata', context.string('metadata')));
  setIfGiven(body, 'workingDir', context.string('working-dir'));
  setIfGiven(body, 'submissionMode', context.string('submission-mode'));
  if (context.flag('shutdown-after-finish')) body.shutdownAfterJobFinishes = true;
  setIfGiven(body, 'ttlSecondsAfterFinished', context.integer('ttl-after-finished', { min: 0 }));
  setIfGiven(body, 'activeDeadlineSeconds', context.integer('active-deadline', { min: 1 }));
  setIfGiven(body, 'networkServiceName', context.string('network'));
  setIfGiven(body, 'extraParam', jsonFlag('extra-param', context.string('extra-param')));
  const tags = context.strings('tag');
  if (tags.length > 0) body.tags = tags.map(parseTag);
  const out = specFromFlags(context, body);
  if (typeof out.entrypoint !== 'string' || out.entrypoint.trim() === '') {
    throw new UsageError(
      `no entrypoint: pass --entrypoint '<command>'${context.string('file') ? ` or set entrypoint in ${context.string('file')}` : ''}`,
    );
  }
  return out;
}

function parseTag(text: string): { key: string; value: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--tag expects key=value, got '${text}'`);
  return { key: text.slice(0, eq), value: text.slice(eq + 1) };
}
