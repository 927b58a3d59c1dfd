/**
 * The keys a strict object of the schema accepts at a path, for "did you mean" hints. Walks through
 * wrappers (default, optional…) and picks the platform's branch of the connection union.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

export function validKeysAt(schema: AnySchema, path: readonly PropertyKey[], document: unknown): string[] {
  let node: AnySchema | undefined = schema;
  let value: unknown = document;
  for (const key of path) {
    node = unwrap(node, value);
    if (!node) return [];
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') node = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') node = def.element as AnySchema;
    else if (def.type === 'record') node = def.valueType as AnySchema;
    else return [];
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  node = unwrap(node, value);
  const def = node?._zod.def as unknown as Record<string, unknown> | undefined;
  if (def?.type === 'object') return Object.keys(def.shape as object);
  // A record whose keys are an enum (values.status): its valid keys are the enum's values.
  const keyDef = def?.type === 'record' ? ((def.keyType as AnySchema)._zod.def as unknown as { entries?: Record<string, string> }) : undefined;
  return keyDef?.entries ? Object.values(keyDef.entries) : [];
}

function unwrap(node: AnySchema | undefined, value: unknown): AnySchema | undefined {
  for (let guard = 0; node && guard < 20; guard++) {
    const def = node._zod.def as unknown as Record<string, unknown>;
    if ('innerType' in def) node = def.innerType as AnySchema;
    else if (def.type === 'pipe') node = def.in as AnySchema;
    else if (def.type === 'union') {
      const platform = (value as { platform?: unknown } | undefined)?.platform;
      const options = def.options as AnySchema[];
      node = options.find((o) => {
        const shape = (o._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
        const literal = shape?.platform?._zod.def as unknown as { values?: unknown[] } | undefined;
        return literal?.values?.includes(platform);
      });
      if (!node) return undefined;
    } else return node;
  }
  return node;
}
