import type { z } from 'zod';
import type { MappingSchema } from './schema.js';

/** A validated mapping file, with defaults filled in and `${VAR}` references replaced. */
export type Mapping = z.output<MappingSchema>;
export type Connection = Mapping['source'];
