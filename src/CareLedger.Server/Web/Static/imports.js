// The imports page without a wait in silence: a file over the limit is refused before it is sent, and while a file is
// sent and checked the button is disabled and the page says so. Without this script the form still posts as usual.
const form = document.querySelector('form[data-careledger-import]');
if (form) {
  const input = form.querySelector('input[type=file]');
  const progress = form.querySelector('#import-progress');
  const limit = Number(form.dataset.limitBytes);
  form.addEventListener('submit', (event) => {
    const tooLarge = Array.from(input.files).find((file) => file.size > limit);
    if (tooLarge) {
      event.preventDefault();
      progress.hidden = false;
      progress.textContent = `'${tooLarge.name}' is larger than ${Math.floor(limit / 1048576)} MiB, the limit for an actuals file: split it (by period or by section) into several files and import them together.`;
      return;
    }

    // Disabled after the form's data is taken, so the button's press still submits it.
    setTimeout(() => { form.querySelector('button[type=submit]').disabled = true; }, 0);
    progress.textContent = 'Importing… this can take a minute for a large file. Keep this page open: it shows the result when the import is done.';
    progress.hidden = false;
  });
}

// A refused import: the error summary takes the focus, so a screen reader starts there.
document.querySelector('.nhsuk-error-summary')?.focus();
