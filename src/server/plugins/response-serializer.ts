/**
 * Responses are checked against their route's zod schema and written as JSON. The check parses
 * rather than encodes: no response schema has a codec or transform, so both give the same JSON,
 * but encoding runs every check (each `.int()`, each uuid) twice, which for large answers (the
 * coverage of a province: thousands of desa) is most of the time spent writing them.
 */
import type { FastifySchema, FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { safeParse, type ZodType } from 'zod';
import { $ZodType } from 'zod/v4/core';

export const responseSerializerCompiler: FastifySerializerCompiler<FastifySchema> = ({
  schema,
  method,
  url,
}) => {
  const given = schema as unknown;
  const zod = (given instanceof $ZodType ? given : (given as { properties: unknown }).properties) as ZodType;
  return (data) => {
    const result = safeParse(zod, data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
