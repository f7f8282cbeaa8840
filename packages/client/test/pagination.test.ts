import { paginateListRayCluster } from '../src/pagination/paginateListRayCluster';
import { paginateListRayJob } from '../src/pagination/paginateListRayJob';
import { paginateListRayLogs } from '../src/pagination/paginateListRayLogs';
import { RequestAbortedError } from '../src/errors/RequestAbortedError';
import { captureError } from './support/captureError';
import { useFakeServer } from './support/useFakeServer';

const ws = 'w-pages0123456';
const harness = useFakeServer();
const sent = (operation: string) => harness.fake.requests.filter((r) => r.operation === operation);

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('pagination', () => {
  it('ListRayCluster: page numbers until a short page', async () => {
    const ids = Array.from({ length: 45 }, () => harness.fake.seedCluster(ws, { state: 'Stopped' }));
    const pages = await collect(paginateListRayCluster(harness.client(), { workspaceId: ws, pageSize: 20 }));
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.rayClusters!.map((c) => c.clusterId)).sort()).toEqual(ids.sort());
    expect(sent('ListRayCluster').map((r) => r.query)).toEqual([
      { pageNum: '1', pageSize: '20' },
      { pageNum: '2', pageSize: '20' },
      { pageNum: '3', pageSize: '20' },
    ]);
  });

  it('ListRayCluster: no pageSize, 45 clusters: exactly 3 requests (the spec default 20 marks the short page)', async () => {
    const ids = Array.from({ length: 45 }, () => harness.fake.seedCluster(ws, { state: 'Stopped' }));
    const pages = await collect(paginateListRayCluster(harness.client(), { workspaceId: ws }));
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.rayClusters!.map((c) => c.clusterId)).sort()).toEqual(ids.sort());
    expect(sent('ListRayCluster').map((r) => r.query)).toEqual([
      { pageNum: '1' },
      { pageNum: '2' },
      { pageNum: '3' },
    ]);
  });

  it('ListRayCluster: no pageSize and fewer clusters than a page: one request, no trailing empty page', async () => {
    for (let i = 0; i < 5; i++) harness.fake.seedCluster(ws, { state: 'Stopped' });
    const pages = await collect(paginateListRayCluster(harness.client(), { workspaceId: ws }));
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([5]);
    expect(sent('ListRayCluster')).toHaveLength(1);
  });

  it('ListRayCluster: no pageSize and pages longer than the spec default: the longest page seen is the size', async () => {
    // A service whose default page is 50, not the documented 20: a 20-item page is then short, not full.
    const all = Array.from({ length: 120 }, (_, i) => ({ clusterId: `ray-${i}` }));
    const calls: unknown[] = [];
    const client = {
      listRayCluster: async (params: { pageNum?: number; pageSize?: number }) => {
        calls.push(params);
        const pageNum = params.pageNum ?? 1;
        return { requestId: 'r', rayClusters: all.slice((pageNum - 1) * 50, pageNum * 50) };
      },
    };
    const pages = await collect(paginateListRayCluster(client, { workspaceId: ws }));
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([50, 50, 20]);
    expect(calls).toHaveLength(3);
  });

  it('ListRayJob: no pageSize, 45 jobs: exactly 3 requests', async () => {
    for (let i = 0; i < 45; i++) harness.fake.seedJob(ws, { status: 'Succeeded' });
    const pages = await collect(paginateListRayJob(harness.client(), { workspaceId: ws }));
    expect(pages.map((p) => p.rayJobs?.length)).toEqual([20, 20, 5]);
    expect(sent('ListRayJob').map((r) => r.query)).toEqual([
      { pageNum: '1' },
      { pageNum: '2' },
      { pageNum: '3' },
    ]);
  });

  it('ListRayCluster: no pageSize, an exact multiple of the default ends on the empty page', async () => {
    for (let i = 0; i < 40; i++) harness.fake.seedCluster(ws, { state: 'Stopped' });
    const pages = await collect(paginateListRayCluster(harness.client(), { workspaceId: ws }));
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([20, 20, 0]);
    expect(sent('ListRayCluster')[0]!.query).toEqual({ pageNum: '1' });
  });

  it('ListRayCluster: starts at the given page and stops early when the caller breaks', async () => {
    for (let i = 0; i < 30; i++) harness.fake.seedCluster(ws, { state: 'Stopped' });
    const pages = await collect(
      paginateListRayCluster(harness.client(), { workspaceId: ws, pageNum: 2, pageSize: 10 }),
    );
    expect(pages.map((p) => p.rayClusters?.length)).toEqual([10, 10, 0]);
    harness.fake.reset();
    for (let i = 0; i < 30; i++) harness.fake.seedCluster(ws, { state: 'Stopped' });
    for await (const page of paginateListRayCluster(harness.client(), { workspaceId: ws, pageSize: 10 })) {
      expect(page.rayClusters).toHaveLength(10);
      break;
    }
    expect(sent('ListRayCluster')).toHaveLength(1);
  });

  it('ListRayJob: stops when the pages cover totalCount, without an extra request', async () => {
    const ids = Array.from({ length: 25 }, () => harness.fake.seedJob(ws, { status: 'Succeeded' }));
    const pages = await collect(paginateListRayJob(harness.client(), { workspaceId: ws, pageSize: 10 }));
    expect(pages.map((p) => p.rayJobs?.length)).toEqual([10, 10, 5]);
    expect(pages.every((p) => p.totalCount === 25)).toBe(true);
    expect(pages.flatMap((p) => p.rayJobs!.map((j) => j.submissionId)).sort()).toEqual(ids.sort());
    harness.fake.reset();
    for (let i = 0; i < 20; i++) harness.fake.seedJob(ws, { status: 'Succeeded' });
    const exact = await collect(paginateListRayJob(harness.client(), { workspaceId: ws, pageSize: 10 }));
    expect(exact).toHaveLength(2);
    expect(sent('ListRayJob')).toHaveLength(2);
  });

  it('ListRayLogs: follows nextMarker while isTruncated', async () => {
    const jobId = harness.fake.seedJob(ws, { status: 'Succeeded' });
    const all = await harness.client().listRayLogs({ workspaceId: ws, instanceId: jobId, maxKeys: 999 });
    const total = all.data!.objectList!.length;
    expect(all.data!.isTruncated).toBe(false);
    const pages = await collect(
      paginateListRayLogs(harness.client(), { workspaceId: ws, instanceId: jobId, maxKeys: 7 }),
    );
    expect(total).toBeGreaterThan(14);
    expect(pages.length).toBe(Math.ceil(total / 7));
    const names = pages.flatMap((p) => p.data!.objectList!.map((o) => o.path ?? o.name));
    expect(new Set(names).size).toBe(total);
    const markers = sent('ListRayLogs')
      .slice(1)
      .map((r) => r.query.marker);
    expect(markers[0]).toBeUndefined();
    expect(markers.slice(1)).toEqual(pages.slice(0, -1).map((p) => p.data!.nextMarker));
  });

  it('passes the signal to every page', async () => {
    for (let i = 0; i < 5; i++) harness.fake.seedCluster(ws, { state: 'Stopped' });
    const controller = new AbortController();
    const pages = paginateListRayCluster(
      harness.client(),
      { workspaceId: ws, pageSize: 2 },
      { signal: controller.signal },
    );
    const first = await pages.next();
    expect(first.done).toBe(false);
    controller.abort();
    const error = await captureError(pages.next());
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(sent('ListRayCluster')).toHaveLength(1);
  });
});
