// Term explanations, footnotes and citations show their text beside the link: on hover and keyboard focus (style.css),
// and on touch, where a first tap shows the text and a second tap (or the tip's own link) follows. Escape and a tap
// elsewhere close it (WCAG 1.4.13). Without JavaScript the links simply go to the definition, note or reference.
(() => {
  // Footnotes and citations get a tip made from the note or the reference list entry on the same page.
  let made = 0;
  const addTip = (link, source) => {
    if (!source || link.closest('.term')) return;
    const tip = document.createElement('span');
    tip.className = 'term-tip';
    tip.setAttribute('role', 'tooltip');
    tip.id = 'note-tip-' + (++made);
    const copy = source.cloneNode(true);
    for (const back of copy.querySelectorAll('.footnote-back-ref')) back.remove();
    tip.textContent = copy.textContent.trim();
    const wrap = document.createElement('span');
    wrap.className = 'term note';
    link.replaceWith(wrap);
    wrap.append(link, tip);
    link.setAttribute('aria-describedby', tip.id);
  };
  for (const link of document.querySelectorAll('main a.footnote-ref[href^="#"]')) {
    addTip(link, document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))));
  }
  for (const link of document.querySelectorAll('main a.cite[href*="#ref-"]')) {
    const id = link.getAttribute('href').split('#ref-')[1];
    addTip(link, [...document.querySelectorAll('main .references li[data-ref]')].find(li => li.dataset.ref === id));
  }

  const terms = () => document.querySelectorAll('.term');
  const close = except => { for (const term of terms()) if (term !== except) term.classList.remove('tip-open'); };
  let touch = false;
  document.addEventListener('pointerdown', event => { touch = event.pointerType === 'touch'; }, true);
  document.addEventListener('click', event => {
    const term = event.target.closest('.term');
    close(term);
    if (!term || !touch || !event.target.closest('.term > a')) return;
    if (term.classList.contains('tip-open')) return; // the second tap follows the link
    event.preventDefault();
    term.classList.remove('tip-dismissed');
    term.classList.add('tip-open');
  });
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    for (const term of terms()) {
      term.classList.remove('tip-open');
      term.classList.add('tip-dismissed');
    }
  });
  for (const term of terms()) {
    const reset = () => term.classList.remove('tip-dismissed');
    term.addEventListener('mouseleave', reset);
    term.addEventListener('focusout', reset);
  }
})();
