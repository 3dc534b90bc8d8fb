// Light or dark: the system's scheme until the reader presses the header's button, then the reader's choice, kept in
// localStorage. Loaded in <head> so a remembered choice applies before the page is drawn; without JavaScript the
// button stays hidden and the page follows the system (style.css).
(() => {
  const root = document.documentElement;
  const key = 'briefinggen-scheme';
  let saved = null;
  try { saved = localStorage.getItem(key); } catch { /* storage off: follow the system */ }
  if (saved === 'light' || saved === 'dark') root.dataset.scheme = saved;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const dark = () => root.dataset.scheme ? root.dataset.scheme === 'dark' : system.matches;
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.theme-toggle');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(dark()));
    button.hidden = false;
    show();
    system.addEventListener('change', show);
    button.addEventListener('click', () => {
      root.dataset.scheme = dark() ? 'light' : 'dark';
      try { localStorage.setItem(key, root.dataset.scheme); } catch { /* remembered for this page only */ }
      show();
    });
  });
})();
