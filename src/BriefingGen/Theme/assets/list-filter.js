// Sorting and filtering for section lists, in the browser: with JavaScript off the plain list stays as it is.
(() => {
  for (const wrap of document.querySelectorAll('[data-filterable]')) {
    const list = wrap.querySelector('.page-list');
    const items = [...list.children];
    if (items.length < 2) continue;
    const values = key => [...new Set(items.flatMap(li => (li.dataset[key] || '').split('|').filter(Boolean)))].sort();
    const form = document.createElement('form');
    form.className = 'list-controls';
    form.setAttribute('aria-label', 'Sort and filter this list');
    const select = (name, label, options) => {
      const id = 'list-' + name;
      const field = document.createElement('p');
      field.innerHTML = `<label for="${id}"></label> <select id="${id}" name="${name}"></select>`;
      field.querySelector('label').textContent = label;
      const box = field.querySelector('select');
      for (const [value, text] of options) box.add(new Option(text, value));
      form.append(field);
      box.addEventListener('change', apply);
      return box;
    };
    const sort = select('sort', 'Sort by', [['', 'Default order'], ['title', 'Title'], ['date', 'Newest first'], ['place', 'Place']]);
    const filters = [['themes', 'Theme'], ['place', 'Place'], ['period', 'Period']]
      .filter(([key]) => values(key).length > 1)
      .map(([key, label]) => [key, select(key, label, [['', 'All'], ...values(key).map(v => [v, v])])]);
    const status = document.createElement('p');
    status.className = 'list-status';
    status.setAttribute('role', 'status');
    form.append(status);
    wrap.prepend(form);
    function apply() {
      const order = [...items];
      const key = sort.value;
      if (key === 'date') order.sort((a, b) => (b.dataset.date || '').localeCompare(a.dataset.date || ''));
      else if (key) order.sort((a, b) => (a.dataset[key] || '').localeCompare(b.dataset[key] || ''));
      let shown = 0;
      for (const li of order) {
        const visible = filters.every(([name, box]) => !box.value || (li.dataset[name] || '').split('|').includes(box.value));
        li.hidden = !visible;
        if (visible) shown++;
        list.append(li);
      }
      status.textContent = `${shown} of ${items.length} shown`;
    }
  }
})();
