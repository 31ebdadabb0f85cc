// /toezicht: choose tasks, then reassign them or give one a new due date through /api/toezicht.
(function () {
  const gekozen = () => [...document.querySelectorAll('input[name=taak]:checked')].map(v => v.value);
  const melding = (tekst, fout) => {
    const m = document.getElementById('melding');
    m.textContent = tekst;
    m.className = fout ? 'fout' : '';
  };
  document.getElementById('alle-taken').addEventListener('change', e =>
    document.querySelectorAll('input[name=taak]').forEach(v => { v.checked = e.target.checked; }));

  async function stuur(adres, inhoud) {
    const antwoord = await fetch(adres, {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(inhoud)
    });
    const json = await antwoord.json().catch(() => ({}));
    if (!antwoord.ok) {
      throw new Error((json.errors || []).map(f => f.field + ': ' + f.message).join('; ') || json.detail
        || antwoord.statusText);
    }
    return json;
  }

  document.getElementById('herverdelen').addEventListener('submit', async e => {
    e.preventDefault();
    const taken = gekozen();
    const naar = e.target.naar.value;
    if (!taken.length) {
      melding('Kies eerst een of meer taken.', true);
      return;
    }
    try {
      const uitkomst = await stuur('/api/toezicht/herverdelingen', {taken, naar, reden: e.target.reden.value});
      taken.forEach(id => {
        document.querySelector('tr[data-taak="' + CSS.escape(id) + '"] .behandelaar').textContent = naar;
      });
      melding(uitkomst.herverdeeld + (uitkomst.herverdeeld === 1 ? ' taak' : ' taken') + ' herverdeeld naar '
        + naar + '.');
    } catch (fout) {
      melding('Niet herverdeeld: ' + fout.message, true);
    }
  });

  document.getElementById('vervaldatum').addEventListener('submit', async e => {
    e.preventDefault();
    const taken = gekozen();
    if (taken.length !== 1) {
      melding('Kies precies een taak voor een nieuwe vervaldatum.', true);
      return;
    }
    try {
      await stuur('/api/toezicht/vervaldatums',
        {taak: taken[0], vervaldatum: e.target.vervaldatum.value, motivering: e.target.motivering.value});
      melding('Nieuwe vervaldatum vastgelegd; vernieuw de pagina voor de nieuwe cijfers.');
    } catch (fout) {
      melding('Vervaldatum niet gewijzigd: ' + fout.message, true);
    }
  });
})();
