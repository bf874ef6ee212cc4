// Enhancements of the search of retours d'expérience only: without this script the page searches, filters (with
// « Appliquer les filtres ») and pages the same way. With it, a ticked box updates the results in place, and words
// are suggested while typing (ARIA 1.2 combobox with a listbox popup).
(function () {
  'use strict';

  var form = document.getElementById('form-recherche');
  var region = document.getElementById('resultats-et-filtres');
  var announcer = document.getElementById('annonce-resultats');
  var input = document.getElementById('q');
  if (!form || !region || !announcer || !input) {
    return;
  }

  // ---- Filters applied as soon as a box changes ------------------------------------------------------------------

  // The address the form would go to now: the boxes of the facets belong to it through their form attribute.
  function currentSearchUrl() {
    var parameters = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== '') {
        parameters.append(name, value);
      }
    });
    var query = parameters.toString();
    return form.action + (query ? '?' + query : '');
  }

  // The groups the person unfolded stay unfolded after an update, even when no value of theirs is ticked any more.
  function openGroups() {
    return Array.prototype.map.call(region.querySelectorAll('details[open][data-facette]'), function (group) {
      return group.getAttribute('data-facette');
    });
  }

  function reopen(groups) {
    groups.forEach(function (name) {
      var group = region.querySelector('details[data-facette="' + name + '"]');
      if (group) {
        group.open = true;
      }
    });
  }

  // The boxes apply at once: the button is only for pages without this script.
  function hideApplyButton() {
    var apply = region.querySelector('[data-appliquer-filtres]');
    if (apply) {
      apply.hidden = true;
    }
  }

  var pending = null;

  function update(url, focusedId) {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var groups = openGroups();
    region.setAttribute('aria-busy', 'true');
    fetch(url, { signal: pending.signal, headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.getElementById('resultats-et-filtres');
        if (!fresh) {
          window.location.assign(url);
          return;
        }
        // The portal's own page, rendered by the server as for any visit: its markup is trusted as the page is.
        region.innerHTML = fresh.innerHTML;
        reopen(groups);
        hideApplyButton();
        document.title = page.title;
        window.history.replaceState(null, '', url);
        var count = region.querySelector('[data-nombre-resultats]');
        var problem = region.querySelector('[role="alert"]');
        announcer.textContent = count ? count.textContent.trim() : '';
        var focused = focusedId && document.getElementById(focusedId);
        if (focused && !problem) {
          focused.focus();
        }
      })
      .catch(function (failure) {
        if (failure.name !== 'AbortError') {
          window.location.assign(url);
        }
      })
      .finally(function () { region.removeAttribute('aria-busy'); });
  }

  region.addEventListener('change', function (event) {
    var box = event.target;
    if (box.type === 'checkbox' && box.getAttribute('form') === form.id) {
      update(currentSearchUrl(), box.id);
    }
  });
  hideApplyButton();

  // ---- Suggestions while typing --------------------------------------------------------------------------------

  var SUGGESTIONS_AFTER = 2;
  var DEBOUNCE_MS = 250;
  var listbox = document.createElement('ul');
  listbox.id = 'q-suggestions';
  listbox.className = 'suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Suggestions');
  listbox.hidden = true;
  input.parentNode.appendChild(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  var options = [];
  var active = -1;
  var timer = null;
  var asking = null;

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    options.forEach(function (option, position) {
      option.setAttribute('aria-selected', position === index ? 'true' : 'false');
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    input.value = options[index].textContent;
    close();
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  function show(suggestions) {
    listbox.textContent = '';
    options = suggestions.map(function (suggestion, index) {
      var option = document.createElement('li');
      option.id = 'q-suggestion-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = suggestion.text;
      // Keeps the focus in the field: a click chooses without a blur closing the list first.
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { choose(index); });
      listbox.appendChild(option);
      return option;
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (options.length === 0) {
      close();
      return;
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function suggest(text) {
    if (asking) {
      asking.abort();
    }
    asking = new AbortController();
    fetch(input.getAttribute('data-suggestions') + '?q=' + encodeURIComponent(text),
      { signal: asking.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        // A late answer for words typed before is of no use.
        if (input.value.trim() === text && document.activeElement === input) {
          show(Array.isArray(suggestions) ? suggestions : []);
        }
      })
      .catch(function () { /* suggestions are a help; the search works without them */ });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < SUGGESTIONS_AFTER) {
      close();
      return;
    }
    timer = window.setTimeout(function () { suggest(text); }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', function (event) {
    var expanded = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        if (options.length) {
          event.preventDefault();
          if (!expanded) {
            listbox.hidden = false;
            input.setAttribute('aria-expanded', 'true');
          }
          highlight(active + 1 >= options.length ? 0 : active + 1);
        }
        break;
      case 'ArrowUp':
        if (expanded && options.length) {
          event.preventDefault();
          highlight(active <= 0 ? options.length - 1 : active - 1);
        }
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (expanded) {
          // Only the list closes; a second Escape clears the field as a search field does.
          event.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', close);
})();
