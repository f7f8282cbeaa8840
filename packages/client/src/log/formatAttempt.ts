/** What one HTTP attempt did, for the log. */
export interface AttemptRecord {
  operation: string;
  target: string;
  attempt: number;
  /** HTTP status, when an answer came. */
  status?: number | undefined;
  /** Error code of a failed attempt (API code, `RequestTimeout`, `NetworkError`, ...). */
  code?: string | undefined;
  durationMs: number;
  requestId?: string | undefined;
  /** The wait before the next attempt, when there is one. */
  retryInMs?: number | undefined;
  note?: string | undefined;
}

/** `emr-ray GetRayCluster attempt=1 status=200 durationMs=3 requestId=... workspaceId=w-1, clusterId=ray-2`. */
export function formatAttempt(r: AttemptRecord): string {
  let line = `emr-ray ${r.operation} attempt=${r.attempt} status=${r.status ?? '-'}`;
  if (r.code) line += ` code=${r.code}`;
  line += ` durationMs=${Math.round(r.durationMs)} requestId=${r.requestId ?? '-'}`;
  if (r.retryInMs !== undefined) line += ` retryInMs=${r.retryInMs}`;
  if (r.note) line += ` note="${r.note}"`;
  if (r.target) line += ` ${r.target}`;
  return line;
}
