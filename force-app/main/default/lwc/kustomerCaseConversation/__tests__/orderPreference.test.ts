import { describe, expect, it } from '@jest/globals';
import { saveOrder, savedOrder } from '../orderPreference';

function memory(): Storage {
    const values = new Map<string, string>();
    return {
        getItem: (key: string) => values.get(key) ?? null,
        setItem: (key: string, value: string) => {
            values.set(key, value);
        }
    } as unknown as Storage;
}

describe('orderPreference', () => {
    it('remembers each user’s choice apart', () => {
        const store = memory();
        expect(savedOrder('005A', store)).toBeUndefined();
        saveOrder('005A', 'oldest', store);
        saveOrder('005B', 'newest', store);
        expect(savedOrder('005A', store)).toBe('oldest');
        expect(savedOrder('005B', store)).toBe('newest');
    });

    it('ignores values it did not write, and storage that fails', () => {
        const store = memory();
        store.setItem('kustomer.viewer.order.005A', 'sideways');
        expect(savedOrder('005A', store)).toBeUndefined();
        const broken = {
            getItem: () => {
                throw new Error('denied');
            },
            setItem: () => {
                throw new Error('full');
            }
        } as unknown as Storage;
        expect(savedOrder('005A', broken)).toBeUndefined();
        expect(() => saveOrder('005A', 'oldest', broken)).not.toThrow();
        expect(savedOrder('005A', undefined)).toBeUndefined();
    });
});
