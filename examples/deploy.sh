#!/usr/bin/env bash
# Deploy a Ray cluster, smoke-test it with a job, then tear it down: a CI deploy step written with `emr-ray`.
#
# Needs: `emr-ray` on PATH (npm install -g @emr-ray/cli) and node (it runs emr-ray; here it also reads its JSON);
# credentials (ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, or an aliyun CLI profile);
# EMR_RAY_WORKSPACE_ID; ALIBABA_CLOUD_REGION_ID (or EMR_RAY_ENDPOINT).
#
# Exit status: 0 deployed and smoke-tested; 3 the cluster or the job failed; 4 a wait timed out; other: an error.
# The cluster is stopped and deleted on the way out, whatever happened after it was created.
set -euo pipefail

CLUSTER_NAME="${CLUSTER_NAME:-ci-$(date +%Y%m%d-%H%M%S)}"
SMOKE_TEST="${SMOKE_TEST:-python -c 'import ray; ray.init(); print(ray.cluster_resources())'}"
TIMEOUT="${TIMEOUT:-900}"                   # seconds, for each wait of the deploy
TEARDOWN_TIMEOUT="${TEARDOWN_TIMEOUT:-900}" # seconds, for each wait of the teardown

log() { printf '==> %s\n' "$*" >&2; }

# Prints one field of the JSON document on stdin, e.g. `json_field cluster.jobUrl`.
json_field() {
  node -e '
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
      const value = process.argv[1].split(".").reduce((object, key) => object?.[key], JSON.parse(text));
      if (value === undefined) process.exit(1);
      console.log(value);
    });' "$1"
}

log "Creating cluster $CLUSTER_NAME"
status=0
created=$(emr-ray clusters create --name "$CLUSTER_NAME" \
  --head-cpu 2 --head-memory 8Gi \
  --worker-group name=workers,cpu=4,memory=16Gi,replica=2 \
  --wait --timeout "$TIMEOUT" --output json) || status=$?
cluster_id=$(json_field clusterId <<<"$created" 2>/dev/null || true)

teardown() {
  local status=$?
  trap - EXIT
  [ -n "$cluster_id" ] || exit "$status"
  log "Stopping cluster $cluster_id"
  if emr-ray clusters stop "$cluster_id" --wait --timeout "$TEARDOWN_TIMEOUT" --quiet >/dev/null &&
    log "Deleting cluster $cluster_id" &&
    emr-ray clusters delete "$cluster_id" --wait --timeout "$TEARDOWN_TIMEOUT" --quiet >/dev/null; then
    log "Cluster $cluster_id deleted"
  else
    log "Teardown of $cluster_id failed: delete it by hand (emr-ray clusters delete $cluster_id)"
    [ "$status" -ne 0 ] || status=1
  fi
  exit "$status"
}
trap teardown EXIT

case $status in
  0) ;;
  3) log "Cluster $cluster_id did not start (see the error above)"; exit 3 ;;
  4) log "Cluster $cluster_id was not Running after ${TIMEOUT}s"; exit 4 ;;
  *) log "Could not create the cluster (exit $status)"; exit "$status" ;;
esac
log "Cluster $cluster_id is Running"
log "  job endpoint:  $(json_field cluster.jobUrl <<<"$created")"
log "  gRPC endpoint: $(json_field cluster.grpcEndpoint <<<"$created")"

log "Submitting the smoke test"
status=0
job=$(emr-ray jobs submit --name "$CLUSTER_NAME-smoke" --entrypoint "$SMOKE_TEST" \
  --wait --timeout "$TIMEOUT" --output json) || status=$?
case $status in
  0) log "Smoke test $(json_field submissionId <<<"$job") succeeded" ;;
  3) log "Smoke test failed"; exit 3 ;;
  4) log "Smoke test still running after ${TIMEOUT}s"; exit 4 ;;
  *) exit "$status" ;;
esac
