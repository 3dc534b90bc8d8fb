// Escape hides an open term explanation without moving the pointer or focus (WCAG 1.4.13); it shows again on the next hover or focus.
document.addEventListener('keydown', event => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term')) term.classList.add('tip-dismissed');
});
for (const term of document.querySelectorAll('.term')) {
  const reset = () => term.classList.remove('tip-dismissed');
  term.addEventListener('mouseleave', reset);
  term.addEventListener('focusout', reset);
}
