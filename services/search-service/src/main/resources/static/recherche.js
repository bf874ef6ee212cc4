(function () {
  'use strict';
  var PAGE_SIZE = 10;
  var state = { page: 0, filters: {} };
  var $ = function (id) { return document.getElementById(id); };
  var status = $('status');

  function params(extra) {
    var p = new URLSearchParams();
    var q = $('q').value.trim();
    if (q) { p.set('q', q); }
    if ($('sort').value) { p.set('sort', $('sort').value); }
    var comparable = $('comparable').value.trim();
    if (comparable) { p.set('comparableTo', comparable); if ($('same-region').checked) { p.set('memeRegion', 'true'); } }
    Object.keys(state.filters).forEach(function (name) {
      state.filters[name].forEach(function (value) { p.append(name, value); });
    });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p;
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) { element.className = className; }
    return element;
  }

  // Highlights come from the search API HTML-escaped, with only <mark> added: safe to insert as HTML.
  function highlighted(tag, fragments, fallback) {
    var element = document.createElement(tag);
    if (fragments && fragments.length) { element.innerHTML = fragments.join(' … '); } else { element.textContent = fallback; }
    return element;
  }

  function renderFacets(facets) {
    var container = $('facets');
    container.textContent = '';
    facets.forEach(function (facet) {
      if (!facet.values.length) { return; }
      var set = document.createElement('fieldset');
      set.appendChild(text('legend', facet.title));
      facet.values.forEach(function (value, index) {
        var id = 'f-' + facet.name + '-' + index;
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox'; box.id = id; box.checked = value.selected;
        box.addEventListener('change', function () {
          var list = state.filters[facet.name] || [];
          state.filters[facet.name] = box.checked ? list.concat([value.code]) : list.filter(function (v) { return v !== value.code; });
          state.page = 0; search();
        });
        label.htmlFor = id;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + value.label + ' (' + value.count + ')'));
        set.appendChild(label);
      });
      container.appendChild(set);
    });
  }

  function describe(record) {
    var c = record.collectivite || {};
    var parts = [c.name, c.departement && c.departement.name, record.step && { 'en-reflexion': 'En réflexion', 'en-cours': 'En cours', 'realise': 'Réalisé', 'abandonne': 'Abandonné' }[record.step], record.year];
    return parts.filter(Boolean).join(' · ');
  }

  function renderHit(hit) {
    var item = document.createElement('li');
    item.className = 'hit';
    item.appendChild(highlighted('h2', hit.highlights.title, hit.title));
    item.appendChild(text('p', describe(hit.record), 'meta'));
    item.appendChild(highlighted('p', hit.highlights.summary.concat(hit.highlights.description), hit.summary));
    if (hit.record.lessons && hit.record.lessons.wouldRedo) {
      item.appendChild(text('p', 'Ce qu\'on referait : ' + hit.record.lessons.wouldRedo, 'meta'));
    }
    if (hit.record.contact) {
      item.appendChild(text('p', 'Contact : ' + hit.record.contact.name + (hit.record.contact.email ? ' – ' + hit.record.contact.email : ''), 'meta'));
    }
    var more = text('button', 'Voir les expériences similaires', 'link');
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', function () { similar(hit.id, item, more); });
    item.appendChild(more);
    return item;
  }

  function similar(id, item, button) {
    fetch('/api/experiences/' + encodeURIComponent(id) + '/similaires', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (hits) {
        var list = document.createElement('ul');
        list.className = 'similar';
        hits.forEach(function (h) { list.appendChild(text('li', h.title + ' — ' + describe(h.record))); });
        if (!hits.length) { list.appendChild(text('li', 'Aucune expérience proche.')); }
        item.appendChild(list);
        button.setAttribute('aria-expanded', 'true');
        button.disabled = true;
      });
  }

  function bars(container, shares, mine) {
    container.textContent = '';
    shares.forEach(function (share) {
      var name = text('span', share.label, mine && mine.indexOf(share.code) >= 0 ? 'mine' : '');
      var bar = document.createElement('div');
      bar.className = 'bar';
      var fill = document.createElement('span');
      fill.style.width = Math.round(share.share * 100) + '%';
      bar.appendChild(fill);
      container.appendChild(name);
      container.appendChild(bar);
      container.appendChild(text('span', Math.round(share.share * 100) + ' %'));
    });
  }

  function benchmark() {
    var siren = $('comparable').value.trim();
    if (!/^[0-9]{9}$/.test(siren)) { $('benchmark').hidden = true; return; }
    var p = new URLSearchParams({ comparableTo: siren });
    if ($('same-region').checked) { p.set('memeRegion', 'true'); }
    fetch('/api/benchmark?' + p, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (b) {
        if (!b) { $('benchmark').hidden = true; return; }
        var mine = b.mine ? b.mine.name + ' : profil « ' + b.mine.profile + ' ». ' : 'Votre collectivité n\'a pas encore rempli le baromètre. ';
        $('benchmark-summary').textContent = mine + b.peers + ' collectivités comparables ont répondu.';
        bars($('benchmark-axes'), b.axes, b.mine && b.mine.axes);
        bars($('benchmark-profiles'), b.profiles, b.mine && [b.mine.profile]);
        $('benchmark').hidden = false;
      });
  }

  function search() {
    var p = params({ page: state.page, size: PAGE_SIZE });
    status.className = '';
    status.textContent = 'Recherche en cours…';
    $('export-csv').href = '/api/search/export?' + params({ format: 'csv' });
    $('export-json').href = '/api/search/export?' + params({ format: 'json' });
    history.replaceState(null, '', '?' + p);
    fetch('/api/search?' + p, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) { status.className = 'error'; status.textContent = result.body.detail || 'La recherche a échoué.'; return; }
        var body = result.body;
        var results = $('results');
        results.textContent = '';
        body.hits.forEach(function (hit) { results.appendChild(renderHit(hit)); });
        renderFacets(body.facets);
        status.textContent = body.total === 0 ? 'Aucun retour d\'expérience ne correspond.'
          : body.total + ' retour(s) d\'expérience — page ' + (state.page + 1) + '.';
        $('did-you-mean').hidden = !body.didYouMean;
        $('correction').textContent = body.didYouMean || '';
        $('previous').hidden = state.page === 0;
        $('next').hidden = (state.page + 1) * PAGE_SIZE >= Math.min(body.total, 10000);
      })
      .catch(function () { status.className = 'error'; status.textContent = 'Le service de recherche ne répond pas. Réessayez dans un instant.'; });
  }

  var suggestTimer;
  $('q').addEventListener('input', function () {
    clearTimeout(suggestTimer);
    var value = $('q').value.trim();
    if (value.length < 2) { return; }
    suggestTimer = setTimeout(function () {
      fetch('/api/search/suggestions?q=' + encodeURIComponent(value)).then(function (r) { return r.json(); }).then(function (list) {
        var datalist = $('suggestions');
        datalist.textContent = '';
        list.forEach(function (s) { var o = document.createElement('option'); o.value = s.text; datalist.appendChild(o); });
      });
    }, 200);
  });
  $('search-form').addEventListener('submit', function (event) { event.preventDefault(); state.page = 0; search(); benchmark(); });
  $('correction').addEventListener('click', function () { $('q').value = $('correction').textContent; state.page = 0; search(); });
  $('previous').addEventListener('click', function () { state.page--; search(); });
  $('next').addEventListener('click', function () { state.page++; search(); });

  var initial = new URLSearchParams(location.search);
  $('q').value = initial.get('q') || '';
  $('sort').value = initial.get('sort') || '';
  $('comparable').value = initial.get('comparableTo') || '';
  search();
  benchmark();
})();
