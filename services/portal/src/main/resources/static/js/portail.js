// Enhancements only: every page works without this script (reading, searching, filtering, submitting forms).
(function () {
  'use strict';
  // A form that comes back with errors puts the focus on its summary, so that a screen reader announces it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-resume-erreurs]');
    if (summary) {
      summary.focus();
    }
  });
})();
