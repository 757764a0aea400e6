import type { App } from './app.js';

/** Keys that act on the drawing, outside text fields: what a mouse does, by keyboard. */
export const KEYS: Readonly<Record<string, string>> = {
  '/': 'search',
  f: 'fit the drawing in the view',
  '+': 'zoom in',
  '-': 'zoom out',
  e: 'expand the selected entity',
  Escape: 'clear the selection',
};

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function bindKeys(app: App): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || typing(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const camera = app.view.sigma.getCamera();
    const selected = app.shown;
    switch (event.key) {
      case '/':
        document.getElementById('search')?.focus();
        break;
      case 'f':
        app.view.fit();
        break;
      case '+':
      case '=':
        void camera.animatedZoom({ duration: 200 });
        break;
      case '-':
        void camera.animatedUnzoom({ duration: 200 });
        break;
      case 'e':
        if (selected) app.expand(selected);
        break;
      case 'Escape':
        app.select(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
