import { parseWorkerGroup } from '../src/input/parseWorkerGroup';

describe('parseWorkerGroup', () => {
  it('maps the short keys to the API fields', () => {
    expect(
      parseWorkerGroup(
        'name=g1,cpu=4,memory=16Gi,replica=2,min=1,max=10,type=CPU,queue=root_queue,gpu-spec=ecs.x',
      ),
    ).toEqual({
      groupName: 'g1',
      cpu: '4',
      memory: '16Gi',
      replica: 2,
      minReplica: 1,
      maxReplica: 10,
      workerType: 'CPU',
      queueName: 'root_queue',
      gpuSpec: 'ecs.x',
    });
  });

  it('rejects unknown keys, missing values and non-integer counts', () => {
    expect(() => parseWorkerGroup('name=g,cpus=4')).toThrow("--worker-group: unknown key 'cpus'");
    expect(() => parseWorkerGroup('name=')).toThrow("--worker-group: 'name' needs a value");
    expect(() => parseWorkerGroup('replica=two')).toThrow(
      "--worker-group: 'replica' expects a whole number, got 'two'",
    );
    expect(() => parseWorkerGroup(',')).toThrow('--worker-group expects key=value pairs');
  });
});
