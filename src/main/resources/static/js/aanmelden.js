// The login page: the part after # of the page asked for (a task in Tasklist) goes along, since browsers never send it.
(function () {
  document.getElementById('fragment').value = window.location.hash;
})();
