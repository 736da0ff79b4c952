// The sa11y matcher registered in config/jest/setup.ts, on the expect of @jest/globals (sa11y types only the
// global jest namespace).
import 'expect';

declare module 'expect' {
    interface Matchers<R extends void | Promise<void>, T = unknown> {
        toBeAccessible(config?: unknown): Promise<R>;
    }
}
