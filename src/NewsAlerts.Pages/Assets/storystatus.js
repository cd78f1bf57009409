// Optional: while a story's alerts are sending, update its delivery table in place from the status JSON every few
// seconds (without script the page refreshes itself instead), the email digests' row too. The page never navigates, so forms being filled are kept.
// Texts the provider accepted but has not reported on yet keep it polling too (their delivery reports come later),
// for at most ten minutes after the page was opened: some carriers never report.
(function () {
  var table = document.querySelector('table.delivery[data-status-url]');
  if (!table) { return; }
  var smsSent = table.querySelector('tr[data-channel="Sms"] td[data-state="sent"]');
  if (table.getAttribute('data-sending') !== 'true' && !(smsSent && Number(smsSent.textContent) > 0)) { return; }
  var url = table.getAttribute('data-status-url');
  var states = ['queued', 'scheduled', 'sent', 'delivered', 'failed', 'deadLettered', 'notSent'];
  var cells = { queued: 'queued', scheduled: 'scheduled', sent: 'sent', delivered: 'delivered', failed: 'failed', deadLettered: 'dead-lettered', notSent: 'not-sent' };
  var reportsUntil = Date.now() + 10 * 60 * 1000;
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
    var digests = pick(status, 'digests');
    var digestRow = table.querySelector('tr[data-digests]');
    if (digests && digestRow) {
      var digestCells = { due: 'queued', waiting: 'scheduled', inDigest: 'sent', failed: 'failed', deadLettered: 'dead-lettered', notSent: 'not-sent' };
      for (var name in digestCells) {
        var digestCell = digestRow.querySelector('td[data-state="' + digestCells[name] + '"]');
        var count = pick(digests, name);
        if (digestCell && count !== undefined) { digestCell.textContent = String(count); }
      }
    }
    var sending = pick(status, 'sending') === true;
    table.setAttribute('data-sending', sending ? 'true' : 'false');
    return sending || (awaitingReports(channels) && Date.now() < reportsUntil);
  }
  function awaitingReports(channels) {
    for (var i = 0; i < channels.length; i++) {
      var channel = pick(channels[i], 'channel');
      if ((channel === 'Sms' || channel === 1) && pick(channels[i], 'sent') > 0) { return true; }
    }
    return false;
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (status) {
        var more = status ? update(status) : true;
        if (status && table.getAttribute('data-sending') !== 'true') {
          var note = document.querySelector('[data-sending-note]');
          if (note) { note.textContent = note.getAttribute('data-done-text'); }
        }
        if (!more) { return; }
        setTimeout(poll, 3000);
      }, function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 2000);
})();
