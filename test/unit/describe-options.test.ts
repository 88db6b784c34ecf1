import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeOptions } from '../../src/config/describe-options.js';

describe('describeOptions', () => {
  it("reads each key's description, inside `v.optional` too, in the schema's order", () => {
    const schema = v.object({
      name: v.pipe(v.string(), v.description('The name.')),
      out: v.optional(v.pipe(v.string(), v.description('The folder.')), 'out'),
      quiet: v.optional(v.boolean()),
      size: v.nullish(v.pipe(v.number(), v.description('The size.'))),
    });
    expect(describeOptions(schema.entries)).toEqual([
      { name: 'name', description: 'The name.', optional: false },
      { name: 'out', description: 'The folder.', optional: true, defaultValue: 'out' },
      { name: 'quiet', description: undefined, optional: true },
      { name: 'size', description: 'The size.', optional: true },
    ]);
  });

  it('prefers a description piped around the optional to the one inside it', () => {
    const entries = { lang: v.pipe(v.optional(v.pipe(v.string(), v.description('Inner.'))), v.description('Outer.')) };
    expect(describeOptions(entries)).toEqual([{ name: 'lang', description: 'Outer.', optional: true }]);
  });

  it('calls a default given as a function', () => {
    expect(describeOptions({ n: v.optional(v.number(), () => 3) })).toEqual([
      { name: 'n', description: undefined, optional: true, defaultValue: 3 },
    ]);
  });
});
