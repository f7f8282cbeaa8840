// The fake server keeps its own copies of the spec's model types (it cannot depend on the client: the client's tests
// depend on it). This file makes `npm run typecheck` fail when the two drift apart; the runtime checks below make sure
// the builders' output also survives the generated decoders unchanged.
import {
  buildCluster,
  buildJob,
  buildNode,
  getRayClusterExample,
  type GetRayClusterResponse as FakeGetRayClusterResponse,
  type GetRayJobResponse as FakeGetRayJobResponse,
  type RayNode as FakeRayNode,
  type RayClusterState as FakeRayClusterState,
  type RayJobStatus as FakeRayJobStatus,
} from '@emr-ray/fixtures';
import {
  GetRayClusterResponseFromJSON,
  GetRayClusterResponseToJSON,
} from '../src/generated/models/GetRayClusterResponse';
import {
  GetRayJobResponseFromJSON,
  GetRayJobResponseToJSON,
} from '../src/generated/models/GetRayJobResponse';
import {
  type GetRayClusterResponse,
  type GetRayJobResponse,
  type RayClusterState,
  type RayJobStatus,
  type RayNode,
} from '../src/index';

// Assignable both ways, or typecheck fails.
const clusterFromFake: GetRayClusterResponse = buildCluster();
const clusterToFake: FakeGetRayClusterResponse = clusterFromFake;
const jobFromFake: GetRayJobResponse = buildJob();
const jobToFake: FakeGetRayJobResponse = jobFromFake;
const nodeFromFake: RayNode = buildNode();
const nodeToFake: FakeRayNode = nodeFromFake;
const statesAgree: [RayClusterState, FakeRayClusterState] extends [FakeRayClusterState, RayClusterState]
  ? true
  : false = true;
const statusesAgree: [RayJobStatus, FakeRayJobStatus] extends [FakeRayJobStatus, RayJobStatus]
  ? true
  : false = true;

describe('the fake server models and the generated client models', () => {
  it('agree at the type level (see typecheck) and on the enum checks', () => {
    expect([statesAgree, statusesAgree]).toEqual([true, true]);
    expect(clusterToFake.state).toBe('Running');
    expect(jobToFake.submissionId).toEqual(expect.any(String));
    expect(nodeToFake.instanceId).toEqual(expect.any(String));
  });

  it('round-trip the builders and the documented example through the generated decoders unchanged', () => {
    for (const cluster of [buildCluster(), getRayClusterExample]) {
      const json = JSON.parse(JSON.stringify(cluster));
      expect(GetRayClusterResponseToJSON(GetRayClusterResponseFromJSON(json))).toEqual(json);
    }
    const job = JSON.parse(JSON.stringify(buildJob()));
    expect(GetRayJobResponseToJSON(GetRayJobResponseFromJSON(job))).toEqual(job);
  });
});
