// Optional: preselect the browser's time zone on the sign-up form when the person has not chosen one.
(function () {
  var select = document.querySelector('select[data-detect-time-zone]');
  if (!select || select.getAttribute('data-chosen') === 'true') { return; }
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { select.selectedIndex = i; return; }
  }
})();
