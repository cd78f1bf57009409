// Optional: while a story's alerts are sending, update its delivery table in place from the status JSON every few
// seconds (without script the page refreshes itself instead). The page never navigates, so forms being filled are kept.
(function () {
  var table = document.querySelector('table.delivery[data-status-url]');
  if (!table || table.getAttribute('data-sending') !== 'true') { return; }
  var url = table.getAttribute('data-status-url');
  var states = ['queued', 'sent', 'delivered', 'failed', 'notSent'];
  var cells = { queued: 'queued', sent: 'sent', delivered: 'delivered', failed: 'failed', notSent: 'not-sent' };
  function pick(o, name) { return o[name] !== undefined ? o[name] : o[name.charAt(0).toUpperCase() + name.slice(1)]; }
  function update(status) {
    var rows = table.tBodies[0].rows;
    var channels = pick(status, 'channels') || [];
    for (var i = 0; i < channels.length && i < rows.length; i++) {
      for (var s = 0; s < states.length; s++) {
        var cell = rows[i].querySelector('td[data-state="' + cells[states[s]] + '"]');
        var value = pick(channels[i], states[s]);
        if (cell && value !== undefined) { cell.textContent = String(value); }
      }
    }
    var sending = pick(status, 'sending') === true;
    table.setAttribute('data-sending', sending ? 'true' : 'false');
    return sending;
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (status) {
        if (status && !update(status)) {
          var note = document.querySelector('[data-sending-note]');
          if (note) { note.textContent = note.getAttribute('data-done-text'); }
          return;
        }
        setTimeout(poll, 3000);
      }, function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 2000);
})();
