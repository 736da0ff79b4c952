// Bidi spoofing: the explicit embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) let a sender
// reorder what an agent reads ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"). Shown text drops them; the
// implicit marks (LRM, RLM, ALM) stay, since right-to-left text needs them and they cannot reverse a run.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
    return text.replace(BIDI_CONTROLS, '');
}
