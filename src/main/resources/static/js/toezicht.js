// /toezicht: choose tasks, then reassign them or give one a new due date through /api/toezicht (with the session and
// its CSRF token from the layout). The outcome, or the refusal in plain Dutch, shows next to the form.
(function () {
  const gekozen = () => [...document.querySelectorAll('input[name=taak]:checked')].map(v => v.value);
  const melding = (tekst, fout) => {
    const m = document.getElementById('melding');
    m.textContent = tekst;
    m.className = 'uitkomst' + (fout ? ' fout' : ' gelukt');
  };
  const meta = naam => (document.querySelector('meta[name="' + naam + '"]') || {}).content;
  const rij = id => document.querySelector('tr[data-taak="' + CSS.escape(id) + '"]');
  const jongere = id => {
    const cel = rij(id) && rij(id).querySelector('.jongere');
    return cel && cel.textContent.trim() ? cel.textContent.trim() : 'onbekende jongere';
  };
  const taken = n => n + (n === 1 ? ' taak' : ' taken');

  document.getElementById('alle-taken').addEventListener('change', e =>
    document.querySelectorAll('input[name=taak]').forEach(v => { v.checked = e.target.checked; }));

  // A field of the API's answer as the teamleider knows it: taken[1] is the second chosen task, by its Jongere.
  function veld(naam, ids) {
    const taak = /^taken\[(\d+)\]$/.exec(naam || '');
    if (taak) {
      return 'De taak van ' + jongere(ids[Number(taak[1])]);
    }
    return {naar: 'Behandelaar', reden: 'Reden', taken: 'Taken', taak: 'Taak', vervaldatum: 'Vervaldatum',
      motivering: 'Motivering'}[naam] || naam;
  }

  async function stuur(adres, inhoud, ids) {
    const headers = {'Content-Type': 'application/json'};
    if (meta('csrf-header')) {
      headers[meta('csrf-header')] = meta('csrf-token');
    }
    let antwoord;
    try {
      antwoord = await fetch(adres, {method: 'POST', headers, body: JSON.stringify(inhoud)});
    } catch (netwerk) {
      throw new Error('de server is niet bereikbaar. Probeer het zo opnieuw.');
    }
    const json = await antwoord.json().catch(() => ({}));
    if (!antwoord.ok) {
      const fouten = (json.errors || []).map(f => veld(f.field, ids) + ': ' + f.message);
      throw new Error(fouten.length ? fouten.join('. ') + '.' : (json.detail || 'de server weigerde het verzoek')
        + '.');
    }
    return json;
  }

  document.getElementById('herverdelen').addEventListener('submit', async e => {
    e.preventDefault();
    const ids = gekozen();
    const keuze = e.target.naar.selectedOptions[0];
    if (!ids.length) {
      melding('Kies eerst in de lijst hieronder een of meer taken.', true);
      return;
    }
    try {
      const uitkomst = await stuur('/api/toezicht/herverdelingen',
        {taken: ids, naar: e.target.naar.value, reden: e.target.reden.value}, ids);
      ids.forEach(id => {
        rij(id).querySelector('.behandelaar').textContent = keuze.textContent;
      });
      melding(taken(uitkomst.herverdeeld) + ' herverdeeld naar ' + keuze.textContent + '.');
    } catch (fout) {
      melding('Niet herverdeeld: ' + fout.message, true);
    }
  });

  document.getElementById('vervaldatum').addEventListener('submit', async e => {
    e.preventDefault();
    const ids = gekozen();
    if (ids.length !== 1) {
      melding('Kies precies een taak voor een nieuwe vervaldatum.', true);
      return;
    }
    try {
      await stuur('/api/toezicht/vervaldatums',
        {taak: ids[0], vervaldatum: e.target.vervaldatum.value, motivering: e.target.motivering.value}, ids);
      melding('Nieuwe vervaldatum vastgelegd voor de taak van ' + jongere(ids[0])
        + '; vernieuw de pagina voor de nieuwe cijfers.');
    } catch (fout) {
      melding('Vervaldatum niet gewijzigd: ' + fout.message, true);
    }
  });
})();
