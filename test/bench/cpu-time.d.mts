export function perCall(fn: () => unknown, calls: number): number;
export function interleavedRatios(slow: () => unknown, fast: () => unknown, rounds?: number): number[];
