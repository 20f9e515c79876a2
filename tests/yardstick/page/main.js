// Asks the one command as soon as the page is parsed and shows its answer, which the launch
// benchmark waits for (`#answer.answered`). The answer carries the moment it was shown
// (`data-shown-at`, ms since the epoch): it can come before the benchmark starts watching the
// page, and the bare window's time must not be rounded up by that. No bundler: the page is what
// a bare window costs.
const answer = document.getElementById("answer");
window.__TAURI_INTERNALS__.invoke("sqlite_version").then(
  (version) => {
    answer.textContent = `SQLite ${version}`;
    answer.dataset.shownAt = String(Date.now());
    answer.className = "answered";
  },
  (error) => {
    answer.textContent = `No answer: ${error}`;
  },
);
