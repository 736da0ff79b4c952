// Browser entry of the preview. Synthetic shadow must load before any component (as in Lightning Experience today),
// and SLDS is linked globally by the page.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import CasePage from 'preview/casePage';

const root = document.getElementById('root');
if (root) root.appendChild(createElement('preview-case-page', { is: CasePage }));
