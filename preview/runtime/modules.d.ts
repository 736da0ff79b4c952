// Modules the LWC compiler resolves for the preview bundle (preview/app), declared for the Node-side type check.
declare module 'preview/casePage' {
    import type { LightningElement } from 'lwc';
    const CasePage: typeof LightningElement;
    export default CasePage;
}

declare module 'preview/setupPage' {
    import type { LightningElement } from 'lwc';
    const SetupPage: typeof LightningElement;
    export default SetupPage;
}
