// sa11y's toBeAccessible() on the `expect` that tests import from @jest/globals (registered in config/jest/setup.ts).
import 'expect';

declare module 'expect' {
    interface Matchers<R extends void | Promise<void>, T = unknown> {
        toBeAccessible(config?: unknown): Promise<R>;
    }
}
