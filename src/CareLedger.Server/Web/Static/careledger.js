// The design system's components (the header's menu on a narrow screen, say) need its script; the pages work without it.
import { initAll } from '/web/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('nhsuk-frontend-supported');
initAll();

// A form that takes a moment (settling a period) says it is working once submitted, and is not sent twice. Without
// script the form still posts; the page simply arrives when the work is done.
for (const form of document.querySelectorAll('form[data-careledger-busy]')) {
  form.addEventListener('submit', (event) => {
    if (form.dataset.careledgerSubmitted === 'true') {
      event.preventDefault();
      return;
    }

    form.dataset.careledgerSubmitted = 'true';
    const button = form.querySelector('button[type=submit]');
    if (button) {
      button.setAttribute('aria-disabled', 'true');
      button.textContent = form.dataset.careledgerBusy;
    }

    const status = form.querySelector('.careledger-busy-status');
    if (status) {
      status.textContent = form.dataset.careledgerBusy + ' This can take a moment; the page will show the result.';
    }
  });
}
