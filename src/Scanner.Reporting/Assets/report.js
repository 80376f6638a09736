(function () {
  'use strict';
  var root = document.documentElement;
  function record(message) {
    var errors = (root.getAttribute('data-errors') || '');
    root.setAttribute('data-errors', errors + (errors ? ' | ' : '') + message);
  }
  window.addEventListener('error', function (e) { record(String(e.message || e.type)); });
  document.addEventListener('securitypolicyviolation', function (e) { record('blocked ' + e.violatedDirective); });

  function filterTable(table) {
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter-for="' + table.id + '"]'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-row]'));
    var counter = document.getElementById(table.id + '-count');
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (s) { return s.value === '' || row.getAttribute('data-' + s.name) === s.value; });
        row.hidden = !visible;
        if (visible) { shown++; }
      });
      if (counter) { counter.textContent = 'showing ' + shown + ' of ' + rows.length; }
    }
    selects.forEach(function (s) { s.addEventListener('change', apply); });
    apply();
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), filterTable);
    root.setAttribute('data-ready', 'true');
  });
})();
