// /werkvoorraad: one checkbox chooses every task on the page for the bulk claim (the form itself needs no script).
(function () {
  const alle = document.getElementById('alle-taken');
  if (alle) {
    alle.addEventListener('change', e =>
      document.querySelectorAll('#taken input[name=taak]').forEach(v => { v.checked = e.target.checked; }));
  }
})();
