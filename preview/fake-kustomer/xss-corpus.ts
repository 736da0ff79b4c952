// Hostile content for the XSS conversation. Each payload sets `window.__xss` (or opens a dialog) when it runs, so
// the browser tests can prove that none of them executed, wherever it appears: bodies, subjects, names,
// attachment names, URLs. The takeover payloads run nothing: the browser tests check what they would draw.
export const XSS_MARK = '__xss';

const run = `window.${XSS_MARK}=1;alert(1)`;

/** Where a takeover payload would send the agent: never reachable from the viewer. */
export const EVIL_HOST = 'evil.example';
/** id / name a payload uses to clobber DOM globals: must not survive into the page. */
export const CLOBBER_NAME = 'kcClobber';

/**
 * Payloads that do not run script but take the page over (issue 12): a full-page fake sign-in overlay, content
 * pushed over the rest of the page, iframes to hosts Lightning allows (anyone can host a *.my.site.com page),
 * links that replace or script the Case page (target=_top, rel=opener), dialler schemes, DOM clobbering, bidi.
 */
export const TAKEOVER_PAYLOADS: readonly string[] = [
    `<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:#fff;color:#181818"><h1>Your session expired</h1><a href="https://${EVIL_HOST}/login">Sign in again</a></div>`,
    `<div style="position:absolute;top:-3000px;left:-3000px;width:9000px;height:9000px;margin:-2000px 0 0 -2000px;background:#c23934;z-index:99999">covered</div><div style="margin-top:-4000px;transform:scale(40)">pulled up</div>`,
    `<iframe src="https://${EVIL_HOST.replace('.', '-')}.my.site.com/login" width="100%" height="700"></iframe><iframe src="https://www.youtube.com/embed/xyz"></iframe><iframe src="https://x.lightning.force.com/one/one.app"></iframe>`,
    `<a href="https://${EVIL_HOST}/invoice" target="_top" rel="opener">Open your invoice</a> <a href="https://${EVIL_HOST}/track" target="_parent" rel="opener noreferrer">Track parcel</a> <a href="https://${EVIL_HOST}/self" target="_self">Here</a>`,
    `<a href="ciscotel:5550100">Call us</a> <a href="callto:5550100">Call</a> <a href="xmpp:help@${EVIL_HOST}">Chat</a> <a href="ftp://${EVIL_HOST}/x">Files</a>`,
    `<form name="${CLOBBER_NAME}" id="${CLOBBER_NAME}"><img name="${CLOBBER_NAME}" id="${CLOBBER_NAME}" src="https://${EVIL_HOST}/p.png"></form><a id="${CLOBBER_NAME}" name="${CLOBBER_NAME}" href="https://${EVIL_HOST}/">x</a>`,
    `<p>Attached: invoice\u202Efdp.exe and <a href="https://${EVIL_HOST}/\u202Egpj.exe">photo\u202Egpj.exe</a>, see https://аpple.com/login</p>`,
    `<style>div{position:fixed!important}</style><div class="slds-backdrop slds-backdrop_open"></div><div class="slds-modal slds-fade-in-open"><div class="slds-modal__container">Modal</div></div>`
];

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
    `<isindex type=image src=1 onerror=${run}>`,
    ...TAKEOVER_PAYLOADS
];

/** Payloads for text contexts (names, subjects, attachment names, plain-text previews). */
export const TEXT_PAYLOADS: readonly string[] = [
    `"><script>${run}</script>`,
    `'><img src=x onerror=${run}>`,
    `</textarea><svg/onload=${run}>`,
    `{{constructor.constructor('${run}')()}}`,
    `\${${run}}`,
    `javascript:${run}`,
    `invoice\u202Efdp.exe`,
    `Pay at https://аpple.com/billing or https://${EVIL_HOST}/\u2067gpj.exe\u2069 now`
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
