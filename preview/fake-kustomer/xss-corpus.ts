// Hostile content for the XSS conversation. Each payload sets `window.__xss` (or opens a dialog) when it runs, so
// the browser tests can prove that none of them executed, wherever it appears: bodies, subjects, names,
// attachment names, URLs.
export const XSS_MARK = '__xss';

const run = `window.${XSS_MARK}=1;alert(1)`;

/** Payloads for HTML contexts (email bodies, note bodies rendered as rich text). */
export const HTML_PAYLOADS: readonly string[] = [
    `<script>${run}</script>`,
    `<img src=x onerror="${run}">`,
    `<svg onload="${run}"><circle r="4"/></svg>`,
    `<a href="javascript:${run}">Open your invoice</a>`,
    `<a href="JaVaScRiPt&colon;${run}">Track parcel</a>`,
    `<a href="&#106;avascript:${run}">Encoded link</a>`,
    `<iframe src="javascript:${run}"></iframe>`,
    `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
    `<form action="javascript:${run}"><button>Confirm order</button></form>`,
    `<object data="javascript:${run}"></object>`,
    `<embed src="javascript:${run}">`,
    `<details open ontoggle="${run}"><summary>Details</summary></details>`,
    `<div style="background:url(javascript:${run})">styled</div>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
    `<base href="javascript:${run}//">`,
    `<input autofocus onfocus="${run}">`,
    `<video><source onerror="${run}"></video>`,
    `<body onload="${run}">`,
    `<noscript><p title="</noscript><img src=x onerror=${run}>"></noscript>`,
    `<style>@import 'javascript:${run}';</style>`,
    `<template><script>${run}</script></template>`,
    `<a href="data:text/html,<script>${run}</script>">data link</a>`,
    `<img src="x" alt="\`\`onerror=${run}">`,
    `<isindex type=image src=1 onerror=${run}>`
];

/** Payloads for text contexts (names, subjects, attachment names, plain-text previews). */
export const TEXT_PAYLOADS: readonly string[] = [
    `"><script>${run}</script>`,
    `'><img src=x onerror=${run}>`,
    `</textarea><svg/onload=${run}>`,
    `{{constructor.constructor('${run}')()}}`,
    `\${${run}}`,
    `javascript:${run}`
];

/** URLs that must never become live links or image sources. */
export const URL_PAYLOADS: readonly string[] = [
    `javascript:${run}`,
    ` javascript:${run}`,
    `JAVASCRIPT:${run}`,
    `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
    `vbscript:msgbox(1)`,
    `//evil.example/steal`
];
