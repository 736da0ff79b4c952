// How the browser tests and the benchmark find the viewer's parts (its data-id hooks, as a person sees them).
export const SEL = {
    message: '[data-id="entry"]'
} as const;
