// The design system's components (the header's menu on a narrow screen, say) need its script; the pages work without it.
import { initAll } from '/web/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('nhsuk-frontend-supported');
initAll();
