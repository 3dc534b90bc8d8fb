// On a phone the header's menu, scheme button and search fold behind one button, as GOV.UK's header does. Loaded in
// <head> so that the menu is folded before the page is drawn; without JavaScript the button stays hidden and the
// menu shows (style.css folds it only under :root[data-menu]).
(() => {
  document.documentElement.dataset.menu = '';
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.menu-toggle');
    const menu = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) return;
    const open = () => button.getAttribute('aria-expanded') === 'true';
    button.hidden = false;
    button.addEventListener('click', () => button.setAttribute('aria-expanded', String(!open())));
    document.addEventListener('keydown', event => {
      if (event.key !== 'Escape' || !open() || getComputedStyle(button).display === 'none') return;
      const focus = document.activeElement;
      if (focus && focus !== document.body && !button.contains(focus) && !menu.contains(focus)) return;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    });
  });
})();
