// Optional: the topic builder without a round trip. Each row's topic is previewed as it is typed (composed by the
// server at /api/topics/compose, so the preview is exactly what will be saved), and rows can be added and removed.
// Without this script the builder still works: the server composes the rows when the form is sent.
(function () {
  var builder = document.querySelector('[data-topic-builder]');
  if (!builder || !window.fetch || !window.URLSearchParams) { return; }
  var max = parseInt(builder.getAttribute('data-max-rows'), 10) || 10;
  var parts = ['all', 'phrase', 'any', 'none', 'in', 'subject'];
  var addButton = builder.querySelector('[data-add-row]');

  function rows() { return builder.querySelectorAll('.builder-row'); }

  // Titles follow the rows' order on the page ("Topic 1", "Topic 2", ...), whatever their field indexes are.
  function retitle() {
    Array.prototype.forEach.call(rows(), function (row, i) {
      var title = row.querySelector('.builder-title');
      title.textContent = title.textContent.replace(/\d+/, String(i + 1));
    });
  }

  // The smallest field index no row uses (indexes run 0 .. max-1; the server reads only those).
  function freeIndex() {
    var used = {};
    Array.prototype.forEach.call(rows(), function (r) { used[r.getAttribute('data-row')] = true; });
    for (var i = 0; i < max; i++) { if (!used[String(i)]) { return i; } }
    return -1;
  }
  function field(row, part) { return row.querySelector('[name="topic-' + row.getAttribute('data-row') + '-' + part + '"]'); }

  function preview(row) {
    var query = new URLSearchParams();
    parts.forEach(function (part) { var f = field(row, part); if (f && f.value) { query.set(part, f.value); } });
    // The problem's words in the page's language, not the browser's.
    if (document.documentElement.lang) { query.set('lang', document.documentElement.lang); }
    var out = row.querySelector('output');
    var problem = row.querySelector('[id$="-problem"]');
    var ticket = (parseInt(row.getAttribute('data-ticket'), 10) || 0) + 1;
    row.setAttribute('data-ticket', String(ticket));
    fetch('/api/topics/compose?' + query.toString(), { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (row.getAttribute('data-ticket') !== String(ticket)) { return; }
        out.textContent = body.topic || out.getAttribute('data-empty');
        // An error goes in the error span; warnings (a topic that parses) in the row's own note box, never as an error.
        problem.textContent = body.error ? body.error.message : '';
        showWarnings(row, body.error ? [] : (body.warnings || []), body.topic);
      })
      .catch(function () { /* the server composes on submit anyway */ });
  }

  // The same markup as the server's TopicNoteList: a note with the label and one item per warning.
  function showWarnings(row, warnings, topic) {
    var box = row.querySelector('.topic-warnings');
    if (!box) { return; }
    box.textContent = '';
    if (!warnings.length) { return; }
    var note = document.createElement('div');
    note.className = 'topic-notes';
    note.id = box.id.replace(/-warnings$/, '-notes');
    note.setAttribute('role', 'note');
    var label = document.createElement('p');
    label.className = 'hint';
    label.textContent = box.getAttribute('data-label');
    var list = document.createElement('ul');
    warnings.forEach(function (w) {
      var item = document.createElement('li');
      var text = document.createElement('bdi');
      text.className = 'topic-text';
      text.textContent = topic || '';
      item.appendChild(text);
      item.appendChild(document.createTextNode(box.getAttribute('data-separator') + w.message));
      list.appendChild(item);
    });
    note.appendChild(label);
    note.appendChild(list);
    box.appendChild(note);
  }

  function watch(row) {
    var timer;
    row.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { preview(row); }, 200); });
    row.addEventListener('change', function () { preview(row); });
    var remove = row.querySelector('[data-remove-row]');
    remove.hidden = false;
    remove.addEventListener('click', function () {
      if (rows().length > 1) {
        row.parentNode.removeChild(row);
        retitle();
      } else {
        parts.forEach(function (part) { var f = field(row, part); if (f) { f.value = f.tagName === 'SELECT' ? f.options[0].value : ''; } });
        preview(row);
      }
      addButton.hidden = rows().length >= max;
      addButton.focus();
    });
  }

  function renumber(node, from, to) {
    ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
      var value = node.getAttribute(attribute);
      if (value) { node.setAttribute(attribute, value.split('topic-' + from + '-').join('topic-' + to + '-')); }
    });
  }

  function add() {
    var all = rows();
    var last = all[all.length - 1];
    var from = last.getAttribute('data-row');
    var next = freeIndex();
    if (next < 0) { return; }
    var row = last.cloneNode(true);
    row.setAttribute('data-row', String(next));
    row.removeAttribute('data-ticket');
    Array.prototype.forEach.call(row.querySelectorAll('.field-error[id^="error-"]'), function (e) { e.parentNode.removeChild(e); });
    Array.prototype.forEach.call(row.querySelectorAll('*'), function (node) { renumber(node, from, next); });
    Array.prototype.forEach.call(row.querySelectorAll('.has-error'), function (node) { node.classList.remove('has-error'); });
    Array.prototype.forEach.call(row.querySelectorAll('input, select'), function (f) {
      f.value = f.tagName === 'SELECT' ? f.options[0].value : '';
      f.setAttribute('aria-invalid', 'false');
      var described = (f.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id.indexOf('error-') !== 0; }).join(' ');
      if (described) { f.setAttribute('aria-describedby', described); } else { f.removeAttribute('aria-describedby'); }
    });
    row.querySelector('output').textContent = row.querySelector('output').getAttribute('data-empty');
    row.querySelector('[id$="-problem"]').textContent = '';
    showWarnings(row, [], '');
    last.parentNode.insertBefore(row, last.nextSibling);
    watch(row);
    retitle();
    addButton.hidden = rows().length >= max;
    field(row, 'all').focus();
  }

  Array.prototype.forEach.call(rows(), watch);
  addButton.hidden = rows().length >= max;
  addButton.addEventListener('click', add);
})();
