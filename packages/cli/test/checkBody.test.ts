import { checkBody } from '../src/input/checkBody';
import { clusterBodySchema, jobBodySchema } from '../src/input/bodySchemas';

describe('checkBody', () => {
  it('converts YAML numbers for string fields and objects for JSON-string fields', () => {
    expect(
      checkBody(
        {
          name: 'dev',
          headSpec: { cpu: 2, memory: '8Gi' },
          workerSpec: [{ groupName: 'g', replica: 2, cpu: 4 }],
        },
        clusterBodySchema,
        'cluster.yaml',
      ),
    ).toEqual({
      name: 'dev',
      headSpec: { cpu: '2', memory: '8Gi' },
      workerSpec: [{ groupName: 'g', replica: 2, cpu: '4' }],
    });
    expect(
      checkBody(
        { entrypoint: 'python x.py', runtimeEnvJson: { pip: ['requests'] } },
        jobBodySchema,
        'job.yaml',
      ),
    ).toEqual({ entrypoint: 'python x.py', runtimeEnvJson: '{"pip":["requests"]}' });
  });

  it('names the file and the field path of a wrong type', () => {
    expect(() =>
      checkBody({ workerSpec: [{ groupName: 'g' }, { replica: 'two' }] }, clusterBodySchema, 'c.yaml'),
    ).toThrow('c.yaml: workerSpec[1].replica must be an integer, got the string "two"');
    expect(() => checkBody({ headSpec: 'big' }, clusterBodySchema, 'c.json')).toThrow(
      'c.json: headSpec must be an object (a mapping), got the string "big"',
    );
    expect(() => checkBody({ volumeIds: 'vol-1' }, clusterBodySchema, 'c.json')).toThrow(
      'c.json: volumeIds must be a list of strings',
    );
  });

  it('rejects an unknown field, listing the known ones', () => {
    expect(() => checkBody({ nmae: 'dev' }, clusterBodySchema, 'c.yaml')).toThrow(
      /^c\.yaml: nmae is not a known field; expected one of: name, description, /,
    );
  });

  it('rejects a JSON-string field that does not hold JSON', () => {
    expect(() => checkBody({ extraParam: '{nope' }, clusterBodySchema, 'c.yaml')).toThrow(
      /^c\.yaml: extraParam must hold JSON: /,
    );
  });

  it('rejects a document that is not a mapping', () => {
    expect(() => checkBody([1, 2], clusterBodySchema, 'c.yaml')).toThrow(
      'c.yaml: must be an object (a mapping), got a list',
    );
    expect(() => checkBody(undefined, clusterBodySchema, 'c.yaml')).toThrow('the document is empty');
  });

  it('drops null fields', () => {
    expect(checkBody({ name: 'x', description: null }, clusterBodySchema, 'c.yaml')).toEqual({ name: 'x' });
  });
});
