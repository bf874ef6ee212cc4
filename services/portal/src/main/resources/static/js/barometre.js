// Enhancement only: the barometer's form works without this script.
(function () {
  'use strict';
  // After « Simuler », the page comes back with the simulated profile: move the focus to it, so that the person
  // (and a screen reader) lands on the result rather than at the top of the page. Errors keep the priority.
  document.addEventListener('DOMContentLoaded', function () {
    var result = document.querySelector('[data-simulation]');
    if (result && !document.querySelector('[data-resume-erreurs]')) {
      result.focus();
    }
  });
})();
