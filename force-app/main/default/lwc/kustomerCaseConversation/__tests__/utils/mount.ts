// Mounting the viewer in Jest and finding its parts (import ./apexMocks first: it mocks the Apex entry points).
import { createElement } from 'lwc';
import KustomerCaseConversation from 'c/kustomerCaseConversation';
import { CASE_ID } from './helpers';

let caseCounter = 0;

/** Mounts the viewer for a fresh Case id (so the module-level cache never leaks between tests). */
export function mountViewer(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-kustomer-case-conversation', { is: KustomerCaseConversation });
    Object.assign(element, { recordId: `${CASE_ID}${caseCounter++}`, ...props });
    document.body.appendChild(element);
    return element;
}

export function clearBody(): void {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

export function root(element: Element | null | undefined): ShadowRoot {
    const shadow = element?.shadowRoot;
    if (!shadow) throw new Error('no shadow root');
    return shadow;
}

/** The state panel's inner root. */
export function statePanel(element: Element): ShadowRoot {
    return root(root(element).querySelector('c-kustomer-conversation-state'));
}

export function messageRoots(element: Element): ShadowRoot[] {
    return Array.from(root(element).querySelectorAll('c-kustomer-conversation-message')).map((m) =>
        root(m)
    );
}

export function textOf(node: ParentNode | null | undefined): string {
    return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The entry ids of the rendered messages, in feed order. */
export function ids(element: Element): string[] {
    return messageRoots(element).map(
        (shadow) => shadow.querySelector('[data-entry-id]')?.getAttribute('data-entry-id') ?? ''
    );
}

/** An element of the viewer, or of its pager ("Load earlier messages"), by data-id. */
export function button(element: Element, id: string): HTMLElement | null {
    const selector = `[data-id="${id}"]`;
    const own = root(element).querySelector<HTMLElement>(selector);
    if (own) return own;
    const pagers = Array.from(root(element).querySelectorAll('c-kustomer-conversation-pager'));
    return (
        pagers.map((pager) => root(pager).querySelector<HTMLElement>(selector)).find(Boolean) ??
        null
    );
}

/** The feed as assistive technology reads it: rendered articles, their set size, and an entry's position. */
export function feedState(element: Element): { rendered: number; setSize: number } {
    const articles = Array.from(root(element).querySelectorAll('c-kustomer-conversation-message'));
    return {
        rendered: articles.length,
        setSize: Number(articles[0]?.getAttribute('aria-setsize') ?? NaN)
    };
}

export function positionOf(element: Element, id: string): number {
    const article = Array.from(
        root(element).querySelectorAll('c-kustomer-conversation-message')
    ).find((m) => root(m).querySelector(`[data-entry-id="${id}"]`) !== null);
    return Number(article?.getAttribute('aria-posinset') ?? NaN);
}
