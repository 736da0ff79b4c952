// Fixture for typed-lint.test.ts (ESLint ignores this file; the test lints it on purpose): each `finding` line is one
// the promise rules must report, each `fine` line one they must accept.
const later = (): Promise<string> => Promise.resolve('done');

export function forgotten(): void {
    later(); // finding: no-floating-promises
}

export function handlers(button: {
    addEventListener(type: string, listener: () => void): void;
}): void {
    button.addEventListener('click', async () => {
        // finding: no-misused-promises
        await later();
    });
}

export async function awaitsNothing(): Promise<void> {
    await 42; // finding: await-thenable
}

export async function handled(): Promise<void> {
    await later(); // fine: awaited
    void later(); // fine: deliberately detached
    later().catch(() => undefined); // fine: rejection handled
}
