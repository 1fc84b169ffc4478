/** A stand-in for an app's own web component: its input lives in an open shadow root. */
export class AcmeSearch extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; flex: 0 0 286px; }
        input { font: inherit; width: 100%; box-sizing: border-box; padding: 8px 12px; border-radius: 8px; border: 1px solid #99a; background: transparent; color: inherit; }
      </style>
      <input type="search" placeholder="Search projects (press /)" aria-label="Search projects" />`;
  }
}
if (!customElements.get('acme-search')) customElements.define('acme-search', AcmeSearch);
