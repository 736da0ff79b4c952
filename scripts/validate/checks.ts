// Every validate check, in the order they run (cheap structural checks first, JVM-based ones last).
import { apexCompile } from './apex-compile.ts';
import { apexRules } from './apex-rules.ts';
import { apexSyntax } from './apex-syntax.ts';
import { conversion } from './conversion.ts';
import { golden } from './golden.ts';
import { graphEngine } from './graph-engine.ts';
import type { Check } from './lib/types.ts';
import { lwcPlatform } from './lwc-platform.ts';
import { metadata } from './metadata.ts';
import { namespace } from './namespace.ts';
import { pmd } from './pmd.ts';
import { references } from './references.ts';

export const CHECKS: Check[] = [
    metadata,
    conversion,
    lwcPlatform,
    apexSyntax,
    apexRules,
    references,
    namespace,
    golden,
    apexCompile,
    pmd,
    graphEngine
];
