// Every validate check, in the order they run (cheap structural checks first, JVM-based ones last).
import { conversion } from './conversion.ts';
import type { Check } from './lib/types.ts';
import { metadata } from './metadata.ts';

export const CHECKS: Check[] = [metadata, conversion];
