// lightning/navigation, which @salesforce/lightning-types 0.8.0 does not declare (only what the viewer uses).
declare module 'lightning/navigation' {
    import type { LightningElement } from 'lwc';

    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;

    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }

    export interface NavigationCapable {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    type ElementClass = new (...args: any[]) => LightningElement;

    export const NavigationMixin: {
        <T extends ElementClass>(base: T): T & (new (...args: any[]) => NavigationCapable);
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };
}
