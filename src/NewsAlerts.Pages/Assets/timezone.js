// Optional: preselect the browser's time zone on the sign-up form when the person has not chosen one.
// Browsers name a zone by ICU's id, often an older IANA name (Chromium in Kolkata says Asia/Calcutta, in Kyiv
// Europe/Kiev): when no option has that value, the zone's other names are looked up in /assets/zonealiases.json.
(function () {
  var select = document.querySelector('select[data-detect-time-zone]');
  if (!select || select.getAttribute('data-chosen') === 'true') { return; }
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { select.setAttribute('data-zone-detection', 'done'); return; }
  var touched = false;
  select.addEventListener('change', function () { touched = true; });
  function choose(value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.selectedIndex = i; return true; }
    }
    return false;
  }
  // data-zone-detection="done" once the script has nothing more to do (tests wait for it).
  function done() { select.setAttribute('data-zone-detection', 'done'); }
  if (choose(zone) || !window.fetch) { done(); return; }
  fetch('/assets/zonealiases.json', { credentials: 'omit' })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .then(function (aliases) {
      if (!touched && Object.prototype.hasOwnProperty.call(aliases, zone)) { choose(aliases[zone]); }
    })
    .catch(function () { })
    .then(done);
})();
